<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>BranchTab</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/branch_tab.py" line="61" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/branch_tab.py" line="62" />
        <source>Branch details saved</source>
        <translation>支部信息已保存</translation>
    </message>
    <message>
        <location filename="../../ui/settings_branch_tab.ui" line="50" />
        <source>Branch &amp;name</source>
        <translation>支部名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_branch_tab.ui" line="73" />
        <source>Compounds covered</source>
        <translation>所辖小区</translation>
    </message>
    <message>
        <location filename="../../ui/settings_branch_tab.ui" line="92" />
        <location filename="../../ui/settings_branch_tab.ui" line="95" />
        <location filename="../../ui/settings_branch_tab.ui" line="101" />
        <source>One compound per line</source>
        <translation>每行填写一个小区</translation>
    </message>
    <message>
        <location filename="../../ui/settings_branch_tab.ui" line="108" />
        <source>Co&amp;mmunity</source>
        <translation>所属社区(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_branch_tab.ui" line="128" />
        <source>&amp;Street</source>
        <translation>街道(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_branch_tab.ui" line="148" />
        <source>&amp;District</source>
        <translation>区(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_branch_tab.ui" line="173" />
        <source>Save branch details</source>
        <translation>保存支部信息</translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/data_tab.py" line="48" />
        <source>made by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/data_tab.py" line="49" />
        <source>daily, automatic</source>
        <translation>每日自动备份</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/data_tab.py" line="50" />
        <source>automatic, before a restore</source>
        <translation>恢复前自动备份</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/data_tab.py" line="56" />
        <source>automatic, before an update</source>
        <translation>升级前自动备份</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/data_tab.py" line="60" />
        <source>{date} {time}   {kind}   ({size:.1f} MB)</source>
        <translation>{date} {time}   {kind}   （{size:.1f} MB）</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/data_tab.py" line="74" />
        <source>No backups yet.</source>
        <translation>还没有备份。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/data_tab.py" line="83" />
        <location filename="../../linju_desktop/gui/pages/settings/data_tab.py" line="85" />
        <source>Making a backup…</source>
        <translation>正在备份……</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/data_tab.py" line="96" />
        <source>Backup made: {name}</source>
        <translation>备份完成：{name}</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/data_tab.py" line="97" />
        <source>Backup made</source>
        <translation>备份完成</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/data_tab.py" line="103" />
        <source>The backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/data_tab.py" line="118" />
        <location filename="../../linju_desktop/gui/pages/settings/data_tab.py" line="143" />
        <location filename="../../linju_desktop/gui/pages/settings/data_tab.py" line="149" />
        <location filename="../../linju_desktop/gui/pages/settings/data_tab.py" line="159" />
        <location filename="../../linju_desktop/gui/pages/settings/data_tab.py" line="175" />
        <location filename="../../linju_desktop/gui/pages/settings/data_tab.py" line="184" />
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/data_tab.py" line="120" />
        <source>Replace ALL the data in Linju with the backup of {label}?

Everything recorded after that backup will be gone from the record book. A copy of today's data is saved first, so nothing is lost for good.

Linju then closes; please start it again.</source>
        <translation>要用 {label} 的备份替换邻居里的全部数据吗？

这个备份之后录入的内容都会从记录本中消失。恢复前会先把现在的数据另存一份，不会彻底丢失。

恢复后邻居会关闭，请重新打开。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/data_tab.py" line="128" />
        <source>Yes, restore this backup</source>
        <translation>是的，恢复这个备份</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/data_tab.py" line="129" />
        <source>No, keep my data</source>
        <translation>不，保留现在的数据</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/data_tab.py" line="143" />
        <source>First click a backup in the list.</source>
        <translation>请先在列表中点选一个备份。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/data_tab.py" line="150" />
        <source>This backup is damaged and cannot be used ({detail}).</source>
        <translation>这个备份已损坏，不能使用（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/data_tab.py" line="160" />
        <source>This backup was made by a newer version of Linju.</source>
        <translation>这个备份是由更新版本的邻居生成的，请先安装新版本。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/data_tab.py" line="177" />
        <source>The backup could not be restored ({detail}). Your data is unchanged.</source>
        <translation>备份未能恢复（{detail}）。您的数据没有改变。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/data_tab.py" line="186" />
        <source>The backup has been restored. Linju will now close; please start it again.

The data from before the restore was kept as {name}.</source>
        <translation>备份已恢复。邻居现在将关闭，请重新打开。

恢复前的数据已另存为 {name}。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_data_tab.ui" line="29" />
        <source>Where the record book is kept</source>
        <translation>记录本保存的位置</translation>
    </message>
    <message>
        <location filename="../../ui/settings_data_tab.ui" line="54" />
        <source>Open the folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/settings_data_tab.ui" line="82" />
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../ui/settings_data_tab.ui" line="92" />
        <source>Linju makes a backup by itself every day. Make one now before big changes, or copy the backups folder to a USB stick now and then.</source>
        <translation>邻居每天会自动备份一次。做大的改动之前，可以先手动备份；也建议隔一段时间把备份文件夹复制到U盘上。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_data_tab.ui" line="104" />
        <source>Make a backup now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../ui/settings_data_tab.ui" line="126" />
        <source>Backups on this computer, newest first:</source>
        <translation>这台电脑上的备份（最新的在最上面）：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_data_tab.ui" line="145" />
        <source>Restore the selected backup…</source>
        <translation>恢复选中的备份…</translation>
    </message>
</context>
<context>
    <name>DisplayTab</name>
    <message>
        <location filename="../../ui/settings_display_tab.ui" line="29" />
        <source>Text size</source>
        <translation>字体大小</translation>
    </message>
    <message>
        <location filename="../../ui/settings_display_tab.ui" line="41" />
        <source>Normal (100 %)</source>
        <translation>标准（100%）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_display_tab.ui" line="48" />
        <source>Larger (125 %)</source>
        <translation>较大（125%）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_display_tab.ui" line="55" />
        <source>Large (150 %)</source>
        <translation>大（150%）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_display_tab.ui" line="62" />
        <source>Very large (200 %)</source>
        <translation>特大（200%）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_display_tab.ui" line="84" />
        <source>Colours</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../ui/settings_display_tab.ui" line="94" />
        <source>High contrast: white text on black</source>
        <translation>高对比度：黑底白字</translation>
    </message>
    <message>
        <location filename="../../ui/settings_display_tab.ui" line="101" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/settings_display_tab.ui" line="131" />
        <source>Changes here take effect at once.</source>
        <translation>这里的改动立即生效。</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/groups_tab.py" line="79" />
        <source>Change party group</source>
        <translation>修改党小组</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/groups_tab.py" line="79" />
        <source>Add a party group</source>
        <translation>新增党小组</translation>
    </message>
    <message>
        <location filename="../../ui/settings_group_dialog.ui" line="50" />
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/groups_tab.py" line="85" />
        <source>(none yet)</source>
        <translation>（暂不指定）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_group_dialog.ui" line="73" />
        <source>&amp;Leader</source>
        <translation>组长(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_group_dialog.ui" line="90" />
        <source>&amp;Buildings</source>
        <translation>负责楼栋(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_group_dialog.ui" line="103" />
        <source>e.g. 1号楼、2号楼</source>
        <translation>例如：1号楼、2号楼</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/groups_tab.py" line="109" />
        <source>Party group saved</source>
        <translation>党小组已保存</translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/groups_tab.py" line="61" />
        <source>Party groups</source>
        <translation>党小组</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/groups_tab.py" line="61" />
        <source>First click a group in the list.</source>
        <translation>请先在列表中点选一个党小组。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_groups_tab.ui" line="29" />
        <source>Members are grouped by building. Double-click a group to change it.</source>
        <translation>党员按楼栋分成党小组。双击某个党小组可以修改。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_groups_tab.ui" line="41" />
        <source>Add a party group</source>
        <translation>新增党小组</translation>
    </message>
    <message>
        <location filename="../../ui/settings_groups_tab.ui" line="54" />
        <source>Change the selected group</source>
        <translation>修改选中的党小组</translation>
    </message>
    <message>
        <location filename="../../ui/settings_groups_tab.ui" line="95" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/settings_groups_tab.ui" line="100" />
        <source>Leader</source>
        <translation>组长</translation>
    </message>
    <message>
        <location filename="../../ui/settings_groups_tab.ui" line="105" />
        <source>Buildings</source>
        <translation>负责楼栋</translation>
    </message>
    <message>
        <location filename="../../ui/settings_groups_tab.ui" line="110" />
        <source>Members</source>
        <translation>党员</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/meetings_tab.py" line="35" />
        <source>Every month</source>
        <translation>每月一次</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/meetings_tab.py" line="36" />
        <source>Every quarter</source>
        <translation>每季度一次</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/meetings_tab.py" line="37" />
        <source>Every year</source>
        <translation>每年一次</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/meetings_tab.py" line="38" />
        <source>When needed (no reminder)</source>
        <translation>按需召开（不提醒）</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/meetings_tab.py" line="51" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_meetings_tab.ui" line="29" />
        <source>How often each kind of meeting is held. The home page reminds you of a meeting not yet held in the current month, quarter or year.</source>
        <translation>各类会议多久开一次。本月、本季度或本年还没开的会，工作台会提醒您。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_meetings_tab.ui" line="65" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/requests_tab.py" line="34" />
        <source> hours</source>
        <translation> 小时</translation>
    </message>
    <message numerus="yes">
        <location filename="../../linju_desktop/gui/pages/settings/requests_tab.py" line="55" />
        <source>= %n day(s)</source>
        <translation>
            <numerusform>= %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/requests_tab.py" line="60" />
        <source>The usual limits are filled in; press Save to keep them.</source>
        <translation>已填入常用时限，请点“保存”后生效。</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/requests_tab.py" line="79" />
        <source>Saved. New requests use these limits.</source>
        <translation>已保存。新登记的诉求将按这些时限办理。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_requests_tab.ui" line="29" />
        <source>Time limits for resident requests</source>
        <translation>群众诉求办理时限</translation>
    </message>
    <message>
        <location filename="../../ui/settings_requests_tab.ui" line="39" />
        <source>How many hours the branch has to handle a request of each kind. 24 hours = 1 day, 168 hours = 7 days.</source>
        <translation>每类诉求的办理时限（小时）。24 小时 = 1 天，168 小时 = 7 天。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_requests_tab.ui" line="73" />
        <source>Departments for whistle dispatch</source>
        <translation>吹哨报到的部门</translation>
    </message>
    <message>
        <location filename="../../ui/settings_requests_tab.ui" line="92" />
        <source>One department per line, e.g.
城管科
供电所</source>
        <translation>每行填写一个部门，例如：
城管科
供电所</translation>
    </message>
    <message>
        <location filename="../../ui/settings_requests_tab.ui" line="103" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/settings_requests_tab.ui" line="116" />
        <source>Back to the usual limits</source>
        <translation>恢复常用时限</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/page.py" line="34" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/page.py" line="60" />
        <source>Branch</source>
        <translation>支部信息</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/page.py" line="61" />
        <source>Party groups</source>
        <translation>党小组</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/page.py" line="62" />
        <source>Requests</source>
        <translation>群众诉求</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/page.py" line="63" />
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/page.py" line="64" />
        <source>Display</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../linju_desktop/gui/pages/settings/page.py" line="65" />
        <source>Data and backups</source>
        <translation>数据与备份</translation>
    </message>
</context>
</TS>