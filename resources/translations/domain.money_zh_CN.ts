<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>domain.money</name>
        <message>
            <source>Enter an amount</source>
            <translation>请输入金额</translation>
        </message>
        <message>
            <source>“{text}” is not an amount of money</source>
            <translation>“{text}”不是有效的金额</translation>
        </message>
        <message>
            <source>An amount has at most two decimals (fen)</source>
            <translation>金额最多保留两位小数（到分）</translation>
        </message>
        <message>
            <source>The amount cannot be negative</source>
            <translation>金额不能为负数</translation>
        </message>
        <message>
            <source>The amount is too large</source>
            <translation>金额过大</translation>
        </message>
        <message>
            <source>The thousands separators in “{text}” are misplaced</source>
            <translation>“{text}”中的千位分隔符位置不对</translation>
        </message>
    </context>
</TS>
