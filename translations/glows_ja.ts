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
    <name>Autostart</name>
    <message>
        <source>Start at login is not available on this system.</source>
        <translation>このシステムではログイン時の起動を利用できません。</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>%1 を削除できませんでした。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 を書き込めませんでした。</translation>
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
    <message>
        <source>Usage: glows-cli metrics ID [--since EPOCH_SECONDS | --via-ssh]</source>
        <translation>使い方: glows-cli metrics ID [--since EPOCH_SECONDS | --via-ssh]</translation>
    </message>
    <message>
        <source>metrics ID [--since T | --via-ssh]  GPU, CPU, memory, disk and network samples</source>
        <translation>metrics ID [--since T | --via-ssh]  GPU、CPU、メモリ、ディスク、ネットワークのサンプル</translation>
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
    <message>
        <source>ssh-config: write ~/.ssh/glows/config (and offer the Include line for ~/.ssh/config).</source>
        <translation>ssh-config: ~/.ssh/glows/config を書き込みます（~/.ssh/config への Include 行の追加も提案します）。</translation>
    </message>
    <message>
        <source>guard: keep watching until stopped.</source>
        <translation>guard: 停止するまで監視を続けます。</translation>
    </message>
    <message>
        <source>guard: a one-off idle rule, GPU idle for N minutes.</source>
        <translation>guard: 1 回限りのアイドルルール（GPU が N 分間アイドル）。</translation>
    </message>
    <message>
        <source>guard: idle means GPU utilisation below P % (default 5).</source>
        <translation>guard: GPU 使用率が P % 未満をアイドルとみなします（既定 5）。</translation>
    </message>
    <message>
        <source>guard: notify (default) or snapshot-release.</source>
        <translation>guard: notify（既定）または snapshot-release。</translation>
    </message>
    <message>
        <source>guard: seconds between polls (default 10).</source>
        <translation>guard: 取得の間隔（秒、既定 10）。</translation>
    </message>
    <message>
        <source>ssh-key install: the public key to install.</source>
        <translation>ssh-key install: 登録する公開鍵。</translation>
    </message>
    <message>
        <source>tunnel: the local port (default: any free one).</source>
        <translation>tunnel: ローカルポート（既定: 空いている任意のポート）。</translation>
    </message>
    <message>
        <source>metrics: read them from the instance itself over SSH.</source>
        <translation>metrics: SSH 経由でインスタンス自体から読み取ります。</translation>
    </message>
    <message>
        <source>--local takes a port number from 1 to 65535.</source>
        <translation>--local には 1〜65535 のポート番号を指定してください。</translation>
    </message>
    <message>
        <source>--idle-minutes takes a number of minutes from 1 to 10080.</source>
        <translation>--idle-minutes には 1 から 10080 までの分数を指定してください。</translation>
    </message>
    <message>
        <source>--idle-below takes a percentage above 0 and up to 100.</source>
        <translation>--idle-below には 0 より大きく 100 以下のパーセントを指定してください。</translation>
    </message>
    <message>
        <source>--interval takes a number of seconds from 1 to 3600.</source>
        <translation>--interval には 1 から 3600 までの秒数を指定してください。</translation>
    </message>
</context>
<context>
    <name>GuardCommands</name>
    <message>
        <source>No guard history yet.</source>
        <translation>ガードの履歴はまだありません。</translation>
    </message>
    <message>
        <source>Cannot open the guard history %1: %2</source>
        <translation>ガードの履歴 %1 を開けません：%2</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>EVENT</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>INSTANCE</source>
        <translation>インスタンス</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>--idle-below and --act go with --idle-minutes.</source>
        <translation>--idle-below と --act は --idle-minutes と一緒に指定してください。</translation>
    </message>
    <message>
        <source>--act takes notify or snapshot-release.</source>
        <translation>--act には notify または snapshot-release を指定してください。</translation>
    </message>
    <message>
        <source>snapshot &amp; release of idle instances deletes their disks once the snapshot is saved</source>
        <translation>アイドル状態のインスタンスのスナップショット作成と解放では、スナップショットの保存後にディスクが削除されます</translation>
    </message>
    <message>
        <source>Snapshot and release every instance whose GPU stays below %1 % for %2 minutes, after a grace period of %3 minutes, without asking again?</source>
        <translation>GPU 使用率が %2 分間 %1 % 未満のインスタンスを、%3 分の猶予期間の後、確認なしでスナップショット作成して解放しますか？</translation>
    </message>
    <message>
        <source>The guard history cannot be written (%1); watching without it.</source>
        <translation>ガードの履歴を書き込めません（%1）。履歴なしで監視します。</translation>
    </message>
    <message>
        <source>%1: snapshot %2 requested; the server releases the instance once it is saved.</source>
        <translation>%1：スナップショット %2 を要求しました。保存後にサーバーがインスタンスを解放します。</translation>
    </message>
    <message>
        <source>%1: snapshot &amp; release refused: %2</source>
        <translation>%1：スナップショット作成と解放が拒否されました：%2</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1 (the guard waits and tries again).</source>
        <translation>サーバーに接続できません：%1（ガードは待機して再試行します）。</translation>
    </message>
    <message>
        <source>Guard watching %1 (automatic snapshot &amp; release on). Stop with Ctrl+C.</source>
        <translation>ガードが %1 を監視中です（自動スナップショット作成と解放：オン）。Ctrl+C で停止します。</translation>
    </message>
    <message>
        <source>Guard watching %1 (notify only). Stop with Ctrl+C.</source>
        <translation>ガードが %1 を監視中です（通知のみ）。Ctrl+C で停止します。</translation>
    </message>
    <message>
        <source>Usage: glows-cli guard --watch [--idle-minutes N [--idle-below P] --act notify|snapshot-release [--yes]] [--interval SECONDS]
       glows-cli guard history</source>
        <translation>使い方: glows-cli guard --watch [--idle-minutes N [--idle-below P] --act notify|snapshot-release [--yes]] [--interval SECONDS]
       glows-cli guard history</translation>
    </message>
    <message>
        <source>guard --watch [--idle-minutes N [--idle-below P] --act notify|snapshot-release [--yes]] [--interval SECONDS]
       Watch instances with the stored guard rules, or with one idle rule; “guard history” lists what the guard decided and did</source>
        <translation>guard --watch [--idle-minutes N [--idle-below P] --act notify|snapshot-release [--yes]] [--interval SECONDS]
       保存されたガードのルール、または 1 つのアイドルルールでインスタンスを監視。「guard history」でガードの判断と操作の履歴を表示</translation>
    </message>
    <message>
        <source>%1: no GPU metrics over SSH: %2</source>
        <translation>%1：SSH 経由の GPU メトリクスがありません：%2</translation>
    </message>
</context>
<context>
    <name>GuardText</name>
    <message>
        <source>less than a minute</source>
        <translation>1 分未満</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <source>Balance not known</source>
        <translation>残高は不明です</translation>
    </message>
    <message>
        <source>Nothing running: the balance is not being spent</source>
        <translation>実行中のインスタンスはありません：残高は消費されていません</translation>
    </message>
    <message>
        <source>The balance is spent</source>
        <translation>残高を使い切りました</translation>
    </message>
    <message>
        <source>Balance lasts about %1</source>
        <translation>残高はあと約 %1 もちます</translation>
    </message>
    <message>
        <source>Idle GPU</source>
        <translation>アイドル GPU</translation>
    </message>
    <message>
        <source>Spend cap</source>
        <translation>費用の上限</translation>
    </message>
    <message>
        <source>Time cap</source>
        <translation>実行時間の上限</translation>
    </message>
    <message>
        <source>Balance runway</source>
        <translation>残高の残り時間</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>利用可能</translation>
    </message>
    <message>
        <source>Daily reminder</source>
        <translation>毎日のリマインダー</translation>
    </message>
    <message>
        <source>needs GPU metrics: not available for this account</source>
        <translation>GPU メトリクスが必要です：このアカウントでは利用できません</translation>
    </message>
    <message>
        <source>GPU below %1 % for %2</source>
        <translation>GPU 使用率が %2 のあいだ %1 % 未満</translation>
    </message>
    <message>
        <source>cost %1 reached the cap of %2 credits</source>
        <translation>費用 %1 が上限の %2 クレジットに達しました</translation>
    </message>
    <message>
        <source>running for %1 (cap %2)</source>
        <translation>%1 実行中（上限 %2）</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>%1: %2. Snapshot &amp; release in %3 unless you answer.</source>
        <translation>%1：%2。応答がなければ %3 後にスナップショット作成と解放を行います。</translation>
    </message>
    <message>
        <source>%1: snapshot &amp; release, as you asked.</source>
        <translation>%1：ご指示どおりスナップショット作成と解放を行います。</translation>
    </message>
    <message>
        <source>%1: no answer within the grace period; taking a snapshot, then releasing.</source>
        <translation>%1：猶予期間内に応答がありませんでした。スナップショットを作成してから解放します。</translation>
    </message>
    <message>
        <source>%1: the GPU is busy again; the countdown is cancelled.</source>
        <translation>%1：GPU が再び使用されています。カウントダウンを取り消しました。</translation>
    </message>
    <message>
        <source>%1: released by someone else; the countdown is dropped.</source>
        <translation>%1：ほかの操作で解放されました。カウントダウンを破棄しました。</translation>
    </message>
    <message>
        <source>%1: another account is in use; the countdown is dropped.</source>
        <translation>%1：別のアカウントに切り替わりました。カウントダウンを破棄しました。</translation>
    </message>
    <message>
        <source>%1: countdown cancelled.</source>
        <translation>%1：カウントダウンを取り消しました。</translation>
    </message>
    <message>
        <source>%1: GPU metrics are no longer available; the countdown is cancelled.</source>
        <translation>%1：GPU メトリクスが利用できなくなりました。カウントダウンを取り消しました。</translation>
    </message>
    <message>
        <source>%1: the rule changed; the countdown is cancelled.</source>
        <translation>%1：ルールが変更されました。カウントダウンを取り消しました。</translation>
    </message>
    <message>
        <source>%1: waiting: the data is of another account.</source>
        <translation>%1：待機中：データが別のアカウントのものです。</translation>
    </message>
    <message>
        <source>%1: waiting: the instance is not Running.</source>
        <translation>%1：待機中：インスタンスが実行中ではありません。</translation>
    </message>
    <message>
        <source>%1: waiting: offline (no fresh data from the server).</source>
        <translation>%1：待機中：オフラインです（サーバーから最新のデータがありません）。</translation>
    </message>
    <message>
        <source>%1: kept running for %2.</source>
        <translation>%1：あと %2 実行を続けます。</translation>
    </message>
    <message>
        <source>The balance lasts about %1 at the current burn rate (below %2).</source>
        <translation>現在の消費ペースでは残高はあと約 %1 です（%2 未満）。</translation>
    </message>
    <message>
        <source>%1 is ready.</source>
        <translation>%1 が利用可能になりました。</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) running, burning %1 credits per hour.</source>
        <translation>
            <numerusform>%n 台のインスタンスが実行中で、1 時間あたり %1 クレジットを消費しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Idle GPU rule off: %1.</source>
        <translation>アイドル GPU ルールはオフです：%1。</translation>
    </message>
    <message>
        <source>%1: the server took the snapshot request; it releases the instance once the snapshot is saved.</source>
        <translation>%1：サーバーがスナップショット作成の要求を受け付けました。スナップショットの保存後にインスタンスは解放されます。</translation>
    </message>
    <message>
        <source>%1: snapshot &amp; release refused: %2</source>
        <translation>%1：スナップショット作成と解放が拒否されました：%2</translation>
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
    <name>SshCommands</name>
    <message>
        <source>%1 is not running (%2); SSH needs a running instance.</source>
        <translation>%1 は実行中ではありません（%2）。SSH には実行中のインスタンスが必要です。</translation>
    </message>
    <message>
        <source>%1 has no SSH access yet.</source>
        <translation>%1 にはまだ SSH アクセスがありません。</translation>
    </message>
    <message>
        <source>the host key of %1 is not known yet (fingerprint %2)</source>
        <translation>%1 のホスト鍵はまだ登録されていません（フィンガープリント %2）</translation>
    </message>
    <message>
        <source>The host key of %1 is not known yet. Its fingerprint is %2 (%3). Trust it and connect?</source>
        <translation>%1 のホスト鍵はまだ登録されていません。フィンガープリントは %2（%3）です。この鍵を信頼して接続しますか？</translation>
    </message>
    <message>
        <source>Stored the host key of %1 in %2.</source>
        <translation>%1 のホスト鍵を %2 に保存しました。</translation>
    </message>
    <message>
        <source>No SSH key was found in %1. Create one with “ssh-keygen -t ed25519”, or name a public key with --key FILE.pub.</source>
        <translation>%1 に SSH 鍵が見つかりません。「ssh-keygen -t ed25519」で作成するか、--key FILE.pub で公開鍵を指定してください。</translation>
    </message>
    <message>
        <source>creating an SSH key</source>
        <translation>SSH 鍵の作成</translation>
    </message>
    <message>
        <source>No SSH key was found in %1. Create an ed25519 key at %2 with ssh-keygen? (ssh-keygen asks for a passphrase; an empty one means none.)</source>
        <translation>%1 に SSH 鍵が見つかりません。ssh-keygen で %2 に ed25519 鍵を作成しますか？（ssh-keygen がパスフレーズを尋ねます。空欄にするとパスフレーズなしになります。）</translation>
    </message>
    <message>
        <source>Usage: glows-cli ssh-key install ID [--key FILE.pub] [--yes]</source>
        <translation>使い方: glows-cli ssh-key install ID [--key FILE.pub] [--yes]</translation>
    </message>
    <message>
        <source>The server did not send the SSH password of %1, so glows-cli cannot log in to install the key.</source>
        <translation>サーバーから %1 の SSH パスワードが送られてこなかったため、glows-cli はログインして鍵を登録できません。</translation>
    </message>
    <message>
        <source>The key is installed, but %1 could not be updated: %2</source>
        <translation>鍵は登録しましたが、%1 を更新できませんでした: %2</translation>
    </message>
    <message>
        <source>Installed %1 on %2.</source>
        <translation>%1 を %2 に登録しました。</translation>
    </message>
    <message>
        <source>Run “glows-cli ssh-config --write” so that ssh and editors log in with it.</source>
        <translation>ssh やエディターがこの鍵でログインできるよう、「glows-cli ssh-config --write」を実行してください。</translation>
    </message>
    <message>
        <source>Usage: glows-cli tunnel ID PORT [--local LPORT]</source>
        <translation>使い方: glows-cli tunnel ID PORT [--local LPORT]</translation>
    </message>
    <message>
        <source>Forwarding %1 to port %2 on %3. Press Ctrl-C to stop.</source>
        <translation>%1 を %3 のポート %2 に転送しています。Ctrl-C で停止します。</translation>
    </message>
    <message>
        <source>Tunnel stopped (%1 bytes in, %2 bytes out).</source>
        <translation>トンネルを停止しました（受信 %1 バイト、送信 %2 バイト）。</translation>
    </message>
    <message>
        <source>From the instance over SSH.</source>
        <translation>SSH 経由でインスタンスから取得。</translation>
    </message>
    <message>
        <source>No GPU: nvidia-smi is not available on this instance.</source>
        <translation>GPU なし: このインスタンスでは nvidia-smi を利用できません。</translation>
    </message>
    <message>
        <source>ssh-key install ID [--key FILE.pub]  Log in once with the password and add your public key</source>
        <translation>ssh-key install ID [--key FILE.pub]  パスワードで一度ログインして公開鍵を登録</translation>
    </message>
    <message>
        <source>tunnel ID PORT [--local LPORT]  Forward a local port to PORT on the instance (Ctrl-C stops)</source>
        <translation>tunnel ID PORT [--local LPORT]  ローカルポートをインスタンスの PORT に転送（Ctrl-C で停止）</translation>
    </message>
</context>
<context>
    <name>SshConfigCommands</name>
    <message>
        <source>The Include line was not added to %1: standard input is not a terminal, so glows-cli cannot ask. Run again with --yes, or add this line at the top yourself:</source>
        <translation>%1 に Include 行は追加されませんでした。標準入力が端末ではないため、glows-cli は確認できません。--yes を付けて再実行するか、次の行をファイルの先頭に自分で追加してください:</translation>
    </message>
    <message>
        <source>Add “%1” at the top of %2, so that “ssh ALIAS” works everywhere? A backup is kept as %3; no other line changes.</source>
        <translation>「ssh エイリアス」がどこでも使えるように、%2 の先頭に「%1」を追加しますか？バックアップを %3 に保存し、他の行は変更しません。</translation>
    </message>
    <message>
        <source>Usage: glows-cli ssh-config [--write [--yes]]</source>
        <translation>使い方: glows-cli ssh-config [--write [--yes]]</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n host(s) to %1.</source>
        <translation>
            <numerusform>%1 に %n 件のホストを書き込みました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already includes it.</source>
        <translation>%1 にはすでに Include 行があります。</translation>
    </message>
    <message>
        <source>Could not add the Include line to %1: %2</source>
        <translation>%1 に Include 行を追加できませんでした: %2</translation>
    </message>
    <message>
        <source>Added “%1” at the top of %2.</source>
        <translation>%2 の先頭に「%1」を追加しました。</translation>
    </message>
    <message>
        <source>%1 was not changed. Use “ssh -F %2 ALIAS”, or add the Include line later.</source>
        <translation>%1 は変更していません。「ssh -F %2 エイリアス」を使うか、後で Include 行を追加してください。</translation>
    </message>
    <message>
        <source>Usage: glows-cli ssh ID [-- COMMAND...]</source>
        <translation>使い方: glows-cli ssh ID [-- コマンド...]</translation>
    </message>
    <message>
        <source>%1 is not a Running instance with an SSH address.</source>
        <translation>%1 は SSH アドレスを持つ実行中のインスタンスではありません。</translation>
    </message>
    <message>
        <source>OpenSSH&apos;s ssh was not found on the PATH. The command is:</source>
        <translation>PATH に OpenSSH の ssh が見つかりません。コマンドは次のとおりです:</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>%1 を起動できませんでした: %2</translation>
    </message>
    <message>
        <source>ssh-config [--write [--yes]] The OpenSSH Host blocks of Running instances; --write keeps
       them in ~/.ssh/glows/config and offers the Include line for ~/.ssh/config</source>
        <translation>ssh-config [--write [--yes]] 実行中のインスタンスの OpenSSH Host ブロック。--write で
       ~/.ssh/glows/config に保存し、~/.ssh/config への Include 行の追加を提案します</translation>
    </message>
    <message>
        <source>ssh ID [-- COMMAND...]     Run OpenSSH&apos;s ssh to an instance through its alias</source>
        <translation>ssh ID [-- コマンド...]    エイリアス経由で OpenSSH の ssh をインスタンスに接続します</translation>
    </message>
</context>
<context>
    <name>SshConfigFiles</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
</context>
<context>
    <name>SshError</name>
    <message>
        <source>The instance&apos;s SSH server cannot be reached.</source>
        <translation>インスタンスの SSH サーバーに接続できません。</translation>
    </message>
    <message>
        <source>The instance&apos;s SSH server did not answer in time.</source>
        <translation>インスタンスの SSH サーバーが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The host key of %1 is not known yet. Its fingerprint is %2.</source>
        <translation>%1 のホスト鍵はまだ登録されていません。フィンガープリントは %2 です。</translation>
    </message>
    <message>
        <source>The host key of %1 has changed (it is now %2), so the connection was refused. This can mean that someone is intercepting the connection. If you know why the key changed, remove the instance&apos;s line from %3 and connect again.</source>
        <translation>%1 のホスト鍵が変わっている（現在は %2）ため、接続を拒否しました。通信が第三者に傍受されている可能性があります。鍵が変わった理由が分かっている場合は、%3 からこのインスタンスの行を削除してから再接続してください。</translation>
    </message>
    <message>
        <source>The file of known host keys cannot be used: %1</source>
        <translation>既知のホスト鍵のファイルを使用できません: %1</translation>
    </message>
    <message>
        <source>The instance refused the login (key and password).</source>
        <translation>インスタンスがログインを拒否しました（鍵とパスワード）。</translation>
    </message>
    <message>
        <source>The command failed on the instance.</source>
        <translation>インスタンス上でコマンドが失敗しました。</translation>
    </message>
    <message>
        <source>The command printed more than expected; its output was discarded.</source>
        <translation>コマンドの出力が想定より多かったため、破棄しました。</translation>
    </message>
    <message>
        <source>The SSH connection failed.</source>
        <translation>SSH 接続に失敗しました。</translation>
    </message>
    <message>
        <source>The local port cannot be used: %1</source>
        <translation>ローカルポートを使用できません: %1</translation>
    </message>
    <message>
        <source>The SSH connection was closed.</source>
        <translation>SSH 接続は閉じられました。</translation>
    </message>
</context>
<context>
    <name>SshKeys</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 does not hold one OpenSSH public key.</source>
        <translation>%1 は OpenSSH の公開鍵 1 つを含むファイルではありません。</translation>
    </message>
    <message>
        <source>ssh-keygen was not found. Install OpenSSH to create a key.</source>
        <translation>ssh-keygen が見つかりません。鍵を作成するには OpenSSH をインストールしてください。</translation>
    </message>
    <message>
        <source>A key is already being created.</source>
        <translation>鍵はすでに作成中です。</translation>
    </message>
    <message>
        <source>%1 exists already; it was left as it is.</source>
        <translation>%1 はすでに存在するため、変更しませんでした。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>ssh-keygen failed: %1</source>
        <translation>ssh-keygen が失敗しました: %1</translation>
    </message>
    <message>
        <source>ssh-keygen could not be started: %1</source>
        <translation>ssh-keygen を起動できませんでした: %1</translation>
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
    <message>
        <source>Give every Running instance a real SSH server on 127.0.0.1 (simulated commands; see docs/api.md) and point its ssh access URL there.</source>
        <translation>すべての実行中のインスタンスに 127.0.0.1 上の実際の SSH サーバーを用意し（コマンドはシミュレーション。docs/api.md を参照）、その ssh アクセス URL をそこに向けます。</translation>
    </message>
    <message>
        <source>SSH: every Running instance on its own port of 127.0.0.1 (see its ssh access URL)</source>
        <translation>SSH: 実行中の各インスタンスは 127.0.0.1 上の専用ポートで待ち受けます（ssh アクセス URL を参照）</translation>
    </message>
</context>
<context>
    <name>glows::SshGpuSampleSource</name>
    <message>
        <source>the instance has no SSH access yet</source>
        <translation>インスタンスにはまだ SSH アクセスがありません</translation>
    </message>
    <message>
        <source>trust the instance&apos;s host key first: open its Monitor tab</source>
        <translation>先にインスタンスのホストキーを信頼してください：モニタータブを開きます</translation>
    </message>
    <message>
        <source>the instance&apos;s host key has changed, so the connection was refused</source>
        <translation>インスタンスのホストキーが変更されたため、接続を拒否しました</translation>
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
    <message>
        <source>Open Locally</source>
        <translation>ローカルで開く</translation>
    </message>
    <message>
        <source>Open port %1 through an SSH tunnel on 127.0.0.1, without the public address</source>
        <translation>公開アドレスを使わず、SSH トンネル経由で 127.0.0.1 からポート %1 を開きます</translation>
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
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>Guard</source>
        <translation>ガード</translation>
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
    <name>glows::ui::DBusNotifier</name>
    <message>
        <source>Open</source>
        <translation>開く</translation>
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
    <name>glows::ui::GuardController</name>
    <message>
        <source>%1: snapshot, then release</source>
        <translation>%1: スナップショット作成後に解放</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Balance runs low</source>
        <translation>残高が少なくなっています</translation>
    </message>
    <message>
        <source>Ready: %1</source>
        <translation>準備完了: %1</translation>
    </message>
    <message>
        <source>Open Terminal</source>
        <translation>ターミナルを開く</translation>
    </message>
    <message>
        <source>Open JupyterLab</source>
        <translation>JupyterLab を開く</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>実行中のインスタンスがあります</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Snapshot &amp; Release in %1 unless you answer.</source>
        <translation>応答がなければ %1 後にスナップショット作成と解放を行います。</translation>
    </message>
    <message>
        <source>Snapshot &amp; Release</source>
        <translation>スナップショット作成と解放</translation>
    </message>
    <message>
        <source>Keep running for 1 h</source>
        <translation>1 時間実行を続ける</translation>
    </message>
    <message>
        <source>Guard: snapshot started</source>
        <translation>ガード: スナップショット作成を開始しました</translation>
    </message>
    <message>
        <source>Guard: snapshot failed</source>
        <translation>ガード: スナップショット作成に失敗しました</translation>
    </message>
    <message>
        <source>%1 is being saved; it is released once the snapshot has succeeded.</source>
        <translation>%1 を保存しています。スナップショットが成功してから解放されます。</translation>
    </message>
    <message>
        <source>%1 was not touched: %2</source>
        <translation>%1 には何も行っていません: %2</translation>
    </message>
    <message>
        <source>Take a snapshot of %1, then release it? The release happens only once the snapshot has succeeded; billing stops then.</source>
        <translation>%1 のスナップショットを作成してから解放しますか？解放はスナップショットが成功してからのみ行われ、その時点で課金が止まります。</translation>
    </message>
</context>
<context>
    <name>glows::ui::GuardHistoryDialog</name>
    <message>
        <source>Guard History</source>
        <translation>ガード履歴</translation>
    </message>
    <message>
        <source>Guard decisions and actions</source>
        <translation>ガードの判断とアクション</translation>
    </message>
    <message>
        <source>Nothing yet.
When the guard notices an idle GPU, a cap or a low balance, or takes an action, it is listed here with its reason.</source>
        <translation>まだ何もありません。
ガードがアイドル GPU、上限、残高不足に気付いたり、アクションを実行したりすると、その理由とともにここに表示されます。</translation>
    </message>
</context>
<context>
    <name>glows::ui::GuardHistoryModel</name>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>インスタンス</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>What happened and why</source>
        <translation>内容と理由</translation>
    </message>
</context>
<context>
    <name>glows::ui::GuardPage</name>
    <message>
        <source>&amp;Watch my instances (Guard)</source>
        <translation>インスタンスを見守る（ガード）(&amp;W)</translation>
    </message>
    <message>
        <source>Notify when the GPU of a running instance stays idle</source>
        <translation>実行中のインスタンスの GPU がアイドルのままなら通知する</translation>
    </message>
    <message>
        <source>Idle GPU: %1</source>
        <translation>アイドル GPU: %1</translation>
    </message>
    <message>
        <source>GPU &amp;below:</source>
        <translation>GPU 使用率が次未満(&amp;B):</translation>
    </message>
    <message>
        <source> %</source>
        <comment>percent suffix</comment>
        <translation> %</translation>
    </message>
    <message>
        <source>f&amp;or:</source>
        <translation>継続時間(&amp;O):</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes suffix</comment>
        <translation> 分</translation>
    </message>
    <message>
        <source>Then snapshot and release automatically</source>
        <translation>その後、自動でスナップショット作成と解放を行う</translation>
    </message>
    <message>
        <source>Caps and automatic action</source>
        <translation>上限と自動アクション</translation>
    </message>
    <message>
        <source>&amp;Spend cap per instance:</source>
        <translation>インスタンスごとの費用上限(&amp;S):</translation>
    </message>
    <message>
        <source> credits</source>
        <translation> クレジット</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Spend cap: snapshot and release automatically</source>
        <translation>費用上限: 自動でスナップショット作成と解放</translation>
    </message>
    <message>
        <source>&amp;Time cap per instance:</source>
        <translation>インスタンスごとの時間上限(&amp;T):</translation>
    </message>
    <message>
        <source> h</source>
        <comment>hours suffix</comment>
        <translation> 時間</translation>
    </message>
    <message>
        <source>Time cap: snapshot and release automatically</source>
        <translation>時間上限: 自動でスナップショット作成と解放</translation>
    </message>
    <message>
        <source>&amp;Grace period before acting:</source>
        <translation>実行までの猶予時間(&amp;G):</translation>
    </message>
    <message>
        <source>An automatic action takes a snapshot of the instance, then releases it so that billing stops. The release happens only once the snapshot has succeeded; the guard never releases without a snapshot. It acts only after the grace period without an answer to its notification, and only on fresh data.</source>
        <translation>自動アクションはインスタンスのスナップショットを作成してから解放し、課金が止まります。解放はスナップショットが成功してからのみ行われ、ガードがスナップショットなしで解放することはありません。通知に応答がないまま猶予時間が過ぎた場合に、最新のデータに基づいてのみ実行されます。</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>&amp;Ready: when a new instance accepts SSH (and JupyterLab answers)</source>
        <translation>準備完了: 新しいインスタンスが SSH 接続を受け付けたとき（JupyterLab の応答も確認）(&amp;R)</translation>
    </message>
    <message>
        <source>Balance &amp;runway alerts below (hours):</source>
        <translation>残高の持続時間が次を下回ったら警告（時間）(&amp;R):</translation>
    </message>
    <message>
        <source>Runway alert thresholds in hours, separated by commas</source>
        <translation>残高持続時間の警告しきい値（時間、カンマ区切り）</translation>
    </message>
    <message>
        <source>&amp;Daily reminder of what runs, at:</source>
        <translation>実行中のインスタンスを毎日お知らせする時刻(&amp;D):</translation>
    </message>
    <message>
        <source>Daily reminder time</source>
        <translation>毎日のお知らせの時刻</translation>
    </message>
    <message>
        <source>Start at &amp;login, in the tray, so the guard keeps watching</source>
        <translation>ログイン時にトレイで起動し、ガードが見守り続ける(&amp;L)</translation>
    </message>
    <message>
        <source>Adds an autostart entry for your desktop session (~/.config/autostart). The guard also keeps running while the window is closed to the tray.</source>
        <translation>デスクトップセッションの自動起動エントリ（~/.config/autostart）を追加します。ウィンドウをトレイに閉じている間もガードは動作し続けます。</translation>
    </message>
    <message>
        <source>Not available on this system: add Glows Desktop to your login items yourself. The guard keeps running while the window is closed to the tray.</source>
        <translation>このシステムでは利用できません。Glows Desktop をログイン項目にご自身で追加してください。ウィンドウをトレイに閉じている間もガードは動作し続けます。</translation>
    </message>
    <message>
        <source>Guard</source>
        <translation>ガード</translation>
    </message>
    <message>
        <source>Notifications appear on your desktop with their buttons (Snapshot &amp; Release, Keep running for 1 h, Open).</source>
        <translation>通知はボタン付き（スナップショット作成と解放、1 時間実行を続ける、開く）でデスクトップに表示されます。</translation>
    </message>
    <message>
        <source>Notifications appear as tray messages, which have no buttons: click one to open the window and answer there.</source>
        <translation>通知はトレイのメッセージとして表示され、ボタンはありません。クリックするとウィンドウが開くので、そこで応答してください。</translation>
    </message>
    <message>
        <source>GPU metrics: from the instances over SSH (those whose host key you trusted in their Access or Monitor tab)</source>
        <translation>GPU メトリクス：SSH 経由でインスタンスから取得（アクセスタブまたはモニタータブでホストキーを信頼したインスタンス）</translation>
    </message>
</context>
<context>
    <name>glows::ui::GuardSection</name>
    <message>
        <source>Guard</source>
        <translation>ガード</translation>
    </message>
    <message>
        <source>Keep running for 1 h</source>
        <translation>1 時間実行を続ける</translation>
    </message>
    <message>
        <source>Use the account&apos;s rules (Settings → Guard)</source>
        <translation>アカウントのルールを使う（設定 → ガード）</translation>
    </message>
    <message>
        <source>Idle GPU for:</source>
        <translation>アイドル GPU の継続時間:</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes suffix</comment>
        <translation> 分</translation>
    </message>
    <message>
        <source>Idle minutes</source>
        <translation>アイドル時間（分）</translation>
    </message>
    <message>
        <source>Spend cap:</source>
        <translation>費用上限:</translation>
    </message>
    <message>
        <source> credits</source>
        <translation> クレジット</translation>
    </message>
    <message>
        <source>Spend cap in credits</source>
        <translation>費用上限（クレジット）</translation>
    </message>
    <message>
        <source>Time cap:</source>
        <translation>時間上限:</translation>
    </message>
    <message>
        <source> h</source>
        <comment>hours suffix</comment>
        <translation> 時間</translation>
    </message>
    <message>
        <source>Time cap in hours</source>
        <translation>時間上限（時間）</translation>
    </message>
    <message>
        <source>Snapshot and release automatically</source>
        <translation>自動でスナップショット作成と解放</translation>
    </message>
    <message>
        <source>Idle GPU: snapshot and release automatically</source>
        <translation>アイドル GPU: 自動でスナップショット作成と解放</translation>
    </message>
    <message>
        <source>Spend cap: snapshot and release automatically</source>
        <translation>費用上限: 自動でスナップショット作成と解放</translation>
    </message>
    <message>
        <source>Time cap: snapshot and release automatically</source>
        <translation>時間上限: 自動でスナップショット作成と解放</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>The guard is off for this account (Settings → Guard).</source>
        <translation>このアカウントではガードがオフです（設定 → ガード）。</translation>
    </message>
    <message>
        <source>%1: the snapshot and release wait for fresh data from the server.</source>
        <translation>%1: スナップショット作成と解放はサーバーから最新のデータが届くまで待機しています。</translation>
    </message>
    <message>
        <source>%1: snapshot and release in %2 unless you keep it running.</source>
        <translation>%1: 実行を続けない限り、%2 後にスナップショット作成と解放を行います。</translation>
    </message>
    <message>
        <source>Idle GPU: %1</source>
        <translation>アイドル GPU: %1</translation>
    </message>
    <message>
        <source>Nothing pending for this instance.</source>
        <translation>このインスタンスに保留中のアクションはありません。</translation>
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
    <message>
        <source>Balance runway</source>
        <translation>残高の持続時間</translation>
    </message>
    <message>
        <source>%1 (estimate)</source>
        <translation>%1（推定）</translation>
    </message>
    <message>
        <source>Balance divided by the burn rate of the running instances (%1), if nothing changes.</source>
        <translation>残高を実行中のインスタンスの消費レート（%1）で割った値です（状況が変わらない場合）。</translation>
    </message>
    <message>
        <source>No instance is running, so the balance is not being spent.</source>
        <translation>実行中のインスタンスがないため、残高は消費されていません。</translation>
    </message>
</context>
<context>
    <name>glows::ui::HostKeyDialog</name>
    <message>
        <source>New Host Key</source>
        <translation>新しいホスト鍵</translation>
    </message>
    <message>
        <source>This is the first SSH connection to this instance from this computer. Check its host key before you trust it:</source>
        <translation>このコンピューターからこのインスタンスへの初めての SSH 接続です。信頼する前にホスト鍵を確認してください:</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>インスタンス</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>インスタンス ID</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>鍵の種類</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>フィンガープリント</translation>
    </message>
    <message>
        <source>Once trusted, the key is stored for this instance ID. If the instance ever presents another key, the connection is refused.</source>
        <translation>信頼すると、この鍵はこのインスタンス ID に対して保存されます。以後インスタンスが別の鍵を提示した場合、接続は拒否されます。</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>信頼する(&amp;T)</translation>
    </message>
    <message>
        <source>Store this key for %1 and connect</source>
        <translation>この鍵を %1 用に保存して接続します</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Host Key Changed</source>
        <translation>ホスト鍵が変更されています</translation>
    </message>
    <message>
        <source>The connection to %1 (%2) was refused: its SSH host key is not the one stored at the first connection.</source>
        <translation>%1（%2）への接続を拒否しました: SSH ホスト鍵が初回接続時に保存したものと異なります。</translation>
    </message>
    <message>
        <source>Someone may be intercepting the connection, or the instance&apos;s SSH server was set up again. The app never accepts a changed key. If you know why it changed, delete the line starting with %1 from %2; the next connection then asks again.

Key presented: %3 %4</source>
        <translation>通信が第三者に傍受されているか、インスタンスの SSH サーバーが再構築された可能性があります。このアプリは変更された鍵を受け入れません。変更の理由が分かっている場合は、%2 から %1 で始まる行を削除してください。次回の接続時にあらためて確認します。

提示された鍵: %3 %4</translation>
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
    <message numerus="yes">
        <source>%n s</source>
        <comment>guard countdown</comment>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Release in %1</source>
        <comment>guard countdown on a row</comment>
        <translation>%1 後に解放</translation>
    </message>
    <message>
        <source>Waiting: offline</source>
        <comment>guard action waits for fresh data</comment>
        <translation>待機中: オフライン</translation>
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
    <message>
        <source>%1, guard: snapshot and release in %2</source>
        <translation>%1、ガード: %2 後にスナップショット作成と解放</translation>
    </message>
    <message>
        <source>%1, guard: action waiting for fresh data</source>
        <translation>%1、ガード: 最新データを待ってアクション待機中</translation>
    </message>
    <message>
        <source>%1, guard armed</source>
        <translation>%1、ガード: 自動アクション有効</translation>
    </message>
    <message>
        <source>%1, guard watching</source>
        <translation>%1、ガード: 監視中</translation>
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
    <name>glows::ui::KeyInstallFlow</name>
    <message>
        <source>This instance has no SSH address yet, so no key can be installed.</source>
        <translation>このインスタンスにはまだ SSH アドレスがないため、鍵を登録できません。</translation>
    </message>
    <message>
        <source>Create an SSH Key</source>
        <translation>SSH 鍵の作成</translation>
    </message>
    <message>
        <source>You have no SSH key yet. Create one now?</source>
        <translation>SSH 鍵がまだありません。今すぐ作成しますか？</translation>
    </message>
    <message>
        <source>Glows Desktop runs ssh-keygen to create an ed25519 key pair:
%1 (the private key, which never leaves this computer)
%1.pub (the public key, which is copied to the instance).

The private key has no passphrase: keep it as safe as a password. You can add a passphrase later with ssh-keygen -p.</source>
        <translation>Glows Desktop は ssh-keygen を実行して ed25519 の鍵ペアを作成します:
%1（秘密鍵。このコンピューターの外には出ません）
%1.pub（公開鍵。インスタンスにコピーされます）

秘密鍵にはパスフレーズが設定されません。パスワードと同じように安全に保管してください。パスフレーズは後から ssh-keygen -p で追加できます。</translation>
    </message>
    <message>
        <source>Create Key</source>
        <translation>鍵を作成</translation>
    </message>
    <message>
        <source>No key was created, so none was installed.</source>
        <translation>鍵を作成しなかったため、登録は行いませんでした。</translation>
    </message>
    <message>
        <source>Creating an SSH key…</source>
        <translation>SSH 鍵を作成しています…</translation>
    </message>
    <message>
        <source>The SSH key could not be created.</source>
        <translation>SSH 鍵を作成できませんでした。</translation>
    </message>
    <message>
        <source>Your public key could not be read.</source>
        <translation>公開鍵を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Installing %1 on the instance…</source>
        <translation>%1 をインスタンスに登録しています…</translation>
    </message>
    <message>
        <source>The host key was not trusted, so the key was not installed.</source>
        <translation>ホスト鍵を信頼しなかったため、鍵は登録されませんでした。</translation>
    </message>
    <message>
        <source>The key could not be installed: %1</source>
        <translation>鍵を登録できませんでした: %1</translation>
    </message>
    <message>
        <source>Your key %1 is installed on %2. SSH, editors and tunnels can log in without the password now.</source>
        <translation>鍵 %1 を %2 に登録しました。これで SSH、エディター、トンネルはパスワードなしでログインできます。</translation>
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
    <message>
        <source>&amp;Guard History…</source>
        <translation>ガード履歴(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Tunnels…</source>
        <translation>トンネル(&amp;T)…</translation>
    </message>
    <message>
        <source>Local ports forwarded to instances over SSH (Ctrl+T)</source>
        <translation>SSH 経由でインスタンスに転送しているローカルポート (Ctrl+T)</translation>
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
    <message>
        <source>no GPU</source>
        <translation>GPU なし</translation>
    </message>
    <message>
        <source>From the instance over SSH</source>
        <translation>SSH 経由でインスタンスから取得</translation>
    </message>
    <message>
        <source>This server has no metrics extension, so the app reads nvidia-smi, /proc and df on the instance over SSH every %1 seconds while this tab is visible.</source>
        <translation>このサーバーにはメトリクス拡張がないため、このタブの表示中は %1 秒ごとに SSH 経由でインスタンスの nvidia-smi、/proc、df を読み取ります。</translation>
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
    <name>glows::ui::SshActionsBar</name>
    <message>
        <source>Port %1 of the instance is open at %2 (through SSH). It stays open until you stop it in the tunnels list.</source>
        <translation>インスタンスのポート %1 を %2 で開きました（SSH 経由）。トンネル一覧で停止するまで開いたままです。</translation>
    </message>
    <message>
        <source>Port %1 could not be opened locally: %2</source>
        <translation>ポート %1 をローカルで開けませんでした: %2</translation>
    </message>
    <message>
        <source>Only while the instance is Running.</source>
        <translation>インスタンスが稼働中の間のみ使用できます。</translation>
    </message>
    <message>
        <source>The instance has no SSH address yet.</source>
        <translation>インスタンスにはまだ SSH アドレスがありません。</translation>
    </message>
    <message>
        <source>Log in once with the instance&apos;s password and add your public key to its ~/.ssh/authorized_keys, so later logins need no password</source>
        <translation>インスタンスのパスワードで一度ログインし、公開鍵を ~/.ssh/authorized_keys に追加します。以後のログインにパスワードは不要になります</translation>
    </message>
    <message>
        <source>Forward a free port on 127.0.0.1 to this port on the instance over SSH, then open it in the browser</source>
        <translation>127.0.0.1 の空きポートを SSH 経由でインスタンスのこのポートに転送し、ブラウザで開きます</translation>
    </message>
    <message>
        <source>Opening port %1 locally…</source>
        <translation>ポート %1 をローカルで開いています…</translation>
    </message>
    <message>
        <source>Use My SSH Key</source>
        <translation>自分の SSH 鍵を使う</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <source>e.g. 6006</source>
        <translation>例: 6006</translation>
    </message>
    <message>
        <source>Port on the instance to open locally</source>
        <translation>ローカルで開くインスタンスのポート</translation>
    </message>
    <message>
        <source>Open Locally</source>
        <translation>ローカルで開く</translation>
    </message>
    <message>
        <source>Tunnels…</source>
        <translation>トンネル…</translation>
    </message>
    <message>
        <source>Every open tunnel with its traffic (View → Tunnels)</source>
        <translation>開いているすべてのトンネルと通信量（表示 → トンネル）</translation>
    </message>
</context>
<context>
    <name>glows::ui::SshConfigSync</name>
    <message>
        <source>The SSH config could not be written: %1</source>
        <translation>SSH 設定を書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>Keep an SSH config for your instances</source>
        <translation>インスタンスの SSH 設定を管理</translation>
    </message>
    <message>
        <source>Glows Desktop can write a Host block for each Running instance to %1 and keep it up to date, so that “ssh glows-NAME”, “ssh INSTANCE-ID” and VS Code Remote-SSH work without a password prompt once your key is installed.</source>
        <translation>Glows Desktop は実行中の各インスタンスの Host ブロックを %1 に書き込み、最新の状態に保てます。鍵を登録すれば、「ssh glows-名前」「ssh インスタンスID」や VS Code Remote-SSH がパスワードなしで使えます。</translation>
    </message>
    <message>
        <source>To make the aliases work everywhere, this line is added at the top of %1:

%2

A copy of the file as it was is kept in %3, and no other line is changed. No password is ever written.</source>
        <translation>エイリアスをどこでも使えるように、%1 の先頭に次の行を追加します:

%2

元のファイルのコピーを %3 に保存し、他の行は変更しません。パスワードが書き込まれることはありません。</translation>
    </message>
    <message>
        <source>Write and Add the Include Line</source>
        <translation>書き込んで Include 行を追加</translation>
    </message>
    <message>
        <source>Only Write the File</source>
        <translation>ファイルの書き込みのみ</translation>
    </message>
</context>
<context>
    <name>glows::ui::SshMetricsSource</name>
    <message>
        <source>Connecting to the instance over SSH…</source>
        <translation>SSH でインスタンスに接続しています…</translation>
    </message>
    <message>
        <source>Metrics over SSH need the instance&apos;s host key to be trusted. Show the tab again to decide again.</source>
        <translation>SSH 経由のメトリクスには、インスタンスのホスト鍵を信頼する必要があります。あらためて判断するには、タブをもう一度表示してください。</translation>
    </message>
    <message>
        <source>Metrics over SSH are not read: %1</source>
        <translation>SSH 経由のメトリクスを読み取っていません: %1</translation>
    </message>
    <message>
        <source>Metrics over SSH stopped: the instance&apos;s host key has changed, so the connection was refused.</source>
        <translation>SSH 経由のメトリクスを停止しました: インスタンスのホスト鍵が変更されているため、接続を拒否しました。</translation>
    </message>
    <message>
        <source>The instance cannot be reached over SSH for metrics: %1 Trying again every %2 seconds.</source>
        <translation>メトリクス取得のために SSH でインスタンスに接続できません: %1 %2 秒ごとに再試行します。</translation>
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
    <message>
        <source>Editor</source>
        <translation>エディター</translation>
    </message>
    <message>
        <source>Open in VS Code</source>
        <translation>VS Code で開く</translation>
    </message>
    <message>
        <source>No VS Code, Cursor or VSCodium was found: looked for code, cursor and codium on the PATH and in the usual install folders. Install one with its Remote - SSH extension, then restart Glows Desktop.</source>
        <translation>VS Code、Cursor、VSCodium が見つかりません（PATH と通常のインストール先で code、cursor、codium を探しました）。いずれかを Remote - SSH 拡張機能とともにインストールし、Glows Desktop を再起動してください。</translation>
    </message>
    <message>
        <source>Open in %1</source>
        <translation>%1 で開く</translation>
    </message>
    <message>
        <source>Opens %1 in %2 over Remote-SSH (host %3).</source>
        <translation>Remote-SSH で %1 を %2 で開きます（ホスト %3）。</translation>
    </message>
    <message>
        <source>Needs the SSH config Glows Desktop keeps in ~/.ssh; you are asked before anything is written.</source>
        <translation>Glows Desktop が ~/.ssh に管理する SSH 設定が必要です。書き込む前に確認します。</translation>
    </message>
    <message>
        <source>The SSH config is not available here.</source>
        <translation>ここでは SSH 設定を利用できません。</translation>
    </message>
    <message>
        <source>This instance is not in the SSH config yet; try again after the next refresh.</source>
        <translation>このインスタンスはまだ SSH 設定にありません。次の更新の後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>Opening %1 on %2 in %3.</source>
        <translation>%2 の %1 を %3 で開いています。</translation>
    </message>
    <message>
        <source>%1 could not be started.</source>
        <translation>%1 を起動できませんでした。</translation>
    </message>
</context>
<context>
    <name>glows::ui::SshServices</name>
    <message>
        <source>This instance has no SSH address yet, so no tunnel can be opened.</source>
        <translation>このインスタンスにはまだ SSH アドレスがないため、トンネルを開けません。</translation>
    </message>
    <message>
        <source>The host key was not trusted, so no tunnel was opened.</source>
        <translation>ホスト鍵を信頼しなかったため、トンネルは開きませんでした。</translation>
    </message>
</context>
<context>
    <name>glows::ui::SshSettingsPage</name>
    <message>
        <source>Off: Glows Desktop does not write anything in %1.</source>
        <translation>オフ: Glows Desktop は %1 に何も書き込みません。</translation>
    </message>
    <message>
        <source>On: %1 is kept up to date and %2 includes it.</source>
        <translation>オン: %1 を最新の状態に保ち、%2 から Include されています。</translation>
    </message>
    <message>
        <source>On: %1 is kept up to date. %2 does not include it, so use “ssh -F %1 ALIAS”, or add this line at its top:
%3</source>
        <translation>オン: %1 を最新の状態に保っています。%2 には Include 行がないため、「ssh -F %1 エイリアス」を使うか、その先頭に次の行を追加してください:
%3</translation>
    </message>
    <message>
        <source>The last write failed: %1</source>
        <translation>前回の書き込みに失敗しました: %1</translation>
    </message>
    <message>
        <source>&amp;Keep ~/.ssh/glows/config up to date</source>
        <translation>~/.ssh/glows/config を最新の状態に保つ(&amp;K)</translation>
    </message>
    <message>
        <source>One Host block per Running instance of the current account, so that “ssh glows-NAME”, “ssh INSTANCE-ID” and VS Code Remote-SSH work. Released instances leave the file. It never holds a password. Applies at once.</source>
        <translation>現在のアカウントの実行中のインスタンスごとに 1 つの Host ブロックを書き込み、「ssh glows-名前」「ssh インスタンスID」や VS Code Remote-SSH を使えるようにします。解放したインスタンスはファイルから削除されます。パスワードは含まれません。すぐに適用されます。</translation>
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
    <name>glows::ui::TunnelsDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Tunnels</source>
        <translation>トンネル</translation>
    </message>
    <message>
        <source>Local ports forwarded to instances over SSH. They close when you stop them, when the instance leaves Running, on an account switch, and when the app quits.</source>
        <translation>SSH 経由でインスタンスに転送しているローカルポートです。停止したとき、インスタンスが稼働中でなくなったとき、アカウントを切り替えたとき、アプリを終了したときに閉じます。</translation>
    </message>
    <message>
        <source>No tunnels are open. Use “Open locally” in an instance&apos;s Access tab to start one.</source>
        <translation>開いているトンネルはありません。インスタンスのアクセスタブで「ローカルで開く」を使うと開始できます。</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>ブラウザで開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected tunnel&apos;s local address in the browser</source>
        <translation>選択したトンネルのローカルアドレスをブラウザで開きます</translation>
    </message>
    <message>
        <source>Close the selected tunnel (Delete)</source>
        <translation>選択したトンネルを閉じます (Delete)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>glows::ui::TunnelsModel</name>
    <message>
        <source>Starting</source>
        <translation>開始中</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待ち受け中</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>インスタンス</translation>
    </message>
    <message>
        <source>Remote Port</source>
        <translation>リモートポート</translation>
    </message>
    <message>
        <source>Local Address</source>
        <translation>ローカルアドレス</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
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
