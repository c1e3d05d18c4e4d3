<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="112"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="118"/>
        <source>Yearly summary {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="139"/>
        <source>Search members, requests and minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="140"/>
        <source>Search everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="178"/>
        <source>Today is {date}, {weekday}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="195"/>
        <source>All is well — nothing needs your attention right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="202"/>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="203"/>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="204"/>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="205"/>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="206"/>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="207"/>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="208"/>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/pages/home.py" line="235"/>
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="237"/>
        <source>Open the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="259"/>
        <source>Resident requests past or near their time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/pages/home.py" line="262"/>
        <source>%n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/pages/home.py" line="264"/>
        <source>%n due within 48 hours</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="277"/>
        <source>Open this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/pages/home.py" line="286"/>
        <source>overdue by %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/pages/home.py" line="287"/>
        <source>overdue by %n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/pages/home.py" line="288"/>
        <source>%n hour(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="299"/>
        <source>Meetings not yet held in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="300"/>
        <source>A reminder from the rhythm set in Settings, not a ranking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="302"/>
        <source>{meeting} — by {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="305"/>
        <source>Open the meetings page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="314"/>
        <source>Probationary members whose year ends within 60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="316"/>
        <source>Prepare the branch meeting on their full membership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="318"/>
        <source>{name}, joined {joined}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="324"/>
        <source> — probation ends {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="325"/>
        <source>Open this member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="333"/>
        <source>Membership transfers waiting for their receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="335"/>
        <source>{name} → {org}, letter issued {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="338"/>
        <source>Open this transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="347"/>
        <source>Branch funds {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="348"/>
        <source>Allocated {alloc} yuan, used {spent} yuan, left {left} yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="355"/>
        <source>Overdrawn by {amount} yuan: please check with the community.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="359"/>
        <source>Open the funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="372"/>
        <source>Changes not yet sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/pages/home.py" line="375"/>
        <source>%n change(s) are kept safely on this computer and will be sent once sync is set up.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="382"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="391"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="392"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="393"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="407"/>
        <source>Nothing found for “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
