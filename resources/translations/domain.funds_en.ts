<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
    <context>
        <name>domain.funds</name>
        <message>
            <source>活动经费</source>
            <translation>Activities</translation>
        </message>
        <message>
            <source>困难党员慰问</source>
            <translation>Visits to members in hardship</translation>
        </message>
        <message>
            <source>教育培训</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>阵地维护</source>
            <translation>Station upkeep</translation>
        </message>
        <message>
            <source>宣传资料</source>
            <translation>Materials</translation>
        </message>
        <message>
            <source>其他</source>
            <translation>Other</translation>
        </message>
    </context>
</TS>
