<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
    <context>
        <name>domain.requests</name>
        <message>
            <source>已登记</source>
            <translation>Registered</translation>
        </message>
        <message>
            <source>已研判</source>
            <translation>Assessed</translation>
        </message>
        <message>
            <source>已派单</source>
            <translation>Dispatched</translation>
        </message>
        <message>
            <source>已接单</source>
            <translation>Accepted</translation>
        </message>
        <message>
            <source>办理中</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>已办结</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>已评价</source>
            <translation>Rated</translation>
        </message>
        <message>
            <source>已归档</source>
            <translation>Archived</translation>
        </message>
        <message>
            <source>已退单</source>
            <translation>Returned</translation>
        </message>
        <message>
            <source>研判</source>
            <translation>Assess</translation>
        </message>
        <message>
            <source>派单</source>
            <translation>Dispatch</translation>
        </message>
        <message>
            <source>接单</source>
            <translation>Accept</translation>
        </message>
        <message>
            <source>退单</source>
            <translation>Return</translation>
        </message>
        <message>
            <source>开始办理</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>办结</source>
            <translation>Complete</translation>
        </message>
        <message>
            <source>回访评价</source>
            <translation>Follow up and rate</translation>
        </message>
        <message>
            <source>归档</source>
            <translation>Archive</translation>
        </message>
        <message>
            <source>重新办理</source>
            <translation>Reopen</translation>
        </message>
        <message>
            <source>支部自办</source>
            <translation>Handled by the branch</translation>
        </message>
        <message>
            <source>党员接单</source>
            <translation>Taken by a member</translation>
        </message>
        <message>
            <source>吹哨部门</source>
            <translation>Whistled to a department</translation>
        </message>
        <message>
            <source>满意</source>
            <translation>Satisfied</translation>
        </message>
        <message>
            <source>基本满意</source>
            <translation>Basically satisfied</translation>
        </message>
        <message>
            <source>不满意</source>
            <translation>Unsatisfied</translation>
        </message>
        <message>
            <source>邻里会</source>
            <translation>Neighbour meeting</translation>
        </message>
        <message>
            <source>来访</source>
            <translation>Walk-in</translation>
        </message>
        <message>
            <source>来电</source>
            <translation>Phone call</translation>
        </message>
        <message>
            <source>社区吹哨派单</source>
            <translation>Dispatched by the community (whistle)</translation>
        </message>
        <message>
            <source>其他</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>飞线充电</source>
            <translation>Flying-lead charging</translation>
        </message>
        <message>
            <source>停车</source>
            <translation>Parking</translation>
        </message>
        <message>
            <source>垃圾</source>
            <translation>Rubbish</translation>
        </message>
        <message>
            <source>路灯</source>
            <translation>Street lights</translation>
        </message>
        <message>
            <source>电梯</source>
            <translation>Lifts</translation>
        </message>
        <message>
            <source>违建</source>
            <translation>Illegal structures</translation>
        </message>
        <message>
            <source>水电气管道</source>
            <translation>Water, power and gas pipes</translation>
        </message>
        <message>
            <source>邻里纠纷</source>
            <translation>Neighbour disputes</translation>
        </message>
        <message>
            <source>为老服务</source>
            <translation>Help for the elderly</translation>
        </message>
        <message>
            <source>紧急</source>
            <translation>Emergency</translation>
        </message>
        <message>
            <source>问题清单</source>
            <translation>Problems</translation>
        </message>
        <message>
            <source>任务清单</source>
            <translation>Tasks</translation>
        </message>
        <message>
            <source>成果清单</source>
            <translation>Results</translation>
        </message>
    </context>
</TS>
