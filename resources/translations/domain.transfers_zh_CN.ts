<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>domain.transfers</name>
        <message>
            <source>Choose whether the member transfers in or out</source>
            <translation>请选择转入或转出</translation>
        </message>
        <message>
            <source>Enter the organisation the member transfers {direction}</source>
            <translation>请填写{direction}的党组织</translation>
        </message>
        <message>
            <source>Enter the date the letter was issued</source>
            <translation>请填写介绍信开具日期</translation>
        </message>
        <message>
            <source>The letter cannot be issued in the future</source>
            <translation>介绍信开具日期不能晚于今天</translation>
        </message>
        <message>
            <source>The letter must be valid for at least one day</source>
            <translation>介绍信有效期至少为 1 天</translation>
        </message>
        <message>
            <source>A letter is valid for at most {months} months ({days} days from this issue date)</source>
            <translation>介绍信有效期最长 {months} 个月（自该开具日期起 {days} 天）</translation>
        </message>
        <message>
            <source>Write the month dues are paid to as YYYY-MM, e.g. 2024-03</source>
            <translation>党费交至月份请写成“年-月”，例如 2024-03</translation>
        </message>
        <message>
            <source>Dues should be paid up to the month of the transfer ({month})</source>
            <translation>党费应交至转出当月（{month}）</translation>
        </message>
        <message>
            <source>Dues may be paid at most {months} months ahead</source>
            <translation>党费最多预交 {months} 个月</translation>
        </message>
        <message>
            <source>The letter cannot be handed over before it is issued</source>
            <translation>介绍信交付日期不能早于开具日期</translation>
        </message>
        <message>
            <source>The member cannot be received before the letter is issued</source>
            <translation>接收日期不能早于介绍信开具日期</translation>
        </message>
        <message>
            <source>This date is in the future</source>
            <translation>日期不能晚于今天</translation>
        </message>
        <message>
            <source>The letter had expired ({valid_until}) when the member was received</source>
            <translation>接收时介绍信已过有效期（{valid_until}）</translation>
        </message>
        <message>
            <source>The receipt cannot be sent before the member is received</source>
            <translation>回执寄出日期不能早于接收日期</translation>
        </message>
    </context>
</TS>
