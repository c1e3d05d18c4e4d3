<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../linju_desktop/gui/pages/base.py" line="78"/>
        <location filename="../../linju_desktop/gui/pages/base.py" line="79"/>
        <source>Search</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/base.py" line="169"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/pages/base.py" line="237"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
</context>
</TS>
