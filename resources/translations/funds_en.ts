<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AllocationDialog</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="647"/>
        <source>Allocation for {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="652"/>
        <source>Enter the amount exactly as in the district&apos;s notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="658"/>
        <source>&amp;Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="662"/>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="663"/>
        <source>e.g. 区委组织部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="665"/>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="688"/>
        <source>Allocation saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmountField</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="466"/>
        <source>e.g. 1,200.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="491"/>
        <source>In capitals: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="769"/>
        <source>Expense entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="776"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="777"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="780"/>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="783"/>
        <source>Spent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="784"/>
        <source>Paid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="785"/>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="788"/>
        <source>Over the allocation because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="790"/>
        <source>Reversal, because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="808"/>
        <source>Receipts (double-click to open):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="815"/>
        <source>Reverse this entry…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpenseDialog</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="505"/>
        <source>Add expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="511"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="513"/>
        <source>&amp;Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="516"/>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="519"/>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="522"/>
        <source>&amp;Spent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="522"/>
        <source>e.g. July 1st activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="523"/>
        <source>Paid &amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="523"/>
        <source>shop or person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="524"/>
        <source>Appro&amp;ved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="532"/>
        <source>Add photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="534"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="540"/>
        <source>&amp;Receipts (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="564"/>
        <source>Choose receipt photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="566"/>
        <source>Photos and scans (*.jpg *.jpeg *.png *.heic *.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="606"/>
        <source>No allocation has been entered for {year} yet. If the district has given it, press Cancel and enter it first (Set allocation…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="611"/>
        <source>Not saved: over the allocation without a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="618"/>
        <source>Expense saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="633"/>
        <source>Receipt not added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundsPage</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="86"/>
        <source>Funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="92"/>
        <source>Public notice of the funds {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="95"/>
        <source>Funds ledger {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="109"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="112"/>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="194"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="119"/>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="125"/>
        <source>Payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="126"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="127"/>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="130"/>
        <source>Receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="139"/>
        <source>reversal {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="145"/>
        <source>Reverses: {purpose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="149"/>
        <source>[reversed] {purpose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="180"/>
        <source>Add expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="181"/>
        <source>Record money spent, with its receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="187"/>
        <source>Reverse selected entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="188"/>
        <source>Cancel a wrong entry with a reversing entry; the original stays visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="203"/>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="205"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="218"/>
        <source>Set allocation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="219"/>
        <source>Enter the year&apos;s allocation as the district gave it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="231"/>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="233"/>
        <source>Whole year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="289"/>
        <source>source not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="291"/>
        <source>{year} allocation: {amount} yuan (from {source})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="297"/>
        <source>No allocation entered for {year} yet: press “Set allocation…”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="302"/>
        <source>Overdrawn by {amount} yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="307"/>
        <source>Balance: {amount} yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="309"/>
        <source>spent {amount} yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="319"/>
        <source>used {used} yuan, {left} yuan left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="326"/>
        <source>{used} yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="359"/>
        <source>Reverse an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="360"/>
        <source>First click the wrong entry in the list, then press this button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="378"/>
        <source>Cannot reverse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverdrawPrompt</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="425"/>
        <source>Over the year&apos;s allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="432"/>
        <source>&amp;Why must it be spent anyway? (e.g. agreed by the committee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="441"/>
        <source>Record it anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReverseDialog</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="711"/>
        <source>Reverse an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="714"/>
        <source>This entry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="722"/>
        <source>A reversing entry of {amount} yuan will be added. The wrong entry stays in the list, marked as reversed; the balance goes back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="729"/>
        <source>e.g. amount typed wrongly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="730"/>
        <source>&amp;Why reverse it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="733"/>
        <source>Reverse it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="745"/>
        <source>Say why the entry is reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="753"/>
        <source>Cannot reverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="757"/>
        <source>Entry reversed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
