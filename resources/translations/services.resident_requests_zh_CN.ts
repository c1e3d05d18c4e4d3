<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>services.resident_requests</name>
        <message>
            <source>Describe the resident's request</source>
            <translation>请填写诉求内容</translation>
        </message>
        <message>
            <source>Enter the resident's name (or 匿名 if they prefer)</source>
            <translation>请填写居民姓名（不愿留名可填“匿名”）</translation>
        </message>
        <message>
            <source>This request does not exist</source>
            <translation>该诉求不存在</translation>
        </message>
        <message>
            <source>Choose where the request came from</source>
            <translation>请选择诉求来源</translation>
        </message>
    </context>
</TS>
