<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AllocationDialog</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="629"/>
        <source>Allocation for {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="634"/>
        <source>Enter the amount exactly as in the district&apos;s notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="640"/>
        <source>&amp;Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="644"/>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="645"/>
        <source>e.g. 区委组织部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="647"/>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="670"/>
        <source>Allocation saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmountField</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="454"/>
        <source>e.g. 1,200.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="479"/>
        <source>In capitals: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="751"/>
        <source>Expense entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="758"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="759"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="762"/>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="765"/>
        <source>Spent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="766"/>
        <source>Paid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="767"/>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="770"/>
        <source>Over the allocation because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="772"/>
        <source>Reversal, because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="790"/>
        <source>Receipts (double-click to open):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="797"/>
        <source>Reverse this entry…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpenseDialog</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="493"/>
        <source>Add expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="499"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="501"/>
        <source>&amp;Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="504"/>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="507"/>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="510"/>
        <source>&amp;Spent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="510"/>
        <source>e.g. July 1st activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="511"/>
        <source>Paid &amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="511"/>
        <source>shop or person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="512"/>
        <source>Appro&amp;ved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="520"/>
        <source>Add photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="522"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="528"/>
        <source>&amp;Receipts (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="552"/>
        <source>Choose receipt photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="554"/>
        <source>Photos and scans (*.jpg *.jpeg *.png *.heic *.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="593"/>
        <source>Not saved: over the allocation without a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="600"/>
        <source>Expense saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="615"/>
        <source>Receipt not added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundsPage</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="84"/>
        <source>Funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="97"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="100"/>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="182"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="107"/>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="113"/>
        <source>Payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="114"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="115"/>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="118"/>
        <source>Receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="127"/>
        <source>reversal {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="133"/>
        <source>Reverses: {purpose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="137"/>
        <source>[reversed] {purpose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="168"/>
        <source>Add expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="169"/>
        <source>Record money spent, with its receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="175"/>
        <source>Reverse selected entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="176"/>
        <source>Cancel a wrong entry with a reversing entry; the original stays visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="191"/>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="193"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="206"/>
        <source>Set allocation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="207"/>
        <source>Enter the year&apos;s allocation as the district gave it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="219"/>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="221"/>
        <source>Whole year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="277"/>
        <source>source not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="279"/>
        <source>{year} allocation: {amount} yuan (from {source})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="285"/>
        <source>No allocation entered for {year} yet: press “Set allocation…”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="290"/>
        <source>Overdrawn by {amount} yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="295"/>
        <source>Balance: {amount} yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="297"/>
        <source>spent {amount} yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="307"/>
        <source>used {used} yuan, {left} yuan left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="314"/>
        <source>{used} yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="347"/>
        <source>Reverse an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="348"/>
        <source>First click the wrong entry in the list, then press this button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="366"/>
        <source>Cannot reverse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverdrawPrompt</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="413"/>
        <source>Over the year&apos;s allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="420"/>
        <source>&amp;Why must it be spent anyway? (e.g. agreed by the committee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="429"/>
        <source>Record it anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReverseDialog</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="693"/>
        <source>Reverse an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="696"/>
        <source>This entry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="704"/>
        <source>A reversing entry of {amount} yuan will be added. The wrong entry stays in the list, marked as reversed; the balance goes back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="711"/>
        <source>e.g. amount typed wrongly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="712"/>
        <source>&amp;Why reverse it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="715"/>
        <source>Reverse it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="727"/>
        <source>Say why the entry is reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="735"/>
        <source>Cannot reverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds.py" line="739"/>
        <source>Entry reversed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
