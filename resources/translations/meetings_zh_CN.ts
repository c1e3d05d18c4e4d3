<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/attendance.py" line="73"/>
        <location filename="../../linju_desktop/gui/pages/meetings/dialog.py" line="115"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="34"/>
        <source>&amp;Kind of meeting</source>
        <translation>会议类型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="72"/>
        <source>Party &amp;group</source>
        <translation>党小组(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="110"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="167"/>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="195"/>
        <location filename="../../ui/meetings_dialog.ui" line="198"/>
        <source>Filled in for you; change it if you like</source>
        <translation>已自动填写，可以修改</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="251"/>
        <source> people</source>
        <translation> 人</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="217"/>
        <source>Residents present</source>
        <translation>参会居民人数</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="304"/>
        <source>Names of attendees who are not branch members, e.g. property company staff</source>
        <translation>非本支部党员的参会人员，每行一人，如物业公司、业委会人员</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="267"/>
        <source>Other attendees</source>
        <translation>其他参会人员</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="322"/>
        <source>Who came</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="339"/>
        <source>Everyone present</source>
        <translation>全部出席</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="373"/>
        <source>First choose the kind of meeting: the list of who should come appears here.</source>
        <translation>请先选择会议类型，应到人员名单会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="472"/>
        <location filename="../../ui/meetings_dialog.ui" line="522"/>
        <source>(not given)</source>
        <translation>（未填）</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="394"/>
        <source>&amp;Place</source>
        <translation>地点(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="438"/>
        <source>&amp;Starts</source>
        <translation>开始时间(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="488"/>
        <source>&amp;Ends</source>
        <translation>结束时间(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="538"/>
        <source>&amp;Chair</source>
        <translation>主持人(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="576"/>
        <source>&amp;Recorder</source>
        <translation>记录人(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="614"/>
        <source>&amp;Agenda</source>
        <translation>议程(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="651"/>
        <source>One item a line</source>
        <translation>每行一项</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="664"/>
        <source>&amp;Minutes</source>
        <translation>会议记录(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="701"/>
        <source>What was said</source>
        <translation>发言和讨论情况</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="714"/>
        <source>De&amp;cisions</source>
        <translation>决议(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="751"/>
        <source>What was decided, and the votes</source>
        <translation>会议决定和表决情况</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="767"/>
        <source>Follow-ups</source>
        <translation>会后跟进事项</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="786"/>
        <source>What is to be done, by whom</source>
        <translation>要办的事、由谁来办</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/dialog.py" line="123"/>
        <source>(not linked to a resident request)</source>
        <translation>（不关联群众诉求）</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="798"/>
        <source>Linked resident request</source>
        <translation>关联的群众诉求</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="811"/>
        <source>Add follow-up</source>
        <translation>添加跟进事项</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="830"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="842"/>
        <source>Double-click a photo to open it</source>
        <translation>双击照片可以打开查看</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="894"/>
        <source>Keep the original photos (larger files)</source>
        <translation>保留原图（文件较大）</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="897"/>
        <source>Large photos are made smaller before they are kept (they are synced to the district); tick this to keep them as they are</source>
        <translation>较大的照片保存前会缩小（照片要同步到区里）；勾选此项则按原样保留</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="875"/>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="882"/>
        <source>or drag photos from a folder onto this window</source>
        <translation>也可以把照片从文件夹直接拖到本窗口</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="929"/>
        <source>Addenda (corrections after finalising)</source>
        <translation>补充说明（定稿后的更正和补充）</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="982"/>
        <source>Write the correction or addition here</source>
        <translation>在这里填写更正或补充的内容</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="1011"/>
        <source>Add addendum</source>
        <translation>添加补充说明</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="1039"/>
        <source>Finalise…</source>
        <translation>定稿…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="1033"/>
        <location filename="../../ui/meetings_dialog.ui" line="1036"/>
        <source>Save and lock the record; later corrections go into addenda</source>
        <translation>保存并锁定记录，以后的更正只能写成补充说明</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_dialog.ui" line="1059"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/dialog.py" line="225"/>
        <location filename="../../ui/meetings_dialog.ui" line="1075"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/dialog.py" line="168"/>
        <source>Meeting: {title}</source>
        <translation>会议记录：{title}</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/dialog.py" line="93"/>
        <source>At most {mb} MB a photo; large photos are made smaller unless you keep the originals.</source>
        <translation>每张照片不超过 {mb} MB；较大的照片会自动压缩，除非勾选保留原图。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/dialog.py" line="170"/>
        <source>New meeting</source>
        <translation>新建会议记录</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/addenda.py" line="39"/>
        <source>No addenda yet.</source>
        <translation>还没有补充说明。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/followups.py" line="23"/>
        <source> (request {number})</source>
        <translation>（诉求 {number}）</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/dialog.py" line="225"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/dialog.py" line="239"/>
        <source>This record was finalised on {date} and can no longer be changed. To correct or add something, write an addendum below.</source>
        <translation>本记录已于 {date} 定稿，不能再修改。如需更正或补充，请在下方填写补充说明。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/attendance.py" line="120"/>
        <source>Expected {expected}, present {present}, absent {absent}, non-voting {non_voting}</source>
        <translation>应到 {expected} 人，实到 {present} 人，缺席 {absent} 人，列席 {non_voting} 人</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/attendance.py" line="138"/>
        <source>No full members with a vote on the list</source>
        <translation>名单中没有有表决权的正式党员</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/attendance.py" line="146"/>
        <source>Quorum reached: {present} present of {total} ({required} needed)</source>
        <translation>达到法定人数：实到 {present} / 应到 {total}（需 {required}）</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/attendance.py" line="150"/>
        <source>Quorum NOT reached: {present} present of {total} ({required} needed)</source>
        <translation>未达到法定人数：实到 {present} / 应到 {total}（需 {required}）</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/attendance.py" line="154"/>
        <source>Counted: full members with a vote; probationary and non-voting do not count</source>
        <translation>只计有表决权的正式党员，预备党员和列席人员不计入</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/followups.py" line="32"/>
        <source>Write what is to be done first</source>
        <translation>请先填写要办的事</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/photos.py" line="73"/>
        <source>Choose photos of the meeting</source>
        <translation>选择会议照片</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/photos.py" line="75"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/pages/meetings/dialog.py" line="189"/>
        <source>%n photo(s) will be kept when you save</source>
        <translation>
            <numerusform>保存后将存入 %n 张照片</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/minutes.py" line="143"/>
        <source>Unsaved minutes found</source>
        <translation>发现未保存的会议记录</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/minutes.py" line="144"/>
        <source>This meeting record has text that was typed but not saved (the program was closed unexpectedly). Restore it?</source>
        <translation>这份会议记录有已录入但未保存的内容（程序上次意外关闭）。要恢复吗？</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/dialog.py" line="380"/>
        <source>Meeting saved</source>
        <translation>会议记录已保存</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/dialog.py" line="400"/>
        <source>A date in the future</source>
        <translation>日期在今天之后</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/dialog.py" line="401"/>
        <source>The meeting is dated {date}, after today. Save it anyway?</source>
        <translation>会议日期是 {date}，在今天之后。仍要保存吗？</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/dialog.py" line="414"/>
        <source>Finalise the record</source>
        <translation>会议记录定稿</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/dialog.py" line="416"/>
        <source>After finalising, this record can no longer be edited; corrections can only be added as addenda.

Finalise it now?</source>
        <translation>定稿后，本记录不能再修改，更正只能以补充说明的方式添加。

现在定稿吗？</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/dialog.py" line="377"/>
        <source>Meeting record finalised</source>
        <translation>会议记录已定稿</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/addenda.py" line="57"/>
        <source>Addendum added</source>
        <translation>补充说明已添加</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/page.py" line="28"/>
        <source>Meetings</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/page.py" line="35"/>
        <source>Minutes of “{title}”</source>
        <translation>会议记录：{title}</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/page.py" line="37"/>
        <source>Minutes of the selected meeting (select one first)</source>
        <translation>所选会议的记录（请先在列表中选中一次会议）</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/page.py" line="42"/>
        <location filename="../../linju_desktop/gui/pages/meetings/page.py" line="46"/>
        <source>Register of meetings {year}</source>
        <translation>{year}年“三会一课”登记簿</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/page.py" line="52"/>
        <source>Search titles, places, agendas and minutes</source>
        <translation>搜索标题、地点、议程和会议内容</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/page.py" line="57"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/page.py" line="60"/>
        <location filename="../../linju_desktop/gui/pages/meetings/page.py" line="129"/>
        <source>Kind</source>
        <translation>会议类型</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/page.py" line="67"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/page.py" line="68"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/page.py" line="70"/>
        <source>Present / expected</source>
        <translation>实到/应到</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/page.py" line="72"/>
        <source>Quorum</source>
        <translation>法定人数</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/page.py" line="75"/>
        <location filename="../../linju_desktop/gui/pages/meetings/page.py" line="136"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/page.py" line="81"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/page.py" line="89"/>
        <source>{n} residents</source>
        <translation>居民 {n} 人</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/page.py" line="94"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/page.py" line="94"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/page.py" line="120"/>
        <source>New meeting</source>
        <translation>新建会议记录</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/page.py" line="121"/>
        <source>Record a meeting: kind and date first, then who came</source>
        <translation>记录一次会议：先选类型和日期，再勾选出席人员</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/page.py" line="133"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/page.py" line="144"/>
        <source>No meetings recorded yet. Record the first one: choose its kind and date, and the list of who should come is filled in for you.</source>
        <translation>还没有会议记录。记录第一次会议吧：选好会议类型和日期，应到人员名单会自动列出。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/page.py" line="147"/>
        <source>Record the first meeting</source>
        <translation>记录第一次会议</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/page.py" line="187"/>
        <source>Unsaved minutes found</source>
        <translation>发现未保存的会议记录</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/page.py" line="188"/>
        <source>The program was closed while a meeting record had unsaved text. Open it now?</source>
        <translation>上次程序关闭时，有一份会议记录的内容还没有保存。现在打开吗？</translation>
    </message>
</context>
<context>
    <name>RosterList</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/roster.py" line="85"/>
        <source>Find someone: part of a name or a building, then Enter marks them absent</source>
        <translation>查找：输入姓名的一部分或楼号，按回车即记为缺席</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/roster.py" line="87"/>
        <source>Find someone on the list</source>
        <translation>在名单中查找</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/roster.py" line="100"/>
        <source>Present (tick)</source>
        <translation>出席（打勾）</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/roster.py" line="102"/>
        <source>Reason if absent</source>
        <translation>缺席原因</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/roster.py" line="104"/>
        <location filename="../../linju_desktop/gui/pages/meetings/roster.py" line="144"/>
        <source>Non-voting</source>
        <translation>列席</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/roster.py" line="128"/>
        <source>probationary</source>
        <translation>预备党员</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/roster.py" line="134"/>
        <source>(choose a reason)</source>
        <translation>请选择</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/roster.py" line="136"/>
        <source>Reason for {name}&apos;s absence</source>
        <translation>{name}的缺席原因</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/roster.py" line="141"/>
        <source>What other reason?</source>
        <translation>其他什么原因？</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/meetings/roster.py" line="142"/>
        <source>Other reason for {name}&apos;s absence</source>
        <translation>{name}缺席的其他原因</translation>
    </message>
</context>
</TS>
