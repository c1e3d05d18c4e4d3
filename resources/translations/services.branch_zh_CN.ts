<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>services.branch</name>
        <message>
            <source>Enter the branch's name</source>
            <translation>请填写党支部名称</translation>
        </message>
        <message>
            <source>Enter the party group's name</source>
            <translation>请填写党小组名称</translation>
        </message>
    </context>
</TS>
