<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>services.funds</name>
        <message>
            <source>Choose a category</source>
            <translation>请选择经费类别</translation>
        </message>
        <message>
            <source>Write what the money was spent on</source>
            <translation>请填写经费用途</translation>
        </message>
        <message>
            <source>This expense entry does not exist</source>
            <translation>该支出记录不存在</translation>
        </message>
    </context>
</TS>
