<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>cli_reports</name>
        <message>
            <source>Activities carried out</source>
            <translation>开展活动</translation>
        </message>
        <message>
            <source>Errands</source>
            <translation>帮办代办</translation>
        </message>
        <message>
            <source>Service hours</source>
            <translation>服务时长（小时）</translation>
        </message>
        <message>
            <source>People who served</source>
            <translation>参与服务人数</translation>
        </message>
        <message>
            <source>Points issued</source>
            <translation>发放积分</translation>
        </message>
        <message>
            <source>Points exchanged</source>
            <translation>兑换积分</translation>
        </message>
        <message>
            <source>Consultations held</source>
            <translation>协商议事</translation>
        </message>
        <message>
            <source>Consultations decided</source>
            <translation>议定事项</translation>
        </message>
        <message>
            <source>Lifts approved</source>
            <translation>表决通过加装电梯</translation>
        </message>
        <message>
            <source>There is no output “{value}”; choose one of: {choices}</source>
            <translation>没有“{value}”这种打印件；可选：{choices}</translation>
        </message>
        <message>
            <source>Missing on the command line: {names}</source>
            <translation>命令行缺少：{names}</translation>
        </message>
        <message>
            <source>The command is not right: {reason}</source>
            <translation>命令有误：{reason}</translation>
        </message>
        <message>
            <source>(see: linju {command} --help)</source>
            <translation>（参见：linju {command} --help）</translation>
        </message>
        <message>
            <source>Cancelled: nothing was written</source>
            <translation>已取消，未写入任何文件</translation>
        </message>
    </context>
</TS>