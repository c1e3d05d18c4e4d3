<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ExchangeDialog</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/exchange.py" line="25"/>
        <source>Exchange points for goods</source>
        <translation>积分兑换物品</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/exchange.py" line="35"/>
        <source>{name} ({points} points each)</source>
        <translation>{name}（每件 {points} 积分）</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/exchange.py" line="49"/>
        <source>Add a volunteer and goods first.</source>
        <translation>请先添加志愿者和兑换物品。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/exchange.py" line="53"/>
        <source>{name} has {balance} points; this exchange costs {cost}. {left} of “{goods}” left.</source>
        <translation>{name}现有 {balance} 积分，本次兑换需 {cost} 积分。“{goods}”还剩 {left} 件。</translation>
    </message>
</context>
<context>
    <name>ExchangeForm</name>
    <message>
        <location filename="../../ui/tasks_exchange.ui" line="33"/>
        <source>&amp;Volunteer</source>
        <translation>志愿者(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_exchange.ui" line="50"/>
        <source>&amp;Goods</source>
        <translation>物品(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_exchange.ui" line="67"/>
        <source>&amp;Quantity</source>
        <translation>数量(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_exchange.ui" line="90"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
</context>
<context>
    <name>GoodsDialog</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/library.py" line="58"/>
        <source>Change the goods</source>
        <translation>修改物品</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/library.py" line="58"/>
        <source>New goods</source>
        <translation>新增物品</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/library.py" line="66"/>
        <source>{left} left; {n} exchanged so far (the stock received counts them).</source>
        <translation>还剩 {left} 件；已兑换 {n} 件（计入累计入库数量）。</translation>
    </message>
</context>
<context>
    <name>GoodsForm</name>
    <message>
        <location filename="../../ui/tasks_goods.ui" line="33"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_goods.ui" line="50"/>
        <source>&amp;Points each</source>
        <translation>每件积分(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_goods.ui" line="73"/>
        <source>&amp;Stock received</source>
        <translation>累计入库(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/library.py" line="28"/>
        <source>Change the activity</source>
        <translation>修改活动项目</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/library.py" line="28"/>
        <source>New activity</source>
        <translation>新增活动项目</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <location filename="../../ui/tasks_item.ui" line="33"/>
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_item.ui" line="50"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_item.ui" line="67"/>
        <source>Points &amp;rule</source>
        <translation>积分规则(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_item.ui" line="84"/>
        <source>&amp;Points</source>
        <translation>积分(&amp;P)</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/library.py" line="87"/>
        <source>Activities and goods</source>
        <translation>活动项目与兑换物品</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/library.py" line="99"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/library.py" line="99"/>
        <source>Activity</source>
        <translation>活动项目</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/library.py" line="99"/>
        <source>Points rule</source>
        <translation>积分规则</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/library.py" line="99"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/library.py" line="103"/>
        <source>Goods</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/library.py" line="103"/>
        <source>Points each</source>
        <translation>每件积分</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/library.py" line="103"/>
        <source>Stock received</source>
        <translation>累计入库</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/library.py" line="103"/>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
</context>
<context>
    <name>LibraryForm</name>
    <message>
        <location filename="../../ui/tasks_library.ui" line="18"/>
        <source>Activities</source>
        <translation>活动项目</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_library.ui" line="43"/>
        <source>New activity</source>
        <translation>新增活动项目</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_library.ui" line="50"/>
        <source>Change the activity</source>
        <translation>修改活动项目</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_library.ui" line="66"/>
        <source>Goods for points</source>
        <translation>积分兑换物品</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_library.ui" line="91"/>
        <source>New goods</source>
        <translation>新增物品</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_library.ui" line="98"/>
        <source>Change the goods</source>
        <translation>修改物品</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/dialogs.py" line="28"/>
        <source>Publish a task</source>
        <translation>派单</translation>
    </message>
</context>
<context>
    <name>PublishTask</name>
    <message>
        <location filename="../../ui/tasks_publish.ui" line="13"/>
        <source>&amp;Activity</source>
        <translation>活动项目(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_publish.ui" line="26"/>
        <source>&amp;What exactly</source>
        <translation>具体内容(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_publish.ui" line="39"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_publish.ui" line="59"/>
        <source>&amp;Place, or the resident of an errand</source>
        <translation>地点（帮办代办填服务对象）(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_publish.ui" line="72"/>
        <source>Place&amp;s (1 = an errand for one resident)</source>
        <translation>名额（1 表示为一位居民帮办代办）(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ReverseDialog</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/exchange.py" line="81"/>
        <source>Reverse an exchange of {name}</source>
        <translation>冲销{name}的积分兑换</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/exchange.py" line="88"/>
        <source>{date}: {goods} × {quantity}, {points} points</source>
        <translation>{date}：{goods} × {quantity}，{points} 积分</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/exchange.py" line="95"/>
        <source>No exchange to reverse</source>
        <translation>没有可冲销的兑换</translation>
    </message>
</context>
<context>
    <name>ReverseForm</name>
    <message>
        <location filename="../../ui/tasks_reverse.ui" line="33"/>
        <source>&amp;Exchange</source>
        <translation>兑换记录(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_reverse.ui" line="50"/>
        <source>&amp;Why</source>
        <translation>原因(&amp;W)</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="52"/>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="69"/>
        <source>Tasks</source>
        <translation>派单任务</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="75"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="75"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="75"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="75"/>
        <source>Place or resident</source>
        <translation>地点或服务对象</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="70"/>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="76"/>
        <location filename="../../ui/tasks_page.ui" line="31"/>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="72"/>
        <source>Search tasks</source>
        <translation>搜索任务</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="76"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="115"/>
        <source>List of tasks {year}</source>
        <translation>{year}年任务清单</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="117"/>
        <source>Points and goods ledger {year}</source>
        <translation>{year}年积分与兑换物品台账</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="187"/>
        <source>No task matches “{text}”.</source>
        <translation>没有与“{text}”相符的任务。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="189"/>
        <source>Showing the newest {shown} of {total} tasks.</source>
        <translation>共 {total} 个任务，显示最新的 {shown} 个。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="193"/>
        <source>{total} tasks.</source>
        <translation>共 {total} 个任务。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="199"/>
        <source>No tasks yet. Publish the first: what is to be done, where and when, and how many volunteers it needs; volunteers added under Volunteers can then take it.</source>
        <translation>还没有派单任务。派第一张单：写明要做的事、地点和时间、需要几位志愿者；在“志愿者”里登记的志愿者就可以接单。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="202"/>
        <source>Publish the first task</source>
        <translation>派第一张单</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="216"/>
        <source>No task yet: publish one.</source>
        <translation>还没有任务，请先派单。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="79"/>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="221"/>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="225"/>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="229"/>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="79"/>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="221"/>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="229"/>
        <source>Hours</source>
        <translation>时长（小时）</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="225"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="291"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_page.ui" line="24"/>
        <source>Publish a task</source>
        <translation>派单</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_page.ui" line="101"/>
        <source>Who takes it</source>
        <translation>登记接单</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="71"/>
        <location filename="../../ui/tasks_page.ui" line="108"/>
        <source>What was done</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_page.ui" line="14"/>
        <source>Search title, place or volunteer</source>
        <translation>搜索任务、地点或志愿者</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_page.ui" line="38"/>
        <source>Activities and goods</source>
        <translation>活动项目与兑换物品</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_page.ui" line="45"/>
        <source>Exchange points</source>
        <translation>积分兑换</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_page.ui" line="76"/>
        <source>Show more</source>
        <translation>显示更多</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_page.ui" line="115"/>
        <source>Done, with hours</source>
        <translation>完成并登记时长</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_page.ui" line="125"/>
        <source>Record the rating</source>
        <translation>登记评单</translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/dialogs.py" line="78"/>
        <source>New volunteer</source>
        <translation>新增志愿者</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/dialogs.py" line="78"/>
        <source>Change the volunteer</source>
        <translation>修改志愿者</translation>
    </message>
</context>
<context>
    <name>VolunteerForm</name>
    <message>
        <location filename="../../ui/tasks_volunteer.ui" line="33"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_volunteer.ui" line="50"/>
        <source>&amp;Kind</source>
        <translation>类别(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_volunteer.ui" line="67"/>
        <source>&amp;Phone (if they wish)</source>
        <translation>电话（自愿填写）(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_volunteer.ui" line="84"/>
        <source>&amp;Building</source>
        <translation>楼栋(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_volunteer.ui" line="104"/>
        <source>&amp;Room</source>
        <translation>单元房号(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_volunteer.ui" line="124"/>
        <source>&amp;Employer (reporting members)</source>
        <translation>工作单位（报到党员）(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_volunteer.ui" line="141"/>
        <source>&amp;Agreed to be recorded on</source>
        <translation>同意登记日期(&amp;A)</translation>
    </message>
</context>
<context>
    <name>VolunteersDialog</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/people.py" line="37"/>
        <location filename="../../linju_desktop/gui/pages/tasks/people.py" line="51"/>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/people.py" line="48"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/people.py" line="48"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/people.py" line="48"/>
        <source>Lives at</source>
        <translation>住址</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/people.py" line="48"/>
        <source>Agreed on</source>
        <translation>同意登记日期</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/people.py" line="101"/>
        <source>No volunteer found.</source>
        <translation>没有找到志愿者。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/people.py" line="105"/>
        <source>{name}: {tasks} tasks, {hours} hours; points {balance} (earned {earned}, exchanged {spent}).</source>
        <translation>{name}：参加 {tasks} 个任务，服务 {hours} 小时；积分余额 {balance}（获得 {earned}，已兑换 {spent}）。</translation>
    </message>
</context>
<context>
    <name>VolunteersForm</name>
    <message>
        <location filename="../../ui/tasks_volunteers.ui" line="20"/>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_volunteers.ui" line="30"/>
        <source>Name, building or kind</source>
        <translation>姓名、楼栋或类别</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_volunteers.ui" line="64"/>
        <source>New volunteer</source>
        <translation>新增志愿者</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_volunteers.ui" line="71"/>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_volunteers.ui" line="78"/>
        <source>Print the service record</source>
        <translation>打印志愿服务记录</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_volunteers.ui" line="85"/>
        <source>Reverse an exchange</source>
        <translation>冲销兑换</translation>
    </message>
</context>
</TS>
