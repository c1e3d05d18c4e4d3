<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="41" />
        <source>Publish a task</source>
        <translation>派单</translation>
    </message>
</context>
<context>
    <name>PublishTask</name>
    <message>
        <location filename="../../ui/tasks_publish.ui" line="13" />
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_publish.ui" line="26" />
        <source>What exactly</source>
        <translation>具体内容</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_publish.ui" line="39" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_publish.ui" line="59" />
        <source>Place, or the resident of an errand</source>
        <translation>地点（帮办代办填服务对象）</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_publish.ui" line="72" />
        <source>Places (1 = an errand for one resident)</source>
        <translation>名额（1 表示为一位居民帮办代办）</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="115" />
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="131" />
        <source>Tasks</source>
        <translation>派单任务</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="136" />
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="136" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="136" />
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="136" />
        <source>Place or resident</source>
        <translation>地点或服务对象</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="132" />
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="137" />
        <source>Volunteers</source>
        <translation>接单人数</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="137" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="159" />
        <source>List of tasks {year}</source>
        <translation>{year}年任务清单</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="161" />
        <source>Points and goods ledger {year}</source>
        <translation>{year}年积分与兑换物品台账</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="199" />
        <source>No task yet: publish one.</source>
        <translation>还没有任务，请先派单。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="204" />
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="208" />
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="212" />
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="204" />
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="212" />
        <source>Hours</source>
        <translation>时长（小时）</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="208" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="273" />
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_page.ui" line="13" />
        <source>Publish a task</source>
        <translation>派单</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_page.ui" line="20" />
        <source>New volunteer</source>
        <translation>新增志愿者</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_page.ui" line="27" />
        <source>Who takes it</source>
        <translation>登记接单</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="133" />
        <location filename="../../ui/tasks_page.ui" line="34" />
        <source>What was done</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_page.ui" line="41" />
        <source>Done, with hours</source>
        <translation>完成并登记时长</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_page.ui" line="51" />
        <source>Record the rating</source>
        <translation>登记评单</translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="82" />
        <source>New volunteer</source>
        <translation>新增志愿者</translation>
    </message>
</context>
<context>
    <name>VolunteerForm</name>
    <message>
        <location filename="../../ui/tasks_volunteer.ui" line="13" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_volunteer.ui" line="26" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_volunteer.ui" line="39" />
        <source>Phone (if they wish)</source>
        <translation>电话（本人愿意时填写）</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_volunteer.ui" line="52" />
        <source>Employer (reporting members)</source>
        <translation>工作单位（报到党员）</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_volunteer.ui" line="65" />
        <source>Agreed to be recorded on</source>
        <translation>同意登记日期</translation>
    </message>
</context>
</TS>