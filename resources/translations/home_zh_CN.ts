<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="105" />
        <source>Home</source>
        <translation>工作台</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="111" />
        <source>Yearly summary {year}</source>
        <translation>{year}年度工作台账汇总</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="132" />
        <source>Search members, requests and minutes</source>
        <translation>搜索党员、诉求和会议记录</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="133" />
        <source>Search everything</source>
        <translation>全局搜索</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="171" />
        <source>Today is {date}, {weekday}</source>
        <translation>今天是 {date}，{weekday}</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="191" />
        <source>All is well — nothing needs your attention right now.</source>
        <translation>一切正常，目前没有需要处理的事项。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="198" />
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="199" />
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="200" />
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="201" />
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="202" />
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="203" />
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="204" />
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/pages/home.py" line="245" />
        <source>… and %n more</source>
        <translation>
            <numerusform>…… 还有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="247" />
        <source>Open the list</source>
        <translation>查看全部</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="254" />
        <source>Getting started</source>
        <translation>开始使用</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="257" />
        <source>Enter your branch's name and community in Settings.</source>
        <translation>请先在“设置”里填写支部名称和所在社区。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="261" />
        <source>The roster is empty: read it from an Excel or CSV file, or add members by hand. Meetings, reminders and the quorum all start from it.</source>
        <translation>党员名单还是空的：可以从 Excel 或 CSV 文件导入，也可以逐个添加。会议、提醒和法定人数都要用到名单。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="268" />
        <source>Set up the branch</source>
        <translation>设置支部信息</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="270" />
        <source>Import the roster…</source>
        <translation>导入党员名单…</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="285" />
        <source>Resident requests past or near their time limit</source>
        <translation>已逾期或即将到期的群众诉求</translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/pages/home.py" line="288" />
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 件已逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/pages/home.py" line="290" />
        <source>%n due within 48 hours</source>
        <translation>
            <numerusform>%n 件 48 小时内到期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="303" />
        <source>Open this request</source>
        <translation>打开这件诉求</translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/pages/home.py" line="312" />
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/pages/home.py" line="313" />
        <source>overdue by %n hour(s)</source>
        <translation>
            <numerusform>已逾期 %n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/pages/home.py" line="314" />
        <source>%n hour(s) left</source>
        <translation>
            <numerusform>还剩 %n 小时</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="320" />
        <source>Meetings not yet held in this period</source>
        <translation>本期还没开的会</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="321" />
        <source>A reminder from the rhythm set in Settings, not a ranking.</source>
        <translation>按“设置”里的会议周期提醒，不作排名。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="323" />
        <source>{meeting} — by {end}</source>
        <translation>{meeting}，{end} 前召开</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="326" />
        <source>Record this meeting</source>
        <translation>记录这次会议</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="335" />
        <source>Probationary members whose year ends within 60 days</source>
        <translation>60 天内预备期届满的预备党员</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="337" />
        <source>Prepare the branch meeting on their full membership.</source>
        <translation>请及时准备讨论转正的支部党员大会。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="339" />
        <source>{name}, joined {joined}</source>
        <translation>{name}，{joined} 入党</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="345" />
        <source> — probation ends {date}</source>
        <translation>，预备期 {date} 届满</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="346" />
        <source>Open this member</source>
        <translation>打开这名党员的信息</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="354" />
        <source>Membership transfers waiting for their receipt</source>
        <translation>等待回执的组织关系转接</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="356" />
        <source>{name} → {org}, letter issued {date}</source>
        <translation>{name} → {org}，{date} 开具介绍信</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="359" />
        <source>Open this transfer</source>
        <translation>打开这次转接</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="367" />
        <source>Tasks and consultations</source>
        <translation>派单任务与协商议事</translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/pages/home.py" line="370" />
        <source>%n task(s) done and not yet rated</source>
        <translation><numerusform>%n 个任务已完成，尚待群众评单</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/pages/home.py" line="372" />
        <source>%n consultation(s) waiting for votes</source>
        <translation><numerusform>%n 个协商事项还有住户未表决</numerusform></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="376" />
        <source>Open the consultations</source>
        <translation>打开协商议事</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="384" />
        <source>Branch funds {year}</source>
        <translation>{year} 年支部经费</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="385" />
        <source>Allocated {alloc} yuan, used {spent} yuan, left {left} yuan</source>
        <translation>下拨 {alloc} 元，已用 {spent} 元，结余 {left} 元</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="392" />
        <source>Overdrawn by {amount} yuan: please check with the community.</source>
        <translation>已超支 {amount} 元，请与社区核对。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="396" />
        <source>Open the funds</source>
        <translation>打开经费页面</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="403" />
        <source>Changes not yet sent</source>
        <translation>尚未上报的修改</translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/pages/home.py" line="406" />
        <source>%n change(s) are kept safely on this computer and will be sent once sync is set up.</source>
        <translation>
            <numerusform>有 %n 条修改已安全保存在这台电脑上，开通同步后会自动上报。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="413" />
        <source>Details</source>
        <translation>查看详情</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="422" />
        <source>Member</source>
        <translation>党员</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="423" />
        <source>Request</source>
        <translation>诉求</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="424" />
        <source>Minutes</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="438" />
        <source>Nothing found for “{text}”</source>
        <translation>没有找到“{text}”</translation>
    </message>
</context>
</TS>