<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../linju_desktop/gui/widgets.py" line="178"/>
        <source>Discard changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/widgets.py" line="179"/>
        <source>What you entered in this form has not been saved. Discard the changes?</source>
        <translation>填写的内容还没有保存。放弃修改？</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/widgets.py" line="291"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
