<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>services.roster_import</name>
        <message>
            <source>The file has no 姓名 or 身份证号 column; use the roster template</source>
            <translation>文件中没有“姓名”或“身份证号”列，请使用花名册模板</translation>
        </message>
        <message>
            <source>The same ID number is already in row {row} of this file</source>
            <translation>该身份证号码与本文件第 {row} 行重复</translation>
        </message>
        <message>
            <source>This ID number belongs to {name} on the roster, not to this name</source>
            <translation>该身份证号码在花名册中属于“{name}”，与本行姓名不符</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>提醒</translation>
        </message>
        <message>
            <source>error</source>
            <translation>错误</translation>
        </message>
        <message>
            <source>Row {row}, column {column} ({kind}): {message}</source>
            <translation>第 {row} 行“{column}”列（{kind}）：{message}</translation>
        </message>
        <message>
            <source>{rows} rows read: {added} added, {updated} updated, {unchanged} unchanged, {refused} refused</source>
            <translation>共读取 {rows} 行：新增 {added} 人，更新 {updated} 人，无变化 {unchanged} 人，未导入 {refused} 行</translation>
        </message>
    </context>
</TS>
