<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../linju_desktop/gui/import_dialog.py" line="33" />
        <source>Roster import report</source>
        <translation>花名册导入结果</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/import_dialog.py" line="43" />
        <source>Columns not used: {names}</source>
        <translation>未使用的列：{names}</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/import_dialog.py" line="48" />
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/import_dialog.py" line="48" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/import_dialog.py" line="48" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/import_dialog.py" line="48" />
        <source>What to do</source>
        <translation>说明及处理办法</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/import_dialog.py" line="50" />
        <source>Warning</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/import_dialog.py" line="50" />
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/import_dialog.py" line="68" />
        <source>Choose the roster file</source>
        <translation>选择花名册文件</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/import_dialog.py" line="70" />
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>表格文件 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/import_dialog.py" line="79" />
        <source>Importing the roster…</source>
        <translation>正在导入花名册…</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/import_dialog.py" line="100" />
        <source>The roster could not be imported</source>
        <translation>花名册无法导入</translation>
    </message>
</context>
</TS>