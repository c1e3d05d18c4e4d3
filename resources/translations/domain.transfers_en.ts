<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
    <context>
        <name>domain.transfers</name>
        <message>
            <source>转入</source>
            <translation>Transfer in</translation>
        </message>
        <message>
            <source>转出</source>
            <translation>Transfer out</translation>
        </message>
        <message>
            <source>已开具</source>
            <translation>Issued</translation>
        </message>
        <message>
            <source>转接中</source>
            <translation>In transit</translation>
        </message>
        <message>
            <source>已接收</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>已过期</source>
            <translation>Expired</translation>
        </message>
    </context>
</TS>
