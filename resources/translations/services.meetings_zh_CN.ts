<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>services.meetings</name>
        <message>
            <source>Choose the kind of meeting</source>
            <translation>请选择会议类型</translation>
        </message>
        <message>
            <source>This meeting record no longer exists</source>
            <translation>该会议记录已不存在</translation>
        </message>
        <message>
            <source>Write the correction or addition</source>
            <translation>请填写补充或更正的内容</translation>
        </message>
    </context>
</TS>
