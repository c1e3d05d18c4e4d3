<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/actions.py" line="85"/>
        <source>{action}: request {number}</source>
        <translation>{action}：诉求 {number}</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/actions.py" line="97"/>
        <source>&amp;Note (optional)</source>
        <translation>说明（可不填）(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/actions.py" line="101"/>
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/actions.py" line="106"/>
        <source>The time limit follows the category</source>
        <translation>办理时限随类别而定</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/actions.py" line="109"/>
        <source>Handled &amp;by</source>
        <translation>办理方式(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/actions.py" line="111"/>
        <source>&amp;Member</source>
        <translation>接单党员(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/actions.py" line="117"/>
        <source>choose or type a department</source>
        <translation>选择或输入部门</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/actions.py" line="118"/>
        <source>&amp;Department</source>
        <translation>吹哨部门(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/actions.py" line="123"/>
        <source>&amp;Why is it returned?</source>
        <translation>退单原因(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/actions.py" line="127"/>
        <source>What was done, and what came of it</source>
        <translation>做了什么，结果如何</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/actions.py" line="129"/>
        <source>&amp;Result</source>
        <translation>办理结果(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/actions.py" line="131"/>
        <source>The resident is</source>
        <translation>群众评价</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/actions.py" line="132"/>
        <source>&amp;What the resident said (optional)</source>
        <translation>群众意见（可不填）(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/actions.py" line="134"/>
        <source>&amp;What is still to be done?</source>
        <translation>还需要办理什么？(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/actions.py" line="136"/>
        <source>&amp;Why archive although the resident was unsatisfied?</source>
        <translation>群众不满意，为什么归档？(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/actions.py" line="245"/>
        <source>Cannot do this</source>
        <translation>无法办理</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/actions.py" line="234"/>
        <source>Request {number}: {action} done</source>
        <translation>诉求 {number}：已{action}</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../ui/requests_intake_dialog.ui" line="14"/>
        <source>Register a request</source>
        <translation>登记诉求</translation>
    </message>
    <message>
        <location filename="../../ui/requests_intake_dialog.ui" line="53"/>
        <source>&amp;Resident</source>
        <translation>居民姓名(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/requests_intake_dialog.ui" line="66"/>
        <source>name, or 匿名 if they prefer</source>
        <translation>姓名，不愿留名可填“匿名”</translation>
    </message>
    <message>
        <location filename="../../ui/requests_intake_dialog.ui" line="79"/>
        <source>&amp;Phone</source>
        <translation>联系电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/requests_intake_dialog.ui" line="92"/>
        <source>optional</source>
        <translation>可不填</translation>
    </message>
    <message>
        <location filename="../../ui/requests_intake_dialog.ui" line="102"/>
        <source>&amp;Address</source>
        <translation>住址(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/requests_intake_dialog.ui" line="160"/>
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/requests_intake_dialog.ui" line="153"/>
        <source>What does the resident ask for? Where, since when?</source>
        <translation>居民反映什么问题？在哪里？从什么时候开始？</translation>
    </message>
    <message>
        <location filename="../../ui/requests_intake_dialog.ui" line="115"/>
        <source>e.g. 3-2-501 or 3号楼2单元501</source>
        <translation>例如 3-2-501 或 3号楼2单元501</translation>
    </message>
    <message>
        <location filename="../../ui/requests_intake_dialog.ui" line="121"/>
        <source>Address: building, unit and room</source>
        <translation>地址：楼号、单元和房号</translation>
    </message>
    <message>
        <location filename="../../ui/requests_intake_dialog.ui" line="128"/>
        <source>&amp;What is asked</source>
        <translation>诉求内容(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/requests_intake_dialog.ui" line="180"/>
        <source>More: where it came from</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/requests_intake_dialog.ui" line="225"/>
        <source>&amp;Came by</source>
        <translation>来源(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/intake.py" line="63"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/intake.py" line="98"/>
        <source>Came by: {source}</source>
        <translation>来源：{source}</translation>
    </message>
    <message>
        <location filename="../../ui/requests_intake_dialog.ui" line="242"/>
        <source>At &amp;meeting</source>
        <translation>哪次邻里会(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/intake.py" line="127"/>
        <source>Request {number} registered</source>
        <translation>诉求 {number} 已登记</translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/actions.py" line="55"/>
        <source>type a name to search</source>
        <translation>输入姓名查找</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/detail.py" line="62"/>
        <source>History</source>
        <translation>办理经过</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/detail.py" line="68"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/detail.py" line="68"/>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/detail.py" line="68"/>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/detail.py" line="68"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/detail.py" line="78"/>
        <location filename="../../linju_desktop/gui/pages/requests/detail.py" line="171"/>
        <source>Next step:</source>
        <translation>下一步：</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/detail.py" line="103"/>
        <source>Request {number}</source>
        <translation>诉求 {number}</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/detail.py" line="105"/>
        <source>Request {number} — {state}</source>
        <translation>诉求 {number} — {state}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/pages/requests/detail.py" line="113"/>
        <source>Overdue by %n day(s): it was due {due}</source>
        <translation>
            <numerusform>已逾期 %n 天：应于 {due} 前办结</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/pages/requests/detail.py" line="115"/>
        <source>Overdue by %n hour(s): it was due {due}</source>
        <translation>
            <numerusform>已逾期 %n 小时：应于 {due} 前办结</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/detail.py" line="132"/>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/detail.py" line="133"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/detail.py" line="134"/>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/detail.py" line="135"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/detail.py" line="136"/>
        <source>Came by</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/detail.py" line="137"/>
        <source>Registered</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/detail.py" line="138"/>
        <source>Due</source>
        <translation>应办结时间</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/detail.py" line="139"/>
        <source>What is asked</source>
        <translation>诉求内容</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/detail.py" line="140"/>
        <source>Handled by</source>
        <translation>承办</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/detail.py" line="141"/>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/detail.py" line="143"/>
        <source>Rating</source>
        <translation>群众评价</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/detail.py" line="171"/>
        <source>Archived: nothing more to do.</source>
        <translation>已归档，无需再办理。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/detail.py" line="183"/>
        <source>Registered the request</source>
        <translation>登记</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="69"/>
        <source>Resident requests</source>
        <translation>群众诉求</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="77"/>
        <source>Handling sheet of request {number}</source>
        <translation>诉求办理单：{number}</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="79"/>
        <source>Handling sheet of the selected request (select one first)</source>
        <translation>所选诉求的办理单（请先在列表中选中一条诉求）</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="83"/>
        <source>The three lists {year}</source>
        <translation>{year}年三张清单</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="85"/>
        <source>Problem list {year}</source>
        <translation>{year}年问题清单</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="89"/>
        <source>Task list {year}</source>
        <translation>{year}年任务清单</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="93"/>
        <source>Result list {year}</source>
        <translation>{year}年成果清单</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="101"/>
        <source>Search by number, resident, building or what was asked</source>
        <translation>按编号、居民姓名、楼号或诉求内容查找</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="111"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="114"/>
        <source>Registered</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="119"/>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="122"/>
        <source>Building-unit-room</source>
        <translation>楼-单元-室</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="129"/>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="206"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="136"/>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="202"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="141"/>
        <source>Handled by</source>
        <translation>承办</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="142"/>
        <source>Due</source>
        <translation>应办结时间</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="145"/>
        <source>Rating</source>
        <translation>群众评价</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="161"/>
        <source>{time} overdue</source>
        <translation>{time} 已逾期</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="177"/>
        <source>Register a request</source>
        <translation>登记诉求</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="178"/>
        <source>Write down what a resident asked for</source>
        <translation>记下居民反映的问题</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="210"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="217"/>
        <source>All ({n})</source>
        <translation>全部（{n}）</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="218"/>
        <source>Overdue ({n})</source>
        <translation>已逾期（{n}）</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="258"/>
        <source>No resident requests yet. When a resident asks for something, register it here: who, how to reach them, the address and what it is about.</source>
        <translation>还没有群众诉求。居民反映问题时在这里登记：谁反映的、联系方式、地址和什么事。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests/page.py" line="261"/>
        <source>Register the first request</source>
        <translation>登记第一条诉求</translation>
    </message>
</context>
</TS>
