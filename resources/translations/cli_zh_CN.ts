<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>cli</name>
        <message>
            <source>Data folder: {path}</source>
            <translation>数据文件夹：{path}</translation>
        </message>
        <message>
            <source>This database was made by a newer version of Linju (schema {found}, this program knows {known}). Please install the newer Linju; the file was not changed.</source>
            <translation>该数据库由更新版本的邻居软件创建（数据结构版本 {found}，本程序为 {known}）。请安装新版本；文件未作任何改动。</translation>
        </message>
        <message>
            <source>The database file is damaged ({detail}). Restore the newest good backup with: linju restore {backup}</source>
            <translation>数据库文件已损坏（{detail}）。请用以下命令恢复最近一个完好的备份：linju restore {backup}</translation>
        </message>
        <message>
            <source>The database file is damaged ({detail}) and there is no good backup in {folder}. Copy the whole data folder {data} to a USB stick before anything else and ask for help; do not use Linju on this folder until then.</source>
            <translation>数据库文件已损坏（{detail}），且 {folder} 中没有完好的备份。请先把整个数据文件夹 {data} 复制到U盘，再寻求技术人员帮助；在此之前请不要在这个文件夹上使用邻居软件。</translation>
        </message>
        <message>
            <source>The backup {path} is damaged ({detail}) and was not restored.</source>
            <translation>备份 {path} 已损坏（{detail}），未恢复。</translation>
        </message>
        <message>
            <source>Good backups, newest first:</source>
            <translation>完好的备份（最新的在前）：</translation>
        </message>
        <message>
            <source>There is no good backup in {folder}.</source>
            <translation>{folder} 中没有完好的备份。</translation>
        </message>
        <message>
            <source>Restored from {source}. The damaged database was moved to {saved}; it is not a backup, keep it only for a technician.</source>
            <translation>已从 {source} 恢复。已损坏的数据库已移到 {saved}；它不是备份，只留给技术人员抢救数据用。</translation>
        </message>
        <message>
            <source>The file {path} does not exist.</source>
            <translation>文件 {path} 不存在。</translation>
        </message>
        <message>
            <source>Database: {path}</source>
            <translation>数据库：{path}</translation>
        </message>
        <message>
            <source>Schema version: {version} (this program: {known})</source>
            <translation>数据结构版本：{version}（本程序：{known}）</translation>
        </message>
        <message>
            <source>Integrity: {result}</source>
            <translation>完整性检查：{result}</translation>
        </message>
        <message>
            <source>Records: {summary}</source>
            <translation>记录数：{summary}</translation>
        </message>
        <message>
            <source>Backups: {count}, newest good {newest}</source>
            <translation>备份：{count} 个，最近一个完好的 {newest}</translation>
        </message>
        <message>
            <source>No problems found.</source>
            <translation>未发现问题。</translation>
        </message>
        <message>
            <source>Backup saved: {path}</source>
            <translation>备份已保存：{path}</translation>
        </message>
        <message>
            <source>Not a usable Linju backup: {detail}</source>
            <translation>不是可用的邻居备份文件：{detail}</translation>
        </message>
        <message>
            <source>Restored from {source}. The database as it was before is kept in {saved}.</source>
            <translation>已从 {source} 恢复。恢复前的数据库已另存为 {saved}。</translation>
        </message>
        <message>
            <source>The data folder already has records; use an empty folder for the demo (linju --data-dir FOLDER demo).</source>
            <translation>数据文件夹中已有记录；请在空文件夹中生成演示数据（linju --data-dir 文件夹 demo）。</translation>
        </message>
        <message>
            <source>Demo station ready in {seconds:.1f} s: {summary}</source>
            <translation>演示数据已生成，用时 {seconds:.1f} 秒：{summary}</translation>
        </message>
        <message>
            <source>Exported {count} rows to {path}</source>
            <translation>已导出 {count} 行到 {path}</translation>
        </message>
        <message>
            <source>Exported every record book to {path}: {summary}</source>
            <translation>已将全部台账导出到 {path}：{summary}</translation>
        </message>
        <message>
            <source>The output file must end in .csv or .xlsx</source>
            <translation>导出文件名须以 .csv 或 .xlsx 结尾</translation>
        </message>
        <message>
            <source>The output file must end in .json</source>
            <translation>导出文件名须以 .json 结尾</translation>
        </message>
        <message>
            <source>Branch: {name}</source>
            <translation>党支部：{name}</translation>
        </message>
        <message>
            <source>(not set up yet)</source>
            <translation>（尚未设置）</translation>
        </message>
        <message>
            <source>Members: {members}  Meetings: {meetings}  Expenses: {expenses}  Requests: {requests}</source>
            <translation>党员：{members}  会议：{meetings}  经费支出：{expenses}  群众诉求：{requests}</translation>
        </message>
        <message>
            <source>Changes waiting for sync: {n}</source>
            <translation>待同步的修改：{n} 条</translation>
        </message>
        <message>
            <source>Type `linju --help` for the commands.</source>
            <translation>输入 linju --help 查看全部命令。</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>正常</translation>
        </message>
    </context>
</TS>
