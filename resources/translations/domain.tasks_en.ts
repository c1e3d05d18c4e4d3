<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
    <context>
        <name>domain.tasks</name>
        <message>
            <source>已派单</source>
            <translation>Published</translation>
        </message>
        <message>
            <source>已接单</source>
            <translation>Taken</translation>
        </message>
        <message>
            <source>已完成</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>已评单</source>
            <translation>Rated</translation>
        </message>
        <message>
            <source>已取消</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>接单</source>
            <translation>Take</translation>
        </message>
        <message>
            <source>完成</source>
            <translation>Complete</translation>
        </message>
        <message>
            <source>评单</source>
            <translation>Rate</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>派单任务</source>
            <translation>Task</translation>
        </message>
        <message>
            <source>帮办代办</source>
            <translation>Errand</translation>
        </message>
        <message>
            <source>支部计划</source>
            <translation>Branch plan</translation>
        </message>
        <message>
            <source>群众诉求</source>
            <translation>Resident request</translation>
        </message>
        <message>
            <source>会议跟进事项</source>
            <translation>Meeting follow-up</translation>
        </message>
        <message>
            <source>邻里会</source>
            <translation>Neighbour meeting</translation>
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
    </context>
</TS>
