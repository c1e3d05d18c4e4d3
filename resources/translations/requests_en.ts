<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/actions.py" line="83"/>
        <source>{action}: request {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/actions.py" line="94"/>
        <source>&amp;Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/actions.py" line="98"/>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/actions.py" line="103"/>
        <source>The time limit follows the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/actions.py" line="106"/>
        <source>Handled &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/actions.py" line="108"/>
        <source>&amp;Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/actions.py" line="114"/>
        <source>choose or type a department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/actions.py" line="115"/>
        <source>&amp;Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/actions.py" line="120"/>
        <source>&amp;Why is it returned?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/actions.py" line="124"/>
        <source>What was done, and what came of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/actions.py" line="125"/>
        <source>&amp;Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/actions.py" line="127"/>
        <source>The resident is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/actions.py" line="128"/>
        <source>&amp;What the resident said (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/actions.py" line="130"/>
        <source>&amp;What is still to be done?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/actions.py" line="132"/>
        <source>&amp;Why archive although the resident was unsatisfied?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/actions.py" line="238"/>
        <source>Cannot do this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/actions.py" line="227"/>
        <source>Request {number}: {action} done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../ui/requests_intake_dialog.ui" line="14"/>
        <source>Register a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_intake_dialog.ui" line="53"/>
        <source>&amp;Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_intake_dialog.ui" line="66"/>
        <source>name, or 匿名 if they prefer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_intake_dialog.ui" line="79"/>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_intake_dialog.ui" line="92"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_intake_dialog.ui" line="130"/>
        <location filename="../../ui/requests_intake_dialog.ui" line="149"/>
        <source>building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_intake_dialog.ui" line="156"/>
        <location filename="../../ui/requests_intake_dialog.ui" line="175"/>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_intake_dialog.ui" line="182"/>
        <location filename="../../ui/requests_intake_dialog.ui" line="201"/>
        <source>room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_intake_dialog.ui" line="102"/>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_intake_dialog.ui" line="224"/>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_intake_dialog.ui" line="263"/>
        <source>What does the resident ask for? Where, since when?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_intake_dialog.ui" line="241"/>
        <source>&amp;What is asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_intake_dialog.ui" line="270"/>
        <source>&amp;Came by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/intake.py" line="49"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_intake_dialog.ui" line="287"/>
        <source>At &amp;meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/intake.py" line="93"/>
        <source>Request {number} registered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/actions.py" line="53"/>
        <source>type a name to search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/detail.py" line="60"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/detail.py" line="65"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/detail.py" line="65"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/detail.py" line="65"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/detail.py" line="65"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/detail.py" line="75"/>
        <location filename="../../linju_desktop/gui/pages/requests/detail.py" line="168"/>
        <source>Next step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/detail.py" line="100"/>
        <source>Request {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/detail.py" line="102"/>
        <source>Request {number} — {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/pages/requests/detail.py" line="110"/>
        <source>Overdue by %n day(s): it was due {due}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/pages/requests/detail.py" line="112"/>
        <source>Overdue by %n hour(s): it was due {due}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/detail.py" line="129"/>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/detail.py" line="130"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/detail.py" line="131"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/detail.py" line="132"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/detail.py" line="133"/>
        <source>Came by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/detail.py" line="134"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/detail.py" line="135"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/detail.py" line="136"/>
        <source>What is asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/detail.py" line="137"/>
        <source>Handled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/detail.py" line="138"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/detail.py" line="140"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/detail.py" line="168"/>
        <source>Archived: nothing more to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/detail.py" line="180"/>
        <source>Registered the request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="67"/>
        <source>Resident requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="75"/>
        <source>Handling sheet of request {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="77"/>
        <source>Handling sheet of the selected request (select one first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="81"/>
        <source>The three lists {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="83"/>
        <source>Problem list {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="87"/>
        <source>Task list {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="91"/>
        <source>Result list {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="99"/>
        <source>Search by number, resident, building or what was asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="109"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="112"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="117"/>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="120"/>
        <source>Building-unit-room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="127"/>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="204"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="134"/>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="200"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="139"/>
        <source>Handled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="140"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="143"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="159"/>
        <source>{time} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="175"/>
        <source>Register a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="176"/>
        <source>Write down what a resident asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="208"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="215"/>
        <source>All ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="216"/>
        <source>Overdue ({n})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
