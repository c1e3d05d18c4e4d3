<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddendumDialog</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/dialogs.py" line="199"/>
        <source>Addendum to “{title}”</source>
        <translation>“{title}”的补充说明</translation>
    </message>
</context>
<context>
    <name>AddendumForm</name>
    <message>
        <location filename="../../ui/consultations_addendum.ui" line="33"/>
        <source>&amp;Addendum</source>
        <translation>补充说明(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ConsultationsPage</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/page.py" line="53"/>
        <source>Choose the households&apos; sheet</source>
        <translation>选择住户表格</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/page.py" line="55"/>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>表格文件 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/page.py" line="66"/>
        <source>Consultations</source>
        <translation>协商议事</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/page.py" line="81"/>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/page.py" line="81"/>
        <source>Opened</source>
        <translation>发起日期</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/page.py" line="81"/>
        <source>Voted</source>
        <translation>已表决</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/page.py" line="81"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/page.py" line="84"/>
        <source>Households</source>
        <translation>住户</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/page.py" line="86"/>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/page.py" line="86"/>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/page.py" line="86"/>
        <source>Area (m²)</source>
        <translation>面积（平方米）</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/page.py" line="86"/>
        <source>Vote</source>
        <translation>表决意见</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/page.py" line="103"/>
        <source>Double-click a household to correct or remove it</source>
        <translation>双击住户可更正或移除</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/page.py" line="126"/>
        <source>Public notice of the selected matter (select one first)</source>
        <translation>所选事项的公示（请先选择事项）</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/page.py" line="127"/>
        <source>Public notice of “{title}”</source>
        <translation>“{title}”的公示</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/page.py" line="169"/>
        <source>No matters yet. Open the first: what the residents are to decide, then add or import the households and record each household&apos;s vote.</source>
        <translation>还没有协商事项。新建第一个事项：写明请居民商定的事，再添加或导入住户，逐户登记表决意见。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/page.py" line="172"/>
        <source>Open the first matter</source>
        <translation>新建第一个事项</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/page.py" line="209"/>
        <source>No matter yet.</source>
        <translation>还没有协商事项。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/page.py" line="215"/>
        <source>Agree {a}, disagree {d}, abstain {b}, not voted {n}</source>
        <translation>同意 {a}，不同意 {d}，弃权 {b}，未表决 {n}</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/page.py" line="218"/>
        <source>Taking part: {have} of {of} households (needs {need}), area {area}</source>
        <translation>参与表决：{of} 户中 {have} 户（需 {need} 户），面积 {area}</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/page.py" line="222"/>
        <source>Agreeing: {have} of {of} voting (needs {need}), area {area}</source>
        <translation>同意：参与表决 {of} 户中 {have} 户（需 {need} 户），面积 {area}</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/page.py" line="227"/>
        <source>Passes</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/page.py" line="227"/>
        <source>Does not pass yet</source>
        <translation>尚未通过</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/page.py" line="234"/>
        <source>Choose a matter first</source>
        <translation>请先选择一个协商事项</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/page.py" line="256"/>
        <source>{n} households imported</source>
        <translation>已导入 {n} 户</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/page.py" line="267"/>
        <source>Nothing was imported</source>
        <translation>未导入任何住户</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/page.py" line="272"/>
        <source>Choose a household first</source>
        <translation>请先选择住户</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/page.py" line="287"/>
        <source>Cannot record the vote</source>
        <translation>无法登记表决</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_page.ui" line="14"/>
        <source>New matter</source>
        <translation>新建事项</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_page.ui" line="21"/>
        <source>Change the matter</source>
        <translation>修改事项</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_page.ui" line="28"/>
        <source>Add households</source>
        <translation>添加住户</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_page.ui" line="35"/>
        <source>Import households</source>
        <translation>导入住户</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_page.ui" line="42"/>
        <source>Cost sharing</source>
        <translation>费用分摊</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_page.ui" line="49"/>
        <source>Outcome</source>
        <translation>表决结果</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_page.ui" line="56"/>
        <source>Addendum</source>
        <translation>补充说明</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_page.ui" line="76"/>
        <source>Matters</source>
        <translation>协商事项</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_page.ui" line="125"/>
        <source>Agree</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_page.ui" line="132"/>
        <source>Disagree</source>
        <translation>不同意</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_page.ui" line="139"/>
        <source>Abstain</source>
        <translation>弃权</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/dialogs.py" line="112"/>
        <source>Households of “{title}”</source>
        <translation>“{title}”的住户</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/dialogs.py" line="121"/>
        <source>Remove this household</source>
        <translation>移除该住户</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/dialogs.py" line="138"/>
        <source>Remove room {room} from this consultation, with its vote if any?</source>
        <translation>将 {room} 从本次协商中移除（如已表决，表决意见一并移除）？</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/dialogs.py" line="147"/>
        <source>Room {room} added ({n} this time). Type the next, or close.</source>
        <translation>已添加 {room}（本次共 {n} 户）。请继续填写下一户，或关闭。</translation>
    </message>
</context>
<context>
    <name>HouseholdForm</name>
    <message>
        <location filename="../../ui/consultations_household.ui" line="33"/>
        <source>&amp;Room</source>
        <translation>房号(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_household.ui" line="53"/>
        <source>&amp;Floor</source>
        <translation>楼层(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_household.ui" line="79"/>
        <source>Floor &amp;area (m²)</source>
        <translation>建筑面积（平方米）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_household.ui" line="99"/>
        <source>&amp;Owner</source>
        <translation>业主(&amp;O)</translation>
    </message>
</context>
<context>
    <name>MatterDialog</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/dialogs.py" line="36"/>
        <source>Change the matter</source>
        <translation>修改事项</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/dialogs.py" line="36"/>
        <source>New matter</source>
        <translation>新建事项</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/dialogs.py" line="63"/>
        <source>No neighbour or joint meeting recorded yet.</source>
        <translation>还没有记录邻里会或联席会。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/dialogs.py" line="76"/>
        <source>The rule: {participation}; {agreement}.</source>
        <translation>表决规则：{participation}；{agreement}。</translation>
    </message>
</context>
<context>
    <name>MatterForm</name>
    <message>
        <location filename="../../ui/consultations_matter.ui" line="33"/>
        <source>&amp;Matter</source>
        <translation>事项(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_matter.ui" line="56"/>
        <source>&amp;Kind</source>
        <translation>类别(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_matter.ui" line="73"/>
        <source>&amp;Building</source>
        <translation>楼栋(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_matter.ui" line="93"/>
        <source>&amp;Unit</source>
        <translation>单元(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_matter.ui" line="123"/>
        <source>&amp;Discussed at (neighbour and joint meetings of the last two years)</source>
        <translation>议事会议(&amp;D)（近两年的邻里会和联席会）</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_matter.ui" line="136"/>
        <source>Discussed at</source>
        <translation>议事会议</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/dialogs.py" line="166"/>
        <source>Outcome of “{title}”</source>
        <translation>“{title}”的表决结果</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/dialogs.py" line="175"/>
        <source>The votes: agree {a}, disagree {d}, abstain {b}, not voted {n}; {verdict}.</source>
        <translation>表决情况：同意 {a}，不同意 {d}，弃权 {b}，未表决 {n}；{verdict}。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/dialogs.py" line="177"/>
        <source>it passes</source>
        <translation>按规则通过</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/dialogs.py" line="177"/>
        <source>it does not pass</source>
        <translation>按规则未通过</translation>
    </message>
</context>
<context>
    <name>OutcomeForm</name>
    <message>
        <location filename="../../ui/consultations_outcome.ui" line="33"/>
        <source>&amp;Outcome</source>
        <translation>结果(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_outcome.ui" line="50"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_outcome.ui" line="73"/>
        <source>&amp;Read-only</source>
        <translation>结束(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_outcome.ui" line="86"/>
        <source>Close the consultation: no more changes, only addenda</source>
        <translation>结束协商：此后只能加补充说明</translation>
    </message>
</context>
<context>
    <name>SharingDialog</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/sharing.py" line="38"/>
        <source>Cost sharing of “{title}”</source>
        <translation>“{title}”的费用分摊</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/sharing.py" line="42"/>
        <source>Shares</source>
        <translation>分摊金额</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/sharing.py" line="45"/>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/sharing.py" line="45"/>
        <location filename="../../linju_desktop/gui/pages/consultations/sharing.py" line="57"/>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/sharing.py" line="45"/>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/sharing.py" line="45"/>
        <source>Share (yuan)</source>
        <translation>分摊金额（元）</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/sharing.py" line="57"/>
        <source>Coefficient</source>
        <translation>系数</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/sharing.py" line="114"/>
        <source>{n} households share {total} yuan; the shares add up to it exactly.</source>
        <translation>{n} 户分摊 {total} 元，各户金额合计与总额分毫不差。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/consultations/sharing.py" line="118"/>
        <source>Type the total and the coefficients to see the shares.</source>
        <translation>填写总额和各楼层系数后即可看到各户分摊金额。</translation>
    </message>
</context>
<context>
    <name>SharingForm</name>
    <message>
        <location filename="../../ui/consultations_sharing.ui" line="33"/>
        <source>&amp;Total (yuan)</source>
        <translation>总额（元）(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_sharing.ui" line="53"/>
        <source>&amp;Weighting</source>
        <translation>计算方式(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_sharing.ui" line="66"/>
        <source>Also by floor area</source>
        <translation>同时按建筑面积计算</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_sharing.ui" line="73"/>
        <source>Floor &amp;coefficients</source>
        <translation>楼层系数(&amp;C)</translation>
    </message>
</context>
</TS>
