<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>%1 をクリア</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>Sandbox (local, simulated)</source>
        <translation>サンドボックス（ローカル、シミュレーション）</translation>
    </message>
    <message>
        <source>The built-in sandbox account cannot be changed.</source>
        <translation>内蔵のサンドボックスアカウントは変更できません。</translation>
    </message>
    <message>
        <source>Please enter a name for the account.</source>
        <translation>アカウントの名前を入力してください。</translation>
    </message>
    <message>
        <source>An account named “%1” already exists.</source>
        <translation>「%1」という名前のアカウントは既に存在します。</translation>
    </message>
    <message>
        <source>Please enter the server address.</source>
        <translation>サーバーアドレスを入力してください。</translation>
    </message>
    <message>
        <source>“%1” is not a valid server address.</source>
        <translation>「%1」は有効なサーバーアドレスではありません。</translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation>サーバーアドレスは https:// で始まる必要があります。</translation>
    </message>
    <message>
        <source>Plain HTTP is only allowed for the local sandbox. Use an https:// server address.</source>
        <translation>暗号化されていない HTTP はローカルのサンドボックスでのみ使用できます。https:// のサーバーアドレスを使用してください。</translation>
    </message>
    <message>
        <source>The server address must not contain a user name, query or fragment.</source>
        <translation>サーバーアドレスにユーザー名、クエリ、フラグメントを含めることはできません。</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server did not answer in time. Please try again.</source>
        <translation>サーバーが時間内に応答しませんでした。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The server&apos;s identity could not be verified (TLS error). The connection was not used.</source>
        <translation>サーバーの身元を確認できませんでした（TLS エラー）。この接続は使用していません。</translation>
    </message>
    <message>
        <source>Plain HTTP is only allowed for the local sandbox. Use an https:// server address.</source>
        <translation>暗号化されていない HTTP はローカルのサンドボックスでのみ使用できます。https:// のサーバーアドレスを使用してください。</translation>
    </message>
    <message>
        <source>The server answered with an unexpected error (HTTP %1).</source>
        <translation>サーバーが予期しないエラーを返しました（HTTP %1）。</translation>
    </message>
    <message>
        <source>The server is limiting requests. Please wait a moment and try again.</source>
        <translation>サーバーがリクエストを制限しています。しばらく待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Your SDK token was rejected. Please sign in again.</source>
        <translation>SDK トークンが拒否されました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The item no longer exists on the server.</source>
        <translation>この項目はサーバー上に存在しません。</translation>
    </message>
    <message>
        <source>This action is not possible in the instance&apos;s current state.</source>
        <translation>インスタンスの現在の状態ではこの操作を実行できません。</translation>
    </message>
    <message>
        <source>The server rejected the input.</source>
        <translation>サーバーが入力を受け付けませんでした。</translation>
    </message>
    <message>
        <source>The server rejected the input: %1</source>
        <translation>サーバーが入力を受け付けませんでした: %1</translation>
    </message>
    <message>
        <source>An item with this name or key already exists.</source>
        <translation>同じ名前またはキーの項目が既に存在します。</translation>
    </message>
    <message>
        <source>Your balance or quota is not sufficient for this action.</source>
        <translation>この操作に必要な残高または容量が不足しています。</translation>
    </message>
    <message>
        <source>This server does not offer this feature.</source>
        <translation>このサーバーはこの機能を提供していません。</translation>
    </message>
    <message>
        <source>The server sent a response the app could not read.</source>
        <translation>サーバーから読み取れない応答が返されました。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>リクエストはキャンセルされました。</translation>
    </message>
    <message>
        <source>The server reported an error (code %1).</source>
        <translation>サーバーがエラーを報告しました（コード %1）。</translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <translation>サーバーがエラーを報告しました: %1</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your connection and the server address.</source>
        <translation>サーバーに接続できません。接続とサーバーアドレスを確認してください。</translation>
    </message>
    <message>
        <source>The server&apos;s response was larger than %1 MiB, so the app did not read it.</source>
        <translation>サーバーの応答が %1 MiB を超えたため、読み込みませんでした。</translation>
    </message>
    <message>
        <source>The server did not answer within the %1-second time limit. Please try again.</source>
        <translation>サーバーが制限時間（%1 秒）内に応答しませんでした。もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>ConsoleLinks</name>
    <message>
        <source>Upgrade Hardware</source>
        <translation>ハードウェアのアップグレード</translation>
    </message>
    <message>
        <source>Mesh Clustering</source>
        <translation>Mesh Clustering</translation>
    </message>
    <message>
        <source>%1 is a feature of the Glows.ai web console. The sandbox simulates only the My Instance page, so there is nothing to open here. With a Glows.ai account (Settings → Accounts) this opens the console in your browser.</source>
        <translation>「%1」は Glows.ai コンソールの機能です。サンドボックスが再現しているのは My Instance ページだけなので、ここで開けるものはありません。Glows.ai アカウント（環境設定 → アカウント）では、ブラウザで Glows.ai コンソールが開きます。</translation>
    </message>
    <message>
        <source>The browser could not be opened. %1 is on the Glows.ai web console at %2.</source>
        <translation>ブラウザを開けませんでした。「%1」は Glows.ai コンソール（%2）にあります。</translation>
    </message>
</context>
<context>
    <name>DetailWidgets</name>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
</context>
<context>
    <name>ExtensionCommands</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>作成元</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>The instance will be released when the snapshot is saved.</source>
        <translation>スナップショットの保存後にインスタンスは解放されます。</translation>
    </message>
    <message>
        <source>Usage: glows-cli metrics ID [--since EPOCH_SECONDS]</source>
        <translation>使い方: glows-cli metrics ID [--since EPOCH_SECONDS]</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>GPU%</source>
        <translation>GPU%</translation>
    </message>
    <message>
        <source>GPU MEM MB</source>
        <translation>GPU メモリ MB</translation>
    </message>
    <message>
        <source>CPU%</source>
        <translation>CPU%</translation>
    </message>
    <message>
        <source>RAM MB</source>
        <translation>RAM MB</translation>
    </message>
    <message>
        <source>DISK GB</source>
        <translation>ディスク GB</translation>
    </message>
    <message>
        <source>IN KB/s</source>
        <translation>受信 KB/s</translation>
    </message>
    <message>
        <source>OUT KB/s</source>
        <translation>送信 KB/s</translation>
    </message>
    <message>
        <source>These metrics are simulated.</source>
        <translation>これらのメトリクスはシミュレーションです。</translation>
    </message>
    <message>
        <source>Usage: glows-cli billing ID</source>
        <translation>使い方: glows-cli billing ID</translation>
    </message>
    <message>
        <source>START</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>END</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>PRICE/H</source>
        <translation>価格/時</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>利用時間</translation>
    </message>
    <message>
        <source>COST</source>
        <translation>コスト</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>課金方式</translation>
    </message>
    <message>
        <source>DISCOUNT</source>
        <translation>割引</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>稼働中</translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>INSTANCE</source>
        <translation>インスタンス</translation>
    </message>
    <message>
        <source>IP CIDR</source>
        <translation>IP CIDR</translation>
    </message>
    <message>
        <source>BANDWIDTH</source>
        <translation>帯域幅</translation>
    </message>
    <message>
        <source>No network group %1.</source>
        <translation>ネットワークグループ %1 は存在しません。</translation>
    </message>
    <message>
        <source>“groups create” needs --region R.</source>
        <translation>「groups create」には --region R が必要です。</translation>
    </message>
    <message>
        <source>Network group %1 deleted.</source>
        <translation>ネットワークグループ %1 を削除しました。</translation>
    </message>
    <message>
        <source>%1 removed from network group %2.</source>
        <translation>%1 をネットワークグループ %2 から外しました。</translation>
    </message>
    <message>
        <source>Usage: glows-cli specs [--region R]</source>
        <translation>使い方: glows-cli specs [--region R]</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>GPU RAM</source>
        <translation>GPU RAM</translation>
    </message>
    <message>
        <source>vCPU</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>DISK</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>AVAILABLE</source>
        <translation>利用可能</translation>
    </message>
    <message>
        <source>“images” takes no arguments.</source>
        <translation>「images」には引数を指定できません。</translation>
    </message>
    <message>
        <source>PORTS</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Balance: %1 credits</source>
        <translation>残高: %1 Credits</translation>
    </message>
    <message>
        <source> (simulated)</source>
        <translation> （シミュレーション）</translation>
    </message>
    <message>
        <source>metrics ID [--since T]    GPU, CPU, memory, disk and network samples</source>
        <translation>metrics ID [--since T]    GPU、CPU、メモリ、ディスク、ネットワークのサンプル</translation>
    </message>
    <message>
        <source>billing ID                Billing records of an instance</source>
        <translation>billing ID                インスタンスの課金明細</translation>
    </message>
    <message>
        <source>specs [--region R]        GPU types, stock and prices</source>
        <translation>specs [--region R]        GPU の種類、在庫、価格</translation>
    </message>
    <message>
        <source>images                    Official images</source>
        <translation>images                    公式イメージ</translation>
    </message>
    <message>
        <source>balance                   Account balance</source>
        <translation>balance                   アカウントの残高</translation>
    </message>
    <message>
        <source>“balance” takes no arguments.</source>
        <translation>「balance」には引数を指定できません。</translation>
    </message>
    <message>
        <source>Usage: glows-cli snapshot ID --name NAME [--release [--yes]]</source>
        <translation>使い方: glows-cli snapshot ID --name NAME [--release [--yes]]</translation>
    </message>
    <message>
        <source>releasing %1 after its snapshot deletes its disk</source>
        <translation>スナップショット後に %1 をリリースするとディスクが削除されます</translation>
    </message>
    <message>
        <source>Snapshot %1 “%2”, then release it? Its disk is deleted once the snapshot is saved. Cost so far: %3 credits.</source>
        <translation>%1「%2」のスナップショットを作成してからリリースしますか？ スナップショットの保存後にディスクは削除されます。これまでの料金: %3 クレジット。</translation>
    </message>
    <message>
        <source>deleting snapshot %1</source>
        <translation>スナップショット %1 の削除</translation>
    </message>
    <message>
        <source>Delete snapshot %1? It cannot be restored.</source>
        <translation>スナップショット %1 を削除しますか？ 元に戻せません。</translation>
    </message>
    <message>
        <source>Snapshot %1 deleted.</source>
        <translation>スナップショット %1 を削除しました。</translation>
    </message>
    <message>
        <source>Usage: glows-cli snapshots [delete SNAP_ID [--yes]]</source>
        <translation>使い方: glows-cli snapshots [delete SNAP_ID [--yes]]</translation>
    </message>
    <message>
        <source>Usage: glows-cli groups [list | show GID | create NAME --region R [--capacity N] | delete GID [--yes] | add GID INSTANCE | remove GID INSTANCE]</source>
        <translation>使い方: glows-cli groups [list | show GID | create NAME --region R [--capacity N] | delete GID [--yes] | add GID INSTANCE | remove GID INSTANCE]</translation>
    </message>
    <message>
        <source>Delete network group %1?</source>
        <translation>ネットワークグループ %1 を削除しますか？</translation>
    </message>
    <message>
        <source>deleting network group %1</source>
        <translation>ネットワークグループ %1 の削除</translation>
    </message>
    <message>
        <source>snapshot ID --name N [--release [--yes]]  Take a snapshot (optionally release afterwards)</source>
        <translation>snapshot ID --name N [--release [--yes]]  スナップショットを作成（作成後のリリースも可能）</translation>
    </message>
    <message>
        <source>snapshots [delete SNAP_ID [--yes]]  Your snapshots, or delete one</source>
        <translation>snapshots [delete SNAP_ID [--yes]]  スナップショットの一覧、または削除</translation>
    </message>
    <message>
        <source>groups [list | show GID | create NAME --region R [--capacity N] | delete GID [--yes] |
        add GID INSTANCE | remove GID INSTANCE]</source>
        <translation>groups [list | show GID | create NAME --region R [--capacity N] | delete GID [--yes] |
        add GID INSTANCE | remove GID INSTANCE]</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>Unknown (%1)</source>
        <translation>不明（%1）</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1 Credit</source>
        <translation>%1 Credit</translation>
    </message>
    <message>
        <source>%1 Credits</source>
        <translation>%1 Credits</translation>
    </message>
    <message>
        <source>%1 Credits/h</source>
        <translation>%1 Credits/時</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>起動中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>稼働中</translation>
    </message>
    <message>
        <source>Suspending</source>
        <translation>一時停止処理中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Releasing</source>
        <translation>リリース中</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>解放済み</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>終了済み</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>不明（%1）</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>status tab</comment>
        <translation>稼働中</translation>
    </message>
    <message>
        <source>Snapshotting</source>
        <comment>status tab</comment>
        <translation>スナップショット中</translation>
    </message>
    <message>
        <source>Released</source>
        <comment>status tab</comment>
        <translation>解放済み</translation>
    </message>
</context>
<context>
    <name>GlowsCli</name>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>The token comes from a stored account (the keychain) or from standard input, never from the command line. With neither --server nor --account, glows-cli uses a glows-sandbox running at %1 with its default token.</source>
        <translation>トークンは保存済みのアカウント（キーチェーン）または標準入力から読み込み、コマンドラインからは受け付けません。--server と --account のどちらも指定しない場合、glows-cli は %1 で稼働している glows-sandbox を既定のトークンで使用します。</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 usage error, 3 token rejected (sign in again), 4 not offered by this server.</source>
        <translation>終了コード: 0 成功、1 失敗、2 使い方の誤り、3 トークン拒否（再度サインインしてください）、4 このサーバーでは提供されていない機能。</translation>
    </message>
    <message>
        <source>No token is stored for account “%1”. Sign in with the app, or pass the token with --token-stdin.</source>
        <translation>アカウント「%1」のトークンは保存されていません。アプリでサインインするか、--token-stdin でトークンを渡してください。</translation>
    </message>
    <message>
        <source>No keychain is available, so no token is stored for “%1”. Pass the token with --token-stdin.</source>
        <translation>キーチェーンを利用できないため、「%1」のトークンは保存されていません。--token-stdin でトークンを渡してください。</translation>
    </message>
    <message>
        <source>The keychain refused access to the token of “%1”.</source>
        <translation>キーチェーンが「%1」のトークンへのアクセスを拒否しました。</translation>
    </message>
    <message>
        <source>Use either --account or --token-stdin, not both.</source>
        <translation>--account と --token-stdin は同時に指定できません。どちらか一方を使用してください。</translation>
    </message>
    <message>
        <source>No account named “%1”. Accounts: %2.</source>
        <translation>「%1」という名前のアカウントはありません。アカウント: %2。</translation>
    </message>
    <message>
        <source>--token-stdin was given, but standard input held no token.</source>
        <translation>--token-stdin が指定されましたが、標準入力にトークンがありませんでした。</translation>
    </message>
    <message>
        <source>--server %1 needs a token: use --account NAME or --token-stdin.</source>
        <translation>--server %1 にはトークンが必要です。--account NAME または --token-stdin を使用してください。</translation>
    </message>
    <message>
        <source>glows-cli: no account given; using the local sandbox at %1 (simulated) with its default token.</source>
        <translation>glows-cli: アカウントが指定されていないため、%1 のローカルのサンドボックス（シミュレーション）を既定のトークンで使用します。</translation>
    </message>
    <message>
        <source>Manage Glows.ai GPU instances (or a Glows sandbox) from the shell.</source>
        <translation>シェルから Glows.ai の GPU インスタンス（または Glows サンドボックス）を管理します。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <source>SDK base URL, e.g. https://a.glows.ai/sdk/v1.</source>
        <translation>SDK のベース URL（例: https://a.glows.ai/sdk/v1）。</translation>
    </message>
    <message>
        <source>Use a stored account (name or ID).</source>
        <translation>保存済みのアカウントを使用します（名前または ID）。</translation>
    </message>
    <message>
        <source>Read the SDK token from standard input.</source>
        <translation>標準入力から SDK トークンを読み込みます。</translation>
    </message>
    <message>
        <source>Machine-readable JSON output.</source>
        <translation>機械処理用の JSON で出力します。</translation>
    </message>
    <message>
        <source>On failure, also print the technical details.</source>
        <translation>失敗時に技術的な詳細も表示します。</translation>
    </message>
    <message>
        <source>Log requests and retries to standard error.</source>
        <translation>リクエストと再試行を標準エラー出力に記録します。</translation>
    </message>
    <message>
        <source>Include SSH passwords in the output.</source>
        <translation>出力に SSH パスワードを含めます。</translation>
    </message>
    <message>
        <source>Snapshot name, or remark of a new instance.</source>
        <translation>スナップショット名、または新規インスタンスの備考。</translation>
    </message>
    <message>
        <source>Release the instance after the snapshot is saved.</source>
        <translation>スナップショットの保存後にインスタンスをリリースします。</translation>
    </message>
    <message>
        <source>Image to create from.</source>
        <translation>作成元のイメージ。</translation>
    </message>
    <message>
        <source>Snapshot to create from.</source>
        <translation>作成元のスナップショット。</translation>
    </message>
    <message>
        <source>GPU model, e.g. &quot;NVIDIA GeForce RTX 4090&quot;.</source>
        <translation>GPU モデル（例: &quot;NVIDIA GeForce RTX 4090&quot;）。</translation>
    </message>
    <message>
        <source>Region, e.g. TW-03.</source>
        <translation>リージョン（例: TW-03）。</translation>
    </message>
    <message>
        <source>container (default) or vm.</source>
        <translation>container（既定）または vm。</translation>
    </message>
    <message>
        <source>Port to open at creation, PORT or PORT/http (repeatable).</source>
        <translation>作成時に開くポート。PORT または PORT/http の形式（複数指定可）。</translation>
    </message>
    <message>
        <source>Environment, K=V;K2=V2.</source>
        <translation>環境変数。K=V;K2=V2 の形式。</translation>
    </message>
    <message>
        <source>Entry command (containers).</source>
        <translation>起動コマンド（コンテナのみ）。</translation>
    </message>
    <message>
        <source>Your unique key for a new instance.</source>
        <translation>新規インスタンスに付ける独自のキー。</translation>
    </message>
    <message>
        <source>Port forwarding protocol: tcp or https.</source>
        <translation>ポート転送のプロトコル: tcp または https。</translation>
    </message>
    <message>
        <source>Network group capacity.</source>
        <translation>ネットワークグループの最大メンバー数。</translation>
    </message>
    <message>
        <source>Metrics since this time (epoch seconds).</source>
        <translation>この時刻以降のメトリクス（エポック秒）。</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>不明なコマンド「%1」です。</translation>
    </message>
    <message>
        <source>Run “glows-cli --help” for the commands and options.</source>
        <translation>コマンドとオプションは「glows-cli --help」で確認できます。</translation>
    </message>
    <message>
        <source>--since takes epoch seconds.</source>
        <translation>--since にはエポック秒を指定してください。</translation>
    </message>
    <message>
        <source>Is the sandbox running? Start it with: glows-sandbox --listen %1:%2</source>
        <translation>サンドボックスは起動していますか？ 次のコマンドで起動できます: glows-sandbox --listen %1:%2</translation>
    </message>
    <message>
        <source>Give up on a call after this many seconds (default %1, %2 for the instance list).</source>
        <translation>1 回の呼び出しをこの秒数で打ち切ります（既定: %1、インスタンス一覧は %2）。</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 86400.</source>
        <translation>--timeout には 1〜86400 の秒数を指定してください。</translation>
    </message>
    <message>
        <source>completion bash|zsh       A shell completion script for glows-cli</source>
        <translation>completion bash|zsh       glows-cli のシェル補完スクリプトを出力</translation>
    </message>
    <message>
        <source>Go ahead with a release or delete without asking (needed without a terminal).</source>
        <translation>確認せずにリリースや削除を実行します（端末がない場合は必須）。</translation>
    </message>
    <message>
        <source>Usage: glows-cli completion bash|zsh</source>
        <translation>使い方: glows-cli completion bash|zsh</translation>
    </message>
</context>
<context>
    <name>InstanceCommands</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリー</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>イメージ</translation>
    </message>
    <message>
        <source>From snapshot</source>
        <translation>作成元スナップショット</translation>
    </message>
    <message>
        <source>Price/h</source>
        <translation>価格/時</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>SSH user</source>
        <translation>SSH ユーザー</translation>
    </message>
    <message>
        <source>SSH password</source>
        <translation>SSH パスワード</translation>
    </message>
    <message>
        <source>Access %1/%2</source>
        <translation>アクセス %1/%2</translation>
    </message>
    <message>
        <source>(pending)</source>
        <translation>（準備中）</translation>
    </message>
    <message>
        <source>Meta key</source>
        <translation>メタキー</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>simulated by a sandbox</source>
        <translation>サンドボックスによるシミュレーション</translation>
    </message>
    <message>
        <source>“list” takes no arguments.</source>
        <translation>「list」には引数を指定できません。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>PRICE/H</source>
        <translation>価格/時</translation>
    </message>
    <message>
        <source>COST</source>
        <translation>コスト</translation>
    </message>
    <message>
        <source>Usage: glows-cli show ID</source>
        <translation>使い方: glows-cli show ID</translation>
    </message>
    <message>
        <source>Give exactly one of --image ID or --snapshot ID.</source>
        <translation>--image ID と --snapshot ID のどちらか一方だけを指定してください。</translation>
    </message>
    <message>
        <source>Invalid --port “%1”: use PORT or PORT/http.</source>
        <translation>--port の値「%1」が不正です。PORT または PORT/http の形式で指定してください。</translation>
    </message>
    <message>
        <source>Usage: glows-cli release ID</source>
        <translation>使い方: glows-cli release ID</translation>
    </message>
    <message>
        <source>Release of %1 requested.</source>
        <translation>%1 のリリースを要求しました。</translation>
    </message>
    <message>
        <source>ACCESS ID</source>
        <translation>アクセス ID</translation>
    </message>
    <message>
        <source>PROTOCOL</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Usage: glows-cli ports ID [add PORT | edit ACCESS_ID PORT | delete ACCESS_ID] [--protocol tcp|https]</source>
        <translation>使い方: glows-cli ports ID [add PORT | edit ACCESS_ID PORT | delete ACCESS_ID] [--protocol tcp|https]</translation>
    </message>
    <message>
        <source>Port forwarding %1 deleted.</source>
        <translation>ポート転送 %1 を削除しました。</translation>
    </message>
    <message>
        <source>list                      Instances with status, GPU, price and cost</source>
        <translation>list                      インスタンスの一覧（ステータス、GPU、価格、コスト）</translation>
    </message>
    <message>
        <source>show ID                   One instance in detail (--show-password adds the SSH password)</source>
        <translation>show ID                   インスタンスの詳細（--show-password で SSH パスワードも表示）</translation>
    </message>
    <message>
        <source>create --image ID|--snapshot ID --gpu NAME --region R [--name REMARK] [--category container|vm]
       [--port PORT[/http]]... [--env K=V;...] [--cmd CMD] [--meta-key KEY]</source>
        <translation>create --image ID|--snapshot ID --gpu NAME --region R [--name REMARK] [--category container|vm]
       [--port PORT[/http]]... [--env K=V;...] [--cmd CMD] [--meta-key KEY]</translation>
    </message>
    <message>
        <source>“create” takes options only, e.g. --image ID --gpu NAME --region R.</source>
        <translation>「create」にはオプションのみ指定できます（例: --image ID --gpu NAME --region R）。</translation>
    </message>
    <message>
        <source>≈ This server reports no cost: glows-cli estimates it from the hourly price and the time billed so far.</source>
        <translation>≈ このサーバーは料金を返さないため、glows-cli が時間単価とこれまでの課金時間から見積もっています。</translation>
    </message>
    <message>
        <source>releasing %1 deletes its disk</source>
        <translation>%1 をリリースするとディスクが削除されます</translation>
    </message>
    <message>
        <source>Release %1 “%2” (%3)? Its disk is deleted. Cost so far: %4 credits.</source>
        <translation>%1「%2」（%3）をリリースしますか？ ディスクは削除されます。これまでの料金: %4 クレジット。</translation>
    </message>
    <message>
        <source>Delete port forwarding %1 of %2?</source>
        <translation>%2 のポートフォワーディング %1 を削除しますか？</translation>
    </message>
    <message>
        <source>deleting port forwarding %1 of %2</source>
        <translation>%2 のポートフォワーディング %1 の削除</translation>
    </message>
    <message>
        <source>release ID [--yes]        Release an instance (its disk is deleted)</source>
        <translation>release ID [--yes]        インスタンスをリリース（ディスクは削除されます）</translation>
    </message>
    <message>
        <source>ports ID [add PORT | edit ACCESS_ID PORT | delete ACCESS_ID [--yes]] [--protocol tcp|https]</source>
        <translation>ports ID [add PORT | edit ACCESS_ID PORT | delete ACCESS_ID [--yes]] [--protocol tcp|https]</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>Enter a name.</source>
        <translation>名前を入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>The name is too long (at most %n characters).</source>
        <translation>
            <numerusform>名前が長すぎます（最大 %n 文字）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The name may not contain control characters or invisible direction marks (such as U+202E). Letters of any language, digits, spaces and symbols are fine.</source>
        <translation>名前には制御文字や、目に見えない書字方向の制御文字（U+202E など）は使えません。どの言語の文字も、数字、空白、記号も使えます。</translation>
    </message>
</context>
<context>
    <name>SandboxStore</name>
    <message>
        <source>%1 is in use by process %2 (%3)</source>
        <translation>%1 はプロセス %2 (%3) が使用中です</translation>
    </message>
    <message>
        <source>cannot create the lock file %1</source>
        <translation>ロックファイル %1 を作成できません</translation>
    </message>
    <message>
        <source>%1 is in use by another program</source>
        <translation>%1 は別のプログラムが使用中です</translation>
    </message>
    <message>
        <source>%1 is damaged or not a sandbox database: %2</source>
        <translation>%1 は破損しているか、サンドボックスのデータベースではありません: %2</translation>
    </message>
</context>
<context>
    <name>ServerValue</name>
    <message>
        <source>Pay-as-you-go</source>
        <translation>従量課金</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>切断</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>利用可能</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>保存中</translation>
    </message>
    <message>
        <source>Restorable</source>
        <translation>復元可能</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Run “glows-cli --help” for the commands and options.</source>
        <translation>コマンドとオプションは「glows-cli --help」で確認できます。</translation>
    </message>
    <message>
        <source>Not done: %1. Standard input is not a terminal, so glows-cli cannot ask; add --yes to go ahead.</source>
        <translation>実行しませんでした: %1。標準入力が端末ではないため確認できません。実行するには --yes を付けてください。</translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation>[y/N]</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>取り消しました。何も変更していません。</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Glows Desktop is already running (process %1) but does not answer.</source>
        <translation>Glows Desktop はすでに実行中 (プロセス %1) ですが、応答がありません。</translation>
    </message>
</context>
<context>
    <name>TokenCheck</name>
    <message>
        <source>The token works.</source>
        <translation>トークンは有効です。</translation>
    </message>
    <message>
        <source>The server rejected this SDK token. Check that it was copied completely and has not expired.</source>
        <translation>サーバーがこの SDK トークンを拒否しました。トークンが完全にコピーされているか、有効期限が切れていないかを確認してください。</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your connection.</source>
        <translation>サーバーに接続できません。アドレスと接続を確認してください。</translation>
    </message>
    <message>
        <source>The server&apos;s identity could not be verified (TLS error). The token was not sent.</source>
        <translation>サーバーの身元を確認できませんでした（TLS エラー）。トークンは送信していません。</translation>
    </message>
    <message>
        <source>Plain HTTP is only allowed for the local sandbox. Use an https:// server address.</source>
        <translation>暗号化されていない HTTP はローカルのサンドボックスでのみ使用できます。https:// のサーバーアドレスを使用してください。</translation>
    </message>
    <message>
        <source>The server answered, but not as a Glows SDK endpoint. Check the address (it usually ends in /sdk/v1).</source>
        <translation>サーバーは応答しましたが、Glows SDK のエンドポイントではありません。アドレスを確認してください（通常は /sdk/v1 で終わります）。</translation>
    </message>
</context>
<context>
    <name>glows-sandbox</name>
    <message>
        <source>Simulated Glows.ai cloud speaking the SDK v1 contract.</source>
        <translation>SDK v1 の仕様で応答する、シミュレーションの Glows.ai クラウドです。</translation>
    </message>
    <message>
        <source>Address to listen on.</source>
        <translation>待ち受けるアドレス。</translation>
    </message>
    <message>
        <source>Allow listening on non-loopback addresses.</source>
        <translation>ループバック以外のアドレスでの待ち受けを許可します。</translation>
    </message>
    <message>
        <source>Invalid --listen value: %1</source>
        <translation>--listen の値が不正です: %1</translation>
    </message>
    <message>
        <source>Refusing to listen on %1: use --allow-remote to expose the sandbox.</source>
        <translation>%1 では待ち受けません。サンドボックスを外部に公開するには --allow-remote を指定してください。</translation>
    </message>
    <message>
        <source>Glows sandbox (simulated) at %1</source>
        <translation>Glows サンドボックス（シミュレーション）: %1</translation>
    </message>
    <message>
        <source>Sandbox token: %1</source>
        <translation>サンドボックスのトークン: %1</translation>
    </message>
    <message>
        <source>SQLite file for the simulated cloud&apos;s state (default: %1; &apos;:memory:&apos; keeps nothing).</source>
        <translation>シミュレーションクラウドの状態を保存する SQLite ファイル（既定: %1、&apos;:memory:&apos; を指定すると何も保存しません）。</translation>
    </message>
    <message>
        <source>Forget the stored state and start again from the demo data.</source>
        <translation>保存された状態を破棄し、デモデータから始め直します。</translation>
    </message>
    <message>
        <source>Start a new state empty instead of with the demo data.</source>
        <translation>新しい状態をデモデータなしの空の状態で開始します。</translation>
    </message>
    <message>
        <source>Simulated seconds per real second (default 1).</source>
        <translation>実時間 1 秒あたりのシミュレーション秒数（既定: 1）。</translation>
    </message>
    <message>
        <source>Fault injection, e.g. errors=0.2,429=0.1,latency=0.1:2000,malformed=0.05,drop=0.05 (rates per request, 0-1; latency takes :milliseconds).</source>
        <translation>障害注入。例: errors=0.2,429=0.1,latency=0.1:2000,malformed=0.05,drop=0.05（値はリクエストごとの確率 0〜1。latency には :ミリ秒 を付けます）。</translation>
    </message>
    <message>
        <source>Seed for the chaos decisions, for repeatable runs.</source>
        <translation>カオス判定のシード（実行を再現するため）。</translation>
    </message>
    <message>
        <source>Answer HTTP 429 beyond this many requests per second (default: off).</source>
        <translation>1 秒あたりのリクエスト数がこの値を超えると HTTP 429 を返します（既定: オフ）。</translation>
    </message>
    <message>
        <source>--token must not be empty.</source>
        <translation>--token は空にできません。</translation>
    </message>
    <message>
        <source>--speed must be a number above 0 (and at most 100000).</source>
        <translation>--speed には 0 より大きく 100000 以下の数値を指定してください。</translation>
    </message>
    <message>
        <source>Invalid --chaos value: %1</source>
        <translation>--chaos の値が不正です: %1</translation>
    </message>
    <message>
        <source>--chaos-seed must be a positive integer.</source>
        <translation>--chaos-seed には正の整数を指定してください。</translation>
    </message>
    <message>
        <source>--rate-limit must be a whole number of requests per second (0 = off).</source>
        <translation>--rate-limit には 1 秒あたりのリクエスト数を整数で指定してください（0 = オフ）。</translation>
    </message>
    <message>
        <source>--data must name a file (or &apos;:memory:&apos;).</source>
        <translation>--data にはファイル名（または &apos;:memory:&apos;）を指定してください。</translation>
    </message>
    <message>
        <source>Cannot start the sandbox: %1</source>
        <translation>サンドボックスを起動できません: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状態: %1</translation>
    </message>
    <message>
        <source>Chaos: %1</source>
        <translation>カオス: %1</translation>
    </message>
    <message>
        <source>When the data file has unreadable rows, keep a backup copy of it (&lt;file&gt;.backup-&lt;time&gt;) and drop those rows instead of refusing to start.</source>
        <translation>データファイルに読み取れない行があるとき、起動を拒否せずにファイルのバックアップ (&lt;file&gt;.backup-&lt;time&gt;) を残してからその行を削除します。</translation>
    </message>
    <message>
        <source>Give the token either with --token or with --token-file, not both.</source>
        <translation>トークンは --token か --token-file のどちらか一方で指定してください。</translation>
    </message>
    <message>
        <source>Cannot read the token file %1: %2</source>
        <translation>トークンファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The token file %1 must hold the token on a single line.</source>
        <translation>トークンファイル %1 にはトークンを 1 行で記述してください。</translation>
    </message>
    <message>
        <source>SDK token clients must send. Other users can see it in the process list: prefer GLOWS_SANDBOX_TOKEN or --token-file. Without any of them, on loopback, the well-known token sandbox-token is used.</source>
        <translation>クライアントが送信する SDK トークン。プロセス一覧で他のユーザーから見えるため、GLOWS_SANDBOX_TOKEN か --token-file を推奨します。いずれも指定しない場合、ループバックでは既知のトークン sandbox-token が使われます。</translation>
    </message>
    <message>
        <source>Read the SDK token from this file (one line). The environment variable GLOWS_SANDBOX_TOKEN works too.</source>
        <translation>SDK トークンをこのファイル（1 行）から読み込みます。環境変数 GLOWS_SANDBOX_TOKEN も使えます。</translation>
    </message>
    <message>
        <source>--allow-remote needs a token of at least %1 characters that only your clients know; give it with GLOWS_SANDBOX_TOKEN or --token-file (for example: openssl rand -hex 16).</source>
        <translation>--allow-remote には、あなたのクライアントだけが知る %1 文字以上のトークンが必要です。GLOWS_SANDBOX_TOKEN か --token-file で指定してください（例: openssl rand -hex 16）。</translation>
    </message>
</context>
<context>
    <name>glows::sandbox::SandboxServer</name>
    <message>
        <source>The sandbox&apos;s data file was damaged and was moved to %1; a new one was started.</source>
        <translation>サンドボックスのデータファイルが破損していたため %1 に移動し、新しいファイルで開始しました。</translation>
    </message>
    <message>
        <source>%1 has unreadable rows (%2). The file was left as it is; start with --repair to keep a backup copy of it and drop those rows.</source>
        <translation>%1 に読み取れない行があります (%2)。ファイルはそのままにしてあります。--repair を付けて起動すると、バックアップを残してからその行を削除します。</translation>
    </message>
    <message>
        <source>Unreadable rows (%1) were dropped from the sandbox&apos;s data file; a copy of it as it was is kept in %2.</source>
        <translation>サンドボックスのデータファイルから読み取れない行 (%1) を削除しました。削除前のファイルのコピーは %2 にあります。</translation>
    </message>
    <message>
        <source>The sandbox&apos;s data file %1 cannot be used (%2); this session keeps nothing.</source>
        <translation>サンドボックスのデータファイル %1 を使用できません (%2)。このセッションの内容は保存されません。</translation>
    </message>
</context>
<context>
    <name>glows::ui::AboutDialog</name>
    <message>
        <source>About Glows Desktop</source>
        <translation>Glows Desktop について</translation>
    </message>
    <message>
        <source>Glows Desktop %1</source>
        <translation>Glows Desktop %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;A native desktop console for Glows.ai GPU instances.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;&lt;p&gt;Built with Qt %1 (LGPL-3.0, linked dynamically) and QtKeychain (BSD-3-Clause, linked dynamically).&lt;/p&gt;&lt;p&gt;Documentation: &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Glows Desktop is not affiliated with Glows.ai. The built-in sandbox shows simulated data.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Glows.ai の GPU インスタンスのためのネイティブなデスクトップコンソールです。&lt;/p&gt;&lt;p&gt;Apache License 2.0 のもとで提供されています。&lt;/p&gt;&lt;p&gt;Qt %1（LGPL-3.0、動的リンク）と QtKeychain（BSD-3-Clause、動的リンク）を使用しています。&lt;/p&gt;&lt;p&gt;ドキュメント: &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Glows Desktop は Glows.ai の公式製品ではありません。内蔵のサンドボックスはシミュレーションのデータを表示します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Qt について</translation>
    </message>
</context>
<context>
    <name>glows::ui::AccessTab</name>
    <message>
        <source>+ New Port Forwarding</source>
        <translation>+ 新規ポート転送</translation>
    </message>
    <message>
        <source>Port Forwarding</source>
        <translation>ポート転送</translation>
    </message>
    <message>
        <source>Port forwarding can be changed only while the instance is Running.</source>
        <translation>ポート転送は、インスタンスが稼働中の場合のみ変更できます。</translation>
    </message>
    <message>
        <source>This server does not support port forwarding.</source>
        <translation>このサーバーはポート転送に対応していません。</translation>
    </message>
    <message>
        <source>No ports are forwarded besides SSH.</source>
        <translation>SSH 以外に転送されているポートはありません。</translation>
    </message>
    <message>
        <source>%1 Port %2 (JupyterLab)</source>
        <translation>%1 ポート %2（JupyterLab）</translation>
    </message>
    <message>
        <source>%1 Port %2</source>
        <translation>%1 ポート %2</translation>
    </message>
    <message>
        <source>Pending: the address appears once the port is mapped, usually within 10–20 seconds.</source>
        <translation>準備中: ポートがマッピングされるとアドレスが表示されます（通常 10〜20 秒以内）。</translation>
    </message>
    <message>
        <source>Open %1 in the browser</source>
        <translation>%1 をブラウザで開く</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Open in the browser</source>
        <translation>ブラウザで開く</translation>
    </message>
    <message>
        <source>Only web addresses can be opened in the browser.</source>
        <translation>ブラウザで開けるのは Web アドレスのみです。</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>アドレスをコピー</translation>
    </message>
    <message>
        <source>Address copied.</source>
        <translation>アドレスをコピーしました。</translation>
    </message>
    <message>
        <source>This server does not identify port forwards, so they cannot be changed here.</source>
        <translation>このサーバーはポート転送を識別しないため、ここでは変更できません。</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>This server does not support port forwarding, so ports cannot be added, changed or deleted here. The ports the instance was created with (SSH 22 and JupyterLab 8888 on official images) still work.</source>
        <translation>このサーバーはポート転送に対応していないため、ここではポートの追加・変更・削除はできません。インスタンス作成時のポート（公式イメージでは SSH 22 と JupyterLab 8888）は引き続き利用できます。</translation>
    </message>
    <message>
        <source>Port forwarding unavailable</source>
        <translation>ポート転送は利用できません</translation>
    </message>
    <message>
        <source>Delete Port Forwarding</source>
        <translation>ポート転送を削除</translation>
    </message>
    <message>
        <source>Delete the forward of port %1? Connections through its address stop working.</source>
        <translation>ポート %1 の転送を削除しますか？ このアドレス経由の接続は使用できなくなります。</translation>
    </message>
    <message>
        <source>Adding port %1…</source>
        <translation>ポート %1 を追加しています…</translation>
    </message>
    <message>
        <source>Port %1 added. It is pending until its address is ready.</source>
        <translation>ポート %1 を追加しました。アドレスの準備ができるまで準備中と表示されます。</translation>
    </message>
    <message>
        <source>Port %1 added.</source>
        <translation>ポート %1 を追加しました。</translation>
    </message>
    <message>
        <source>Port forward changed to port %1.</source>
        <translation>ポート転送をポート %1 に変更しました。</translation>
    </message>
    <message>
        <source>Port forward deleted.</source>
        <translation>ポート転送を削除しました。</translation>
    </message>
</context>
<context>
    <name>glows::ui::AccountDialog</name>
    <message>
        <source>Add Glows.ai Account</source>
        <translation>Glows.ai アカウントを追加</translation>
    </message>
    <message>
        <source>Sign In Again</source>
        <translation>再度サインイン</translation>
    </message>
    <message>
        <source>Connect Glows Desktop to your Glows.ai account. Create an SDK token in the Glows.ai console and paste it below.</source>
        <translation>Glows Desktop を Glows.ai アカウントに接続します。Glows.ai コンソールで SDK トークンを作成し、下に貼り付けてください。</translation>
    </message>
    <message>
        <source>Enter the SDK token for “%1”.</source>
        <translation>「%1」の SDK トークンを入力してください。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>e.g. Work</source>
        <translation>例: 仕事用</translation>
    </message>
    <message>
        <source>&amp;Server URL:</source>
        <translation>サーバー URL(&amp;S):</translation>
    </message>
    <message>
        <source>SDK &amp;token:</source>
        <translation>SDK トークン(&amp;T):</translation>
    </message>
    <message>
        <source>Paste your SDK token</source>
        <translation>SDK トークンを貼り付けてください</translation>
    </message>
    <message>
        <source>SDK token</source>
        <translation>SDK トークン</translation>
    </message>
    <message>
        <source>The token is checked once before it is kept, and it is stored only in your system&apos;s keychain.</source>
        <translation>トークンは保存前に一度だけ確認され、システムのキーチェーンにのみ保存されます。</translation>
    </message>
    <message>
        <source>&amp;Verify and Add</source>
        <translation>確認して追加(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Verify and Sign In</source>
        <translation>確認してサインイン(&amp;V)</translation>
    </message>
    <message>
        <source>Enter a name for the account.</source>
        <translation>アカウントの名前を入力してください。</translation>
    </message>
    <message>
        <source>Paste the SDK token.</source>
        <translation>SDK トークンを貼り付けてください。</translation>
    </message>
</context>
<context>
    <name>glows::ui::AccountsPage</name>
    <message>
        <source>Remove Account</source>
        <translation>アカウントを削除</translation>
    </message>
    <message>
        <source>Remove “%1”? Its token is deleted from the keychain. Instances keep running on the server.</source>
        <translation>「%1」を削除しますか？ トークンはキーチェーンから削除されます。インスタンスはサーバー上で稼働し続けます。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1（使用中）</translation>
    </message>
    <message>
        <source>“%1” was added; its token is in the keychain.</source>
        <translation>「%1」を追加しました。トークンはキーチェーンに保存されています。</translation>
    </message>
    <message>
        <source>“%1” was added. No keychain is available, so the token is kept in memory until you quit.</source>
        <translation>「%1」を追加しました。キーチェーンを利用できないため、トークンは終了するまでメモリ上にのみ保持されます。</translation>
    </message>
    <message>
        <source>Signed out of “%1”; its token was deleted.</source>
        <translation>「%1」からサインアウトし、トークンを削除しました。</translation>
    </message>
    <message>
        <source>The token of “%1” could not be deleted from the keychain.</source>
        <translation>「%1」のトークンをキーチェーンから削除できませんでした。</translation>
    </message>
    <message>
        <source>“%1” was removed.</source>
        <translation>「%1」を削除しました。</translation>
    </message>
    <message>
        <source>Glows Desktop works with the built-in local sandbox and with your Glows.ai accounts. Tokens are kept in your system&apos;s keychain, never in the settings file.</source>
        <translation>Glows Desktop は内蔵のローカルサンドボックスと、お使いの Glows.ai アカウントで動作します。トークンはシステムのキーチェーンに保存され、設定ファイルには保存されません。</translation>
    </message>
    <message>
        <source>&amp;Add Glows.ai Account…</source>
        <translation>Glows.ai アカウントを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>使用(&amp;U)</translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>サインイン(&amp;I)…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>サインアウト(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>glows::ui::ActionDialog</name>
    <message>
        <source>Why this action is unavailable</source>
        <translation>この操作を実行できない理由</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>リクエストを送信しています…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>glows::ui::AppShell</name>
    <message>
        <source>You are not signed in to “%1”. Enter its SDK token.</source>
        <translation>「%1」にサインインしていません。SDK トークンを入力してください。</translation>
    </message>
    <message>
        <source>No keychain is available on this system, so tokens cannot be stored. Enter the SDK token for “%1”; it is kept in memory until you quit.</source>
        <translation>このシステムではキーチェーンを利用できないため、トークンを保存できません。「%1」の SDK トークンを入力してください。トークンは終了するまでメモリ上にのみ保持されます。</translation>
    </message>
    <message>
        <source>The keychain did not give out the token of “%1”. Enter it again.</source>
        <translation>キーチェーンから「%1」のトークンを取得できませんでした。もう一度入力してください。</translation>
    </message>
    <message>
        <source>No keychain: the token is kept in memory and asked for again at the next start.</source>
        <translation>キーチェーンがありません。トークンはメモリ上にのみ保持され、次回の起動時に再度入力を求めます。</translation>
    </message>
    <message>
        <source>The server no longer accepts the token of “%1” (it may have expired or been revoked). Sign in again; the window keeps its state.</source>
        <translation>サーバーが「%1」のトークンを受け付けなくなりました（期限切れまたは無効化された可能性があります）。再度サインインしてください。ウィンドウの状態はそのまま保たれます。</translation>
    </message>
    <message>
        <source>Signed out; now using the local sandbox.</source>
        <translation>サインアウトしました。ローカルのサンドボックスを使用しています。</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
</context>
<context>
    <name>glows::ui::BillingModel</name>
    <message>
        <source>Running</source>
        <translation>稼働中</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Start Time</source>
        <translation>開始時刻</translation>
    </message>
    <message>
        <source>End Time</source>
        <translation>終了時刻</translation>
    </message>
    <message>
        <source>Price/h</source>
        <translation>価格/時</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>利用時間</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <source>Billing Method</source>
        <translation>課金方式</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>割引</translation>
    </message>
</context>
<context>
    <name>glows::ui::BillingTab</name>
    <message>
        <source>Export CSV…</source>
        <translation>CSV をエクスポート…</translation>
    </message>
    <message>
        <source>Could not load billing records: %1</source>
        <translation>課金明細を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>推定</translation>
    </message>
    <message>
        <source>Estimate: this server does not provide billing records. The row below is the hourly price multiplied by the time the instance has been Running since %1; your actual bill may differ.</source>
        <translation>推定値: このサーバーは課金明細を提供していません。下の行は、%1 以降にインスタンスが稼働中だった時間に時間単価を掛けたものです。実際の請求額とは異なる場合があります。</translation>
    </message>
    <message>
        <source>No billing records yet.</source>
        <translation>課金明細はまだありません。</translation>
    </message>
    <message>
        <source>Estimated total: %1 over %2</source>
        <translation>推定合計: %1（利用時間 %2）</translation>
    </message>
    <message>
        <source>Total: %1 over %2</source>
        <translation>合計: %1（利用時間 %2）</translation>
    </message>
    <message>
        <source>Export Billing</source>
        <translation>請求情報のエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 に書き込めませんでした。</translation>
    </message>
</context>
<context>
    <name>glows::ui::ConfigTab</name>
    <message>
        <source>Container</source>
        <translation>コンテナ</translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>イメージ</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>イメージ ID</translation>
    </message>
    <message>
        <source>Image Description</source>
        <translation>イメージの説明</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリー</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Environment Variables</source>
        <translation>環境変数</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>Meta Key</source>
        <translation>メタキー</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 をコピー</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Snapshot: %1</source>
        <translation>スナップショット: %1</translation>
    </message>
    <message>
        <source>Not provided by this server</source>
        <translation>このサーバーからは提供されていません</translation>
    </message>
    <message>
        <source>Not in the image catalogue</source>
        <translation>イメージカタログにありません</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>%1 (this instance&apos;s ports; the image&apos;s defaults are unknown)</source>
        <translation>%1（このインスタンスのポート。イメージの既定値は不明）</translation>
    </message>
</context>
<context>
    <name>glows::ui::DetailPane</name>
    <message>
        <source>Select an instance to see its details.</source>
        <translation>インスタンスを選択すると詳細が表示されます。</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>アクセス</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>モニター</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>請求情報</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>ハードウェア</translation>
    </message>
    <message>
        <source>Network Group</source>
        <translation>ネットワークグループ</translation>
    </message>
    <message>
        <source>Only available while the instance is Running; it is %1 now. Config and Hardware can still be viewed.</source>
        <translation>インスタンスが稼働中の場合のみ利用できます（現在の状態: %1）。設定とハードウェアは引き続き閲覧できます。</translation>
    </message>
    <message>
        <source>This instance is %1, so only Config and Hardware can be viewed.</source>
        <translation>このインスタンスは「%1」のため、設定とハードウェアのみ閲覧できます。</translation>
    </message>
</context>
<context>
    <name>glows::ui::HardwareTab</name>
    <message>
        <source>GPU Model</source>
        <translation>GPU モデル</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU 数</translation>
    </message>
    <message>
        <source>GPU RAM</source>
        <translation>GPU RAM</translation>
    </message>
    <message>
        <source>CPU Model</source>
        <translation>CPU モデル</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU 数</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 per GPU</source>
        <translation>GPU あたり %1</translation>
    </message>
    <message>
        <source>Upgrade Hardware…</source>
        <translation>ハードウェアをアップグレード…</translation>
    </message>
    <message>
        <source>A feature of the Glows.ai web console</source>
        <translation>Glows.ai コンソールの機能です</translation>
    </message>
    <message>
        <source>Opens the Glows.ai web console in your browser</source>
        <translation>ブラウザで Glows.ai コンソールを開きます</translation>
    </message>
</context>
<context>
    <name>glows::ui::HeaderStrip</name>
    <message>
        <source>My Instances</source>
        <translation>マイインスタンス</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>ページタイトル</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Sandbox (simulated)</source>
        <translation>サンドボックス（シミュレーション）</translation>
    </message>
    <message>
        <source>This account is a local simulation: no real machines run and nothing is billed.</source>
        <translation>このアカウントはローカルのシミュレーションです。実際のマシンは稼働せず、課金も発生しません。</translation>
    </message>
    <message>
        <source>Burn rate</source>
        <translation>消費レート</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>残高</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>最終更新</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>今すぐ更新</translation>
    </message>
    <message>
        <source>Refresh now (F5)</source>
        <translation>今すぐ更新（F5）</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>アカウント: %1</translation>
    </message>
    <message>
        <source>Burn rate: %1</source>
        <translation>消費レート: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sum of the hourly price of %n running instance(s)</source>
        <translation>
            <numerusform>稼働中のインスタンス %n 件の時間単価の合計</numerusform>
        </translation>
    </message>
    <message>
        <source>Balance: %1 (simulated)</source>
        <translation>残高: %1（シミュレーション）</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>残高: %1</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation>まだ更新されていません</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message numerus="yes">
        <source>Updated %n s ago</source>
        <translation>
            <numerusform>%n 秒前に更新</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated %1 ago</source>
        <translation>%1 前に更新</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1（古いデータ）</translation>
    </message>
    <message>
        <source>Switch to another account</source>
        <translation>別のアカウントに切り替え</translation>
    </message>
    <message>
        <source>Manage Accounts…</source>
        <translation>アカウントを管理…</translation>
    </message>
    <message>
        <source>Burn rate: ≈ %1</source>
        <translation>消費レート: ≈ %1</translation>
    </message>
    <message>
        <source>%1. This server reports no billing data, so the costs shown are estimates from these prices; the console&apos;s Billing page has the billed amounts.</source>
        <translation>%1。このサーバーは課金データを報告しないため、表示されるコストはこれらの単価からの見積もりです。実際の請求額はコンソールの Billing ページで確認できます。</translation>
    </message>
</context>
<context>
    <name>glows::ui::InstanceActions</name>
    <message>
        <source>Take &amp;Snapshot…</source>
        <translation>スナップショット作成(&amp;S)…</translation>
    </message>
    <message>
        <source>Take a snapshot of the selected instance (Ctrl+Shift+S)</source>
        <translation>選択したインスタンスのスナップショットを作成（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <source>&amp;Release…</source>
        <translation>リリース(&amp;R)…</translation>
    </message>
    <message>
        <source>Stop and release the selected instance (Delete)</source>
        <translation>選択したインスタンスを停止してリリース（Delete）</translation>
    </message>
</context>
<context>
    <name>glows::ui::InstanceDelegate</name>
    <message>
        <source>Take Snapshot</source>
        <translation>スナップショット作成</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>リリース</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <comment>status and snapshot progress</comment>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no action available</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>#%1</source>
        <comment>unit count of an instance</comment>
        <translation>#%1</translation>
    </message>
</context>
<context>
    <name>glows::ui::InstanceModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>稼働時間</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1、%2、%3</translation>
    </message>
    <message>
        <source>Actions: Take Snapshot, Release</source>
        <translation>操作: スナップショット作成、リリース</translation>
    </message>
    <message>
        <source>Actions: Release</source>
        <translation>操作: リリース</translation>
    </message>
    <message>
        <source>No actions available</source>
        <translation>実行できる操作はありません</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <comment>estimated cost</comment>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>Estimated from the hourly price and the time since the instance started: this server does not report accrued cost. The console&apos;s Billing page has the billed amount.</source>
        <translation>時間単価と起動からの経過時間から見積もった金額です。このサーバーは累積コストを報告しません。実際の請求額はコンソールの Billing ページで確認できます。</translation>
    </message>
</context>
<context>
    <name>glows::ui::InstanceView</name>
    <message>
        <source>Instances</source>
        <translation>インスタンス</translation>
    </message>
    <message>
        <source>Use the arrow keys to choose an instance; the context menu key lists its actions.</source>
        <translation>矢印キーでインスタンスを選択し、コンテキストメニューキーで操作の一覧を表示します。</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>列をリセット</translation>
    </message>
    <message>
        <source>The server cannot be reached: this is the last known data and may be out of date.</source>
        <translation>サーバーに接続できません。表示されているのは最後に取得したデータで、最新ではない可能性があります。</translation>
    </message>
</context>
<context>
    <name>glows::ui::MainWindow</name>
    <message>
        <source>Glows Desktop</source>
        <translation>Glows Desktop</translation>
    </message>
    <message>
        <source>Instance status</source>
        <translation>インスタンスの状態</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Search by ID or name</source>
        <translation>ID または名前で検索</translation>
    </message>
    <message>
        <source>Search instances by ID or name</source>
        <translation>ID または名前でインスタンスを検索</translation>
    </message>
    <message>
        <source>List and details</source>
        <translation>一覧と詳細</translation>
    </message>
    <message>
        <source>Instance details</source>
        <translation>インスタンスの詳細</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n instance(s)</source>
        <translation>
            <numerusform>%1、インスタンス %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>The server cannot be reached yet. The list appears as soon as it answers.</source>
        <translation>サーバーにまだ接続できません。応答があり次第、一覧が表示されます。</translation>
    </message>
    <message>
        <source>The list could not be loaded.</source>
        <translation>一覧を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Loading instances…</source>
        <translation>インスタンスを読み込んでいます…</translation>
    </message>
    <message>
        <source>No instance in this tab matches “%1”.</source>
        <translation>このタブには「%1」に一致するインスタンスはありません。</translation>
    </message>
    <message>
        <source>No running instances.
Instances you create appear here while they run and bill.</source>
        <translation>稼働中のインスタンスはありません。
作成したインスタンスは、稼働中（課金中）の間ここに表示されます。</translation>
    </message>
    <message>
        <source>No snapshot in progress.
Instances appear here while a snapshot is being saved.</source>
        <translation>作成中のスナップショットはありません。
スナップショットの保存中、インスタンスはここに表示されます。</translation>
    </message>
    <message>
        <source>No released instances.
Released instances stay listed here with their final cost.</source>
        <translation>解放済みのインスタンスはありません。
解放されたインスタンスは、最終コストとともにここに表示されます。</translation>
    </message>
    <message>
        <source>Instance actions</source>
        <translation>インスタンスの操作</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>ID をコピー</translation>
    </message>
    <message>
        <source>Snapshot finished</source>
        <translation>スナップショットが完了しました</translation>
    </message>
    <message>
        <source>%1 is running again.</source>
        <translation>%1 は再び稼働中です。</translation>
    </message>
    <message>
        <source>%1 was saved and is being released.</source>
        <translation>%1 を保存しました。現在リリース中です。</translation>
    </message>
    <message>
        <source>%1 was saved and released; its billing has stopped.</source>
        <translation>%1 を保存して解放しました。課金は停止しています。</translation>
    </message>
    <message>
        <source>Instance released</source>
        <translation>インスタンスを解放しました</translation>
    </message>
    <message>
        <source>%1 was released; its billing has stopped.</source>
        <translation>%1 を解放しました。課金は停止しています。</translation>
    </message>
    <message>
        <source>Instance terminated</source>
        <translation>インスタンスが終了しました</translation>
    </message>
    <message>
        <source>%1 was terminated by the server.</source>
        <translation>%1 はサーバーによって終了されました。</translation>
    </message>
    <message>
        <source>Glows Desktop is still running</source>
        <translation>Glows Desktop は実行中です</translation>
    </message>
    <message>
        <source>Your instances keep billing. Open the window again from the tray icon.</source>
        <translation>インスタンスの課金は継続しています。トレイアイコンからウィンドウを再度開けます。</translation>
    </message>
    <message>
        <source>Snapshot of %1 started.</source>
        <translation>%1 のスナップショット作成を開始しました。</translation>
    </message>
    <message>
        <source>Release of %1 started.</source>
        <translation>%1 のリリースを開始しました。</translation>
    </message>
    <message>
        <source>Take Snapshot failed</source>
        <translation>スナップショット作成に失敗しました</translation>
    </message>
    <message>
        <source>Release failed</source>
        <translation>リリースに失敗しました</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New Instance…</source>
        <translation>新規インスタンス(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a new instance from an image or a snapshot (Ctrl+N)</source>
        <translation>イメージまたはスナップショットから新規インスタンスを作成（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>列(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Instance</source>
        <translation>インスタンス(&amp;I)</translation>
    </message>
    <message>
        <source>Instance Actions</source>
        <translation>インスタンスの操作</translation>
    </message>
    <message>
        <source>%1 is being created.</source>
        <translation>%1 を作成しています。</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>ローカルのサンドボックス</translation>
    </message>
    <message>
        <source>Glows.ai</source>
        <translation>Glows.ai</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>環境設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;About Glows Desktop</source>
        <translation>Glows Desktop について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>My Instances</source>
        <translation>マイインスタンス</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>スナップショット</translation>
    </message>
    <message>
        <source>Your instances (Ctrl+1)</source>
        <translation>インスタンス一覧（Ctrl+1）</translation>
    </message>
    <message>
        <source>Saved snapshots (Ctrl+2)</source>
        <translation>保存済みのスナップショット（Ctrl+2）</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
</context>
<context>
    <name>glows::ui::MessageBar</name>
    <message>
        <source>Error message</source>
        <translation>エラーメッセージ</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Show error details</source>
        <translation>エラーの詳細を表示</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>メッセージを閉じる</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>エラーの詳細</translation>
    </message>
</context>
<context>
    <name>glows::ui::MetricChart</name>
    <message>
        <source>No data yet</source>
        <translation>データはまだありません</translation>
    </message>
    <message>
        <source>Minutes ago</source>
        <translation>分前</translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation>%1 のグラフ</translation>
    </message>
    <message>
        <source>Now: %1. Last %2 minutes: lowest %3, highest %4 %5.</source>
        <translation>現在: %1。直近 %2 分間: 最小 %3、最大 %4 %5。</translation>
    </message>
</context>
<context>
    <name>glows::ui::MonitorTab</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 / %2 GB</source>
        <translation>%1 / %2 GB</translation>
    </message>
    <message>
        <source>GPU Utilisation</source>
        <translation>GPU 使用率</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU 使用率</translation>
    </message>
    <message>
        <source>GPU Memory</source>
        <translation>GPU メモリ使用量</translation>
    </message>
    <message>
        <source>GPU memory</source>
        <translation>GPU メモリ使用量</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU 使用率</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>メモリ使用量</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>ディスク使用量</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク通信量</translation>
    </message>
    <message>
        <source>In</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>In %1 KB/s · Out %2 KB/s</source>
        <translation>受信 %1 KB/s · 送信 %2 KB/s</translation>
    </message>
    <message>
        <source>5 min</source>
        <translation>5 分</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 時間</translation>
    </message>
    <message>
        <source>Simulated data: this server generates these figures, they do not come from a real machine.</source>
        <translation>シミュレーションデータ: これらの数値はこのサーバーが生成したもので、実際のマシンから取得したものではありません。</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV をエクスポート…</translation>
    </message>
    <message>
        <source>Save the samples of the visible range as CSV</source>
        <translation>表示中の範囲のサンプルを CSV として保存します</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>範囲:</translation>
    </message>
    <message>
        <source>Metrics are not available from this server: it does not provide the monitoring extension, so no live charts can be shown for this instance.</source>
        <translation>このサーバーではメトリクスを利用できません。モニタリング拡張機能が提供されていないため、このインスタンスのリアルタイムグラフは表示できません。</translation>
    </message>
    <message>
        <source>Could not load metrics: %1</source>
        <translation>メトリクスを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Export Metrics</source>
        <translation>メトリクスのエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 に書き込めませんでした。</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>KB/s</source>
        <translation>KB/s</translation>
    </message>
</context>
<context>
    <name>glows::ui::NetworkGroupTab</name>
    <message>
        <source>Add to group…</source>
        <translation>グループに追加…</translation>
    </message>
    <message>
        <source>Only a Running instance can join a network group.</source>
        <translation>ネットワークグループに参加できるのは稼働中のインスタンスのみです。</translation>
    </message>
    <message>
        <source>This server does not support network groups.</source>
        <translation>このサーバーはネットワークグループに対応していません。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Private IP/CIDR</source>
        <translation>プライベート IP/CIDR</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>帯域幅</translation>
    </message>
    <message>
        <source>%1 Mbps</source>
        <translation>%1 Mbps</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>メンバー数</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Leave group</source>
        <translation>グループから退出</translation>
    </message>
    <message>
        <source>Only a Running instance can leave a network group.</source>
        <translation>ネットワークグループから退出できるのは稼働中のインスタンスのみです。</translation>
    </message>
    <message>
        <source>Other members</source>
        <translation>他のメンバー</translation>
    </message>
    <message>
        <source>No other members yet.</source>
        <translation>他のメンバーはまだいません。</translation>
    </message>
    <message>
        <source>%1 (%2, %3/%4)</source>
        <translation>%1（%2、%3/%4）</translation>
    </message>
    <message>
        <source>No network group in region %1 has room for this instance. Create one on the Mesh Clustering page first.</source>
        <translation>リージョン %1 には、このインスタンスを追加できる空きのあるネットワークグループがありません。先に Mesh Clustering ページでグループを作成してください。</translation>
    </message>
    <message>
        <source>Add to Network Group</source>
        <translation>ネットワークグループに追加</translation>
    </message>
    <message>
        <source>Network group for %1:</source>
        <translation>%1 のネットワークグループ:</translation>
    </message>
    <message>
        <source>Leave Network Group</source>
        <translation>ネットワークグループから退出</translation>
    </message>
    <message>
        <source>Remove %1 from the network group? It loses its private IP there, and the other members can no longer reach it.</source>
        <translation>%1 をネットワークグループから外しますか？ グループ内のプライベート IP が失われ、他のメンバーから接続できなくなります。</translation>
    </message>
    <message>
        <source>Network groups are not available from this server: it does not provide the Mesh Clustering extension, so this instance&apos;s private network cannot be shown or changed here.</source>
        <translation>このサーバーではネットワークグループを利用できません。Mesh Clustering 拡張機能が提供されていないため、このインスタンスのプライベートネットワークをここで表示・変更することはできません。</translation>
    </message>
    <message>
        <source>This instance is not part of any network group.

Mesh Clustering puts several instances in one network group, where they reach each other over private IPs. Use it for multi-node, multi-GPU work such as distributed training. Create a group on the Mesh Clustering page, then add this instance with &quot;Add to group…&quot;.</source>
        <translation>このインスタンスはどのネットワークグループにも属していません。

Mesh Clustering では、複数のインスタンスを 1 つのネットワークグループにまとめ、プライベート IP で相互に接続できます。分散学習など、複数ノード・複数 GPU での処理に利用します。Mesh Clustering ページでグループを作成してから、「グループに追加…」でこのインスタンスを追加してください。</translation>
    </message>
    <message>
        <source>Go to Mesh Clustering</source>
        <translation>Mesh Clustering へ移動</translation>
    </message>
    <message>
        <source>A feature of the Glows.ai web console</source>
        <translation>Glows.ai コンソールの機能です</translation>
    </message>
    <message>
        <source>Opens the Glows.ai web console in your browser</source>
        <translation>ブラウザで Glows.ai コンソールを開きます</translation>
    </message>
</context>
<context>
    <name>glows::ui::NewInstanceDialog</name>
    <message>
        <source>New Instance</source>
        <translation>新規インスタンス</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>作成元:</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation>イメージ(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Snapshot</source>
        <translation>スナップショット(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>リージョン(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Machine:</source>
        <translation>マシン(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>カテゴリー(&amp;C):</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>コンテナ</translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Optional, shown in the instance list</source>
        <translation>任意。インスタンス一覧に表示されます</translation>
    </message>
    <message>
        <source>Extra &amp;ports:</source>
        <translation>追加ポート(&amp;P):</translation>
    </message>
    <message>
        <source>e.g. 8080, 7860/https (SSH 22 and JupyterLab 8888 are always included)</source>
        <translation>例: 8080, 7860/https（SSH 22 と JupyterLab 8888 は常に含まれます）</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>環境変数(&amp;E):</translation>
    </message>
    <message>
        <source>One KEY=value per line</source>
        <translation>1 行に 1 つ、KEY=value の形式で</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>GPU RAM</source>
        <translation>GPU RAM</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU 数</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <source>Price/h</source>
        <translation>価格/時</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>利用可能</translation>
    </message>
    <message>
        <source>Create Instance</source>
        <translation>インスタンスを作成</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>イメージ</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>スナップショット</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>マシン</translation>
    </message>
    <message>
        <source>Images unavailable: %1</source>
        <translation>イメージを取得できません: %1</translation>
    </message>
    <message>
        <source>Snapshots unavailable: %1</source>
        <translation>スナップショットを取得できません: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Machine specs unavailable: %1</source>
        <translation>マシン仕様を取得できません: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid port: use a number from 1 to 65535, optionally followed by /https.</source>
        <translation>「%1」は有効なポートではありません。1〜65535 の数値を入力してください（末尾に /https を付けることもできます）。</translation>
    </message>
    <message>
        <source>Port %1 is listed more than once (22 and 8888 are always included).</source>
        <translation>ポート %1 が重複しています（22 と 8888 は常に含まれます）。</translation>
    </message>
    <message>
        <source>Choose an image.</source>
        <translation>イメージを選択してください。</translation>
    </message>
    <message>
        <source>Choose a snapshot. Only available snapshots can start an instance.</source>
        <translation>スナップショットを選択してください。利用可能なスナップショットからのみインスタンスを起動できます。</translation>
    </message>
    <message>
        <source>Choose a machine with available units.</source>
        <translation>在庫のあるマシンを選択してください。</translation>
    </message>
    <message>
        <source>Environment line &quot;%1&quot; must look like KEY=value (without &apos;;&apos;).</source>
        <translation>環境変数の行「%1」は KEY=value の形式で入力してください（; は使用できません）。</translation>
    </message>
    <message>
        <source>Price: %1, charged per second while Running.</source>
        <translation>価格: %1（稼働中のみ秒単位で課金）</translation>
    </message>
    <message>
        <source>Price: choose a machine.</source>
        <translation>価格: マシンを選択してください。</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>作成中…</translation>
    </message>
    <message>
        <source>The instance was not created: %1</source>
        <translation>インスタンスは作成されませんでした: %1</translation>
    </message>
</context>
<context>
    <name>glows::ui::OfflineBanner</name>
    <message>
        <source>Connection problem</source>
        <translation>接続の問題</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>接続状態</translation>
    </message>
    <message>
        <source>Retry Now</source>
        <translation>今すぐ再試行</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>今すぐ再試行</translation>
    </message>
    <message>
        <source>The list shows the last known data, from %1.</source>
        <translation>一覧には %1 時点の最後に取得したデータが表示されています。</translation>
    </message>
    <message>
        <source>No data has been loaded yet.</source>
        <translation>データはまだ読み込まれていません。</translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n s.</source>
        <translation>
            <numerusform>%n 秒後に再試行します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>再試行しています…</translation>
    </message>
</context>
<context>
    <name>glows::ui::PortForwardDialog</name>
    <message>
        <source>New Port Forwarding</source>
        <translation>新規ポート転送</translation>
    </message>
    <message>
        <source>1–65535</source>
        <translation>1〜65535</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <source>The default is TCP. To forward a web service (for example JupyterLab or a dashboard), choose HTTPS to enable encrypted access, which keeps the browser connection secure.</source>
        <translation>デフォルトは TCP です。Web サービス（JupyterLab やダッシュボードなど）を転送する場合は、HTTPS を選択して暗号化アクセスを有効にしてください。ブラウザ接続の安全性が確保されます。</translation>
    </message>
    <message>
        <source>A new port forward shows as pending until its address is ready, usually within 10–20 seconds.</source>
        <translation>新しいポート転送は、アドレスの準備ができるまで（通常 10〜20 秒以内）準備中と表示されます。</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Service Port</source>
        <translation>サービスポート</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Edit Port Forwarding</source>
        <translation>ポート転送を編集</translation>
    </message>
    <message>
        <source>Enter the service port inside the instance.</source>
        <translation>インスタンス内のサービスポートを入力してください。</translation>
    </message>
    <message>
        <source>The service port must be between 1 and 65535.</source>
        <translation>サービスポートは 1〜65535 の範囲で指定してください。</translation>
    </message>
    <message>
        <source>Port %1 is already forwarded.</source>
        <translation>ポート %1 は既に転送されています。</translation>
    </message>
</context>
<context>
    <name>glows::ui::ReleaseDialog</name>
    <message>
        <source>Stop &amp;&amp; Release</source>
        <translation>停止してリリース</translation>
    </message>
    <message>
        <source>Release Instance</source>
        <translation>インスタンスのリリース</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3&lt;br&gt;&lt;br&gt;The machine will be stopped and released. &lt;b&gt;All data on the instance is deleted and cannot be recovered.&lt;/b&gt; Save the environment with a snapshot first if you need it again.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3&lt;br&gt;&lt;br&gt;マシンを停止してリリースします。&lt;b&gt;インスタンス上のすべてのデータが削除され、復元できません。&lt;/b&gt;環境を再び使用する場合は、先にスナップショットで保存してください。</translation>
    </message>
    <message>
        <source>Accrued cost</source>
        <translation>累積コスト</translation>
    </message>
    <message>
        <source>Take Snapshot &amp;First…</source>
        <translation>先にスナップショット作成(&amp;F)…</translation>
    </message>
    <message>
        <source>Take snapshot first</source>
        <translation>先にスナップショットを作成</translation>
    </message>
    <message>
        <source>Stop and release</source>
        <translation>停止してリリース</translation>
    </message>
    <message>
        <source>Accrued cost so far: &lt;b&gt;%1&lt;/b&gt;. Billing stops when the instance is released.</source>
        <translation>これまでの累積コスト: &lt;b&gt;%1&lt;/b&gt;。インスタンスをリリースすると課金は停止します。</translation>
    </message>
    <message>
        <source>This instance cannot be released while it is %1.</source>
        <translation>このインスタンスは「%1」のため、リリースできません。</translation>
    </message>
    <message>
        <source>Why save the environment?</source>
        <translation>環境を保存する理由は？</translation>
    </message>
    <message>
        <source>A snapshot keeps everything on the instance except /datadrive: installed packages, system settings and files in all other directories. A new instance started from it is set up exactly as this one is now.

Releasing deletes the instance&apos;s disk: everything not saved in a snapshot is lost and cannot be recovered. Files in /datadrive live in your Datadrive storage, not on the instance, and stay there.</source>
        <translation>スナップショットには、/datadrive を除くインスタンス上のすべて（インストール済みのパッケージ、システム設定、その他すべてのディレクトリのファイル）が保存されます。スナップショットから起動した新しいインスタンスは、現在のこのインスタンスと同じ環境になります。

リリースするとインスタンスのディスクは削除され、スナップショットに保存していないものはすべて失われ、復元できません。/datadrive のファイルはインスタンスではなく Datadrive ストレージにあるため、そのまま残ります。</translation>
    </message>
</context>
<context>
    <name>glows::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Show &amp;notifications when a snapshot finishes or an instance is released</source>
        <translation>スナップショットの完了時やインスタンスの解放時に通知を表示する(&amp;N)</translation>
    </message>
    <message>
        <source>Clear a copied &amp;password after:</source>
        <translation>コピーしたパスワードを消去するまでの時間(&amp;P):</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds suffix</comment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;Steady refresh interval:</source>
        <translation>通常時の更新間隔(&amp;S):</translation>
    </message>
    <message>
        <source>During &amp;transitions:</source>
        <translation>状態の変化中(&amp;T):</translation>
    </message>
    <message>
        <source>While the window is &amp;hidden:</source>
        <translation>ウィンドウが非表示のとき(&amp;H):</translation>
    </message>
    <message>
        <source>The list refreshes quickly while an instance is changing state, slowly when nothing changes, and right after your own actions.</source>
        <translation>一覧は、インスタンスの状態が変化している間は頻繁に、変化がないときはゆっくりと、操作の直後にはすぐに更新されます。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Clipboard clear delay</source>
        <translation>クリップボードの消去までの時間</translation>
    </message>
</context>
<context>
    <name>glows::ui::SnapshotDialog</name>
    <message>
        <source>Take Snapshot</source>
        <translation>スナップショット作成</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>インスタンス</translation>
    </message>
    <message>
        <source>Before you take a snapshot</source>
        <translation>スナップショット作成前の注意</translation>
    </message>
    <message>
        <source>Everything on the instance is saved except &lt;b&gt;/datadrive&lt;/b&gt;: installed packages, system settings and files in all other directories.</source>
        <translation>&lt;b&gt;/datadrive&lt;/b&gt; を除く、インスタンス上のすべてが保存されます（インストール済みのパッケージ、システム設定、その他すべてのディレクトリのファイル）。</translation>
    </message>
    <message>
        <source>While the snapshot is being saved the instance cannot be reached, and running programs are interrupted. It resumes afterwards.</source>
        <translation>スナップショットの保存中はインスタンスにアクセスできず、実行中のプログラムは中断されます。保存後にインスタンスは再開します。</translation>
    </message>
    <message>
        <source>The snapshot is stored in your storage space, which needs enough free room for it.</source>
        <translation>スナップショットは個人ストレージに保存されるため、十分な空き容量が必要です。</translation>
    </message>
    <message>
        <source>Snapshot name</source>
        <translation>スナップショット名</translation>
    </message>
    <message>
        <source>Name problem</source>
        <translation>名前の問題</translation>
    </message>
    <message>
        <source>&amp;Automatically release the instance after saving</source>
        <translation>保存後にインスタンスを自動的に解放する(&amp;A)</translation>
    </message>
    <message>
        <source>Automatically release the instance after saving</source>
        <translation>保存後にインスタンスを自動的に解放する</translation>
    </message>
    <message>
        <source>A snapshot can only be taken while the instance is Running. It is %1 now.</source>
        <translation>スナップショットはインスタンスが稼働中の場合のみ作成できます（現在の状態: %1）。</translation>
    </message>
    <message>
        <source>Taking a snapshot adds no charge, but the instance &lt;b&gt;cannot be released&lt;/b&gt; until the snapshot is saved.</source>
        <translation>スナップショットの作成に追加料金はかかりませんが、保存が完了するまでインスタンスは&lt;b&gt;リリースできません&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>Enter a snapshot name</source>
        <translation>スナップショット名を入力してください</translation>
    </message>
    <message>
        <source>&amp;Name (required):</source>
        <translation>名前（必須）(&amp;N):</translation>
    </message>
</context>
<context>
    <name>glows::ui::SnapshotModel</name>
    <message>
        <source>Everything except %1 was saved.</source>
        <translation>%1 を除くすべてが保存されています。</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>利用可能</translation>
    </message>
    <message>
        <source>Saving (%1%)</source>
        <translation>保存中（%1%）</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Source instance</source>
        <translation>作成元インスタンス</translation>
    </message>
</context>
<context>
    <name>glows::ui::SnapshotsPage</name>
    <message>
        <source>Snapshots</source>
        <translation>スナップショット</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>名前を変更(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>New &amp;instance from this snapshot…</source>
        <translation>このスナップショットから新規インスタンス(&amp;I)…</translation>
    </message>
    <message>
        <source>Loading snapshots…</source>
        <translation>スナップショットを読み込んでいます…</translation>
    </message>
    <message>
        <source>No snapshots yet. Take a snapshot of a Running instance to keep its environment: everything except /datadrive is saved.</source>
        <translation>スナップショットはまだありません。稼働中のインスタンスのスナップショットを作成すると環境を保存できます（/datadrive を除くすべてが保存されます）。</translation>
    </message>
    <message>
        <source>This server does not offer snapshot management through the API. Use the Glows.ai console&apos;s Snapshots page instead.</source>
        <translation>このサーバーは API によるスナップショット管理を提供していません。Glows.ai コンソールの Snapshots ページをご利用ください。</translation>
    </message>
    <message>
        <source>Could not rename the snapshot: %1</source>
        <translation>スナップショットの名前を変更できませんでした: %1</translation>
    </message>
    <message>
        <source>Could not delete the snapshot: %1</source>
        <translation>スナップショットを削除できませんでした: %1</translation>
    </message>
    <message>
        <source>New name for snapshot %1:</source>
        <translation>スナップショット %1 の新しい名前:</translation>
    </message>
    <message>
        <source>%1
New name for snapshot %2:</source>
        <translation>%1
スナップショット %2 の新しい名前:</translation>
    </message>
    <message>
        <source>Rename Snapshot</source>
        <translation>スナップショットの名前を変更</translation>
    </message>
    <message>
        <source>Delete Snapshot</source>
        <translation>スナップショットを削除</translation>
    </message>
    <message>
        <source>Delete snapshot &quot;%1&quot; (%2)? Instances can no longer be created from it.</source>
        <translation>スナップショット「%1」（%2）を削除しますか？ このスナップショットからインスタンスを作成できなくなります。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>glows::ui::SshPanel</name>
    <message>
        <source>Copy the SSH command</source>
        <translation>SSH コマンドをコピー</translation>
    </message>
    <message>
        <source>Copy Command</source>
        <translation>コマンドをコピー</translation>
    </message>
    <message>
        <source>Open in Terminal</source>
        <translation>ターミナルで開く</translation>
    </message>
    <message>
        <source>Copy the service port</source>
        <translation>サービスポートをコピー</translation>
    </message>
    <message>
        <source>Copy the user</source>
        <translation>ユーザー名をコピー</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>パスワードを表示</translation>
    </message>
    <message>
        <source>SSH Command</source>
        <translation>SSH コマンド</translation>
    </message>
    <message>
        <source>Service Port</source>
        <translation>サービスポート</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>SSH command copied.</source>
        <translation>SSH コマンドをコピーしました。</translation>
    </message>
    <message>
        <source>Password copied. It is cleared from the clipboard after %1 s.</source>
        <translation>パスワードをコピーしました。%1 秒後にクリップボードから消去されます。</translation>
    </message>
    <message>
        <source>SSH Port %1</source>
        <translation>SSH ポート %1</translation>
    </message>
    <message>
        <source>Pending: the address appears once the port is mapped.</source>
        <translation>準備中: ポートがマッピングされるとアドレスが表示されます。</translation>
    </message>
    <message>
        <source>The server sent an SSH address that is not valid: %1</source>
        <translation>サーバーから無効な SSH アドレスが送信されました: %1</translation>
    </message>
    <message>
        <source>This instance has no SSH access.</source>
        <translation>このインスタンスには SSH でアクセスできません。</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>パスワードを隠す</translation>
    </message>
    <message>
        <source>Opened a terminal running %1.</source>
        <translation>%1 を実行するターミナルを開きました。</translation>
    </message>
    <message>
        <source>The SSH host or port is not valid, so no terminal was opened.</source>
        <translation>SSH のホストまたはポートが無効なため、ターミナルを開きませんでした。</translation>
    </message>
    <message>
        <source>No terminal program was found. Copy the command and run it in your terminal.</source>
        <translation>ターミナルプログラムが見つかりませんでした。コマンドをコピーしてターミナルで実行してください。</translation>
    </message>
    <message>
        <source>The terminal could not be started. Copy the command and run it in your terminal.</source>
        <translation>ターミナルを起動できませんでした。コマンドをコピーしてターミナルで実行してください。</translation>
    </message>
    <message>
        <source>Copy the password; it is cleared from the clipboard after %1 s</source>
        <translation>パスワードをコピー（%1 秒後にクリップボードから消去されます）</translation>
    </message>
</context>
<context>
    <name>glows::ui::TrayController</name>
    <message>
        <source>Show Glows Desktop</source>
        <translation>Glows Desktop を表示</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message numerus="yes">
        <source>Glows Desktop: %n instance(s) running, %1</source>
        <translation>
            <numerusform>Glows Desktop: %n 件のインスタンスが稼働中、%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Instances keep billing</source>
        <translation>インスタンスの課金は継続します</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) are still running and keep billing (%1) after the app closes. Release them from the list if you no longer need them.</source>
        <translation>
            <numerusform>%n 件のインスタンスが稼働中で、アプリを閉じた後も課金（%1）が続きます。不要な場合は一覧からリリースしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep in Tray</source>
        <translation>トレイに常駐</translation>
    </message>
    <message>
        <source>Quit Anyway</source>
        <translation>終了する</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Glows Desktop</source>
        <translation>Glows Desktop</translation>
    </message>
    <message>
        <source>The local sandbox could not be started: %1</source>
        <translation>ローカルサンドボックスを起動できませんでした: %1</translation>
    </message>
</context>
</TS>
