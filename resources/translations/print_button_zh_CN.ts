<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../linju_desktop/gui/print_button.py" line="24"/>
        <source>Print / export…</source>
        <translation>打印／导出…</translation>
    </message>
</context>
</TS>
