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
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="80" />
        <source>Tasks</source>
        <translation>派单任务</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="97" />
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="97" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="97" />
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="97" />
        <source>Place or resident</source>
        <translation>地点或服务对象</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="98" />
        <source>Volunteers</source>
        <translation>接单人数</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="98" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="119" />
        <source>List of tasks {year}</source>
        <translation>{year}年任务清单</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="121" />
        <source>Points and goods ledger {year}</source>
        <translation>{year}年积分与兑换物品台账</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="159" />
        <source>No task yet: publish one.</source>
        <translation>还没有任务，请先派单。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="164" />
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="168" />
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="172" />
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="164" />
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="172" />
        <source>Hours</source>
        <translation>时长（小时）</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="168" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/tasks/page.py" line="229" />
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
        <source>Who takes it</source>
        <translation>登记接单</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_page.ui" line="27" />
        <source>What was done</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_page.ui" line="34" />
        <source>Done, with hours</source>
        <translation>完成并登记时长</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_page.ui" line="44" />
        <source>Record the rating</source>
        <translation>登记评单</translation>
    </message>
</context>
</TS>