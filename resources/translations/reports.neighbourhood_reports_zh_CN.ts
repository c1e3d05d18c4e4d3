<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>reports.neighbourhood_reports</name>
        <message>
            <source>Passed</source>
            <translation>通过</translation>
        </message>
        <message>
            <source>Not passed</source>
            <translation>未通过</translation>
        </message>
        <message>
            <source>List of tasks and errands</source>
            <translation>派单任务与帮办代办清单</translation>
        </message>
        <message>
            <source>Service hours in all: {hours}</source>
            <translation>累计服务时长：{hours} 小时</translation>
        </message>
        <message>
            <source>No single volunteer is “{ident}”; give the volunteer's id</source>
            <translation>找不到唯一的志愿者“{ident}”，请给出志愿者编号</translation>
        </message>
        <message>
            <source>Record of volunteer service</source>
            <translation>志愿服务记录证明</translation>
        </message>
        <message>
            <source>Recorded by the organiser under the rules on volunteer service records; issued on the volunteer's request.</source>
            <translation>本记录由组织单位按照志愿服务记录与证明的有关规定记录，应志愿者本人申请出具。</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Goods</source>
            <translation>物品</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>积分</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>兑换</translation>
        </message>
        <message>
            <source>Reversal</source>
            <translation>冲正</translation>
        </message>
        <message>
            <source>No exchanges in this period.</source>
            <translation>本期没有兑换记录。</translation>
        </message>
        <message>
            <source>Points and goods ledger</source>
            <translation>积分与兑换物品台账</translation>
        </message>
        <message>
            <source>No single consultation is “{ident}”; give the consultation's id</source>
            <translation>找不到唯一的协商事项“{ident}”，请给出事项编号</translation>
        </message>
        <message>
            <source>needs {need}</source>
            <translation>需 {need}</translation>
        </message>
        <message>
            <source>Public notice: {title}</source>
            <translation>公示：{title}</translation>
        </message>
        <message>
            <source>Matter</source>
            <translation>事项</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>表决规则</translation>
        </message>
        <message>
            <source>Households</source>
            <translation>户数</translation>
        </message>
        <message>
            <source>Floor area (m²)</source>
            <translation>建筑面积（平方米）</translation>
        </message>
        <message>
            <source>Agree / disagree / abstain / did not vote</source>
            <translation>同意 / 不同意 / 弃权 / 未表决</translation>
        </message>
        <message>
            <source>Taking part, by area (m², at least 2/3)</source>
            <translation>参与表决的专有面积（平方米，须占三分之二以上）</translation>
        </message>
        <message>
            <source>Taking part, by number (at least 2/3)</source>
            <translation>参与表决的户数（须占三分之二以上）</translation>
        </message>
        <message>
            <source>Agreeing, by area (m²)</source>
            <translation>同意的专有面积（平方米）</translation>
        </message>
        <message>
            <source>Agreeing, by number</source>
            <translation>同意的户数</translation>
        </message>
        <message>
            <source>Result of the vote</source>
            <translation>表决结果</translation>
        </message>
        <message>
            <source>Posted for 7 days. Objections to the branch or the residents' committee.</source>
            <translation>公示期 7 天。如有异议，请向党支部或居委会反映。</translation>
        </message>
        <message>
            <source>No tasks in this period.</source>
            <translation>本期没有任务。</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>服务记录</translation>
        </message>
        <message>
            <source>No service recorded yet.</source>
            <translation>尚无服务记录。</translation>
        </message>
        <message>
            <source>Organiser (seal)</source>
            <translation>组织单位（盖章）</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Decided on</source>
            <translation>议定日期</translation>
        </message>
        <message>
            <source>Carried out on</source>
            <translation>实施日期</translation>
        </message>
        <message>
            <source>Votes by household</source>
            <translation>各户表决情况</translation>
        </message>
        <message>
            <source>No households entered yet.</source>
            <translation>尚未录入住户。</translation>
        </message>
        <message>
            <source>Cost sharing</source>
            <translation>费用分摊</translation>
        </message>
        <message>
            <source>Party branch (seal)</source>
            <translation>党支部（盖章）</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>任务</translation>
        </message>
        <message>
            <source>Place or resident</source>
            <translation>地点或服务对象</translation>
        </message>
        <message>
            <source>Volunteers</source>
            <translation>接单人数</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>时长（小时）</translation>
        </message>
        <message>
            <source>Agreed to be recorded on</source>
            <translation>同意登记日期</translation>
        </message>
        <message>
            <source>Organised and recorded by</source>
            <translation>组织和记录单位</translation>
        </message>
        <message>
            <source>Service hours in all</source>
            <translation>累计服务时长（小时）</translation>
        </message>
        <message>
            <source>Points balance</source>
            <translation>积分余额</translation>
        </message>
        <message>
            <source>What</source>
            <translation>服务内容</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>服务地点</translation>
        </message>
        <message>
            <source>Points each</source>
            <translation>所需积分</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>入库</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>房号</translation>
        </message>
        <message>
            <source>Floor</source>
            <translation>楼层</translation>
        </message>
        <message>
            <source>Vote</source>
            <translation>表决意见</translation>
        </message>
        <message>
            <source>Addendum</source>
            <translation>补充说明</translation>
        </message>
        <message>
            <source>Coefficient</source>
            <translation>系数</translation>
        </message>
        <message>
            <source>Share (yuan)</source>
            <translation>分摊金额（元）</translation>
        </message>
        <message>
            <source>In stock</source>
            <translation>库存</translation>
        </message>
    </context>
</TS>