<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../linju_desktop/gui/app.py" line="133"/>
        <source>Checking the database and making today&apos;s backup...</source>
        <translation>正在检查数据库并做今天的备份……</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/app.py" line="139"/>
        <source>Database checked; today&apos;s backup is saved.</source>
        <translation>数据库检查完毕，今天的备份已保存。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/app.py" line="141"/>
        <source>Database checked.</source>
        <translation>数据库检查完毕。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/app.py" line="152"/>
        <source>Today&apos;s backup could not be made: {reason}</source>
        <translation>今天的备份没有做成：{reason}</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/app.py" line="190"/>
        <location filename="../../linju_desktop/gui/app.py" line="222"/>
        <source>Linju</source>
        <translation>邻居</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/app.py" line="202"/>
        <source>The database file is damaged ({detail}). Restore the newest good backup with this command: linju restore {backup}</source>
        <translation>数据库文件已损坏（{detail}）。请用以下命令恢复最近一个完好的备份：linju restore {backup}</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/app.py" line="207"/>
        <source>The database file is damaged ({detail}) and there is no good backup in {folder}. Copy the whole data folder {data} to a USB stick before anything else and ask for help; do not use Linju on this folder until then.</source>
        <translation>数据库文件已损坏（{detail}），且 {folder} 中没有完好的备份。请先把整个数据文件夹 {data} 复制到U盘，再寻求技术人员帮助；在此之前请不要在这个文件夹上使用邻居软件。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/app.py" line="96"/>
        <source>This database was made by a newer version of Linju. Please install the newer version; your data was not changed.</source>
        <translation>该数据库由更新版本的邻居软件创建，请安装新版本。您的数据没有任何改动。</translation>
    </message>
</context>
</TS>
