<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../linju_desktop/gui/print_preview.py" line="74"/>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/print_preview.py" line="114"/>
        <source>Preparing the pages…</source>
        <translation>正在排版…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/print_preview.py" line="128"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/print_preview.py" line="143"/>
        <location filename="../../linju_desktop/gui/print_preview.py" line="220"/>
        <source>Cannot print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/print_preview.py" line="190"/>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/print_preview.py" line="216"/>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/print_preview.py" line="216"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/print_preview.py" line="220"/>
        <source>The printer cannot be opened.</source>
        <translation>无法连接打印机。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/print_preview.py" line="235"/>
        <source>Sent to the printer</source>
        <translation>已发送到打印机</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/print_preview.py" line="247"/>
        <source>PDF file (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/print_preview.py" line="247"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/print_preview.py" line="249"/>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/print_preview.py" line="261"/>
        <source>Saving {name}…</source>
        <translation>正在保存 {name}…</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/print_preview.py" line="270"/>
        <location filename="../../linju_desktop/gui/print_preview.py" line="271"/>
        <source>Saved: {path}</source>
        <translation>已保存：{path}</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/print_preview.py" line="277"/>
        <source>Not saved: cancelled</source>
        <translation>已取消，未保存</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/print_preview.py" line="282"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../ui/print_preview.ui" line="9"/>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.ui" line="16"/>
        <source>◀ Previous page</source>
        <translation>◀ 上一页</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.ui" line="22"/>
        <location filename="../../ui/print_preview.ui" line="73"/>
        <source>Page</source>
        <translation>页码</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.ui" line="28"/>
        <source>Page number</source>
        <translation>页码</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.ui" line="40"/>
        <source>Next page ▶</source>
        <translation>下一页 ▶</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.ui" line="51"/>
        <source>Smaller</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.ui" line="57"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.ui" line="62"/>
        <source>Larger</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.ui" line="88"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.ui" line="97"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.ui" line="103"/>
        <source>Save as PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.ui" line="108"/>
        <source>Save as Excel…</source>
        <translation>保存为 Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.ui" line="118"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
</TS>
