<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>services.members</name>
        <message>
            <source>This ID number is already on the roster: {name}</source>
            <translation>该身份证号码已登记在党员“{name}”名下，不能重复登记</translation>
        </message>
        <message>
            <source>This member is not on the roster</source>
            <translation>花名册中没有这名党员</translation>
        </message>
        <message>
            <source>Write why the member leaves (transfer, death, ...)</source>
            <translation>请填写离开原因（如转出、去世等）</translation>
        </message>
    </context>
</TS>
