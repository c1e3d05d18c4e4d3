<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../linju_desktop/gui/messages.py" line="203"/>
        <source>At most {limit} characters</source>
        <translation>最多 {limit} 个字</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/messages.py" line="228"/>
        <source>At most {limit} characters: {over} too many, please shorten it</source>
        <translation>最多 {limit} 个字，现在多了 {over} 个字，请删减</translation>
    </message>
</context>
</TS>
