<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>domain.funds</name>
        <message>
            <source>An expense must be more than zero; correct a wrong entry by reversing it</source>
            <translation>支出金额必须大于零；录错的账目请用冲销更正</translation>
        </message>
        <message>
            <source>The date {date} is not in the budget year {year}</source>
            <translation>日期 {date} 不在 {year} 年度内</translation>
        </message>
        <message>
            <source>This expense overdraws the {year} allocation: the balance is {balance} yuan, {shortfall} yuan short. Give a reason to record it anyway</source>
            <translation>这笔支出将超出 {year} 年度经费：当前余额 {balance} 元，还差 {shortfall} 元。如确需支出，请填写超支原因</translation>
        </message>
        <message>
            <source>This expense overdraws the {year} allocation by {shortfall} yuan</source>
            <translation>这笔支出超出 {year} 年度经费 {shortfall} 元</translation>
        </message>
        <message>
            <source>A reversing entry cannot itself be reversed; record a new expense instead</source>
            <translation>冲销记录不能再被冲销；如有需要请重新登记一笔支出</translation>
        </message>
        <message>
            <source>This entry has already been reversed</source>
            <translation>这笔账目已经冲销过了</translation>
        </message>
        <message>
            <source>An entry of zero cannot be reversed</source>
            <translation>金额为零的账目无需冲销</translation>
        </message>
    </context>
</TS>
