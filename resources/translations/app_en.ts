<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message>
        <location filename="../../linju_desktop/gui/app.py" line="97"/>
        <location filename="../../linju_desktop/gui/app.py" line="111"/>
        <source>Linju</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/app.py" line="87"/>
        <source>This database was made by a newer version of Linju. Please install the newer version; your data was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/app.py" line="92"/>
        <source>The database file is damaged ({detail}). Restore a backup from the folder {folder} with: linju restore FILE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
