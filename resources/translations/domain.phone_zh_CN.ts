<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>domain.phone</name>
        <message>
            <source>Please enter a phone number.</source>
            <translation>请填写电话号码。</translation>
        </message>
        <message>
            <source>A mobile number has 11 digits and starts with 13 to 19; this one has {count} digits. Please check it.</source>
            <translation>手机号码应为11位数字、以13～19开头，现在是{count}位，请核对。</translation>
        </message>
        <message>
            <source>A mobile number starts with 13 to 19. Please check it.</source>
            <translation>手机号码应以13～19开头，请核对。</translation>
        </message>
        <message>
            <source>Please enter a mobile number (11 digits), not a landline.</source>
            <translation>这里请填写11位手机号码，不要填座机。</translation>
        </message>
        <message>
            <source>Please add the area code to the landline number, e.g. 010-12345678.</source>
            <translation>座机号码请加上区号，例如 010-12345678。</translation>
        </message>
        <message>
            <source>This does not look like a phone number. Enter an 11-digit mobile number, or a landline with its area code, e.g. 010-12345678.</source>
            <translation>这不像电话号码。请填写11位手机号码，或带区号的座机号码，例如 010-12345678。</translation>
        </message>
    </context>
</TS>
