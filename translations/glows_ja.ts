<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <source>The server cannot be reached. Check your connection; the app keeps retrying.</source>
        <translation>サーバーに接続できません。接続を確認してください。アプリは再試行を続けます。</translation>
    </message>
    <message>
        <source>The server did not answer in time. Please try again.</source>
        <translation>サーバーが時間内に応答しませんでした。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The server's identity could not be verified (TLS error). The connection was not used.</source>
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
        <source>This action is not possible in the instance's current state.</source>
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
</context>
<context>
    <name>DetailWidgets</name>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
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
        <translation>Suspending（一時停止中）</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused（停止済み）</translation>
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
        <translation>終了</translation>
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
        <source>SDK token clients must send.</source>
        <translation>クライアントが送信すべき SDK トークン。</translation>
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
        <source>Cannot listen on %1.</source>
        <translation>%1 で待ち受けできません。</translation>
    </message>
    <message>
        <source>Glows sandbox (simulated) at %1</source>
        <translation>Glows サンドボックス（シミュレーション）: %1</translation>
    </message>
    <message>
        <source>Sandbox token: %1</source>
        <translation>サンドボックスのトークン: %1</translation>
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
        <source>&lt;p&gt;A native desktop console for Glows.ai GPU instances.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;&lt;p&gt;Built with Qt %1 (LGPL-3.0, linked dynamically) and QtKeychain (BSD-3-Clause, linked dynamically).&lt;/p&gt;&lt;p&gt;Documentation: &lt;a href="%2"&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Glows Desktop is not affiliated with Glows.ai. The built-in sandbox shows simulated data.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Glows.ai の GPU インスタンスのためのネイティブなデスクトップコンソールです。&lt;/p&gt;&lt;p&gt;Apache License 2.0 のもとで提供されています。&lt;/p&gt;&lt;p&gt;Qt %1（LGPL-3.0、動的リンク）と QtKeychain（BSD-3-Clause、動的リンク）を使用しています。&lt;/p&gt;&lt;p&gt;ドキュメント: &lt;a href="%2"&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Glows Desktop は Glows.ai の公式製品ではありません。内蔵のサンドボックスはシミュレーションのデータを表示します。&lt;/p&gt;</translation>
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
</context>
<context>
    <name>glows::ui::InstanceModel</name>
    <message>
        <source>Estimated from the hourly price: this server does not report accrued cost.</source>
        <translation>時間単価からの推定値です。このサーバーは累積コストを報告しません。</translation>
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
</context>
<context>
    <name>glows::ui::MainWindow</name>
    <message>
        <source>Glows Desktop</source>
        <translation>Glows Desktop</translation>
    </message>
    <message>
        <source>My Instances</source>
        <translation>マイインスタンス</translation>
    </message>
    <message>
        <source>Instance status</source>
        <translation>インスタンスの状態</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>インスタンス</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation><numerusform>%n 件のインスタンス</numerusform></translation>
    </message>
</context>
<context>
    <name>glows::ui::MetricChart</name>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>データはまだありません</translation>
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
        <source>Utilisation (%)</source>
        <translation>使用率（%）</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>GPU Memory</source>
        <translation>GPU メモリ</translation>
    </message>
    <message>
        <source>Used (GB)</source>
        <translation>使用量（GB）</translation>
    </message>
    <message>
        <source>GPU memory</source>
        <translation>GPU メモリ</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Usage (%)</source>
        <translation>使用率（%）</translation>
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
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Throughput (KB/s)</source>
        <translation>スループット（KB/s）</translation>
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
</context>
<context>
    <name>glows::ui::NetworkGroupTab</name>
    <message>
        <source>Add to group…</source>
        <translation>グループに追加…</translation>
    </message>
    <message>
        <source>This instance is not part of any network group.

Mesh clustering puts several instances in one network group, where they reach each other over private IPs. Use it for multi-node, multi-GPU work such as distributed training. Create a group on the Mesh Clustering page, then add this instance with "Add to group…".</source>
        <translation>このインスタンスはどのネットワークグループにも属していません。

Mesh クラスタリングでは、複数のインスタンスを 1 つのネットワークグループにまとめ、プライベート IP で相互に接続できます。分散学習など、複数ノード・複数 GPU での処理に利用します。Mesh Clustering ページでグループを作成してから、「グループに追加…」でこのインスタンスを追加してください。</translation>
    </message>
    <message>
        <source>Network groups are not available from this server: it does not provide the Mesh clustering extension, so this instance's private network cannot be shown or changed here.</source>
        <translation>このサーバーではネットワークグループを利用できません。Mesh クラスタリング拡張機能が提供されていないため、このインスタンスのプライベートネットワークをここで表示・変更することはできません。</translation>
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
        <source>"%1" is not a valid port: use a number from 1 to 65535, optionally followed by /https.</source>
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
    <message numerus="yes">
        <source>The name is too long (at most %n characters).</source>
        <translation><numerusform>名前が長すぎます（最大 %n 文字）。</numerusform></translation>
    </message>
    <message>
        <source>Environment line "%1" must look like KEY=value (without ';').</source>
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
    <name>glows::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
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
        <source>This server does not offer snapshot management through the API. Use the Glows.ai console's Snapshots page instead.</source>
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
        <source>A name is required.</source>
        <translation>名前を入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>The name is too long (at most %n characters).</source>
        <translation><numerusform>名前が長すぎます（最大 %n 文字）。</numerusform></translation>
    </message>
    <message>
        <source>Delete Snapshot</source>
        <translation>スナップショットを削除</translation>
    </message>
    <message>
        <source>Delete snapshot "%1" (%2)? Instances can no longer be created from it.</source>
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
        <translation>表示</translation>
    </message>
    <message>
        <source>Copy the password; it is cleared from the clipboard after 30 s</source>
        <translation>パスワードをコピー（30 秒後にクリップボードから消去されます）</translation>
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
        <translation>非表示</translation>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>Glows Desktop</source>
        <translation>Glows Desktop</translation>
    </message>
    <message>
        <source>The local sandbox could not be started.</source>
        <translation>ローカルのサンドボックスを起動できませんでした。</translation>
    </message>
</context>
</TS>
