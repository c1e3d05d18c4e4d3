<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="655"/>
        <source>Change party group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="655"/>
        <source>Add a party group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="660"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="662"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="668"/>
        <source>&amp;Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="671"/>
        <source>&amp;Buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="672"/>
        <source>e.g. 1号楼、2号楼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="696"/>
        <source>Party group saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="73"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="96"/>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="97"/>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="227"/>
        <source>Party groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="98"/>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="99"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="100"/>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="101"/>
        <source>Data and backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="135"/>
        <source>Branch &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="139"/>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="143"/>
        <source>One compound per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="143"/>
        <source>Compounds covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="145"/>
        <source>Co&amp;mmunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="146"/>
        <source>&amp;Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="147"/>
        <source>&amp;District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="149"/>
        <source>Save branch details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="170"/>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="350"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="172"/>
        <source>Branch details saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="180"/>
        <source>Members are grouped by building. Double-click a group to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="185"/>
        <source>Add a party group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="186"/>
        <source>Change the selected group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="192"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="192"/>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="192"/>
        <source>Buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="192"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="227"/>
        <source>First click a group in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="236"/>
        <source>Time limits for resident requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="241"/>
        <source>How many hours the branch has to handle a request of each kind. 24 hours = 1 day, 168 hours = 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="252"/>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="267"/>
        <source>Departments for whistle dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="272"/>
        <source>One department per line, e.g.
城管科
供电所</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="277"/>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="338"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="278"/>
        <source>Back to the usual limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/pages/settings.py" line="286"/>
        <source>= %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="292"/>
        <source>The usual limits are filled in; press Save to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="305"/>
        <source>Saved. New requests use these limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="311"/>
        <source>Every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="312"/>
        <source>Every quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="313"/>
        <source>Every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="314"/>
        <source>When needed (no reminder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="322"/>
        <source>How often each kind of meeting is held. The home page reminds you of a meeting not yet held in the current month, quarter or year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="357"/>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="361"/>
        <source>Normal (100 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="362"/>
        <source>Larger (125 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="363"/>
        <source>Large (150 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="364"/>
        <source>Very large (200 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="379"/>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="382"/>
        <source>High contrast: white text on black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="386"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="399"/>
        <source>Changes here take effect at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="436"/>
        <source>Where the record book is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="444"/>
        <source>Open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="447"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="452"/>
        <source>Linju makes a backup by itself every day. Make one now before big changes, or copy the backups folder to a USB stick now and then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="460"/>
        <source>Make a backup now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="468"/>
        <source>Backups on this computer, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="475"/>
        <source>Restore the selected backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="488"/>
        <source>made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="489"/>
        <source>daily, automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="490"/>
        <source>automatic, before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="496"/>
        <source>automatic, before an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="500"/>
        <source>{date} {time}   {kind}   ({size:.1f} MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="514"/>
        <source>No backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="523"/>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="525"/>
        <source>Making a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="537"/>
        <source>Backup made: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="538"/>
        <source>Backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="544"/>
        <source>The backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="559"/>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="584"/>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="590"/>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="600"/>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="616"/>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="625"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="561"/>
        <source>Replace ALL the data in Linju with the backup of {label}?

Everything recorded after that backup will be gone from the record book. A copy of today&apos;s data is saved first, so nothing is lost for good.

Linju then closes; please start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="569"/>
        <source>Yes, restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="570"/>
        <source>No, keep my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="584"/>
        <source>First click a backup in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="591"/>
        <source>This backup is damaged and cannot be used ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="601"/>
        <source>This backup was made by a newer version of Linju.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="618"/>
        <source>The backup could not be restored ({detail}). Your data is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings.py" line="627"/>
        <source>The backup has been restored. Linju will now close; please start it again.

The data from before the restore was kept as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
