<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/dialog.py" line="84"/>
        <location filename="../../linju_desktop/gui/pages/meetings/dialog.py" line="174"/>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="34"/>
        <source>&amp;Kind of meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="72"/>
        <source>Party &amp;group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="110"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="167"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="195"/>
        <location filename="../../ui/meetings_dialog.ui" line="198"/>
        <source>Filled in for you; change it if you like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="251"/>
        <source> people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="217"/>
        <source>Residents present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="304"/>
        <source>Names of attendees who are not branch members, e.g. property company staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="267"/>
        <source>Other attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="322"/>
        <source>Who came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="339"/>
        <source>Everyone present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="373"/>
        <source>First choose the kind of meeting: the list of who should come appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="479"/>
        <location filename="../../ui/meetings_dialog.ui" line="529"/>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="401"/>
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="445"/>
        <source>&amp;Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="495"/>
        <source>&amp;Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="545"/>
        <source>&amp;Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="583"/>
        <source>&amp;Recorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="621"/>
        <source>&amp;Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="658"/>
        <source>One item a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="671"/>
        <source>&amp;Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="708"/>
        <source>What was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="721"/>
        <source>De&amp;cisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="758"/>
        <source>What was decided, and the votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="774"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="793"/>
        <source>What is to be done, by whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/dialog.py" line="92"/>
        <source>(not linked to a resident request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="805"/>
        <source>Linked resident request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="818"/>
        <source>Add follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="837"/>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="849"/>
        <source>Double-click a photo to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="882"/>
        <source>Add photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="889"/>
        <source>or drag photos from a folder onto this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="927"/>
        <source>Addenda (corrections after finalising)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="980"/>
        <source>Write the correction or addition here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="1009"/>
        <source>Add addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="1037"/>
        <source>Finalise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="1031"/>
        <location filename="../../ui/meetings_dialog.ui" line="1034"/>
        <source>Save and lock the record; later corrections go into addenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="1057"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/dialog.py" line="230"/>
        <location filename="../../ui/meetings_dialog.ui" line="1073"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/dialog.py" line="147"/>
        <source>Meeting: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/dialog.py" line="149"/>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/addenda.py" line="39"/>
        <source>No addenda yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/followups.py" line="23"/>
        <source> (request {number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/dialog.py" line="230"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/dialog.py" line="242"/>
        <source>This record was finalised on {date} and can no longer be changed. To correct or add something, write an addendum below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/dialog.py" line="307"/>
        <source>Expected {expected}, present {present}, absent {absent}, non-voting {non_voting}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/dialog.py" line="322"/>
        <source>No full members with a vote on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/dialog.py" line="327"/>
        <source>Quorum reached: {present} present of {total} ({required} needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/dialog.py" line="329"/>
        <source>Quorum NOT reached: {present} present of {total} ({required} needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/dialog.py" line="333"/>
        <source>Counted: full members with a vote; probationary and non-voting do not count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/followups.py" line="32"/>
        <source>Write what is to be done first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/photos.py" line="70"/>
        <source>Choose photos of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/photos.py" line="72"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/pages/meetings/dialog.py" line="195"/>
        <source>%n photo(s) will be kept when you save</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/dialog.py" line="463"/>
        <source>Meeting saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/dialog.py" line="478"/>
        <source>Finalise the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/dialog.py" line="480"/>
        <source>After finalising, this record can no longer be edited; corrections can only be added as addenda.

Finalise it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/dialog.py" line="460"/>
        <source>Meeting record finalised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/addenda.py" line="57"/>
        <source>Addendum added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/dialog.py" line="492"/>
        <source>Close without saving?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/dialog.py" line="493"/>
        <source>What you entered in this meeting record has not been saved. Close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/page.py" line="25"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/page.py" line="32"/>
        <source>Minutes of “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/page.py" line="34"/>
        <source>Minutes of the selected meeting (select one first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/page.py" line="39"/>
        <location filename="../../linju_desktop/gui/pages/meetings/page.py" line="43"/>
        <source>Register of meetings {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/page.py" line="49"/>
        <source>Search titles, places, agendas and minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/page.py" line="54"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/page.py" line="57"/>
        <location filename="../../linju_desktop/gui/pages/meetings/page.py" line="126"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/page.py" line="64"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/page.py" line="65"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/page.py" line="67"/>
        <source>Present / expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/page.py" line="69"/>
        <source>Quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/page.py" line="72"/>
        <location filename="../../linju_desktop/gui/pages/meetings/page.py" line="133"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/page.py" line="78"/>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/page.py" line="86"/>
        <source>{n} residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/page.py" line="91"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/page.py" line="91"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/page.py" line="117"/>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/page.py" line="118"/>
        <source>Record a meeting: kind and date first, then who came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/page.py" line="130"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterList</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/roster.py" line="64"/>
        <source>Present (tick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/roster.py" line="64"/>
        <source>Reason if absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/roster.py" line="64"/>
        <location filename="../../linju_desktop/gui/pages/meetings/roster.py" line="88"/>
        <source>Non-voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/roster.py" line="77"/>
        <source>probationary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/roster.py" line="82"/>
        <source>(choose a reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/roster.py" line="84"/>
        <source>Reason for {name}&apos;s absence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
