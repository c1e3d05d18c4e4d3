<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../linju_desktop/gui/app.py" line="97"/>
        <location filename="../../linju_desktop/gui/app.py" line="111"/>
        <source>Linju</source>
        <translation>邻居</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/app.py" line="87"/>
        <source>This database was made by a newer version of Linju. Please install the newer version; your data was not changed.</source>
        <translation>该数据库由更新版本的邻居软件创建，请安装新版本。您的数据没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/app.py" line="92"/>
        <source>The database file is damaged ({detail}). Restore a backup from the folder {folder} with: linju restore FILE</source>
        <translation>数据库文件已损坏（{detail}）。请从备份文件夹 {folder} 中选择一个备份，用命令 linju restore 文件名 恢复。</translation>
    </message>
</context>
</TS>
