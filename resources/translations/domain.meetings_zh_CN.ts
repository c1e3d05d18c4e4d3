<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>domain.meetings</name>
        <message>
            <source>Mark the attendance: present, absent or non-voting</source>
            <translation>请标明出席情况：出席、缺席或列席</translation>
        </message>
        <message>
            <source>Give the reason for the absence</source>
            <translation>请填写缺席原因</translation>
        </message>
        <message>
            <source>Describe the other reason for the absence</source>
            <translation>请说明其他缺席原因</translation>
        </message>
        <message>
            <source>These minutes are final and cannot be edited; add an addendum instead</source>
            <translation>会议记录已定稿，不能修改；如需更正，请添加补充说明</translation>
        </message>
        <message>
            <source>At most one third of those reviewed may be rated excellent: at most {max} of {total}, not {count}</source>
            <translation>评为优秀的不能超过参评人数的三分之一：{total} 人中最多 {max} 人，现为 {count} 人</translation>
        </message>
        <message>
            <source>Choose a rating: excellent, qualified, basically qualified or unqualified</source>
            <translation>请选择评议等次：优秀、合格、基本合格或不合格</translation>
        </message>
        <message>
            <source>The meeting cannot end before it starts</source>
            <translation>会议结束时间不能早于开始时间</translation>
        </message>
        <message>
            <source>This person is listed twice</source>
            <translation>此人重复登记</translation>
        </message>
    </context>
</TS>
