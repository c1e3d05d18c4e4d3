<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="257"/>
        <source>Member: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="14"/>
        <source>Add a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="72"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="95"/>
        <source>&amp;ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="108"/>
        <source>18 digits; the last may be X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="117"/>
        <location filename="../../ui/members_member_dialog.ui" line="120"/>
        <source>Birth date and gender are read from the ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="141"/>
        <source>&amp;Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="154"/>
        <source>11 digits, or a landline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="164"/>
        <source>&amp;Joined the Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="177"/>
        <source>e.g. 1985-07-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="187"/>
        <source>&amp;Full membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="200"/>
        <source>blank while probationary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="210"/>
        <source>Ca&amp;tegory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="265"/>
        <source>(from the dates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="227"/>
        <source>Party &amp;group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="247"/>
        <source>&amp;Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="267"/>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="287"/>
        <source>&amp;Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="310"/>
        <source>More details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="352"/>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="375"/>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="395"/>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="425"/>
        <source>Party-member centre household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="445"/>
        <source>In-service member reporting to the community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="452"/>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="472"/>
        <source>Mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="489"/>
        <source>Gone to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="509"/>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="292"/>
        <source>Record leaving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="306"/>
        <source>Birth date and gender will be read from the ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="314"/>
        <source>Born {date}, {gender}, aged {age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="356"/>
        <source>Saved — please check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="357"/>
        <source>Member saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="374"/>
        <location filename="../../linju_desktop/gui/pages/members.py" line="381"/>
        <location filename="../../linju_desktop/gui/pages/members.py" line="390"/>
        <source>Record leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="375"/>
        <source>Why does the member leave (transfer out, death, ...)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="382"/>
        <source>The member stays in the history but leaves the roster. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="45"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="49"/>
        <source>Roster of members (ID numbers masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="50"/>
        <source>Roster with FULL ID numbers (keep safe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="57"/>
        <source>Search by name, pinyin initials (e.g. zsf), building or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="64"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="67"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="74"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="82"/>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="86"/>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="89"/>
        <location filename="../../linju_desktop/gui/pages/members.py" line="174"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="96"/>
        <location filename="../../linju_desktop/gui/pages/members.py" line="176"/>
        <source>Party group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="102"/>
        <source>Building / unit / room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="109"/>
        <source>Party standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="115"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="121"/>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="123"/>
        <source>centre household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="126"/>
        <source>reporting from {employer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="145"/>
        <source>Add a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="146"/>
        <source>Enter a new member by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="153"/>
        <source>Import roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="154"/>
        <source>Read members from an Excel or CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="160"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="160"/>
        <source>Save the roster as Excel or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="164"/>
        <source>Show full ID numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="165"/>
        <source>ID numbers are hidden by default to protect members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="170"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="171"/>
        <source>On the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="171"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="178"/>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="215"/>
        <source>Export the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="217"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/pages/members.py" line="227"/>
        <source>Exported %n member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="228"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
