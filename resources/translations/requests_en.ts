<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="500"/>
        <source>{action}: request {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="511"/>
        <source>&amp;Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="515"/>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="520"/>
        <source>The time limit follows the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="523"/>
        <source>Handled &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="525"/>
        <source>&amp;Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="531"/>
        <source>choose or type a department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="532"/>
        <source>&amp;Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="537"/>
        <source>&amp;Why is it returned?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="541"/>
        <source>What was done, and what came of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="542"/>
        <source>&amp;Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="544"/>
        <source>The resident is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="545"/>
        <source>&amp;What the resident said (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="547"/>
        <source>&amp;What is still to be done?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="549"/>
        <source>&amp;Why archive although the resident was unsatisfied?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="631"/>
        <source>Cannot do this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="643"/>
        <source>Request {number}: {action} done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="345"/>
        <source>Register a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="352"/>
        <source>&amp;Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="353"/>
        <source>name, or 匿名 if they prefer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="355"/>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="355"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="363"/>
        <source>building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="364"/>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="365"/>
        <source>room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="374"/>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="378"/>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="383"/>
        <source>What does the resident ask for? Where, since when?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="385"/>
        <source>&amp;What is asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="388"/>
        <source>&amp;Came by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="397"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="399"/>
        <source>At &amp;meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="451"/>
        <source>Request {number} registered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="470"/>
        <source>type a name to search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="675"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="680"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="680"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="680"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="680"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="690"/>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="783"/>
        <source>Next step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="715"/>
        <source>Request {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="717"/>
        <source>Request {number} — {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/pages/requests.py" line="725"/>
        <source>Overdue by %n day(s): it was due {due}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/pages/requests.py" line="727"/>
        <source>Overdue by %n hour(s): it was due {due}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="744"/>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="745"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="746"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="747"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="748"/>
        <source>Came by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="749"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="750"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="751"/>
        <source>What is asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="752"/>
        <source>Handled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="753"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="755"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="783"/>
        <source>Archived: nothing more to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="793"/>
        <source>Registered the request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="138"/>
        <source>Resident requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="143"/>
        <source>Search by number, resident, building or what was asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="153"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="156"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="161"/>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="164"/>
        <source>Building-unit-room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="171"/>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="246"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="178"/>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="242"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="183"/>
        <source>Handled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="184"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="187"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="203"/>
        <source>{time} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="217"/>
        <source>Register a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="218"/>
        <source>Write down what a resident asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="257"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="264"/>
        <source>All ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="265"/>
        <source>Overdue ({n})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
