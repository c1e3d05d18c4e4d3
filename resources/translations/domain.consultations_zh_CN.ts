<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>domain.consultations</name>
        <message>
            <source>Choose the kind of matter</source>
            <translation>请选择事项类别</translation>
        </message>
        <message>
            <source>Enter the household's room</source>
            <translation>请填写住户房号</translation>
        </message>
        <message>
            <source>The floor must be a whole number from -5 to 200</source>
            <translation>楼层必须是 -5 到 200 之间的整数</translation>
        </message>
        <message>
            <source>Enter the floor area in square metres, more than 0, such as 86.5</source>
            <translation>请填写建筑面积（平方米），须大于 0，例如 86.5</translation>
        </message>
        <message>
            <source>Room {room} is listed twice</source>
            <translation>房号 {room} 重复</translation>
        </message>
        <message>
            <source>This household is not part of the consultation</source>
            <translation>该住户不属于本次协商</translation>
        </message>
        <message>
            <source>Room {room} has already voted ({choice}); correct the vote instead</source>
            <translation>{room} 已表决（{choice}），如需修改请更正表决</translation>
        </message>
        <message>
            <source>Choose agree, disagree or abstain</source>
            <translation>请选择同意、不同意或弃权</translation>
        </message>
        <message>
            <source>The consultation is closed; add an addendum instead</source>
            <translation>本次协商已结束，只能添加补充说明</translation>
        </message>
        <message>
            <source>Choose the outcome: approved, rejected or carried out</source>
            <translation>请选择结果：通过、未通过或已实施</translation>
        </message>
        <message>
            <source>Enter the date of the outcome</source>
            <translation>请填写结果日期</translation>
        </message>
        <message>
            <source>The outcome cannot be dated on a day still to come: check the date</source>
            <translation>结果日期不能晚于今天，请核对</translation>
        </message>
        <message>
            <source>The coefficient of floor {floor} must be a number 0 or more</source>
            <translation>{floor}层的分摊系数必须是不小于 0 的数</translation>
        </message>
        <message>
            <source>Give floor {floor} a coefficient</source>
            <translation>请填写{floor}层的分摊系数</translation>
        </message>
        <message>
            <source>The total must be a whole amount in fen, more than 0</source>
            <translation>分摊总额必须大于 0（以分为单位的整数）</translation>
        </message>
        <message>
            <source>Every household's coefficient is 0: the total cannot be shared</source>
            <translation>所有住户的系数都是 0，总额无法分摊</translation>
        </message>
        <message>
            <source>Write the addendum</source>
            <translation>请填写补充说明</translation>
        </message>
        <message>
            <source>Agreement of at least 3/4 of the voting area and owners</source>
            <translation>同意的须占参与表决专有部分面积的四分之三以上且占参与表决人数的四分之三以上</translation>
        </message>
        <message>
            <source>Agreement of more than 1/2 of the voting area and owners</source>
            <translation>同意的须占参与表决专有部分面积过半数且占参与表决人数过半数</translation>
        </message>
        <message>
            <source>Owners holding at least 2/3 of the area and at least 2/3 in number take part</source>
            <translation>参与表决的业主须占专有部分面积三分之二以上且占人数三分之二以上</translation>
        </message>
    </context>
</TS>