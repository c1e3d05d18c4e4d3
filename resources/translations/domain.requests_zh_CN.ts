<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>domain.requests</name>
        <message>
            <source>This request is now “{state}”; “{action}” cannot be done</source>
            <translation>该诉求当前状态为“{state}”，不能执行“{action}”</translation>
        </message>
        <message>
            <source>Choose how the request is handled: by the branch, a member or a department</source>
            <translation>请选择办理方式：支部自办、党员接单或吹哨部门</translation>
        </message>
        <message>
            <source>Choose the member who takes the request</source>
            <translation>请选择接单的党员</translation>
        </message>
        <message>
            <source>Enter the department the request is whistled to</source>
            <translation>请填写吹哨的部门</translation>
        </message>
        <message>
            <source>Say why the request is returned</source>
            <translation>请填写退单原因</translation>
        </message>
        <message>
            <source>Describe the result</source>
            <translation>请填写办理结果</translation>
        </message>
        <message>
            <source>Choose the resident's rating: satisfied, basically satisfied or unsatisfied</source>
            <translation>请选择群众评价：满意、基本满意或不满意</translation>
        </message>
        <message>
            <source>Only a request rated “unsatisfied” can be reopened</source>
            <translation>只有评价为“不满意”的诉求才能重新办理</translation>
        </message>
        <message>
            <source>Say what is still to be done</source>
            <translation>请填写还需要办理的事项</translation>
        </message>
        <message>
            <source>The resident was unsatisfied: say why the request is archived</source>
            <translation>群众评价为不满意，请说明归档原因</translation>
        </message>
        <message>
            <source>The time limit must be a positive number of hours</source>
            <translation>办理时限必须是大于零的小时数</translation>
        </message>
        <message>
            <source>Unknown category “{category}”</source>
            <translation>未知的诉求类别“{category}”</translation>
        </message>
    </context>
</TS>
