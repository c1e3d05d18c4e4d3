<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="47"/>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="322"/>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="331"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="51"/>
        <source>Branch details</source>
        <translation>支部信息</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="52"/>
        <source>Party groups</source>
        <translation>党小组</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="53"/>
        <source>Members</source>
        <translation>党员</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="54"/>
        <source>Households kept in contact</source>
        <translation>联系户</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="55"/>
        <source>Membership transfers</source>
        <translation>组织关系转接</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="56"/>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="57"/>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="59"/>
        <source>Addenda to minutes</source>
        <translation>会议记录补充说明</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="60"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="61"/>
        <source>Allocations</source>
        <translation>经费下拨</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="62"/>
        <source>Expenses</source>
        <translation>经费支出</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="64"/>
        <source>Request steps</source>
        <translation>诉求办理环节</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="65"/>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="66"/>
        <source>Activity library</source>
        <translation>活动库</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="67"/>
        <source>Goods for points</source>
        <translation>积分兑换物品</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="68"/>
        <source>Tasks</source>
        <translation>派单任务</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="69"/>
        <source>Volunteers taking tasks</source>
        <translation>接单志愿者</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="70"/>
        <source>Hours of service</source>
        <translation>服务时长</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="71"/>
        <source>Points ledger</source>
        <translation>积分台账</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="72"/>
        <source>Consultations</source>
        <translation>协商议事</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="73"/>
        <source>Households of consultations</source>
        <translation>议事住户</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="74"/>
        <source>Households&apos; votes</source>
        <translation>住户表决</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="75"/>
        <source>Addenda to consultations</source>
        <translation>议事补充说明</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="104"/>
        <source>Connect this station to the district</source>
        <translation>把本站连接到区里</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="108"/>
        <source>The community office gives you the server address and a one-time code. Until then everything works on this computer and changes wait safely here.</source>
        <translation>社区办公室会提供服务器地址和一次性接入码。在此之前，所有功能都可以在本机正常使用，修改会安全地保存在这台电脑上等待同步。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="118"/>
        <source>one-time code</source>
        <translation>一次性接入码</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="124"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="131"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="132"/>
        <source>Send this station&apos;s changes to the district and receive what it sent down</source>
        <translation>把本站的修改发送到区里，并接收区里下发的内容</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="136"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="150"/>
        <source>Needs attention</source>
        <translation>需要处理的事项</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="158"/>
        <source>Waiting to be sent</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="162"/>
        <source>Changes</source>
        <translation>修改条数</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="172"/>
        <source>Sync log</source>
        <translation>同步记录</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="204"/>
        <source>Connected to {server} as {station}.</source>
        <translation>已连接到 {server}（{station}）。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="208"/>
        <source>Not connected to the district yet.</source>
        <translation>尚未连接到区里。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/pages/sync.py" line="209"/>
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>有 %n 条修改等待发送。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/pages/sync.py" line="211"/>
        <source>%n photo(s) waiting.</source>
        <translation>
            <numerusform>%n 张照片等待发送。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="213"/>
        <source>Last sync: {when}.</source>
        <translation>上次同步：{when}。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="221"/>
        <source>Nothing needs attention.</source>
        <translation>没有需要处理的事项。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="236"/>
        <source>{when}: sent {sent}, received {received} — {result}</source>
        <translation>{when}：发送 {sent} 条，接收 {received} 条 — {result}</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="245"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="246"/>
        <source>some items need attention</source>
        <translation>有事项需要处理</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="247"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="248"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="249"/>
        <source>the two copies differ</source>
        <translation>两边数据不一致</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="256"/>
        <source>Enter both the server address and the code.</source>
        <translation>请填写服务器地址和接入码。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="259"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="264"/>
        <source>This station is now connected to the district.</source>
        <translation>本站已连接到区里。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="288"/>
        <source>Sending records</source>
        <translation>正在发送记录</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="289"/>
        <source>Receiving</source>
        <translation>正在接收</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="290"/>
        <source>Sending photos</source>
        <translation>正在发送照片</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="291"/>
        <source>Checking</source>
        <translation>正在核对</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="313"/>
        <source>Sync finished: sent {sent}, received {received}.</source>
        <translation>同步完成：发送 {sent} 条，接收 {received} 条。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="317"/>
        <source>Sync finished, but some items need attention (see the list).</source>
        <translation>同步完成，但有事项需要处理（见下方列表）。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="344"/>
        <source>Stopping after the current step…</source>
        <translation>当前步骤完成后停止…</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="58"/>
        <source>Meeting follow-ups</source>
        <translation>会议跟进事项</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="63"/>
        <source>Resident requests</source>
        <translation>群众诉求</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="162"/>
        <source>Record book</source>
        <translation>台账</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="119"/>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="120"/>
        <source>Enrollment code</source>
        <translation>接入码</translation>
    </message>
</context>
</TS>
