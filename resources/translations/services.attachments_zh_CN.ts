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
        <message>
            <source>The file {name} is neither a photo (JPEG, PNG, HEIC, WebP, GIF, BMP, TIFF) nor a PDF. Please choose the photo or scan itself.</source>
            <translation>文件 {name} 既不是照片（JPEG、PNG、HEIC、WebP、GIF、BMP、TIFF），也不是 PDF，请选择照片或扫描件本身。</translation>
        </message>
    </context>
</TS>
