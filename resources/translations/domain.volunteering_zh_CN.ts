<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>domain.volunteering</name>
        <message>
            <source>Enter the volunteer's name</source>
            <translation>请填写志愿者姓名</translation>
        </message>
        <message>
            <source>Choose what kind of volunteer this is: member, reporting member, resident or youth</source>
            <translation>请选择志愿者类别：党员、报到党员、居民或青少年志愿者</translation>
        </message>
        <message>
            <source>Enter the date the volunteer agreed to be recorded</source>
            <translation>请填写志愿者同意登记的日期</translation>
        </message>
        <message>
            <source>The volunteer cannot have agreed on a day still to come: check the date</source>
            <translation>同意登记的日期不能晚于今天，请核对</translation>
        </message>
        <message>
            <source>Enter the employer of the reporting member</source>
            <translation>请填写报到党员的工作单位</translation>
        </message>
        <message>
            <source>Choose the points rule: per hour, per task or per rating</source>
            <translation>请选择积分规则：按小时、按次或按评价</translation>
        </message>
        <message>
            <source>Points must be a whole number from 0 to 10000</source>
            <translation>积分必须是 0 到 10000 之间的整数</translation>
        </message>
        <message>
            <source>Choose one of the activity categories</source>
            <translation>请选择活动类别</translation>
        </message>
        <message>
            <source>Enter the name of the activity</source>
            <translation>请填写活动名称</translation>
        </message>
        <message>
            <source>Hours must be a number more than 0 and at most 24, such as 2 or 1.5</source>
            <translation>服务时长必须大于 0 且不超过 24 小时，例如 2 或 1.5</translation>
        </message>
        <message>
            <source>{name} already has {hours} hours on {day}; a day has at most 24</source>
            <translation>{name} 在 {day} 已登记 {hours} 小时，一天最多 24 小时</translation>
        </message>
        <message>
            <source>Enter the name of the goods</source>
            <translation>请填写物品名称</translation>
        </message>
        <message>
            <source>Stock must be a whole number, 0 or more</source>
            <translation>库存必须是不小于 0 的整数</translation>
        </message>
        <message>
            <source>The quantity must be a whole number, 1 or more</source>
            <translation>数量必须是不小于 1 的整数</translation>
        </message>
        <message>
            <source>{name} has {balance} points; this exchange needs {points}</source>
            <translation>{name} 现有 {balance} 积分，本次兑换需要 {points} 积分</translation>
        </message>
        <message>
            <source>Only {stock} of “{goods}” are left; {quantity} asked</source>
            <translation>“{goods}”只剩 {stock} 件，要兑换 {quantity} 件</translation>
        </message>
        <message>
            <source>Only an exchange can be reversed</source>
            <translation>只有兑换记录可以冲正</translation>
        </message>
        <message>
            <source>This exchange has already been reversed</source>
            <translation>该兑换已冲正过</translation>
        </message>
        <message>
            <source>Say why the exchange is reversed</source>
            <translation>请填写冲正原因</translation>
        </message>
    </context>
</TS>