<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>services.sync_store</name>
        <message>
            <source>The district's change is stamped {when}, more than {days} days ahead of this computer's clock, so it was not applied. Check this computer's date and time; if they are right, tell the community office.</source>
            <translation>区里发来的修改时间戳为 {when}，比本机时钟快 {days} 天以上，未予应用。请检查本机的日期和时间；如果本机时间无误，请告知社区办公室。</translation>
        </message>
        <message>
            <source>The district's change carries a clock stamp this program cannot read; it was not applied.</source>
            <translation>区里发来的修改带有本程序无法识别的时间戳，未予应用。</translation>
        </message>
        <message>
            <source>The district's change has a value this program cannot store ({detail}); it was not applied.</source>
            <translation>区里发来的修改中有本程序无法保存的值（{detail}），未予应用。</translation>
        </message>
    </context>
</TS>
