<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../linju_desktop/gui/first_run.py" line="37"/>
        <location filename="../../linju_desktop/gui/first_run.py" line="80"/>
        <source>Welcome to Linju</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/first_run.py" line="51"/>
        <source>Skip setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/first_run.py" line="52"/>
        <source>Start with an empty record book; everything can be set later in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/first_run.py" line="57"/>
        <source>&lt; Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/first_run.py" line="59"/>
        <location filename="../../linju_desktop/gui/first_run.py" line="192"/>
        <source>Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/first_run.py" line="84"/>
        <source>Linju is the record book of your party branch: members, meetings, funds and residents&apos; requests. Everything stays on this computer.

Three short steps, and you can start. Write your branch&apos;s name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/first_run.py" line="94"/>
        <source>Branch &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/first_run.py" line="95"/>
        <source>e.g. 幸福里小区综合党支部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/first_run.py" line="99"/>
        <source>Co&amp;mmunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/first_run.py" line="100"/>
        <source>e.g. 幸福里社区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/first_run.py" line="104"/>
        <source>&amp;Street (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/first_run.py" line="109"/>
        <source>&amp;District (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/first_run.py" line="120"/>
        <source>Branch funds for {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/first_run.py" line="124"/>
        <source>How much did the district allocate to your branch this year? If you are not sure, keep the usual amount; it can be changed on the Funds page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/first_run.py" line="133"/>
        <source>&amp;Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/first_run.py" line="150"/>
        <source>In capitals: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/first_run.py" line="155"/>
        <source>Your members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/first_run.py" line="159"/>
        <source>If you already keep a roster in Excel or a CSV file, Linju can read it now. Each row is checked, and you will see which rows need a look.

You can also do this later on the Members page, or type the members in by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/first_run.py" line="168"/>
        <source>Read the roster from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/first_run.py" line="169"/>
        <source>Excel (.xlsx) or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/first_run.py" line="189"/>
        <source>Step {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/first_run.py" line="192"/>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/first_run.py" line="208"/>
        <source>Setup finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/first_run.py" line="246"/>
        <source>district</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/first_run.py" line="264"/>
        <source>%n member(s) are now on the roster. Press Finish to start.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
