<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
    <context>
        <name>domain.meetings</name>
        <message>
            <source>支部党员大会</source>
            <translation>Branch general meeting</translation>
        </message>
        <message>
            <source>支部委员会</source>
            <translation>Branch committee meeting</translation>
        </message>
        <message>
            <source>党小组会</source>
            <translation>Party group meeting</translation>
        </message>
        <message>
            <source>党课</source>
            <translation>Party class</translation>
        </message>
        <message>
            <source>主题党日</source>
            <translation>Theme party day</translation>
        </message>
        <message>
            <source>组织生活会</source>
            <translation>Organisational life meeting</translation>
        </message>
        <message>
            <source>联席会（三方联动）</source>
            <translation>Joint meeting (three parties)</translation>
        </message>
        <message>
            <source>邻里会</source>
            <translation>Neighbour meeting</translation>
        </message>
        <message>
            <source>出席</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>缺席</source>
            <translation>Absent</translation>
        </message>
        <message>
            <source>列席</source>
            <translation>Non-voting attendee</translation>
        </message>
        <message>
            <source>病假</source>
            <translation>Sick leave</translation>
        </message>
        <message>
            <source>事假</source>
            <translation>Personal leave</translation>
        </message>
        <message>
            <source>外出</source>
            <translation>Away</translation>
        </message>
        <message>
            <source>其他</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>草稿</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>已定稿</source>
            <translation>Final</translation>
        </message>
        <message>
            <source>优秀</source>
            <translation>Excellent</translation>
        </message>
        <message>
            <source>合格</source>
            <translation>Qualified</translation>
        </message>
        <message>
            <source>基本合格</source>
            <translation>Basically qualified</translation>
        </message>
        <message>
            <source>不合格</source>
            <translation>Unqualified</translation>
        </message>
    </context>
</TS>
