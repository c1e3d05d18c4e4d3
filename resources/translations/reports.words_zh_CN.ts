<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>reports.words</name>
        <message>
            <source>Meeting record</source>
            <translation>会议记录</translation>
        </message>
        <message>
            <source>Register of meetings (三会一课)</source>
            <translation>“三会一课”登记簿</translation>
        </message>
        <message>
            <source>Public notice of party branch funds</source>
            <translation>党组织工作经费使用情况公示</translation>
        </message>
        <message>
            <source>Funds ledger</source>
            <translation>党组织工作经费流水账</translation>
        </message>
        <message>
            <source>Three lists of residents' requests</source>
            <translation>群众诉求“三张清单”</translation>
        </message>
        <message>
            <source>Request handling sheet</source>
            <translation>群众诉求办理单</translation>
        </message>
        <message>
            <source>Roster of party members</source>
            <translation>党员花名册</translation>
        </message>
        <message>
            <source>Yearly summary of the branch's records</source>
            <translation>年度工作台账汇总</translation>
        </message>
        <message>
            <source>Branch: {branch}</source>
            <translation>党支部：{branch}</translation>
        </message>
        <message>
            <source>Printed: {date}</source>
            <translation>打印日期：{date}</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>第 {page} 页 共 {pages} 页</translation>
        </message>
        <message>
            <source>Page &amp;P of &amp;N</source>
            <translation>第 &amp;P 页 共 &amp;N 页</translation>
        </message>
        <message>
            <source>Page {page}</source>
            <translation>第 {page} 页</translation>
        </message>
        <message>
            <source>DRAFT</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>ID numbers masked</source>
            <translation>身份证号已隐藏中间位数</translation>
        </message>
        <message>
            <source>FULL ID numbers: keep safe</source>
            <translation>含完整身份证号，请妥善保管</translation>
        </message>
        <message>
            <source> (continued)</source>
            <translation>（续）</translation>
        </message>
        <message>
            <source>No records</source>
            <translation>无记录</translation>
        </message>
        <message>
            <source>Households in touch</source>
            <translation>中心户联系户</translation>
        </message>
        <message>
            <source>No records this year</source>
            <translation>本年度无记录</translation>
        </message>
        <message>
            <source>No records in this period</source>
            <translation>本期无记录</translation>
        </message>
        <message>
            <source>Year {year}</source>
            <translation>{year}年度</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} 至 {end}</translation>
        </message>
        <message>
            <source>Party branch</source>
            <translation>党支部</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>会议主题</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Meeting type</source>
            <translation>会议类型</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>主持人</translation>
        </message>
        <message>
            <source>Recorder</source>
            <translation>记录人</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>应到</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>实到</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>缺席</translation>
        </message>
        <message>
            <source>Non-voting</source>
            <translation>列席</translation>
        </message>
        <message>
            <source>Quorum</source>
            <translation>法定人数</translation>
        </message>
        <message>
            <source>met</source>
            <translation>符合</translation>
        </message>
        <message>
            <source>NOT met</source>
            <translation>不符合</translation>
        </message>
        <message>
            <source>{verdict}: {present} of {total} full members present, {required} needed</source>
            <translation>{verdict}：有表决权的正式党员 {total} 人，实到 {present} 人，须过半数即 {required} 人</translation>
        </message>
        <message>
            <source>Residents attending</source>
            <translation>参会居民人数</translation>
        </message>
        <message>
            <source>Absent (reason)</source>
            <translation>缺席人员（原因）</translation>
        </message>
        <message>
            <source>No attendance list was kept; see the minutes.</source>
            <translation>未登记签到名单，见会议记录。</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>会议议题</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>会议记录</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>会议决定</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>会后落实事项</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>落实事项</translation>
        </message>
        <message>
            <source>Request no.</source>
            <translation>诉求编号</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已落实</translation>
        </message>
        <message>
            <source>{n} photos kept with the record</source>
            <translation>存有照片 {n} 张</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>照片</translation>
        </message>
        <message>
            <source>Addendum of {date}</source>
            <translation>补充记录（{date}）</translation>
        </message>
        <message>
            <source>Host (signature)</source>
            <translation>主持人（签字）</translation>
        </message>
        <message>
            <source>Recorder (signature)</source>
            <translation>记录人（签字）</translation>
        </message>
        <message>
            <source>The minutes are a draft, not finalised</source>
            <translation>会议记录尚未定稿，打印件标有“草稿”</translation>
        </message>
        <message>
            <source>No meeting with the id {ident}</source>
            <translation>找不到编号为 {ident} 的会议</translation>
        </message>
        <message>
            <source>Several meetings start with {ident}; give more of the id</source>
            <translation>有多个会议的编号以 {ident} 开头，请输入更完整的编号</translation>
        </message>
        <message>
            <source>{n} meetings in the period are drafts</source>
            <translation>本期有 {n} 次会议的记录尚未定稿</translation>
        </message>
        <message>
            <source>Meetings held</source>
            <translation>会议登记</translation>
        </message>
        <message>
            <source>Non-voting / residents</source>
            <translation>列席／居民</translation>
        </message>
        <message>
            <source>Held against the rhythm</source>
            <translation>按规定频次的落实情况</translation>
        </message>
        <message>
            <source>Rhythm</source>
            <translation>规定频次</translation>
        </message>
        <message>
            <source>Required so far</source>
            <translation>截至目前应开</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>已开</translation>
        </message>
        <message>
            <source>Periods without a meeting</source>
            <translation>未开会的月份／季度</translation>
        </message>
        <message>
            <source>{month} month</source>
            <translation>{month}月</translation>
        </message>
        <message>
            <source>Q{quarter}</source>
            <translation>第{quarter}季度</translation>
        </message>
        <message>
            <source>monthly</source>
            <translation>每月</translation>
        </message>
        <message>
            <source>quarterly</source>
            <translation>每季度</translation>
        </message>
        <message>
            <source>yearly</source>
            <translation>每年</translation>
        </message>
        <message>
            <source>as needed</source>
            <translation>按需</translation>
        </message>
        <message>
            <source>Allocated</source>
            <translation>年度拨付</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>已支出</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>结余</translation>
        </message>
        <message>
            <source>In capitals</source>
            <translation>大写</translation>
        </message>
        <message>
            <source>Spent in capitals</source>
            <translation>支出大写</translation>
        </message>
        <message>
            <source>Spent by category</source>
            <translation>按类别支出</translation>
        </message>
        <message>
            <source>Each expense</source>
            <translation>支出明细</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Amount (yuan)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>笔数</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>占比</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>用途</translation>
        </message>
        <message>
            <source>Payee</source>
            <translation>收款方</translation>
        </message>
        <message>
            <source>Reversal of {date} {purpose}</source>
            <translation>冲销：{date} {purpose}</translation>
        </message>
        <message>
            <source>Publication period</source>
            <translation>公示期</translation>
        </message>
        <message>
            <source>Posted from ____ (month) ____ (day) to ____ (month) ____ (day), 7 days. Questions and comments to the branch secretary.</source>
            <translation>自____月____日至____月____日，共 7 天。如有疑问或意见，请向党支部书记反映。</translation>
        </message>
        <message>
            <source>Branch secretary (signature)</source>
            <translation>党支部书记（签字）</translation>
        </message>
        <message>
            <source>Date posted</source>
            <translation>公示日期</translation>
        </message>
        <message>
            <source>Budget year</source>
            <translation>预算年度</translation>
        </message>
        <message>
            <source>Income (yuan)</source>
            <translation>收入（元）</translation>
        </message>
        <message>
            <source>Expense (yuan)</source>
            <translation>支出（元）</translation>
        </message>
        <message>
            <source>Balance (yuan)</source>
            <translation>余额（元）</translation>
        </message>
        <message>
            <source>Allocation for {year}</source>
            <translation>{year}年度经费拨付</translation>
        </message>
        <message>
            <source>Balance brought forward ({year} budget)</source>
            <translation>期初结余（{year}年度经费）</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>登记时间</translation>
        </message>
        <message>
            <source>Intake</source>
            <translation>登记受理</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>居民</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>联系方式</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>住址</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>诉求内容</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>办理期限</translation>
        </message>
        <message>
            <source>Handling</source>
            <translation>处理方式</translation>
        </message>
        <message>
            <source>Handled by</source>
            <translation>承办人／部门</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>办结</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>办理结果</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>群众评价</translation>
        </message>
        <message>
            <source>Resident's rating</source>
            <translation>群众评价</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>办理过程</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>环节</translation>
        </message>
        <message>
            <source>From</source>
            <translation>原状态</translation>
        </message>
        <message>
            <source>To</source>
            <translation>新状态</translation>
        </message>
        <message>
            <source>By</source>
            <translation>经办人</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>说明</translation>
        </message>
        <message>
            <source> (overdue)</source>
            <translation>（超期）</translation>
        </message>
        <message>
            <source>No steps recorded yet</source>
            <translation>尚无办理记录</translation>
        </message>
        <message>
            <source>Handled by (signature)</source>
            <translation>承办人（签字）</translation>
        </message>
        <message>
            <source>Resident (signature)</source>
            <translation>居民（签字）</translation>
        </message>
        <message>
            <source>No. {number}</source>
            <translation>编号 {number}</translation>
        </message>
        <message>
            <source>Unknown list {name}: use problem, task, result or all</source>
            <translation>没有“{name}”清单：请用 problem（问题）、task（任务）、result（成果）或 all（全部）</translation>
        </message>
        <message>
            <source>No request with the number or id {ident}</source>
            <translation>找不到编号为 {ident} 的群众诉求</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>身份证号</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>手机号</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>党员类别</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>入党日期</translation>
        </message>
        <message>
            <source>Full member</source>
            <translation>转正日期</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>人员类别</translation>
        </message>
        <message>
            <source>Centre household</source>
            <translation>党员中心户</translation>
        </message>
        <message>
            <source>  leader: {name}</source>
            <translation>　组长：{name}</translation>
        </message>
        <message>
            <source>No party group</source>
            <translation>未分党小组</translation>
        </message>
        <message>
            <source>No members on the roll</source>
            <translation>花名册中没有党员</translation>
        </message>
        <message>
            <source>Centre households and the households they keep in touch with</source>
            <translation>党员中心户及联系户</translation>
        </message>
        <message>
            <source>No households recorded</source>
            <translation>尚未登记联系户</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>ID numbers are masked (middle digits hidden).</source>
            <translation>身份证号已隐藏中间位数。</translation>
        </message>
        <message>
            <source>This copy shows FULL ID numbers. Keep it locked away; do not post it.</source>
            <translation>本件含完整身份证号，请妥善保管，不得张贴或外传。</translation>
        </message>
        <message>
            <source>Full ID numbers are printed: keep this copy safe</source>
            <translation>打印件含完整身份证号，请妥善保管</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>党员情况</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>组织生活</translation>
        </message>
        <message>
            <source>Residents' requests</source>
            <translation>群众诉求</translation>
        </message>
        <message>
            <source>Funds</source>
            <translation>经费</translation>
        </message>
        <message>
            <source>Follow-ups still open</source>
            <translation>尚未落实的会议事项</translation>
        </message>
        <message>
            <source>Members on the roll</source>
            <translation>在册党员</translation>
        </message>
        <message>
            <source>Full / probationary</source>
            <translation>正式党员／预备党员</translation>
        </message>
        <message>
            <source>Party groups</source>
            <translation>党小组</translation>
        </message>
        <message>
            <source>Centre households</source>
            <translation>党员中心户</translation>
        </message>
        <message>
            <source>Admitted</source>
            <translation>发展党员</translation>
        </message>
        <message>
            <source>Became full members</source>
            <translation>预备党员转正</translation>
        </message>
        <message>
            <source>Transferred in</source>
            <translation>组织关系转入</translation>
        </message>
        <message>
            <source>Transferred out</source>
            <translation>组织关系转出</translation>
        </message>
        <message>
            <source>Passed away</source>
            <translation>去世</translation>
        </message>
        <message>
            <source>Attendance rate</source>
            <translation>出席率</translation>
        </message>
        <message>
            <source>Neighbour meetings</source>
            <translation>邻里会</translation>
        </message>
        <message>
            <source>Residents attending them</source>
            <translation>参加邻里会的居民（人次）</translation>
        </message>
        <message>
            <source>Joint meetings with owners and property</source>
            <translation>三方联动联席会</translation>
        </message>
        <message>
            <source>Requests received</source>
            <translation>收集诉求</translation>
        </message>
        <message>
            <source>Problem list</source>
            <translation>问题清单</translation>
        </message>
        <message>
            <source>Task list</source>
            <translation>任务清单</translation>
        </message>
        <message>
            <source>Result list</source>
            <translation>成果清单</translation>
        </message>
        <message>
            <source>Response rate</source>
            <translation>响应率</translation>
        </message>
        <message>
            <source>Resolution rate</source>
            <translation>解决率</translation>
        </message>
        <message>
            <source>Satisfaction rate</source>
            <translation>满意率</translation>
        </message>
        <message>
            <source>Meeting date</source>
            <translation>会议日期</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>会议</translation>
        </message>
        <message>
            <source>Unknown output {kind}</source>
            <translation>没有“{kind}”这种打印件</translation>
        </message>
        <message>
            <source>Say which record to print (its id or number)</source>
            <translation>请指明要打印哪一条记录（编号）</translation>
        </message>
        <message>
            <source>Cannot write {name}: the file must end in .pdf or .xlsx</source>
            <translation>无法保存 {name}：文件名须以 .pdf 或 .xlsx 结尾</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist</source>
            <translation>文件夹 {folder} 不存在</translation>
        </message>
        <message>
            <source>Cannot write {name}: {reason}</source>
            <translation>无法保存 {name}：{reason}</translation>
        </message>
        <message>
            <source>Cannot write {name}: the PDF came out empty</source>
            <translation>无法保存 {name}：生成的 PDF 为空</translation>
        </message>
        <message>
            <source>No Chinese font is installed, so the page cannot be printed. Install one (on Debian/Ubuntu: apt install fonts-noto-cjk).</source>
            <translation>系统没有中文字体，无法打印。请先安装中文字体（Debian/Ubuntu：apt install fonts-noto-cjk）。</translation>
        </message>
        <message>
            <source>Written: {path}</source>
            <translation>已保存：{path}</translation>
        </message>
        <message>
            <source>Note: {warning}</source>
            <translation>提示：{warning}</translation>
        </message>
        <message>
            <source>Figures for {year}</source>
            <translation>{year}年度数据</translation>
        </message>
        <message>
            <source>Give either --year or --from/--to, not both</source>
            <translation>--year 与 --from/--to 只能选一种</translation>
        </message>
        <message>
            <source>Give both --from and --to</source>
            <translation>请同时给出 --from 和 --to</translation>
        </message>
        <message>
            <source>--to is before --from</source>
            <translation>--to 的日期早于 --from</translation>
        </message>
        <message>
            <source>--year: {year} is not a year</source>
            <translation>--year：{year} 不是有效的年份</translation>
        </message>
        <message>
            <source>{flag}: “{text}” is not a date</source>
            <translation>{flag}：“{text}”不是有效的日期</translation>
        </message>
        <message>
            <source>“{kind}” takes no record id</source>
            <translation>“{kind}”不需要指定记录编号</translation>
        </message>
        <message>
            <source>there is no permission to write there</source>
            <translation>没有在该处写入的权限</translation>
        </message>
        <message>
            <source>the folder does not exist</source>
            <translation>文件夹不存在</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>磁盘已满</translation>
        </message>
        <message>
            <source>the disk is read-only</source>
            <translation>磁盘只读</translation>
        </message>
        <message>
            <source>a folder has that name</source>
            <translation>已有同名文件夹</translation>
        </message>
        <message>
            <source>To {name}</source>
            <translation>派往：{name}</translation>
        </message>
        <message>
            <source>Neighbourhood service</source>
            <translation>邻里服务</translation>
        </message>
    </context>
</TS>
