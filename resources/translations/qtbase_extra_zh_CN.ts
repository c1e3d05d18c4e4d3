<?xml version='1.0' encoding='utf-8'?>
<!-- Qt's own widgets: the few labels Qt's qtbase_zh_CN.qm lacks (its forms changed the
     source text after the Chinese catalogue was made). Contexts are Qt's class names. -->
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Page &amp;Set:</source>
        <translation>奇偶页(&amp;S)：</translation>
    </message>
</context>
</TS>
