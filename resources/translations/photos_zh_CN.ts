<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>photos</name>
    <message>
        <location filename="../../linju_desktop/gui/photos.py" line="20"/>
        <source>Photos (JPEG, PNG, HEIC…) or PDF scans, at most {mb} MB each. Large photos are made smaller unless you keep the originals.</source>
        <translation>可添加照片（JPEG、PNG、HEIC 等）或 PDF 扫描件，每个文件不超过 {mb} MB。较大的照片会自动压缩，除非勾选保留原图。</translation>
    </message>
</context>
</TS>
