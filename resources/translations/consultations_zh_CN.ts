<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConsultationsPage</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/page.py" line="31" />
        <source>Consultations</source>
        <translation>协商议事</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/page.py" line="46" />
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/page.py" line="46" />
        <source>Opened</source>
        <translation>发起日期</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/page.py" line="46" />
        <source>Voted</source>
        <translation>已表决</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/page.py" line="49" />
        <source>Households</source>
        <translation>住户</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/page.py" line="51" />
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/page.py" line="51" />
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/page.py" line="51" />
        <source>Area (m²)</source>
        <translation>面积（平方米）</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/page.py" line="51" />
        <source>Vote</source>
        <translation>表决意见</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/page.py" line="72" />
        <source>Public notice of the selected matter (select one first)</source>
        <translation>所选事项的公示（请先选择事项）</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/page.py" line="73" />
        <source>Public notice of “{title}”</source>
        <translation>“{title}”的公示</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/page.py" line="128" />
        <source>No matter yet.</source>
        <translation>还没有协商事项。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/page.py" line="134" />
        <source>Agree {a}, disagree {d}, abstain {b}, not voted {n}</source>
        <translation>同意 {a}，不同意 {d}，弃权 {b}，未表决 {n}</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/page.py" line="137" />
        <source>Taking part: {have} of {of} households (needs {need}), area {area}</source>
        <translation>参与表决：{of} 户中 {have} 户（需 {need} 户），面积 {area}</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/page.py" line="141" />
        <source>Agreeing: {have} of {of} voting (needs {need}), area {area}</source>
        <translation>同意：参与表决 {of} 户中 {have} 户（需 {need} 户），面积 {area}</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/page.py" line="146" />
        <source>Passes</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/page.py" line="146" />
        <source>Does not pass yet</source>
        <translation>尚未通过</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/page.py" line="153" />
        <source>Choose a household first</source>
        <translation>请先选择住户</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/page.py" line="168" />
        <source>Cannot record the vote</source>
        <translation>无法登记表决</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_page.ui" line="14" />
        <source>Matters</source>
        <translation>协商事项</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_page.ui" line="63" />
        <source>Agree</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_page.ui" line="70" />
        <source>Disagree</source>
        <translation>不同意</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_page.ui" line="77" />
        <source>Abstain</source>
        <translation>弃权</translation>
    </message>
</context>
</TS>