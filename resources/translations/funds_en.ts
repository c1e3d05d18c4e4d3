<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AllocationDialog</name>
    <message>
        <location filename="../../ui/funds_allocation_dialog.ui" line="14"/>
        <source>Allocation for {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funds_allocation_dialog.ui" line="32"/>
        <source>Enter the amount exactly as in the district&apos;s notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funds_allocation_dialog.ui" line="63"/>
        <source>&amp;Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funds_allocation_dialog.ui" line="91"/>
        <source>e.g. 1,200.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funds_allocation_dialog.ui" line="111"/>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funds_allocation_dialog.ui" line="124"/>
        <source>e.g. 区委组织部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funds_allocation_dialog.ui" line="134"/>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/dialogs.py" line="270"/>
        <source>Allocation saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmountField</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/dialogs.py" line="63"/>
        <source>In capitals: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/entries.py" line="103"/>
        <source>Expense entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/entries.py" line="110"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/entries.py" line="111"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/entries.py" line="114"/>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/entries.py" line="117"/>
        <source>Spent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/entries.py" line="118"/>
        <source>Paid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/entries.py" line="119"/>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/entries.py" line="122"/>
        <source>Over the allocation because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/entries.py" line="124"/>
        <source>Reversal, because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/entries.py" line="142"/>
        <source>Receipts (double-click to open):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/entries.py" line="149"/>
        <source>Reverse this entry…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpenseDialog</name>
    <message>
        <location filename="../../ui/funds_expense_dialog.ui" line="14"/>
        <source>Add expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funds_expense_dialog.ui" line="53"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funds_expense_dialog.ui" line="83"/>
        <source>&amp;Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funds_expense_dialog.ui" line="111"/>
        <source>e.g. 1,200.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funds_expense_dialog.ui" line="131"/>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/dialogs.py" line="88"/>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funds_expense_dialog.ui" line="148"/>
        <source>&amp;Spent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funds_expense_dialog.ui" line="161"/>
        <source>e.g. July 1st activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funds_expense_dialog.ui" line="171"/>
        <source>Paid &amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funds_expense_dialog.ui" line="184"/>
        <source>shop or person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funds_expense_dialog.ui" line="194"/>
        <source>Appro&amp;ved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funds_expense_dialog.ui" line="254"/>
        <source>Add photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funds_expense_dialog.ui" line="261"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funds_expense_dialog.ui" line="214"/>
        <source>&amp;Receipts (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/dialogs.py" line="117"/>
        <source>Choose receipt photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/dialogs.py" line="119"/>
        <source>Photos and scans (*.jpg *.jpeg *.png *.heic *.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/dialogs.py" line="166"/>
        <source>No allocation has been entered for {year} yet. If the district has given it, press Cancel and enter it first (Set allocation…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/dialogs.py" line="171"/>
        <source>Not saved: over the allocation without a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/dialogs.py" line="177"/>
        <source>Expense saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundsPage</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="54"/>
        <source>Funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="60"/>
        <source>Public notice of the funds {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="63"/>
        <source>Funds ledger {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="77"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="80"/>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="150"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="87"/>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="93"/>
        <source>Payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="94"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="95"/>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="98"/>
        <source>Receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="107"/>
        <source>reversal {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="113"/>
        <source>Reverses: {purpose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="117"/>
        <source>[reversed] {purpose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="136"/>
        <source>Add expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="137"/>
        <source>Record money spent, with its receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="143"/>
        <source>Reverse selected entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="144"/>
        <source>Cancel a wrong entry with a reversing entry; the original stays visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="159"/>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="161"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="174"/>
        <source>Set allocation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="175"/>
        <source>Enter the year&apos;s allocation as the district gave it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="193"/>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="195"/>
        <source>Whole year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="243"/>
        <source>source not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="245"/>
        <source>{year} allocation: {amount} yuan (from {source})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="251"/>
        <source>No allocation entered for {year} yet: press “Set allocation…”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="256"/>
        <source>Overdrawn by {amount} yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="260"/>
        <source>Balance: {amount} yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="263"/>
        <source>spent {amount} yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="273"/>
        <source>used {used} yuan, {left} yuan left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="280"/>
        <source>{used} yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="313"/>
        <source>Reverse an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="314"/>
        <source>First click the wrong entry in the list, then press this button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="325"/>
        <source>Cannot reverse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverdrawPrompt</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/dialogs.py" line="195"/>
        <source>Over the year&apos;s allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/dialogs.py" line="202"/>
        <source>&amp;Why must it be spent anyway? (e.g. agreed by the committee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/dialogs.py" line="211"/>
        <source>Record it anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReverseDialog</name>
    <message>
        <location filename="../../ui/funds_reverse_dialog.ui" line="14"/>
        <source>Reverse an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funds_reverse_dialog.ui" line="32"/>
        <source>This entry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funds_reverse_dialog.ui" line="55"/>
        <source>A reversing entry of {amount} yuan will be added. The wrong entry stays in the list, marked as reversed; the balance goes back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funds_reverse_dialog.ui" line="96"/>
        <source>e.g. amount typed wrongly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funds_reverse_dialog.ui" line="83"/>
        <source>&amp;Why reverse it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/entries.py" line="59"/>
        <source>Reverse it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/entries.py" line="70"/>
        <source>Say why the entry is reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/entries.py" line="91"/>
        <source>Cannot reverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/entries.py" line="85"/>
        <source>Entry reversed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
