<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message>
        <location filename="../../linju_desktop/gui/print_preview.py" line="82"/>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/print_preview.py" line="122"/>
        <source>Preparing the pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/print_preview.py" line="136"/>
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/print_preview.py" line="151"/>
        <location filename="../../linju_desktop/gui/print_preview.py" line="228"/>
        <source>Cannot print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/print_preview.py" line="198"/>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/print_preview.py" line="224"/>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/print_preview.py" line="224"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/print_preview.py" line="228"/>
        <source>The printer cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/print_preview.py" line="243"/>
        <source>Sent to the printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/print_preview.py" line="255"/>
        <source>PDF file (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/print_preview.py" line="255"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/print_preview.py" line="257"/>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/print_preview.py" line="269"/>
        <source>Saving {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/print_preview.py" line="278"/>
        <location filename="../../linju_desktop/gui/print_preview.py" line="279"/>
        <source>Saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/print_preview.py" line="285"/>
        <source>Not saved: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/print_preview.py" line="290"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/print_preview.py" line="303"/>
        <source>Print / export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../ui/print_preview.ui" line="9"/>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.ui" line="16"/>
        <source>◀ Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.ui" line="22"/>
        <location filename="../../ui/print_preview.ui" line="73"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.ui" line="28"/>
        <source>Page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.ui" line="40"/>
        <source>Next page ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.ui" line="51"/>
        <source>Smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.ui" line="57"/>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.ui" line="62"/>
        <source>Larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.ui" line="88"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.ui" line="97"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.ui" line="103"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.ui" line="108"/>
        <source>Save as Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.ui" line="118"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
