<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="468"/>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="753"/>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="470"/>
        <source>&amp;Kind of meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="472"/>
        <source>Party &amp;group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="475"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="479"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="481"/>
        <source>Filled in for you; change it if you like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="485"/>
        <source> people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="487"/>
        <source>Residents present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="490"/>
        <source>Names of attendees who are not branch members, e.g. property company staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="494"/>
        <source>Other attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="497"/>
        <source>Who came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="499"/>
        <source>Everyone present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="520"/>
        <source>First choose the kind of meeting: the list of who should come appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="535"/>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="548"/>
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="550"/>
        <source>&amp;Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="551"/>
        <source>&amp;Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="553"/>
        <source>&amp;Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="554"/>
        <source>&amp;Recorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="556"/>
        <source>&amp;Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="556"/>
        <source>One item a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="557"/>
        <source>&amp;Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="557"/>
        <source>What was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="558"/>
        <source>De&amp;cisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="558"/>
        <source>What was decided, and the votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="568"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="574"/>
        <source>What is to be done, by whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="582"/>
        <source>(not linked to a resident request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="592"/>
        <source>Linked resident request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="593"/>
        <source>Add follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="606"/>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="616"/>
        <source>Double-click a photo to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="619"/>
        <source>Add photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="621"/>
        <source>or drag photos from a folder onto this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="639"/>
        <source>Addenda (corrections after finalising)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="652"/>
        <source>Write the correction or addition here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="660"/>
        <source>Add addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="671"/>
        <source>Finalise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="672"/>
        <source>Save and lock the record; later corrections go into addenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="675"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="676"/>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="836"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="720"/>
        <source>Meeting: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="722"/>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="788"/>
        <source>No addenda yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="794"/>
        <source> (request {number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="836"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="851"/>
        <source>This record was finalised on {date} and can no longer be changed. To correct or add something, write an addendum below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="916"/>
        <source>Expected {expected}, present {present}, absent {absent}, non-voting {non_voting}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="931"/>
        <source>No full members with a vote on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="936"/>
        <source>Quorum reached: {present} present of {total} ({required} needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="939"/>
        <source>Quorum NOT reached: {present} present of {total} ({required} needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="944"/>
        <source>Counted: full members with a vote; probationary and non-voting do not count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="955"/>
        <source>Write what is to be done first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="970"/>
        <source>Choose photos of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="972"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="989"/>
        <source>%n photo(s) will be kept when you save</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="1144"/>
        <source>Meeting saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="1150"/>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="1162"/>
        <source>Finalise the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="1152"/>
        <source>After finalising, this record can no longer be edited; corrections can only be added as addenda.

Finalise it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="1165"/>
        <source>Meeting record finalised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="1182"/>
        <source>Addendum added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="1188"/>
        <source>Close without saving?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="1189"/>
        <source>What you entered in this meeting record has not been saved. Close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="109"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="116"/>
        <source>Minutes of “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="118"/>
        <source>Minutes of the selected meeting (select one first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="123"/>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="127"/>
        <source>Register of meetings {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="133"/>
        <source>Search titles, places, agendas and minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="138"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="141"/>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="236"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="148"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="149"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="151"/>
        <source>Present / expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="153"/>
        <source>Quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="156"/>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="249"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="162"/>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="170"/>
        <source>{n} residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="175"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="175"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="227"/>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="228"/>
        <source>Record a meeting: kind and date first, then who came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="246"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterList</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="325"/>
        <source>Present (tick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="325"/>
        <source>Reason if absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="325"/>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="345"/>
        <source>Non-voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="334"/>
        <source>probationary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="339"/>
        <source>(choose a reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings.py" line="341"/>
        <source>Reason for {name}&apos;s absence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
