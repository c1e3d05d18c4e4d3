<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="45" />
        <location filename="../../linju_desktop/gui/pages/sync.py" line="285" />
        <location filename="../../linju_desktop/gui/pages/sync.py" line="294" />
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="49" />
        <source>Branch details</source>
        <translation>支部信息</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="50" />
        <source>Party groups</source>
        <translation>党小组</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="51" />
        <source>Members</source>
        <translation>党员</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="52" />
        <source>Households kept in contact</source>
        <translation>联系户</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="53" />
        <source>Membership transfers</source>
        <translation>组织关系转接</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="54" />
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="55" />
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="57" />
        <source>Addenda to minutes</source>
        <translation>会议记录补充说明</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="58" />
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="59" />
        <source>Allocations</source>
        <translation>经费下拨</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="60" />
        <source>Expenses</source>
        <translation>经费支出</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="62" />
        <source>Request steps</source>
        <translation>诉求办理环节</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="79" />
        <source>Connect this station to the district</source>
        <translation>把本站连接到区里</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="83" />
        <source>The community office gives you the server address and a one-time code. Until then everything works on this computer and changes wait safely here.</source>
        <translation>社区办公室会提供服务器地址和一次性接入码。在此之前，所有功能都可以在本机正常使用，修改会安全地保存在这台电脑上等待同步。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="93" />
        <source>one-time code</source>
        <translation>一次性接入码</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="99" />
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="106" />
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="107" />
        <source>Send this station's changes to the district and receive what it sent down</source>
        <translation>把本站的修改发送到区里，并接收区里下发的内容</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="111" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="125" />
        <source>Needs attention</source>
        <translation>需要处理的事项</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="133" />
        <source>Waiting to be sent</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="137" />
        <source>Changes</source>
        <translation>修改条数</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="143" />
        <source>Sync log</source>
        <translation>同步记录</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="167" />
        <source>Connected to {server} as {station}.</source>
        <translation>已连接到 {server}（{station}）。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="171" />
        <source>Not connected to the district yet.</source>
        <translation>尚未连接到区里。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/pages/sync.py" line="172" />
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>有 %n 条修改等待发送。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/pages/sync.py" line="174" />
        <source>%n photo(s) waiting.</source>
        <translation>
            <numerusform>%n 张照片等待发送。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="176" />
        <source>Last sync: {when}.</source>
        <translation>上次同步：{when}。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="184" />
        <source>Nothing needs attention.</source>
        <translation>没有需要处理的事项。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="199" />
        <source>{when}: sent {sent}, received {received} — {result}</source>
        <translation>{when}：发送 {sent} 条，接收 {received} 条 — {result}</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="208" />
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="209" />
        <source>some items need attention</source>
        <translation>有事项需要处理</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="210" />
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="211" />
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="212" />
        <source>the two copies differ</source>
        <translation>两边数据不一致</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="219" />
        <source>Enter both the server address and the code.</source>
        <translation>请填写服务器地址和接入码。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="222" />
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="227" />
        <source>This station is now connected to the district.</source>
        <translation>本站已连接到区里。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="251" />
        <source>Sending records</source>
        <translation>正在发送记录</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="252" />
        <source>Receiving</source>
        <translation>正在接收</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="253" />
        <source>Sending photos</source>
        <translation>正在发送照片</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="254" />
        <source>Checking</source>
        <translation>正在核对</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="276" />
        <source>Sync finished: sent {sent}, received {received}.</source>
        <translation>同步完成：发送 {sent} 条，接收 {received} 条。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="280" />
        <source>Sync finished, but some items need attention (see the list).</source>
        <translation>同步完成，但有事项需要处理（见下方列表）。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="307" />
        <source>Stopping after the current step…</source>
        <translation>当前步骤完成后停止…</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="56" />
        <source>Meeting follow-ups</source>
        <translation>会议跟进事项</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="61" />
        <source>Resident requests</source>
        <translation>群众诉求</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="137" />
        <source>Record book</source>
        <translation>台账</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="94" />
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="95" />
        <source>Enrollment code</source>
        <translation>接入码</translation>
    </message>
</context>
</TS>