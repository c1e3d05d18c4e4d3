<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../linju_desktop/gui/widgets.py" line="196" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>