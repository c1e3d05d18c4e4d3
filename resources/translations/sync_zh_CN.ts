<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="31"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="36"/>
        <source>Branch details</source>
        <translation>支部信息</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="37"/>
        <source>Party groups</source>
        <translation>党小组</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="38"/>
        <source>Members</source>
        <translation>党员</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="39"/>
        <source>Households kept in contact</source>
        <translation>联系户</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="40"/>
        <source>Membership transfers</source>
        <translation>组织关系转接</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="41"/>
        <source>Meeting records</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="42"/>
        <source>Meeting attendance</source>
        <translation>会议出席情况</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="43"/>
        <source>Meeting follow-ups</source>
        <translation>会议跟进事项</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="44"/>
        <source>Additions to minutes</source>
        <translation>会议记录补充说明</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="45"/>
        <source>Attached files</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="46"/>
        <source>Yearly fund allocations</source>
        <translation>年度经费下拨</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="47"/>
        <source>Fund expenses</source>
        <translation>经费支出</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="48"/>
        <source>Resident requests</source>
        <translation>群众诉求</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="49"/>
        <source>Steps in handling requests</source>
        <translation>诉求办理过程</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="64"/>
        <source>Everything you record is saved safely on this computer, with a backup every day. Sending it to the community is not set up yet: once the community office sets up sync, the changes below will be sent automatically. You do not need to do anything now.</source>
        <translation>您录入的所有内容都安全地保存在这台电脑上，每天自动备份。向社区上报的功能还没有开通：等社区办公室为您开通同步后，下面这些修改会自动上报。现在您什么都不用做。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="75"/>
        <source>Record book</source>
        <translation>记录类别</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="75"/>
        <source>Changes waiting</source>
        <translation>待上报的修改</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="87"/>
        <source>Connection to the community (not set up yet)</source>
        <translation>与社区的连接（尚未开通）</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="92"/>
        <source>The community office will give you the server address and an enrollment code when sync is introduced. These fields open then.</source>
        <translation>开通同步时，社区办公室会提供服务器地址和注册码，到时这里才可以填写。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="99"/>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="103"/>
        <source>given by the community office</source>
        <translation>由社区办公室提供</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="101"/>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="105"/>
        <source>Enrollment code</source>
        <translation>注册码</translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/pages/sync.py" line="127"/>
        <source>%n change(s) wait to be sent.</source>
        <translation>
            <numerusform>有 %n 条修改等待上报。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/sync.py" line="129"/>
        <source>No changes wait to be sent.</source>
        <translation>没有等待上报的修改。</translation>
    </message>
</context>
</TS>
