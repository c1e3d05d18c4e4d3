<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>services.consultations</name>
        <message>
            <source>This consultation does not exist</source>
            <translation>该协商事项不存在</translation>
        </message>
        <message>
            <source>Row {row}: {problem}</source>
            <translation>第 {row} 行：{problem}</translation>
        </message>
        <message>
            <source>Enter the total and the floor coefficients first</source>
            <translation>请先填写分摊总额和各楼层系数</translation>
        </message>
        <message>
            <source>The sheet needs the columns {columns} ({optional} is optional)</source>
            <translation>表格需要“{columns}”列（“{optional}”列可选）</translation>
        </message>
    </context>
</TS>