<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
    <context>
        <name>domain.consultations</name>
        <message>
            <source>加装电梯</source>
            <translation>Adding a lift</translation>
        </message>
        <message>
            <source>筹集或使用维修资金</source>
            <translation>Raising or using repair funds</translation>
        </message>
        <message>
            <source>改建、重建建筑物及其附属设施</source>
            <translation>Rebuilding or renovating the building or its facilities</translation>
        </message>
        <message>
            <source>改变共有部分用途</source>
            <translation>Changing the use of shared parts</translation>
        </message>
        <message>
            <source>其他事项</source>
            <translation>Other matter</translation>
        </message>
        <message>
            <source>同意</source>
            <translation>Agree</translation>
        </message>
        <message>
            <source>不同意</source>
            <translation>Disagree</translation>
        </message>
        <message>
            <source>弃权</source>
            <translation>Abstain</translation>
        </message>
        <message>
            <source>未表决</source>
            <translation>Did not vote</translation>
        </message>
        <message>
            <source>通过</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>未通过</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>已实施</source>
            <translation>Carried out</translation>
        </message>
        <message>
            <source>进行中</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>已结束</source>
            <translation>Closed</translation>
        </message>
    </context>
</TS>
