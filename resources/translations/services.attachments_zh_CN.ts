<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>services.attachments</name>
        <message>
            <source>The file {name} cannot be read</source>
            <translation>无法读取文件 {name}</translation>
        </message>
        <message>
            <source>The file {name} is larger than 50 MB</source>
            <translation>文件 {name} 超过 50 MB，请压缩后再添加</translation>
        </message>
    </context>
</TS>
