<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="31"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="36"/>
        <source>Branch details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="37"/>
        <source>Party groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="38"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="39"/>
        <source>Households kept in contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="40"/>
        <source>Membership transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="41"/>
        <source>Meeting records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="42"/>
        <source>Meeting attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="43"/>
        <source>Meeting follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="44"/>
        <source>Additions to minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="45"/>
        <source>Attached files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="46"/>
        <source>Yearly fund allocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="47"/>
        <source>Fund expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="48"/>
        <source>Resident requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="49"/>
        <source>Steps in handling requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="64"/>
        <source>Everything you record is saved safely on this computer, with a backup every day. Sending it to the community is not set up yet: once the community office sets up sync, the changes below will be sent automatically. You do not need to do anything now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="75"/>
        <source>Record book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="75"/>
        <source>Changes waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="87"/>
        <source>Connection to the community (not set up yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="92"/>
        <source>The community office will give you the server address and an enrollment code when sync is introduced. These fields open then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="99"/>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="103"/>
        <source>given by the community office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="101"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="105"/>
        <source>Enrollment code</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/pages/sync.py" line="127"/>
        <source>%n change(s) wait to be sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="129"/>
        <source>No changes wait to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
