<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BranchTab</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/branch_tab.py" line="61"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/branch_tab.py" line="62"/>
        <source>Branch details saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_branch_tab.ui" line="50"/>
        <source>Branch &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_branch_tab.ui" line="73"/>
        <source>Compounds covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_branch_tab.ui" line="92"/>
        <location filename="../../ui/settings_branch_tab.ui" line="95"/>
        <location filename="../../ui/settings_branch_tab.ui" line="101"/>
        <source>One compound per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_branch_tab.ui" line="108"/>
        <source>Co&amp;mmunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_branch_tab.ui" line="128"/>
        <source>&amp;Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_branch_tab.ui" line="148"/>
        <source>&amp;District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_branch_tab.ui" line="173"/>
        <source>Save branch details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/data_tab.py" line="48"/>
        <source>made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/data_tab.py" line="49"/>
        <source>daily, automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/data_tab.py" line="50"/>
        <source>automatic, before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/data_tab.py" line="56"/>
        <source>automatic, before an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/data_tab.py" line="60"/>
        <source>{date} {time}   {kind}   ({size:.1f} MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/data_tab.py" line="74"/>
        <source>No backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/data_tab.py" line="83"/>
        <location filename="../../linju_desktop/gui/pages/settings/data_tab.py" line="85"/>
        <source>Making a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/data_tab.py" line="96"/>
        <source>Backup made: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/data_tab.py" line="97"/>
        <source>Backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/data_tab.py" line="103"/>
        <source>The backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/data_tab.py" line="118"/>
        <location filename="../../linju_desktop/gui/pages/settings/data_tab.py" line="143"/>
        <location filename="../../linju_desktop/gui/pages/settings/data_tab.py" line="149"/>
        <location filename="../../linju_desktop/gui/pages/settings/data_tab.py" line="159"/>
        <location filename="../../linju_desktop/gui/pages/settings/data_tab.py" line="175"/>
        <location filename="../../linju_desktop/gui/pages/settings/data_tab.py" line="184"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/data_tab.py" line="120"/>
        <source>Replace ALL the data in Linju with the backup of {label}?

Everything recorded after that backup will be gone from the record book. A copy of today&apos;s data is saved first, so nothing is lost for good.

Linju then closes; please start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/data_tab.py" line="128"/>
        <source>Yes, restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/data_tab.py" line="129"/>
        <source>No, keep my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/data_tab.py" line="143"/>
        <source>First click a backup in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/data_tab.py" line="150"/>
        <source>This backup is damaged and cannot be used ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/data_tab.py" line="160"/>
        <source>This backup was made by a newer version of Linju.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/data_tab.py" line="177"/>
        <source>The backup could not be restored ({detail}). Your data is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/data_tab.py" line="186"/>
        <source>The backup has been restored. Linju will now close; please start it again.

The data from before the restore was kept as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_data_tab.ui" line="29"/>
        <source>Where the record book is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_data_tab.ui" line="54"/>
        <source>Open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_data_tab.ui" line="82"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_data_tab.ui" line="92"/>
        <source>Linju makes a backup by itself every day. Make one now before big changes, or copy the backups folder to a USB stick now and then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_data_tab.ui" line="104"/>
        <source>Make a backup now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_data_tab.ui" line="126"/>
        <source>Backups on this computer, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_data_tab.ui" line="145"/>
        <source>Restore the selected backup…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayTab</name>
    <message>
        <location filename="../../ui/settings_display_tab.ui" line="29"/>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_display_tab.ui" line="41"/>
        <source>Normal (100 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_display_tab.ui" line="48"/>
        <source>Larger (125 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_display_tab.ui" line="55"/>
        <source>Large (150 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_display_tab.ui" line="62"/>
        <source>Very large (200 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_display_tab.ui" line="84"/>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_display_tab.ui" line="94"/>
        <source>High contrast: white text on black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_display_tab.ui" line="101"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_display_tab.ui" line="131"/>
        <source>Changes here take effect at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/groups_tab.py" line="79"/>
        <source>Change party group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/groups_tab.py" line="79"/>
        <source>Add a party group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_group_dialog.ui" line="50"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/groups_tab.py" line="85"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_group_dialog.ui" line="73"/>
        <source>&amp;Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_group_dialog.ui" line="90"/>
        <source>&amp;Buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_group_dialog.ui" line="103"/>
        <source>e.g. 1号楼、2号楼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/groups_tab.py" line="109"/>
        <source>Party group saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/groups_tab.py" line="61"/>
        <source>Party groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/groups_tab.py" line="61"/>
        <source>First click a group in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_groups_tab.ui" line="29"/>
        <source>Members are grouped by building. Double-click a group to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_groups_tab.ui" line="41"/>
        <source>Add a party group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_groups_tab.ui" line="54"/>
        <source>Change the selected group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_groups_tab.ui" line="95"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_groups_tab.ui" line="100"/>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_groups_tab.ui" line="105"/>
        <source>Buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_groups_tab.ui" line="110"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/meetings_tab.py" line="35"/>
        <source>Every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/meetings_tab.py" line="36"/>
        <source>Every quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/meetings_tab.py" line="37"/>
        <source>Every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/meetings_tab.py" line="38"/>
        <source>When needed (no reminder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/meetings_tab.py" line="51"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_meetings_tab.ui" line="29"/>
        <source>How often each kind of meeting is held. The home page reminds you of a meeting not yet held in the current month, quarter or year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_meetings_tab.ui" line="65"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/requests_tab.py" line="34"/>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/pages/settings/requests_tab.py" line="55"/>
        <source>= %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/requests_tab.py" line="60"/>
        <source>The usual limits are filled in; press Save to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/requests_tab.py" line="79"/>
        <source>Saved. New requests use these limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_requests_tab.ui" line="29"/>
        <source>Time limits for resident requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_requests_tab.ui" line="39"/>
        <source>How many hours the branch has to handle a request of each kind. 24 hours = 1 day, 168 hours = 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_requests_tab.ui" line="73"/>
        <source>Departments for whistle dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_requests_tab.ui" line="92"/>
        <source>One department per line, e.g.
城管科
供电所</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_requests_tab.ui" line="103"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_requests_tab.ui" line="116"/>
        <source>Back to the usual limits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/page.py" line="34"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/page.py" line="60"/>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/page.py" line="61"/>
        <source>Party groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/page.py" line="62"/>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/page.py" line="63"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/page.py" line="64"/>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/page.py" line="65"/>
        <source>Data and backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
