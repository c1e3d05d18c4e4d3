<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>services.sync</name>
        <message>
            <source>This computer is not enrolled with the district server yet. Ask the community office for an enrollment code, then run: linju sync enroll --server ADDRESS --code CODE</source>
            <translation>本机尚未在区服务器登记。请向社区办公室索取登记码，然后运行：linju sync enroll --server 服务器地址 --code 登记码</translation>
        </message>
        <message>
            <source>Cannot reach the district server at {url}. Check the network cable or Wi-Fi and try again; your records are safe on this computer.</source>
            <translation>无法连接区服务器 {url}。请检查网线或无线网络后重试；记录都已安全保存在本机。</translation>
        </message>
        <message>
            <source>The district server did not answer in time (the network is slow or unstable). Try again later; what was already sent is kept.</source>
            <translation>区服务器没有及时响应（网络较慢或不稳定）。请稍后重试；已发送的内容不会丢失。</translation>
        </message>
        <message>
            <source>The district server no longer accepts this computer (its access was revoked or replaced). Ask the community office for a new enrollment code and enroll again.</source>
            <translation>区服务器已不再接受本机（访问权限已被撤销或更换）。请向社区办公室索取新的登记码并重新登记。</translation>
        </message>
        <message>
            <source>The district server refused the request: {reason}. Ask the community office to check this station's permissions.</source>
            <translation>区服务器拒绝了请求：{reason}。请社区办公室核查本站点的权限。</translation>
        </message>
        <message>
            <source>The enrollment code was not accepted: {reason}. Check the code, or ask the community office for a new one (each code works once).</source>
            <translation>登记码未被接受：{reason}。请核对登记码，或向社区办公室索取新的登记码（每个登记码只能使用一次）。</translation>
        </message>
        <message>
            <source>The district server had a problem (HTTP {status}). Try again later; nothing was lost.</source>
            <translation>区服务器出现故障（HTTP {status}）。请稍后重试；数据没有丢失。</translation>
        </message>
        <message>
            <source>The district server refused the request (HTTP {status}): {reason}</source>
            <translation>区服务器拒绝了请求（HTTP {status}）：{reason}</translation>
        </message>
        <message>
            <source>The district server speaks a different sync version. Please install the newest Linju.</source>
            <translation>区服务器使用的同步版本与本程序不同。请安装最新版邻居软件。</translation>
        </message>
        <message>
            <source>The district server sent an answer this program cannot read ({detail}). Try again later.</source>
            <translation>区服务器的应答无法识别（{detail}）。请稍后重试。</translation>
        </message>
        <message>
            <source>Sync was cancelled. What was sent so far is kept; the rest goes next time.</source>
            <translation>同步已取消。已发送的内容会保留，其余的下次同步时发送。</translation>
        </message>
        <message>
            <source>The sync file {name} is damaged or was changed after it was made; it was not used. Ask for a new copy.</source>
            <translation>同步文件 {name} 已损坏或在生成后被改动过，未予使用。请重新索取。</translation>
        </message>
        <message>
            <source>The sync file {name} belongs to another station; it was not used.</source>
            <translation>同步文件 {name} 属于其他站点，未予使用。</translation>
        </message>
        <message>
            <source>The file {name} is not a Linju sync file.</source>
            <translation>文件 {name} 不是邻居软件的同步文件。</translation>
        </message>
        <message>
            <source>This program does not know the record book {table}.</source>
            <translation>本程序不认识台账“{table}”。请安装最新版邻居软件。</translation>
        </message>
        <message>
            <source>Fields {fields} are unknown to this program; install the newest Linju.</source>
            <translation>本程序不认识字段 {fields}；请安装最新版邻居软件。</translation>
        </message>
        <message>
            <source>The district's change could not be applied here: {detail}</source>
            <translation>区里发来的修改无法在本机应用：{detail}</translation>
        </message>
        <message>
            <source>The records of {table} here and at the district differ ({local} rows here, {server} there).</source>
            <translation>本机与区里的“{table}”记录不一致（本机 {local} 条，区里 {server} 条）。</translation>
        </message>
        <message>
            <source>The district server did not accept this change. Check the record and correct it; the correction is sent at the next sync.</source>
            <translation>区服务器没有接受这条修改。请核对并改正该记录，改正后会在下次同步时发送。</translation>
        </message>
        <message>
            <source>This record was changed here and at the district at the same time. Both values are kept below; check which is right and edit the record if needed.</source>
            <translation>这条记录在本机和区里同时被修改过。两边的内容都保留在下方；请核对哪一个正确，如有需要请直接修改该记录。</translation>
        </message>
        <message>
            <source>The district already has a different change with the same number. Tell the community office; do not delete anything.</source>
            <translation>区里已有一条编号相同但内容不同的修改。请告知社区办公室，不要删除任何数据。</translation>
        </message>
        <message>
            <source>Do not delete anything; tell the community office so the two copies can be compared.</source>
            <translation>请不要删除任何数据；请告知社区办公室，以便核对两边的数据。</translation>
        </message>
        <message>
            <source>This station could not apply a change sent by the district. Tell the community office.</source>
            <translation>本机无法应用区里发来的一条修改。请告知社区办公室。</translation>
        </message>
        <message>
            <source>Enrolled: station {name} ({id}) at {url}</source>
            <translation>登记成功：站点 {name}（{id}），服务器 {url}</translation>
        </message>
        <message>
            <source>Not enrolled; changes wait on this computer.</source>
            <translation>尚未登记；修改都保存在本机等待同步。</translation>
        </message>
        <message>
            <source>Server: {url}  Station: {name} ({id})</source>
            <translation>服务器：{url}  站点：{name}（{id}）</translation>
        </message>
        <message>
            <source>Last sync: {when} ({result})</source>
            <translation>上次同步：{when}（{result}）</translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>尚未同步</translation>
        </message>
        <message>
            <source>Changes waiting for sync: {n}</source>
            <translation>待同步的修改：{n} 条</translation>
        </message>
        <message>
            <source>Photos and files waiting: {n}</source>
            <translation>待上传的照片和文件：{n} 个</translation>
        </message>
        <message>
            <source>Needs attention: {n}</source>
            <translation>需要处理：{n} 项</translation>
        </message>
        <message>
            <source>Sent {sent}, received {received}, {requests} request(s).</source>
            <translation>已发送 {sent} 条，收到 {received} 条，共 {requests} 次请求。</translation>
        </message>
        <message>
            <source>Photos uploaded: {n} ({kb} KB).</source>
            <translation>已上传照片和文件 {n} 个（{kb} KB）。</translation>
        </message>
        <message>
            <source>Everything is in sync with the district.</source>
            <translation>已与区里完全同步。</translation>
        </message>
        <message>
            <source>{n} item(s) need attention: run `linju sync status` to see them.</source>
            <translation>有 {n} 项需要处理：运行 linju sync status 查看。</translation>
        </message>
        <message>
            <source>The records of {tables} differ from the district's. This was not hidden or overwritten; tell the community office.</source>
            <translation>“{tables}”的记录与区里不一致。程序没有隐藏或覆盖这一差异；请告知社区办公室。</translation>
        </message>
        <message>
            <source>This computer's clock differs from the district server's by {minutes} minutes. Please set the correct time (sync is not affected).</source>
            <translation>本机时钟与区服务器相差 {minutes} 分钟。请校准电脑时间（同步不受影响）。</translation>
        </message>
        <message>
            <source>Wrote {path}: {operations} change(s), {blobs} file(s). Take it to the community office; bring back their reply file and run: linju sync import-bundle FILE</source>
            <translation>已写入 {path}：{operations} 条修改，{blobs} 个文件。请带到社区办公室；带回回复文件后运行：linju sync import-bundle 文件</translation>
        </message>
        <message>
            <source>Applied {path}: {received} change(s) received, {sent} acknowledged.</source>
            <translation>已应用 {path}：收到 {received} 条修改，确认 {sent} 条。</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>正常</translation>
        </message>
        <message>
            <source>attention</source>
            <translation>有需要处理的事项</translation>
        </message>
        <message>
            <source>mismatch</source>
            <translation>数据不一致</translation>
        </message>
        <message>
            <source>error</source>
            <translation>失败</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>被拒收</translation>
        </message>
        <message>
            <source>conflict</source>
            <translation>冲突</translation>
        </message>
        <message>
            <source>apply</source>
            <translation>无法应用</translation>
        </message>
        <message>
            <source>checksum</source>
            <translation>校验不一致</translation>
        </message>
        <message>
            <source>The sync file {name} was made for another computer or another district server (or for this one before it was enrolled again), so it cannot be opened here; it was not used.</source>
            <translation>同步文件 {name} 是为其他电脑或其他区服务器（或本机重新登记之前）制作的，本机无法打开，未予使用。</translation>
        </message>
        <message>
            <source>The sync file {name} was made by an older version of Linju in a format that is no longer accepted; it was not used. Ask for a new one.</source>
            <translation>同步文件 {name} 由旧版邻居软件以不再接受的格式制作，未予使用。请重新索取。</translation>
        </message>
        <message>
            <source>This computer was enrolled by an older version of Linju and has no keys for sync files yet. Connect it to the district server once (linju sync run) and try again. If it can never connect, it must be enrolled again with a new code.</source>
            <translation>本机由旧版邻居软件登记，还没有同步文件所需的密钥。请先连接区服务器同步一次（linju sync run），然后再试。如果本机始终无法联网，需要用新的登记码重新登记。</translation>
        </message>
    </context>
</TS>
