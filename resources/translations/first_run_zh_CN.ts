<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/first_run.ui" line="14"/>
        <location filename="../../ui/first_run.ui" line="55"/>
        <source>Welcome to Linju</source>
        <translation>欢迎使用邻居</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="232"/>
        <source>How much did the district allocate to your branch this year? If you do not know it yet, leave it empty and enter it later on the Funds page.</source>
        <translation>今年上级给支部下拨了多少经费？如果还不知道，请留空，以后在“经费”页填写。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="419"/>
        <source>Skip setup</source>
        <translation>跳过设置</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="422"/>
        <location filename="../../ui/first_run.ui" line="425"/>
        <source>Start with an empty record book; everything can be set later in Settings</source>
        <translation>先用空白记录本开始，以后可在“设置”中填写</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="451"/>
        <source>&lt; Back</source>
        <translation>&lt; 上一步</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/first_run.py" line="136"/>
        <location filename="../../ui/first_run.ui" line="464"/>
        <source>Next &gt;</source>
        <translation>下一步 &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="68"/>
        <source>Linju is the record book of your party branch: members, meetings, funds and residents&apos; requests. Everything stays on this computer.

Three short steps, and you can start. Write your branch&apos;s name:</source>
        <translation>邻居是党支部的工作记录本：党员、会议、经费、群众诉求都记在这里。所有数据都保存在这台电脑上。

只需简单三步就能开始。请先填写支部名称：</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="101"/>
        <source>Branch &amp;name</source>
        <translation>支部名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="114"/>
        <source>e.g. 幸福里小区综合党支部</source>
        <translation>例如：幸福里小区综合党支部</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="124"/>
        <source>Co&amp;mmunity</source>
        <translation>所属社区(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="137"/>
        <source>e.g. 幸福里社区</source>
        <translation>例如：幸福里社区</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="147"/>
        <source>&amp;Street (optional)</source>
        <translation>街道（可不填）(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="167"/>
        <source>&amp;District (optional)</source>
        <translation>区（可不填）(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="219"/>
        <source>Branch funds for {year}</source>
        <translation>{year} 年支部经费</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="263"/>
        <source>&amp;Amount (yuan)</source>
        <translation>金额（元）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/first_run.py" line="126"/>
        <source>In capitals: {text}</source>
        <translation>大写：{text}</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="329"/>
        <source>Your members</source>
        <translation>党员名单</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="342"/>
        <source>If you already keep a roster in Excel or a CSV file, Linju can read it now. Each row is checked, and you will see which rows need a look.

You can also do this later on the Members page, or type the members in by hand.</source>
        <translation>如果您已经有 Excel 或 CSV 格式的党员花名册，现在就可以读入邻居。每一行都会检查，哪几行需要核对会一一列出。

也可以以后在“党员”页面导入，或者逐个手工录入。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="356"/>
        <source>Read the roster from a file…</source>
        <translation>从文件读入党员名单…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="359"/>
        <location filename="../../ui/first_run.ui" line="362"/>
        <source>Excel (.xlsx) or CSV</source>
        <translation>Excel 表格（.xlsx）或 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/first_run.py" line="133"/>
        <source>Step {n} of {total}</source>
        <translation>第 {n} 步，共 {total} 步</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/first_run.py" line="136"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/first_run.py" line="153"/>
        <source>Setup finished</source>
        <translation>设置完成</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/first_run.py" line="209"/>
        <source>district</source>
        <translation>区级下拨</translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/first_run.py" line="227"/>
        <source>%n member(s) are now on the roster. Press Finish to start.</source>
        <translation>
            <numerusform>名单上现有 %n 名党员。请点“完成”开始使用。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextSizeStep</name>
    <message>
        <location filename="../../linju_desktop/gui/first_run.py" line="45"/>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/first_run.py" line="50"/>
        <source>Choose the size that is comfortable to read. The window changes as you choose; it can be changed again at any time in Settings.</source>
        <translation>请选择看着舒服的文字大小。选中后窗口马上变化；以后随时可以在“设置”里再改。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/first_run.py" line="60"/>
        <source>{percent} %</source>
        <translation>{percent}%</translation>
    </message>
</context>
</TS>
