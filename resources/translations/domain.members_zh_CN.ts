<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>domain.members</name>
        <message>
            <source>Please fill this in.</source>
            <translation>这一项必须填写。</translation>
        </message>
        <message>
            <source>A name has 2 to 20 characters.</source>
            <translation>姓名应为2到20个字。</translation>
        </message>
        <message>
            <source>A name may only contain Chinese characters or letters, with a middle dot (·) between parts, e.g. 阿依古丽·买买提.</source>
            <translation>姓名只能是汉字或字母，分隔处可用间隔号（·），例如：阿依古丽·买买提。</translation>
        </message>
        <message>
            <source>Please enter 男 or 女.</source>
            <translation>性别请填写“男”或“女”。</translation>
        </message>
        <message>
            <source>The gender does not match the ID number, which belongs to a man.</source>
            <translation>性别与身份证号码不符，根据身份证号码应为“男”。</translation>
        </message>
        <message>
            <source>The gender does not match the ID number, which belongs to a woman.</source>
            <translation>性别与身份证号码不符，根据身份证号码应为“女”。</translation>
        </message>
        <message>
            <source>The birth date does not match the ID number, which gives {date}.</source>
            <translation>出生日期与身份证号码不符，根据身份证号码应为 {date}。</translation>
        </message>
        <message>
            <source>This date is in the future.</source>
            <translation>这个日期在今天以后，请核对。</translation>
        </message>
        <message>
            <source>The joining date is before this member's 18th birthday ({date}). Members must be at least 18 when admitted.</source>
            <translation>入党日期早于该党员年满18周岁的日子（{date}）。入党时必须年满18周岁。</translation>
        </message>
        <message>
            <source>The date of full membership cannot be before the joining date ({date}).</source>
            <translation>转正日期不能早于入党日期（{date}）。</translation>
        </message>
        <message>
            <source>The date of full membership is less than a year after joining; probation lasts one year (until {date}). Please check both dates.</source>
            <translation>转正日期距入党不满一年，预备期为一年（到 {date}）。请核对这两个日期。</translation>
        </message>
        <message>
            <source>A probationary member has no date of full membership yet. Clear that date, or change the category to full member.</source>
            <translation>预备党员还没有转正日期。请删去转正日期，或把党员类别改为“正式党员”。</translation>
        </message>
        <message>
            <source>The member category was blank and there is no date of full membership, so this member was recorded as probationary. Please check.</source>
            <translation>党员类别没有填写，又没有转正日期，暂按“预备党员”登记，请核对。</translation>
        </message>
        <message>
            <source>Probation can last at most two years and should have ended by {date}. Record the date of full membership, or check the joining date.</source>
            <translation>预备期最长两年，应在 {date} 前结束。请填写转正日期，或核对入党日期。</translation>
        </message>
        <message>
            <source>Please enter 正式党员 or 预备党员.</source>
            <translation>党员类别请填写“正式党员”或“预备党员”。</translation>
        </message>
        <message>
            <source>Please enter one of: 在职, 离退休, 学生, 无固定职业, 其他.</source>
            <translation>人员类别请填写：在职、离退休、学生、无固定职业、其他 中的一项。</translation>
        </message>
        <message>
            <source>Please enter one of: 正常, 流动党员, 失联党员.</source>
            <translation>请填写：正常、流动党员、失联党员 中的一项。</translation>
        </message>
        <message>
            <source>“{value}” is not one of the 56 ethnic groups. Please check it.</source>
            <translation>“{value}”不在56个民族之中，请核对。</translation>
        </message>
        <message>
            <source>Please add the employer this member reports from.</source>
            <translation>请填写这位报到党员的报到单位（工作单位）。</translation>
        </message>
        <message>
            <source>Please record where this mobile member has gone.</source>
            <translation>请填写这位流动党员的外出去向。</translation>
        </message>
        <message>
            <source>This is an old 15-digit ID number; it was changed to the 18-digit form. Please compare it with the current ID card.</source>
            <translation>这是15位的老身份证号码，已自动换算为18位，请对照现在的身份证核对。</translation>
        </message>
    </context>
</TS>
