<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="281"/>
        <source>Member: {name}</source>
        <translation>党员：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="14"/>
        <source>Add a member</source>
        <translation>新增党员</translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="72"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="95"/>
        <source>&amp;ID number</source>
        <translation>身份证号(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="108"/>
        <source>18 digits; the last may be X</source>
        <translation>18位，最后一位可能是X</translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="117"/>
        <location filename="../../ui/members_member_dialog.ui" line="120"/>
        <source>Birth date and gender are read from the ID number</source>
        <translation>出生日期和性别根据身份证号码自动得出</translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="141"/>
        <source>&amp;Mobile</source>
        <translation>手机号(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="154"/>
        <source>11 digits, or a landline</source>
        <translation>11位手机号，或座机号码</translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="164"/>
        <source>&amp;Joined the Party</source>
        <translation>入党日期(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="177"/>
        <source>e.g. 1985-07-01</source>
        <translation>例如 1985-07-01</translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="187"/>
        <source>&amp;Full membership</source>
        <translation>转正日期(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="200"/>
        <source>blank while probationary</source>
        <translation>预备期内不填</translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="210"/>
        <source>Ca&amp;tegory</source>
        <translation>党员类别(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="289"/>
        <source>(from the dates)</source>
        <translation>（按日期自动判断）</translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="227"/>
        <source>Party &amp;group</source>
        <translation>党小组(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="247"/>
        <source>&amp;Building</source>
        <translation>楼栋(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="267"/>
        <source>&amp;Unit</source>
        <translation>单元(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="287"/>
        <source>&amp;Room</source>
        <translation>房号(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="310"/>
        <source>More details</source>
        <translation>更多信息</translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="352"/>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="375"/>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="395"/>
        <source>Occupation</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="425"/>
        <source>Party-member centre household</source>
        <translation>党员中心户</translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="445"/>
        <source>In-service member reporting to the community</source>
        <translation>在职党员到社区报到</translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="452"/>
        <source>Employer</source>
        <translation>报到单位</translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="472"/>
        <source>Mobility</source>
        <translation>流动状态</translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="489"/>
        <source>Gone to</source>
        <translation>外出去向</translation>
    </message>
    <message>
        <location filename="../../ui/members_member_dialog.ui" line="509"/>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="316"/>
        <source>Record leaving…</source>
        <translation>登记离开…</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="330"/>
        <source>Birth date and gender will be read from the ID number</source>
        <translation>输入身份证号码后，自动显示出生日期和性别</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="338"/>
        <source>Born {date}, {gender}, aged {age}</source>
        <translation>出生于 {date}，{gender}，{age} 岁</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="380"/>
        <source>Saved — please check</source>
        <translation>已保存，请核对以下提醒</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="381"/>
        <source>Member saved</source>
        <translation>党员信息已保存</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="398"/>
        <location filename="../../linju_desktop/gui/pages/members.py" line="405"/>
        <location filename="../../linju_desktop/gui/pages/members.py" line="414"/>
        <source>Record leaving</source>
        <translation>登记离开</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="399"/>
        <source>Why does the member leave (transfer out, death, ...)?</source>
        <translation>离开原因（如转出、去世等）：</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="406"/>
        <source>The member stays in the history but leaves the roster. Continue?</source>
        <translation>该党员的记录会保留在历史中，但不再列入花名册。确定吗？</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="46"/>
        <source>Members</source>
        <translation>党员</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="50"/>
        <source>Roster of members (ID numbers masked)</source>
        <translation>党员花名册（身份证号隐藏中间位数）</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="51"/>
        <source>Roster with FULL ID numbers (keep safe)</source>
        <translation>党员花名册（含完整身份证号，请妥善保管）</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="58"/>
        <source>Search by name, pinyin initials (e.g. zsf), building or phone</source>
        <translation>按姓名、拼音首字母（如 zsf）、楼栋或电话查找</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="65"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="68"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="75"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="83"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="87"/>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="90"/>
        <location filename="../../linju_desktop/gui/pages/members.py" line="177"/>
        <source>Category</source>
        <translation>党员类别</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="97"/>
        <location filename="../../linju_desktop/gui/pages/members.py" line="179"/>
        <source>Party group</source>
        <translation>党小组</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="103"/>
        <source>Building / unit / room</source>
        <translation>楼栋-单元-房号</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="110"/>
        <source>Party standing</source>
        <translation>党龄</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="116"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="122"/>
        <source>left</source>
        <translation>已离开</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="124"/>
        <source>centre household</source>
        <translation>党员中心户</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="127"/>
        <source>reporting from {employer}</source>
        <translation>报到党员（{employer}）</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="146"/>
        <source>Add a member</source>
        <translation>新增党员</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="147"/>
        <source>Enter a new member by hand</source>
        <translation>手工录入一名党员</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="154"/>
        <source>Import roster…</source>
        <translation>导入花名册…</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="155"/>
        <source>Read members from an Excel or CSV file</source>
        <translation>从 Excel 或 CSV 文件读入党员</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="161"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="162"/>
        <source>Save the roster as Excel or CSV</source>
        <translation>把花名册保存为 Excel 或 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="167"/>
        <source>Show full ID numbers</source>
        <translation>显示完整身份证号</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="168"/>
        <source>ID numbers are hidden by default to protect members</source>
        <translation>为保护党员隐私，身份证号默认隐藏中间部分</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="173"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="174"/>
        <source>On the roster</source>
        <translation>在册</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="174"/>
        <source>Left</source>
        <translation>已离开</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="181"/>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="201"/>
        <source>Save a blank roster template…</source>
        <translation>保存空白花名册模板…</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="207"/>
        <source>The roster is empty. If you keep it in Excel or a CSV file, read it in: each row is checked and you see which ones need a look. No file yet? Save the blank template, fill it in with Excel, then import it. Or add members by hand.</source>
        <translation>党员名单还是空的。如果名单在 Excel 或 CSV 文件里，可以直接导入：每一行都会检查，需要核对的会标出来。还没有文件？先保存空白模板，用 Excel 填好后再导入。也可以逐个添加。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="212"/>
        <source>Import the roster…</source>
        <translation>导入党员名单…</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="234"/>
        <source>Save the roster template</source>
        <translation>保存花名册模板</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="239"/>
        <source>Export the roster</source>
        <translation>导出花名册</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="241"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 表格 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/pages/members.py" line="251"/>
        <source>Exported %n member(s)</source>
        <translation>
            <numerusform>已导出 %n 名党员</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/members.py" line="252"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
</TS>
