<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>domain.dates</name>
        <message>
            <source>Please enter a date.</source>
            <translation>请填写日期。</translation>
        </message>
        <message>
            <source>Cannot read “{value}” as a date. Please write it like 1965-03-12.</source>
            <translation>无法识别日期“{value}”，请按 1965-03-12 的格式填写。</translation>
        </message>
        <message>
            <source>There is no such date: {value}.</source>
            <translation>日期 {value} 不存在，请核对月份和日子。</translation>
        </message>
        <message>
            <source>The year {year} cannot be right. Please check the date.</source>
            <translation>年份 {year} 不对，请核对日期。</translation>
        </message>
        <message>
            <source>Please give the day as well, for example 1985-07-01.</source>
            <translation>请把日子也填上，例如 1985-07-01。</translation>
        </message>
        <message>
            <source>“{value}” looks like a year only. Please give the full date, e.g. 1965-03-12.</source>
            <translation>“{value}”只有年份，请填写完整日期，例如 1965-03-12。</translation>
        </message>
        <message>
            <source>“{value}” is a number with decimals, not a date. Please write it like 1965-03-12.</source>
            <translation>“{value}”是带小数的数字，不是日期，请按 1965-03-12 的格式填写。</translation>
        </message>
    </context>
</TS>
