<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/first_run.ui" line="14"/>
        <location filename="../../ui/first_run.ui" line="55"/>
        <source>Welcome to Linju</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="419"/>
        <source>Skip setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="422"/>
        <location filename="../../ui/first_run.ui" line="425"/>
        <source>Start with an empty record book; everything can be set later in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="451"/>
        <source>&lt; Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/first_run.py" line="84"/>
        <location filename="../../ui/first_run.ui" line="464"/>
        <source>Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="68"/>
        <source>Linju is the record book of your party branch: members, meetings, funds and residents&apos; requests. Everything stays on this computer.

Three short steps, and you can start. Write your branch&apos;s name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="101"/>
        <source>Branch &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="114"/>
        <source>e.g. 幸福里小区综合党支部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="124"/>
        <source>Co&amp;mmunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="137"/>
        <source>e.g. 幸福里社区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="147"/>
        <source>&amp;Street (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="167"/>
        <source>&amp;District (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="219"/>
        <source>Branch funds for {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="232"/>
        <source>How much did the district allocate to your branch this year? If you are not sure, keep the usual amount; it can be changed on the Funds page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="263"/>
        <source>&amp;Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/first_run.py" line="74"/>
        <source>In capitals: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="329"/>
        <source>Your members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="342"/>
        <source>If you already keep a roster in Excel or a CSV file, Linju can read it now. Each row is checked, and you will see which rows need a look.

You can also do this later on the Members page, or type the members in by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="356"/>
        <source>Read the roster from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="359"/>
        <location filename="../../ui/first_run.ui" line="362"/>
        <source>Excel (.xlsx) or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/first_run.py" line="81"/>
        <source>Step {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/first_run.py" line="84"/>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/first_run.py" line="97"/>
        <source>Setup finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/first_run.py" line="146"/>
        <source>district</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/first_run.py" line="164"/>
        <source>%n member(s) are now on the roster. Press Finish to start.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
