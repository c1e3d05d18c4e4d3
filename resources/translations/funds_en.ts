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
        <location filename="../../ui/funds_allocation_dialog.ui" line="95"/>
        <source>e.g. 1,200.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funds_allocation_dialog.ui" line="123"/>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funds_allocation_dialog.ui" line="150"/>
        <source>e.g. 区委组织部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funds_allocation_dialog.ui" line="169"/>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/dialogs.py" line="267"/>
        <source>Allocation saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmountField</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/dialogs.py" line="70"/>
        <source>In capitals: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/entries.py" line="86"/>
        <source>Expense entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/entries.py" line="93"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/entries.py" line="94"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/entries.py" line="97"/>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/entries.py" line="100"/>
        <source>Spent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/entries.py" line="101"/>
        <source>Paid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/entries.py" line="102"/>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/entries.py" line="105"/>
        <source>Over the allocation because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/entries.py" line="107"/>
        <source>Reversal, because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/entries.py" line="125"/>
        <source>Receipts (double-click to open):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/entries.py" line="132"/>
        <source>Reverse this entry…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpenseDialog</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/dialogs.py" line="189"/>
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
        <location filename="../../ui/funds_expense_dialog.ui" line="106"/>
        <source>&amp;Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funds_expense_dialog.ui" line="138"/>
        <source>e.g. 1,200.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funds_expense_dialog.ui" line="166"/>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/dialogs.py" line="91"/>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funds_expense_dialog.ui" line="205"/>
        <source>&amp;Spent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funds_expense_dialog.ui" line="232"/>
        <source>e.g. July 1st activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funds_expense_dialog.ui" line="251"/>
        <source>Paid &amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funds_expense_dialog.ui" line="278"/>
        <source>shop or person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funds_expense_dialog.ui" line="297"/>
        <source>Appro&amp;ved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funds_expense_dialog.ui" line="387"/>
        <source>Add photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funds_expense_dialog.ui" line="394"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funds_expense_dialog.ui" line="340"/>
        <source>&amp;Receipts (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/dialogs.py" line="119"/>
        <source>Choose receipt photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/dialogs.py" line="121"/>
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
        <location filename="../../linju_desktop/gui/pages/funds/dialogs.py" line="178"/>
        <source>Expense saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundsPage</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="55"/>
        <source>Funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="61"/>
        <source>Public notice of the funds {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="64"/>
        <source>Funds ledger {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="78"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="81"/>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="151"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="88"/>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="94"/>
        <source>Payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="95"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="96"/>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="99"/>
        <source>Receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="108"/>
        <source>reversal {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="114"/>
        <source>Reverses: {purpose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="118"/>
        <source>[reversed] {purpose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="137"/>
        <source>Add expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="138"/>
        <source>Record money spent, with its receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="144"/>
        <source>Reverse selected entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="145"/>
        <source>Cancel a wrong entry with a reversing entry; the original stays visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="160"/>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="162"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="175"/>
        <source>Set allocation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="176"/>
        <source>Enter the year&apos;s allocation as the district gave it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="194"/>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="196"/>
        <source>Whole year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="244"/>
        <source>source not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="246"/>
        <source>{year} allocation: {amount} yuan (from {source})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="252"/>
        <source>No allocation entered for {year} yet: press “Set allocation…”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="257"/>
        <source>Overdrawn by {amount} yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="261"/>
        <source>Balance: {amount} yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="264"/>
        <source>spent {amount} yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="274"/>
        <source>used {used} yuan, {left} yuan left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="281"/>
        <source>{used} yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="314"/>
        <source>Reverse an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="315"/>
        <source>First click the wrong entry in the list, then press this button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="326"/>
        <source>Cannot reverse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverdrawPrompt</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/dialogs.py" line="198"/>
        <source>Over the year&apos;s allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/dialogs.py" line="205"/>
        <source>&amp;Why must it be spent anyway? (e.g. agreed by the committee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/dialogs.py" line="214"/>
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
        <location filename="../../ui/funds_reverse_dialog.ui" line="110"/>
        <source>e.g. amount typed wrongly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/funds_reverse_dialog.ui" line="83"/>
        <source>&amp;Why reverse it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/entries.py" line="55"/>
        <source>Reverse it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/entries.py" line="64"/>
        <source>Say why the entry is reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/entries.py" line="70"/>
        <source>Cannot reverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/entries.py" line="74"/>
        <source>Entry reversed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
