<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>domain.tasks</name>
        <message>
            <source>This task is now “{state}”; “{action}” cannot be done</source>
            <translation>该任务当前状态为“{state}”，不能执行“{action}”</translation>
        </message>
        <message>
            <source>Say what the task is</source>
            <translation>请填写任务内容</translation>
        </message>
        <message>
            <source>Enter the date of the task</source>
            <translation>请填写任务日期</translation>
        </message>
        <message>
            <source>Places must be a whole number from 1 to 500</source>
            <translation>名额必须是 1 到 500 之间的整数</translation>
        </message>
        <message>
            <source>Choose a task or an errand</source>
            <translation>请选择派单任务或帮办代办</translation>
        </message>
        <message>
            <source>Choose where the task came from</source>
            <translation>请选择任务来源</translation>
        </message>
        <message>
            <source>An errand is for one resident: enter who</source>
            <translation>帮办代办是为一位居民办理的，请填写居民</translation>
        </message>
        <message>
            <source>Choose at least one volunteer who takes the task</source>
            <translation>请至少选择一名接单的志愿者</translation>
        </message>
        <message>
            <source>The task has {places} places and {taken} are taken; {asked} more cannot join</source>
            <translation>该任务名额 {places} 个，已接 {taken} 人，不能再加 {asked} 人</translation>
        </message>
        <message>
            <source>{name} has already taken this task</source>
            <translation>{name} 已经接了这个任务</translation>
        </message>
        <message>
            <source>Describe what was done</source>
            <translation>请填写完成情况</translation>
        </message>
        <message>
            <source>Record the hours of at least one volunteer before completing the task</source>
            <translation>完成任务前请至少登记一名志愿者的服务时长</translation>
        </message>
        <message>
            <source>Say why the task is cancelled</source>
            <translation>请填写取消原因</translation>
        </message>
        <message>
            <source>{name} did not take this task</source>
            <translation>{name} 没有接这个任务</translation>
        </message>
        <message>
            <source>Hours can be recorded only for a task that is taken or done</source>
            <translation>只有已接单或已完成的任务才能登记服务时长</translation>
        </message>
    </context>
</TS>