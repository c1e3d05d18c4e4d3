<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AllocationDialog</name>
    <message>
        <location filename="../../ui/funds_allocation_dialog.ui" line="14" />
        <source>Allocation for {year}</source>
        <translation>{year} 年度经费</translation>
    </message>
    <message>
        <location filename="../../ui/funds_allocation_dialog.ui" line="32" />
        <source>Enter the amount exactly as in the district's notice.</source>
        <translation>请按区里下达的通知如实填写金额。</translation>
    </message>
    <message>
        <location filename="../../ui/funds_allocation_dialog.ui" line="63" />
        <source>&amp;Amount (yuan)</source>
        <translation>金额（元）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/funds_allocation_dialog.ui" line="91" />
        <source>e.g. 1,200.50</source>
        <translation>例如：1,200.50</translation>
    </message>
    <message>
        <location filename="../../ui/funds_allocation_dialog.ui" line="111" />
        <source>&amp;From</source>
        <translation>下达单位(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/funds_allocation_dialog.ui" line="124" />
        <source>e.g. 区委组织部</source>
        <translation>例如：区委组织部</translation>
    </message>
    <message>
        <location filename="../../ui/funds_allocation_dialog.ui" line="134" />
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/dialogs.py" line="338" />
        <source>Allocation saved</source>
        <translation>年度经费已保存</translation>
    </message>
</context>
<context>
    <name>AmountField</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/dialogs.py" line="73" />
        <source>In capitals: {text}</source>
        <translation>大写：{text}</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/entries.py" line="108" />
        <source>Expense entry</source>
        <translation>支出记录</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/entries.py" line="116" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/entries.py" line="117" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/entries.py" line="120" />
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/entries.py" line="123" />
        <source>Spent on</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/entries.py" line="124" />
        <source>Paid to</source>
        <translation>收款方</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/entries.py" line="125" />
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/entries.py" line="128" />
        <source>Over the allocation because</source>
        <translation>超支原因</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/entries.py" line="130" />
        <source>Reversal, because</source>
        <translation>冲销原因</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/entries.py" line="136" />
        <source>Receipts</source>
        <translation>票据</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/entries.py" line="143" />
        <source>Receipts (double-click to open):</source>
        <translation>票据照片（双击打开）：</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/entries.py" line="154" />
        <source>Keep the original photos (larger files)</source>
        <translation>保留原图（文件较大）</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/entries.py" line="161" />
        <source>Add receipts…</source>
        <translation>补充票据…</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/entries.py" line="166" />
        <source>Reverse this entry…</source>
        <translation>冲销这笔账…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/pages/funds/entries.py" line="199" />
        <source>%n receipt(s) added</source>
        <translation>
            <numerusform>已补充 %n 张票据</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpenseDialog</name>
    <message>
        <location filename="../../ui/funds_expense_dialog.ui" line="14" />
        <source>Add expense</source>
        <translation>登记支出</translation>
    </message>
    <message>
        <location filename="../../ui/funds_expense_dialog.ui" line="53" />
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/funds_expense_dialog.ui" line="83" />
        <source>&amp;Amount (yuan)</source>
        <translation>金额（元）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/funds_expense_dialog.ui" line="111" />
        <source>e.g. 1,200.50</source>
        <translation>例如：1,200.50</translation>
    </message>
    <message>
        <location filename="../../ui/funds_expense_dialog.ui" line="154" />
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/dialogs.py" line="119" />
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../ui/funds_expense_dialog.ui" line="131" />
        <source>&amp;Spent on</source>
        <translation>用途(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/funds_expense_dialog.ui" line="144" />
        <source>e.g. July 1st activity</source>
        <translation>例如：七一主题党日活动</translation>
    </message>
    <message>
        <location filename="../../ui/funds_expense_dialog.ui" line="171" />
        <source>Paid &amp;to</source>
        <translation>收款方(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/funds_expense_dialog.ui" line="184" />
        <source>shop or person</source>
        <translation>商店或个人</translation>
    </message>
    <message>
        <location filename="../../ui/funds_expense_dialog.ui" line="194" />
        <source>Appro&amp;ved by</source>
        <translation>审批人(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/funds_expense_dialog.ui" line="254" />
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <location filename="../../ui/funds_expense_dialog.ui" line="261" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/funds_expense_dialog.ui" line="214" />
        <source>&amp;Receipts (optional)</source>
        <translation>票据照片（可不填）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/dialogs.py" line="133" />
        <source>Keep the original photos (larger files)</source>
        <translation>保留原图（文件较大）</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/dialogs.py" line="194" />
        <source>A date in the future</source>
        <translation>日期在今天之后</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/dialogs.py" line="195" />
        <source>The expense is dated {date}, after today. Save it anyway?</source>
        <translation>这笔支出的日期是 {date}，在今天之后。仍要保存吗？</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/dialogs.py" line="233" />
        <source>No allocation has been entered for {year} yet. If the district has given it, press Cancel and enter it first (Set allocation…).</source>
        <translation>尚未录入{year}年度的经费拨付。如区里已经下拨，请按“取消”，先录入拨付金额（设置年度拨付…）。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/dialogs.py" line="238" />
        <source>Not saved: over the allocation without a reason</source>
        <translation>未保存：超出年度经费且未填写原因</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/dialogs.py" line="244" />
        <source>Expense saved</source>
        <translation>支出已保存</translation>
    </message>
</context>
<context>
    <name>FundsPage</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="56" />
        <source>Funds</source>
        <translation>经费</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="62" />
        <source>Public notice of the funds {year}</source>
        <translation>{year}年经费使用公示</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="65" />
        <source>Funds ledger {year}</source>
        <translation>{year}年经费流水账</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="79" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="82" />
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="152" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="89" />
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="95" />
        <source>Payee</source>
        <translation>收款方</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="96" />
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="97" />
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="100" />
        <source>Receipts</source>
        <translation>票据</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="109" />
        <source>reversal {amount}</source>
        <translation>冲销 {amount}</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="115" />
        <source>Reverses: {purpose}</source>
        <translation>冲销：{purpose}</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="119" />
        <source>[reversed] {purpose}</source>
        <translation>【已冲销】{purpose}</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="138" />
        <source>Add expense</source>
        <translation>登记支出</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="139" />
        <source>Record money spent, with its receipts</source>
        <translation>登记一笔经费支出及票据</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="145" />
        <source>Reverse selected entry…</source>
        <translation>冲销选中的账…</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="146" />
        <source>Cancel a wrong entry with a reversing entry; the original stays visible</source>
        <translation>用一笔冲销记录更正录错的账，原记录仍然保留</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="161" />
        <source>&amp;Year</source>
        <translation>年度(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="163" />
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="176" />
        <source>Set allocation…</source>
        <translation>填写年度经费…</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="177" />
        <source>Enter the year's allocation as the district gave it</source>
        <translation>按区里下达的数额填写本年度经费</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="195" />
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="197" />
        <source>Whole year</source>
        <translation>全年合计</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="245" />
        <source>source not recorded</source>
        <translation>未填下达单位</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="247" />
        <source>{year} allocation: {amount} yuan (from {source})</source>
        <translation>{year} 年度经费：{amount} 元（{source}下达）</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="253" />
        <source>No allocation entered for {year} yet: press “Set allocation…”</source>
        <translation>还没有填写 {year} 年度经费：请点“填写年度经费…”</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="258" />
        <source>Overdrawn by {amount} yuan</source>
        <translation>已超支 {amount} 元</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="262" />
        <source>Balance: {amount} yuan</source>
        <translation>结余：{amount} 元</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="265" />
        <source>spent {amount} yuan</source>
        <translation>已支出 {amount} 元</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="275" />
        <source>used {used} yuan, {left} yuan left</source>
        <translation>已用 {used} 元，剩余 {left} 元</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="282" />
        <source>{used} yuan</source>
        <translation>{used} 元</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="315" />
        <source>Reverse an entry</source>
        <translation>冲销一笔账</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="316" />
        <source>First click the wrong entry in the list, then press this button.</source>
        <translation>请先在下面的列表中点一下录错的那笔账，再按这个按钮。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="327" />
        <source>Cannot reverse</source>
        <translation>不能冲销</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="339" />
        <source>No expenses in {year} yet. Record the first one with its receipts; enter the year's allocation with “Set allocation…” when the district has given it.</source>
        <translation>{year}年还没有支出。记下第一笔支出并附上票据；上级下拨经费后，用“填写年度经费…”录入。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/page.py" line="342" />
        <source>Add the first expense</source>
        <translation>记第一笔支出</translation>
    </message>
</context>
<context>
    <name>OverdrawPrompt</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/dialogs.py" line="262" />
        <source>Over the year's allocation</source>
        <translation>超出年度经费</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/dialogs.py" line="270" />
        <source>&amp;Why must it be spent anyway? (e.g. agreed by the committee)</source>
        <translation>为什么仍需支出？（例如：经支委会研究同意）(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/dialogs.py" line="279" />
        <source>Record it anyway</source>
        <translation>仍然登记</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/dialogs.py" line="81" />
        <source>Choose receipt photos</source>
        <translation>选择票据照片</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/dialogs.py" line="83" />
        <source>Photos and scans (*.jpg *.jpeg *.png *.heic *.webp *.pdf);;All files (*)</source>
        <translation>照片和扫描件 (*.jpg *.jpeg *.png *.heic *.webp *.pdf);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ReverseDialog</name>
    <message>
        <location filename="../../ui/funds_reverse_dialog.ui" line="14" />
        <source>Reverse an entry</source>
        <translation>冲销一笔账</translation>
    </message>
    <message>
        <location filename="../../ui/funds_reverse_dialog.ui" line="32" />
        <source>This entry:</source>
        <translation>这笔账：</translation>
    </message>
    <message>
        <location filename="../../ui/funds_reverse_dialog.ui" line="55" />
        <source>A reversing entry of {amount} yuan will be added. The wrong entry stays in the list, marked as reversed; the balance goes back up.</source>
        <translation>将增加一笔 {amount} 元的冲销记录。录错的账仍留在列表中，标为“已冲销”；结余随之恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/funds_reverse_dialog.ui" line="96" />
        <source>e.g. amount typed wrongly</source>
        <translation>例如：金额录错了</translation>
    </message>
    <message>
        <location filename="../../ui/funds_reverse_dialog.ui" line="83" />
        <source>&amp;Why reverse it?</source>
        <translation>冲销原因(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/entries.py" line="64" />
        <source>Reverse it</source>
        <translation>确认冲销</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/entries.py" line="75" />
        <source>Say why the entry is reversed</source>
        <translation>请填写冲销原因</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/entries.py" line="96" />
        <source>Cannot reverse</source>
        <translation>不能冲销</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/funds/entries.py" line="90" />
        <source>Entry reversed</source>
        <translation>已冲销</translation>
    </message>
</context>
</TS>