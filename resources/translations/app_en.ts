<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message>
        <location filename="../../linju_desktop/gui/app.py" line="133"/>
        <source>Checking the database and making today&apos;s backup...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/app.py" line="139"/>
        <source>Database checked; today&apos;s backup is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/app.py" line="141"/>
        <source>Database checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/app.py" line="152"/>
        <source>Today&apos;s backup could not be made: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/app.py" line="190"/>
        <location filename="../../linju_desktop/gui/app.py" line="222"/>
        <source>Linju</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/app.py" line="202"/>
        <source>The database file is damaged ({detail}). Restore the newest good backup with this command: linju restore {backup}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/app.py" line="207"/>
        <source>The database file is damaged ({detail}) and there is no good backup in {folder}. Copy the whole data folder {data} to a USB stick before anything else and ask for help; do not use Linju on this folder until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/app.py" line="96"/>
        <source>This database was made by a newer version of Linju. Please install the newer version; your data was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
