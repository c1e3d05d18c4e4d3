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
        <location filename="../../linju_desktop/gui/pages/home.py" line="190" />
        <source>All is well — nothing needs your attention right now.</source>
        <translation>一切正常，目前没有需要处理的事项。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="197" />
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="198" />
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="199" />
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="200" />
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="201" />
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="202" />
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="203" />
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/pages/home.py" line="230" />
        <source>… and %n more</source>
        <translation>
            <numerusform>…… 还有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="232" />
        <source>Open the list</source>
        <translation>查看全部</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="240" />
        <source>Resident requests past or near their time limit</source>
        <translation>已逾期或即将到期的群众诉求</translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/pages/home.py" line="243" />
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 件已逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/pages/home.py" line="245" />
        <source>%n due within 48 hours</source>
        <translation>
            <numerusform>%n 件 48 小时内到期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="258" />
        <source>Open this request</source>
        <translation>打开这件诉求</translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/pages/home.py" line="267" />
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/pages/home.py" line="268" />
        <source>overdue by %n hour(s)</source>
        <translation>
            <numerusform>已逾期 %n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/pages/home.py" line="269" />
        <source>%n hour(s) left</source>
        <translation>
            <numerusform>还剩 %n 小时</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="275" />
        <source>Meetings not yet held in this period</source>
        <translation>本期还没开的会</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="276" />
        <source>A reminder from the rhythm set in Settings, not a ranking.</source>
        <translation>按“设置”里的会议周期提醒，不作排名。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="278" />
        <source>{meeting} — by {end}</source>
        <translation>{meeting}，{end} 前召开</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="281" />
        <source>Open the meetings page</source>
        <translation>打开会议页面</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="290" />
        <source>Probationary members whose year ends within 60 days</source>
        <translation>60 天内预备期届满的预备党员</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="292" />
        <source>Prepare the branch meeting on their full membership.</source>
        <translation>请及时准备讨论转正的支部党员大会。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="294" />
        <source>{name}, joined {joined}</source>
        <translation>{name}，{joined} 入党</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="300" />
        <source> — probation ends {date}</source>
        <translation>，预备期 {date} 届满</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="301" />
        <source>Open this member</source>
        <translation>打开这名党员的信息</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="309" />
        <source>Membership transfers waiting for their receipt</source>
        <translation>等待回执的组织关系转接</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="311" />
        <source>{name} → {org}, letter issued {date}</source>
        <translation>{name} → {org}，{date} 开具介绍信</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="314" />
        <source>Open this transfer</source>
        <translation>打开这次转接</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="322" />
        <source>Tasks and consultations</source>
        <translation>派单任务与协商议事</translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/pages/home.py" line="325" />
        <source>%n task(s) done and not yet rated</source>
        <translation><numerusform>%n 个任务已完成，尚待群众评单</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/pages/home.py" line="327" />
        <source>%n consultation(s) waiting for votes</source>
        <translation><numerusform>%n 个协商事项还有住户未表决</numerusform></translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="331" />
        <source>Open the consultations</source>
        <translation>打开协商议事</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="339" />
        <source>Branch funds {year}</source>
        <translation>{year} 年支部经费</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="340" />
        <source>Allocated {alloc} yuan, used {spent} yuan, left {left} yuan</source>
        <translation>下拨 {alloc} 元，已用 {spent} 元，结余 {left} 元</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="347" />
        <source>Overdrawn by {amount} yuan: please check with the community.</source>
        <translation>已超支 {amount} 元，请与社区核对。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="351" />
        <source>Open the funds</source>
        <translation>打开经费页面</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="358" />
        <source>Changes not yet sent</source>
        <translation>尚未上报的修改</translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/pages/home.py" line="361" />
        <source>%n change(s) are kept safely on this computer and will be sent once sync is set up.</source>
        <translation>
            <numerusform>有 %n 条修改已安全保存在这台电脑上，开通同步后会自动上报。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="368" />
        <source>Details</source>
        <translation>查看详情</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="377" />
        <source>Member</source>
        <translation>党员</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="378" />
        <source>Request</source>
        <translation>诉求</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="379" />
        <source>Minutes</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/home.py" line="393" />
        <source>Nothing found for “{text}”</source>
        <translation>没有找到“{text}”</translation>
    </message>
</context>
</TS>