<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
    <context>
        <name>domain.volunteering</name>
        <message>
            <source>党员</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>报到党员（下沉）</source>
            <translation>Reporting member</translation>
        </message>
        <message>
            <source>居民</source>
            <translation>Resident</translation>
        </message>
        <message>
            <source>青少年志愿者</source>
            <translation>Youth volunteer</translation>
        </message>
        <message>
            <source>按小时</source>
            <translation>Per hour</translation>
        </message>
        <message>
            <source>按次</source>
            <translation>Per task</translation>
        </message>
        <message>
            <source>按评价</source>
            <translation>Per rating</translation>
        </message>
        <message>
            <source>环境整治</source>
            <translation>Environment</translation>
        </message>
        <message>
            <source>为老助残</source>
            <translation>Help for the elderly and disabled</translation>
        </message>
        <message>
            <source>平安守护</source>
            <translation>Safety</translation>
        </message>
        <message>
            <source>文明宣传</source>
            <translation>Civility and culture</translation>
        </message>
        <message>
            <source>邻里互助</source>
            <translation>Neighbourly help</translation>
        </message>
    </context>
</TS>
