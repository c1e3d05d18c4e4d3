<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>domain.text</name>
        <message>
            <source>Please enter 是 (yes) or 否 (no), not “{value}”.</source>
            <translation>请填写“是”或“否”，不能填“{value}”。</translation>
        </message>
    </context>
</TS>
