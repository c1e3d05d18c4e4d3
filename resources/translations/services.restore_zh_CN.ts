<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>services.restore</name>
        <message>
            <source>This file is not a Linju backup (schema version {version}).</source>
            <translation>该文件不是邻居软件的备份（数据结构版本 {version}）。</translation>
        </message>
    </context>
</TS>
