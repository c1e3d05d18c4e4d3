<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../linju_desktop/gui/main_window.py" line="124" />
        <location filename="../../linju_desktop/gui/main_window.py" line="231" />
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/main_window.py" line="145" />
        <location filename="../../linju_desktop/gui/main_window.py" line="232" />
        <source>Linju — party branch record book</source>
        <translation>邻居 — 党支部工作台账</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/main_window.py" line="159" />
        <source>Home</source>
        <translation>工作台</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/main_window.py" line="160" />
        <source>Members</source>
        <translation>党员</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/main_window.py" line="161" />
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/main_window.py" line="162" />
        <source>Funds</source>
        <translation>经费</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/main_window.py" line="163" />
        <source>Requests</source>
        <translation>群众诉求</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/main_window.py" line="164" />
        <source>Tasks</source>
        <translation>派单任务</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/main_window.py" line="165" />
        <source>Consultations</source>
        <translation>协商议事</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/main_window.py" line="166" />
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/main_window.py" line="167" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/main_window.py" line="250" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/main_window.py" line="251" />
        <source>Make a &amp;backup now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/main_window.py" line="254" />
        <source>&amp;Print / export this page</source>
        <translation>打印／导出本页(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/main_window.py" line="257" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/main_window.py" line="261" />
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/main_window.py" line="268" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/main_window.py" line="269" />
        <source>&amp;About Linju</source>
        <translation>关于邻居(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/main_window.py" line="281" />
        <source>Nothing to print on this page</source>
        <translation>本页没有可打印的内容</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/main_window.py" line="290" />
        <source>&lt;h3&gt;Linju (邻居) {version}&lt;/h3&gt;&lt;p&gt;The offline record book of a compound party branch.&lt;/p&gt;&lt;p&gt;Data folder:&lt;br&gt;{folder}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;邻居 {version}&lt;/h3&gt;&lt;p&gt;小区综合党支部离线工作台账。&lt;/p&gt;&lt;p&gt;数据文件夹：&lt;br&gt;{folder}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/main_window.py" line="296" />
        <source>About Linju</source>
        <translation>关于邻居</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/main_window.py" line="309" />
        <source>Last sync: {month}/{day}</source>
        <translation>上次同步：{month}月{day}日</translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/main_window.py" line="311" />
        <source>%n record(s) not yet synced</source>
        <translation>
            <numerusform>尚有 %n 条记录未同步</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/main_window.py" line="313" />
        <source>everything is synced</source>
        <translation>全部已同步</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/main_window.py" line="315" />
        <source>{when}; {waiting}</source>
        <translation>{when}；{waiting}</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/main_window.py" line="306" />
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
</context>
</TS>