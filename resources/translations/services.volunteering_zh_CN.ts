<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>services.volunteering</name>
        <message>
            <source>This task does not exist</source>
            <translation>该任务不存在</translation>
        </message>
        <message>
            <source>This volunteer does not exist</source>
            <translation>该志愿者不存在</translation>
        </message>
        <message>
            <source>This activity is not in the library</source>
            <translation>活动库中没有该活动</translation>
        </message>
        <message>
            <source>These goods do not exist</source>
            <translation>该物品不存在</translation>
        </message>
        <message>
            <source>An exchange is recorded once made: its date cannot be after today</source>
            <translation>兑换发生后才登记：日期不能晚于今天</translation>
        </message>
        <message>
            <source>This ledger entry does not exist</source>
            <translation>该积分记录不存在</translation>
        </message>
    </context>
</TS>