<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>services.sync_reasons</name>
        <message>
            <source>This change id was already used for a different change; it was not applied.</source>
            <translation>这条修改的编号已被另一条不同的修改使用过，未予应用。</translation>
        </message>
        <message>
            <source>The server does not know the record book '{table}'.</source>
            <translation>区服务器不认识台账“{table}”，未予应用。请告知社区办公室。</translation>
        </message>
        <message>
            <source>Fields {fields} are not synced for {table}; not applied.</source>
            <translation>区服务器不同步“{table}”的字段 {fields}，未予应用。</translation>
        </message>
        <message>
            <source>The change's clock stamps are out of order; not applied.</source>
            <translation>这条修改的时间戳先后颠倒，未予应用。</translation>
        </message>
        <message>
            <source>The change is stamped {stamped}, more than {limit_days} days ahead of the district server's clock; set this computer's date and time. Not applied.</source>
            <translation>这条修改的时间为 {stamped}，比区服务器的时钟快 {limit_days} 天以上，未予应用。请校准本机的日期和时间。</translation>
        </message>
        <message>
            <source>deleted must be 0 or 1.</source>
            <translation>删除标记只能是 0 或 1，未予应用。</translation>
        </message>
        <message>
            <source>Unknown request state '{state}'; not applied.</source>
            <translation>未知的诉求状态“{state}”，未予应用。</translation>
        </message>
        <message>
            <source>This record belongs to another station; not applied.</source>
            <translation>这条记录属于其他站点，未予应用。</translation>
        </message>
        <message>
            <source>The server has no such record to change; entries are only ever added.</source>
            <translation>区服务器没有这条记录可供修改；这类记录只能新增。</translation>
        </message>
        <message>
            <source>Money and record entries cannot be changed or deleted once recorded; enter a reversing entry instead.</source>
            <translation>经费和台账记录一经录入便不能修改或删除；请录入一笔冲正记录。</translation>
        </message>
        <message>
            <source>These minutes were finalised on the server and cannot be changed; add an addendum instead. The server's version was kept.</source>
            <translation>这份会议记录已在区服务器上定稿，不能再修改；请添加补充说明。已保留区服务器上的版本。</translation>
        </message>
        <message>
            <source>The request is now '{current}' on the server (changed by the community or another computer); the step to '{wanted}' is not possible from there. The server's request was kept.</source>
            <translation>这条诉求在区服务器上已是“{current}”（社区或另一台电脑改过），无法从那里转到“{wanted}”。已保留区服务器上的诉求。</translation>
        </message>
        <message>
            <source>The district has set the allocation for {year}; a station cannot change or remove it. The district's amount was restored here.</source>
            <translation>{year} 年度的经费已由区里拨付，站点不能修改或删除。已恢复区里的金额。</translation>
        </message>
        <message>
            <source>This record belongs to the district; a station cannot change it. The district's values were restored here.</source>
            <translation>这条记录属于区里，站点不能修改。已恢复区里的内容。</translation>
        </message>
        <message>
            <source>The district has already set the allocation for {year}; the amount entered here was withdrawn and the district's is used.</source>
            <translation>区里已拨付 {year} 年度的经费；本机录入的金额已撤回，以区里的为准。</translation>
        </message>
        <message>
            <source>This station already has an allocation for {year}; the second one was withdrawn.</source>
            <translation>本站点已有 {year} 年度的经费记录；第二条已撤回。</translation>
        </message>
        <message>
            <source>The same field was changed here and on the server; both values are kept in the conflict record.</source>
            <translation>同一字段在本机和区服务器上都被修改过；两边的内容都保留在冲突记录中。</translation>
        </message>
        <message>
            <source>Field {field} of {table} must be a whole number; not applied.</source>
            <translation>“{table}”的字段 {field} 必须是整数，未予应用。</translation>
        </message>
        <message>
            <source>Field {field} of {table} must be 0 or 1; not applied.</source>
            <translation>“{table}”的字段 {field} 只能是 0 或 1，未予应用。</translation>
        </message>
        <message>
            <source>Field {field} of {table} must be between {low} and {high}; not applied.</source>
            <translation>“{table}”的字段 {field} 必须在 {low} 到 {high} 之间，未予应用。</translation>
        </message>
        <message>
            <source>Field {field} of {table} must be text; not applied.</source>
            <translation>“{table}”的字段 {field} 必须是文字，未予应用。</translation>
        </message>
        <message>
            <source>Field {field} of {table} is longer than {max_len} characters; not applied.</source>
            <translation>“{table}”的字段 {field} 超过 {max_len} 个字符，未予应用。</translation>
        </message>
        <message>
            <source>Field {field} of {table} contains a character that is not text; not applied.</source>
            <translation>“{table}”的字段 {field} 含有无法保存的字符，未予应用。</translation>
        </message>
        <message>
            <source>Field {field} of {table} must be a date written YYYY-MM-DD; not applied.</source>
            <translation>“{table}”的字段 {field} 必须是日期（年-月-日），未予应用。</translation>
        </message>
        <message>
            <source>Field {field} of {table} must be a time written HH:MM or HH:MM:SS; not applied.</source>
            <translation>“{table}”的字段 {field} 必须是时间（时:分 或 时:分:秒），未予应用。</translation>
        </message>
        <message>
            <source>Field {field} of {table} must be a date and time written as in ISO 8601 (2025-03-01T08:00:00Z); not applied.</source>
            <translation>“{table}”的字段 {field} 必须是 ISO 8601 格式的日期时间（如 2025-03-01T08:00:00Z），未予应用。</translation>
        </message>
        <message>
            <source>{text}</source>
            <translation>区服务器说明：{text}</translation>
        </message>
        <message>
            <source>The district server did not accept this change (reason {code}).</source>
            <translation>区服务器没有接受这条修改（原因代码 {code}）。请安装最新版邻居软件。</translation>
        </message>
    </context>
</TS>
