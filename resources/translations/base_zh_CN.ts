<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../linju_desktop/gui/pages/base.py" line="81"/>
        <location filename="../../linju_desktop/gui/pages/base.py" line="82"/>
        <source>Search</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/base.py" line="177"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/pages/base.py" line="245"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/pages/base.py" line="247"/>
        <source>among the newest %n: type more to search all</source>
        <translation>
            <numerusform>（只查了最近的 %n 条，多输入几个字可查全部）</numerusform>
        </translation>
    </message>
</context>
</TS>
