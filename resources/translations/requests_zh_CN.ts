<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="500"/>
        <source>{action}: request {number}</source>
        <translation>{action}：诉求 {number}</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="511"/>
        <source>&amp;Note (optional)</source>
        <translation>说明（可不填）(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="515"/>
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="520"/>
        <source>The time limit follows the category</source>
        <translation>办理时限随类别而定</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="523"/>
        <source>Handled &amp;by</source>
        <translation>办理方式(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="525"/>
        <source>&amp;Member</source>
        <translation>接单党员(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="531"/>
        <source>choose or type a department</source>
        <translation>选择或输入部门</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="532"/>
        <source>&amp;Department</source>
        <translation>吹哨部门(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="537"/>
        <source>&amp;Why is it returned?</source>
        <translation>退单原因(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="541"/>
        <source>What was done, and what came of it</source>
        <translation>做了什么，结果如何</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="542"/>
        <source>&amp;Result</source>
        <translation>办理结果(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="544"/>
        <source>The resident is</source>
        <translation>群众评价</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="545"/>
        <source>&amp;What the resident said (optional)</source>
        <translation>群众意见（可不填）(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="547"/>
        <source>&amp;What is still to be done?</source>
        <translation>还需要办理什么？(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="549"/>
        <source>&amp;Why archive although the resident was unsatisfied?</source>
        <translation>群众不满意，为什么归档？(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="631"/>
        <source>Cannot do this</source>
        <translation>无法办理</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="643"/>
        <source>Request {number}: {action} done</source>
        <translation>诉求 {number}：已{action}</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="345"/>
        <source>Register a request</source>
        <translation>登记诉求</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="352"/>
        <source>&amp;Resident</source>
        <translation>居民姓名(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="353"/>
        <source>name, or 匿名 if they prefer</source>
        <translation>姓名，不愿留名可填“匿名”</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="355"/>
        <source>&amp;Phone</source>
        <translation>联系电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="355"/>
        <source>optional</source>
        <translation>可不填</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="363"/>
        <source>building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="364"/>
        <source>unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="365"/>
        <source>room</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="374"/>
        <source>&amp;Address</source>
        <translation>住址(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="378"/>
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="383"/>
        <source>What does the resident ask for? Where, since when?</source>
        <translation>居民反映什么问题？在哪里？从什么时候开始？</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="385"/>
        <source>&amp;What is asked</source>
        <translation>诉求内容(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="388"/>
        <source>&amp;Came by</source>
        <translation>来源(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="397"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="399"/>
        <source>At &amp;meeting</source>
        <translation>哪次邻里会(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="451"/>
        <source>Request {number} registered</source>
        <translation>诉求 {number} 已登记</translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="470"/>
        <source>type a name to search</source>
        <translation>输入姓名查找</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="675"/>
        <source>History</source>
        <translation>办理经过</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="680"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="680"/>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="680"/>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="680"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="690"/>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="783"/>
        <source>Next step:</source>
        <translation>下一步：</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="715"/>
        <source>Request {number}</source>
        <translation>诉求 {number}</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="717"/>
        <source>Request {number} — {state}</source>
        <translation>诉求 {number} — {state}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/pages/requests.py" line="725"/>
        <source>Overdue by %n day(s): it was due {due}</source>
        <translation>
            <numerusform>已逾期 %n 天：应于 {due} 前办结</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/pages/requests.py" line="727"/>
        <source>Overdue by %n hour(s): it was due {due}</source>
        <translation>
            <numerusform>已逾期 %n 小时：应于 {due} 前办结</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="744"/>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="745"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="746"/>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="747"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="748"/>
        <source>Came by</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="749"/>
        <source>Registered</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="750"/>
        <source>Due</source>
        <translation>应办结时间</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="751"/>
        <source>What is asked</source>
        <translation>诉求内容</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="752"/>
        <source>Handled by</source>
        <translation>承办</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="753"/>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="755"/>
        <source>Rating</source>
        <translation>群众评价</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="783"/>
        <source>Archived: nothing more to do.</source>
        <translation>已归档，无需再办理。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="793"/>
        <source>Registered the request</source>
        <translation>登记</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="138"/>
        <source>Resident requests</source>
        <translation>群众诉求</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="143"/>
        <source>Search by number, resident, building or what was asked</source>
        <translation>按编号、居民姓名、楼号或诉求内容查找</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="153"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="156"/>
        <source>Registered</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="161"/>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="164"/>
        <source>Building-unit-room</source>
        <translation>楼-单元-室</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="171"/>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="246"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="178"/>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="242"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="183"/>
        <source>Handled by</source>
        <translation>承办</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="184"/>
        <source>Due</source>
        <translation>应办结时间</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="187"/>
        <source>Rating</source>
        <translation>群众评价</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="203"/>
        <source>{time} overdue</source>
        <translation>{time} 已逾期</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="217"/>
        <source>Register a request</source>
        <translation>登记诉求</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="218"/>
        <source>Write down what a resident asked for</source>
        <translation>记下居民反映的问题</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="257"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="264"/>
        <source>All ({n})</source>
        <translation>全部（{n}）</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/requests.py" line="265"/>
        <source>Overdue ({n})</source>
        <translation>已逾期（{n}）</translation>
    </message>
</context>
</TS>
