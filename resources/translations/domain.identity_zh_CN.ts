<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>domain.identity</name>
        <message>
            <source>Please enter the ID number.</source>
            <translation>请填写身份证号码。</translation>
        </message>
        <message>
            <source>An ID number has 18 characters (15 on very old ID cards), but this one has {count}. Please check it.</source>
            <translation>身份证号码应为18位（很老的身份证是15位），现在是{count}位，请核对。</translation>
        </message>
        <message>
            <source>An ID number may only contain digits, and an X as the last character.</source>
            <translation>身份证号码只能是数字，最后一位可以是X。</translation>
        </message>
        <message>
            <source>The ID number does not add up: its last character does not match the other digits. Please compare every digit with the ID card.</source>
            <translation>身份证号码校验位不正确（最后一位和前面的数字对不上），请对照身份证逐位核对。</translation>
        </message>
        <message>
            <source>The birth date in the ID number ({digits}) does not exist. Please check it.</source>
            <translation>身份证号码中的出生日期（{digits}）不存在，请核对。</translation>
        </message>
        <message>
            <source>The birth date in the ID number ({date}) is in the future. Please check it.</source>
            <translation>身份证号码中的出生日期（{date}）在今天以后，请核对。</translation>
        </message>
        <message>
            <source>This ID number was changed by Excel: it was stored as a number and lost its last digits. In Excel, set the cell format of this column to "Text" and enter the number again.</source>
            <translation>这个身份证号码已被Excel改动：它被当成数字保存，丢掉了最后几位。请在Excel中把这一列设置单元格格式为“文本”，再重新录入号码。</translation>
        </message>
        <message>
            <source>The ID number starts with {code}, which is not a known province code. Please check it.</source>
            <translation>身份证号码开头是{code}，不是已知的省份代码，请核对。</translation>
        </message>
        <message>
            <source>The ID number ends in 000. If it came from Excel, its last digits may have been lost; please compare it with the ID card.</source>
            <translation>身份证号码以000结尾。如果是从Excel导入的，最后几位可能已经丢失，请对照身份证核对。</translation>
        </message>
    </context>
</TS>
