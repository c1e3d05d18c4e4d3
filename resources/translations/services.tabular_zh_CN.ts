<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>services.tabular</name>
        <message>
            <source>File not found: {name}</source>
            <translation>找不到文件：{name}</translation>
        </message>
        <message>
            <source>The file {name} cannot be opened: {reason}</source>
            <translation>无法打开文件 {name}：{reason}</translation>
        </message>
        <message>
            <source>The file is not recognised as a CSV or Excel (.xlsx) table</source>
            <translation>文件无法识别为 CSV 或 Excel(.xlsx) 表格</translation>
        </message>
        <message>
            <source>The file {name} is empty</source>
            <translation>文件 {name} 是空的</translation>
        </message>
        <message>
            <source>Unsupported file type {suffix}: use .xlsx or .csv</source>
            <translation>不支持的文件类型 {suffix}：请使用 .xlsx 或 .csv</translation>
        </message>
        <message>
            <source>Old Excel .xls files cannot be read: open the file in Excel or WPS and save it as .xlsx or CSV (UTF-8), then import again</source>
            <translation>无法读取旧版 Excel(.xls) 文件：请用 Excel 或 WPS 打开，另存为 .xlsx 或 CSV(UTF-8) 后再导入</translation>
        </message>
        <message>
            <source>The workbook is password protected: open it in Excel or WPS, remove the password, save it and import again</source>
            <translation>该工作簿设有密码：请用 Excel 或 WPS 打开并取消密码，保存后再导入</translation>
        </message>
        <message>
            <source>The Excel file is damaged or not a real .xlsx file: {reason}</source>
            <translation>Excel 文件已损坏或不是真正的 .xlsx 文件：{reason}</translation>
        </message>
        <message>
            <source>The workbook has no worksheet</source>
            <translation>工作簿中没有工作表</translation>
        </message>
        <message>
            <source>Cannot save {name}: {reason}</source>
            <translation>无法保存 {name}：{reason}</translation>
        </message>
        <message>
            <source>Cannot save {name}: the file is open in another program; close it and try again</source>
            <translation>无法保存 {name}：文件正被其他程序打开，请关闭后重试</translation>
        </message>
    </context>
</TS>
