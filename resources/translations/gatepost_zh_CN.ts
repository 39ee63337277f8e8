<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Set up this station</source>
        <translation>设置本岗亭</translation>
    </message>
    <message>
        <source>No one can sign on yet. Create the first administrator: a name, and a PIN of 4 to 8 digits typed twice.</source>
        <translation>目前还没有人可以登录。请创建第一位管理员：填写姓名，并输入两次 4 到 8 位数字的密码。</translation>
    </message>
    <message>
        <source>Administrator's name</source>
        <translation>管理员姓名</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>⌫</source>
        <translation>⌫</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>创建管理员</translation>
    </message>
</context>
<context>
    <name>HandoverText</name>
    <message>
        <source>Shift handover</source>
        <translation>交接班记录</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>门岗</translation>
    </message>
    <message>
        <source>Both gates</source>
        <translation>两个门岗</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <extracomment>%1 and %2: date and time the shift starts and ends</extracomment>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Crossings</source>
        <translation>通行</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>In</source>
        <translation>进</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>出</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Green %1, red %2, amber %3. Went through: in %4, out %5.</source>
        <extracomment>counts of verdicts, then of those who actually went through</extracomment>
        <translation>放行 %1，拒绝 %2，核查 %3。实际通过：进 %4，出 %5。</translation>
    </message>
    <message>
        <source>Refused, by reason</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <source>Reds let through</source>
        <translation>拒绝后放行</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Fevers</source>
        <translation>发热</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Open matters</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Handed over by %1 at %2</source>
        <extracomment>%1 the lead's name, %2 date and time</extracomment>
        <translation>交班：%1，%2</translation>
    </message>
    <message>
        <source>Taken over by %1 at %2</source>
        <extracomment>%1 the lead's name, %2 date and time</extracomment>
        <translation>接班：%1，%2</translation>
    </message>
    <message>
        <source>Outgoing lead (signature)</source>
        <translation>交班班长（签字）</translation>
    </message>
    <message>
        <source>Incoming lead (signature)</source>
        <translation>接班班长（签字）</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Visitor (no pass)</source>
        <translation>访客（无证）</translation>
    </message>
    <message>
        <source>No known pass</source>
        <translation>无有效证件</translation>
    </message>
    <message>
        <source>Team and people on duty</source>
        <translation>班组与在岗人员</translation>
    </message>
    <message>
        <source>Planned team: %1, lead %2</source>
        <extracomment>%1 the team (一班), %2 its lead's name</extracomment>
        <translation>排班班组：%1，班长 %2</translation>
    </message>
    <message>
        <source>No team planned for this shift</source>
        <translation>本班次未排班组</translation>
    </message>
    <message>
        <source>no lead named</source>
        <translation>未指定班长</translation>
    </message>
    <message>
        <source>Planned %1, on duty %2, did not sign on %3, not planned %4.</source>
        <extracomment>counts of people: planned by the roster, signed on, planned but never signed on, signed on without being planned</extracomment>
        <translation>排班 %1 人，在岗 %2 人，未签到 %3 人，非排班 %4 人。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>排班</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Did not sign on</source>
        <translation>未签到</translation>
    </message>
    <message>
        <source>still on duty</source>
        <translation>仍在岗</translation>
    </message>
    <message>
        <source>(estimated)</source>
        <extracomment>after a sign-off time that a restart of the station closed (not a real sign-off)</extracomment>
        <translation>（估计）</translation>
    </message>
    <message>
        <source>Courtyard checks</source>
        <translation>院落巡查</translation>
    </message>
    <message>
        <source>Overdue at the end of the shift: %1</source>
        <extracomment>%1 the courtyards whose scheduled check is overdue</extracomment>
        <translation>班次结束时已超时未查：%1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Courtyard</source>
        <translation>院落</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>检查人</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 the kind of courtyard check, %2 how it was made ("Scheduled check, in person")</extracomment>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>Households (addresses)</source>
        <translation>住户（住址）</translation>
    </message>
    <message>
        <source>Registered residents</source>
        <translation>户籍居民</translation>
    </message>
    <message>
        <source>Migrant residents</source>
        <translation>流动人员</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Household address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Courtyard</source>
        <translation>院落</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Internal or external vehicle</source>
        <translation>内部／外部车辆</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Accepted, new household</source>
        <translation>通过，新建住户</translation>
    </message>
    <message>
        <source>Empty row</source>
        <translation>空行</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Twice in the file</source>
        <translation>文件中重复</translation>
    </message>
    <message>
        <source>Wrong ID number</source>
        <translation>身份证号有误</translation>
    </message>
    <message>
        <source>Wrong mobile number</source>
        <translation>手机号有误</translation>
    </message>
    <message>
        <source>Wrong plate</source>
        <translation>车牌号有误</translation>
    </message>
    <message>
        <source>Unknown household</source>
        <translation>未知住户</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <source>No name</source>
        <translation>无姓名</translation>
    </message>
    <message>
        <source>No address</source>
        <translation>无住址</translation>
    </message>
    <message>
        <source>No plate</source>
        <translation>无车牌</translation>
    </message>
    <message>
        <source>Unknown category</source>
        <translation>未知类别</translation>
    </message>
    <message>
        <source>Wrong category</source>
        <translation>类别有误</translation>
    </message>
    <message>
        <source>Wrong courtyard</source>
        <translation>院落有误</translation>
    </message>
    <message>
        <source>Stray quote</source>
        <translation>多余的引号</translation>
    </message>
    <message>
        <source>Row too long</source>
        <translation>行太长</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>This address becomes a new household.</source>
        <translation>将为此住址新建住户。</translation>
    </message>
    <message>
        <source>Skipped.</source>
        <translation>已跳过。</translation>
    </message>
    <message>
        <source>Already in the registry: not imported again.</source>
        <translation>已在登记中，不再重复导入。</translation>
    </message>
    <message>
        <source>The same as line %1.</source>
        <translation>与第 %1 行相同。</translation>
    </message>
    <message>
        <source>Not a valid resident ID number: check the digits and the last character.</source>
        <translation>不是有效的身份证号：请核对数字和最后一位。</translation>
    </message>
    <message>
        <source>Not an 11-digit mobile number.</source>
        <translation>不是 11 位手机号。</translation>
    </message>
    <message>
        <source>Not a licence plate (such as 京A·12345 or 京AD12345).</source>
        <translation>不是车牌号（例如 京A·12345 或 京AD12345）。</translation>
    </message>
    <message>
        <source>No household has this address. Register it first, or tick "Create households".</source>
        <translation>没有这个住址的住户。请先登记住户，或勾选“新建住户”。</translation>
    </message>
    <message>
        <source>The cell starts like a spreadsheet formula (= + - @): never imported.</source>
        <translation>单元格以表格公式开头（= + - @），不予导入。</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>姓名为空。</translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation>住址为空。</translation>
    </message>
    <message>
        <source>The plate is empty.</source>
        <translation>车牌号为空。</translation>
    </message>
    <message>
        <source>This category is not known.</source>
        <translation>无法识别此类别。</translation>
    </message>
    <message>
        <source>This category is for the other kind (people or vehicles).</source>
        <translation>此类别属于另一种（人员或车辆）。</translation>
    </message>
    <message>
        <source>The courtyard must be 0 (main area) or 1 to 6.</source>
        <translation>院落须为 0（主区）或 1 至 6。</translation>
    </message>
    <message>
        <source>A quote inside a cell: the row may be cut wrongly. Check it in the spreadsheet.</source>
        <translation>单元格中有引号，这一行可能被拆错了。请在表格中检查。</translation>
    </message>
    <message>
        <source>The row is longer than 64 KiB.</source>
        <translation>这一行超过 64 KiB。</translation>
    </message>
    <message>
        <source>The registry refused this row.</source>
        <translation>登记系统拒绝了这一行。</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>The file is larger than 50 MB. Split it into smaller files.</source>
        <translation>文件超过 50 MB，请拆分成较小的文件。</translation>
    </message>
    <message>
        <source>The file mixes text encodings (line %1 differs from the rest). Save it again from the spreadsheet as "CSV UTF-8".</source>
        <translation>文件中混有不同的文字编码（第 %1 行与其他行不同）。请在表格软件中重新另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>The quote opened on line %1 never closes, so the rest of the file cannot be read. Fix that line in the spreadsheet.</source>
        <translation>第 %1 行的引号没有闭合，文件其余部分无法读取。请在表格中改正这一行。</translation>
    </message>
    <message>
        <source>Line %1 has more than 200 columns. Is this the right file?</source>
        <translation>第 %1 行超过 200 列。文件选对了吗？</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>No column holds "%1". Choose which column means it in the table of columns.</source>
        <translation>没有一列是“%1”。请在列表中指定哪一列是它。</translation>
    </message>
</context>
<context>
    <name>IncidentPanel</name>
    <message>
        <source>Report an incident</source>
        <translation>上报事件</translation>
    </message>
    <message>
        <source>Note (optional), then tap what happened:</source>
        <translation>可先写备注，再点选发生了什么：</translation>
    </message>
    <message>
        <source>e.g. man in a blue coat, ran in towards row 12</source>
        <translation>如：蓝衣男子，往12排方向跑了</translation>
    </message>
    <message>
        <source>Forced through</source>
        <translation>强行闯卡</translation>
    </message>
    <message>
        <source>Abuse of staff</source>
        <translation>辱骂工作人员</translation>
    </message>
    <message>
        <source>Other incident</source>
        <translation>其他事件</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>LeadText</name>
    <message>
        <source>Let through (green)</source>
        <translation>放行（绿）</translation>
    </message>
    <message>
        <source>Check (amber)</source>
        <translation>核查（黄）</translation>
    </message>
    <message>
        <source>Refuse (red)</source>
        <translation>拒绝（红）</translation>
    </message>
    <message>
        <source>Opening hours: %1</source>
        <translation>通行时段：%1</translation>
    </message>
    <message>
        <source>Days a new pass is valid: %1</source>
        <translation>新通行证有效天数：%1</translation>
    </message>
    <message>
        <source>Card colour: %1</source>
        <translation>证件颜色：%1</translation>
    </message>
    <message>
        <source>Gates: %1</source>
        <translation>可走大门：%1</translation>
    </message>
    <message>
        <source>Passback window (minutes)</source>
        <translation>防回传时间（分钟）</translation>
    </message>
    <message>
        <source>Duplicate scan window (seconds)</source>
        <translation>重复扫码间隔（秒）</translation>
    </message>
    <message>
        <source>Temperature required on entry</source>
        <translation>进入须测体温</translation>
    </message>
    <message>
        <source>Fever from (°C)</source>
        <translation>发热标准（°C）</translation>
    </message>
    <message>
        <source>Home quarantine (days)</source>
        <translation>居家隔离（天）</translation>
    </message>
    <message>
        <source>Visitor on foot</source>
        <translation>步行访客</translation>
    </message>
    <message>
        <source>Visitor in an outside vehicle</source>
        <translation>外来车辆访客</translation>
    </message>
    <message>
        <source>Entry without a card (manual search)</source>
        <translation>无卡进入（手动查找）</translation>
    </message>
    <message>
        <source>Letting a red through needs the shift lead's PIN</source>
        <translation>红灯放行需班长 PIN</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>any hour</source>
        <translation>任何时间</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>有</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>全天</translation>
    </message>
    <message>
        <source>Team 1</source>
        <translation>一班</translation>
    </message>
    <message>
        <source>Team 2</source>
        <translation>二班</translation>
    </message>
    <message>
        <source>Team 3</source>
        <translation>三班</translation>
    </message>
    <message>
        <source>Team 4</source>
        <translation>四班</translation>
    </message>
    <message>
        <source>Courtyard 1</source>
        <translation>一号院</translation>
    </message>
    <message>
        <source>Courtyard 2</source>
        <translation>二号院</translation>
    </message>
    <message>
        <source>Courtyard 3</source>
        <translation>三号院</translation>
    </message>
    <message>
        <source>Courtyard 4</source>
        <translation>四号院</translation>
    </message>
    <message>
        <source>Courtyard 5</source>
        <translation>五号院</translation>
    </message>
    <message>
        <source>Courtyard 6</source>
        <translation>六号院</translation>
    </message>
    <message>
        <source>Scheduled check</source>
        <translation>定时巡查</translation>
    </message>
    <message>
        <source>Spot check</source>
        <translation>抽查</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>现场</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>By video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>All well</source>
        <translation>一切正常</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>有问题</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无人应答</translation>
    </message>
    <message>
        <source>%1 roster  %2</source>
        <extracomment>the roster PDF's heading: %1 the community's name (may be empty), %2 the month</extracomment>
        <translation>%1排班表  %2</translation>
    </message>
    <message>
        <source>%2/%1</source>
        <extracomment>a month: %1 the year, %2 the month's number</extracomment>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>Time zone %1</source>
        <translation>时区 %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Shift %1</source>
        <translation>第 %1 班</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>lead %1</source>
        <extracomment>after a team in the roster: %1 its lead's name</extracomment>
        <translation>班长 %1</translation>
    </message>
    <message>
        <source>Team members by gate  %1</source>
        <extracomment>%1 the month</extracomment>
        <translation>各班成员（按门岗）  %1</translation>
    </message>
    <message>
        <source>%1 (%2)  lead: %3</source>
        <extracomment>%1 the team (一班), %2 its code (A), %3 its lead</extracomment>
        <translation>%1（%2）  班长：%3</translation>
    </message>
    <message>
        <source>Any gate</source>
        <translation>任意门岗</translation>
    </message>
    <message>
        <source>(no members yet)</source>
        <translation>（暂无成员）</translation>
    </message>
    <message>
        <source>%1: %3 (%2 people)</source>
        <extracomment>%1 the gate, %2 how many people, %3 their names</extracomment>
        <translation>%1：%3（共 %2 人）</translation>
    </message>
    <message>
        <source>Roster %1</source>
        <extracomment>the PDF's title: %1 the month as yyyy-MM</extracomment>
        <translation>排班表 %1</translation>
    </message>
    <message>
        <source>Opening hours at %1: %2</source>
        <translation>%1通行时段：%2</translation>
    </message>
    <message>
        <source>as at every gate</source>
        <translation>与所有门岗相同</translation>
    </message>
    <message>
        <source>as at every gate (%1)</source>
        <translation>与所有门岗相同（%1）</translation>
    </message>
</context>
<context>
    <name>ManualSearchPanel</name>
    <message>
        <source>Find a pass</source>
        <translation>查找出入证</translation>
    </message>
    <message>
        <source>Type the pass number, a name, a plate or part of the address.</source>
        <translation>输入证号、姓名、车牌或部分地址。</translation>
    </message>
    <message>
        <source>Pass number, name, plate or address</source>
        <translation>证号、姓名、车牌或地址</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Check this pass</source>
        <translation>核验此证</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>Registered resident</source>
        <translation>户籍居民</translation>
    </message>
    <message>
        <source>Migrant resident</source>
        <translation>流动人员</translation>
    </message>
    <message>
        <source>External worker</source>
        <translation>外来务工人员</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Internal vehicle</source>
        <translation>内部车辆</translation>
    </message>
    <message>
        <source>External vehicle</source>
        <translation>外部车辆</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>已注销</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>已挂失</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Not a Gatepost pass code</source>
        <translation>不是本社区出入证</translation>
    </message>
    <message>
        <source>Pass not in the registry</source>
        <translation>出入证未登记</translation>
    </message>
    <message>
        <source>Forged or altered pass</source>
        <translation>伪造或被改动的出入证</translation>
    </message>
    <message>
        <source>Old pass: a newer one was issued</source>
        <translation>旧证：已补发新证</translation>
    </message>
    <message>
        <source>Pass revoked</source>
        <translation>出入证已注销</translation>
    </message>
    <message>
        <source>Pass reported lost</source>
        <translation>出入证已挂失</translation>
    </message>
    <message>
        <source>Pass suspended</source>
        <translation>出入证已暂停</translation>
    </message>
    <message>
        <source>Pass not valid yet</source>
        <translation>出入证尚未生效</translation>
    </message>
    <message>
        <source>Pass expired</source>
        <translation>出入证已过期</translation>
    </message>
    <message>
        <source>Not allowed at this gate</source>
        <translation>不能走此门</translation>
    </message>
    <message>
        <source>Outside allowed hours</source>
        <translation>不在通行时间内</translation>
    </message>
    <message>
        <source>In home quarantine</source>
        <translation>居家隔离中</translation>
    </message>
    <message>
        <source>In central quarantine</source>
        <translation>集中隔离中</translation>
    </message>
    <message>
        <source>Already crossed in this direction</source>
        <translation>已按此方向通过</translation>
    </message>
    <message>
        <source>Same pass read again</source>
        <translation>同一证件重复扫描</translation>
    </message>
    <message>
        <source>Fever</source>
        <translation>发热</translation>
    </message>
    <message>
        <source>Take the temperature</source>
        <translation>请测体温</translation>
    </message>
    <message>
        <source>North gate</source>
        <translation>北门</translation>
    </message>
    <message>
        <source>South gate</source>
        <translation>南门</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>社区办公室</translation>
    </message>
    <message>
        <source>Forced through the gate</source>
        <translation>强行闯卡</translation>
    </message>
    <message>
        <source>Abuse of staff</source>
        <translation>辱骂工作人员</translation>
    </message>
    <message>
        <source>Other incident</source>
        <translation>其他事件</translation>
    </message>
    <message>
        <source>No pass: check identity</source>
        <translation>无通行证：请核实身份</translation>
    </message>
    <message>
        <source>No card: check the face</source>
        <translation>无卡：请核对本人照片</translation>
    </message>
    <message>
        <source>Damaged pass, holder confirmed</source>
        <translation>证件损坏，本人确认</translation>
    </message>
    <message>
        <source>Verified by community staff</source>
        <translation>社区工作人员核实</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>紧急情况</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Shift lead</source>
        <translation>班长</translation>
    </message>
    <message>
        <source>Office staff</source>
        <translation>办公室职员</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>shift lead</source>
        <translation>班长</translation>
    </message>
    <message>
        <source>office staff</source>
        <translation>办公室职员</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>Office</name>
    <message>
        <source>Main area</source>
        <translation>平房区</translation>
    </message>
    <message>
        <source>Courtyard %1</source>
        <translation>%1号院</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Printing passes</source>
        <translation>打印出入证</translation>
    </message>
    <message>
        <source>The passes were printed, but the record of it could not be saved: %1</source>
        <translation>出入证已打印，但打印记录未能保存：%1</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>通行证</translation>
    </message>
    <message>
        <source>Community pass</source>
        <translation>社区出入证</translation>
    </message>
    <message>
        <source>Valid %1 to %2</source>
        <extracomment>%1 and %2 are dates (YYYY-MM-DD): the first and the last day the pass is valid.</extracomment>
        <translation>有效期 %1 至 %2</translation>
    </message>
    <message>
        <source>The printer "%1" did not take the passes. Nothing was lost: check the printer and print again, or save the passes as a PDF.</source>
        <translation>打印机“%1”没有打印这些出入证。没有丢失任何数据：请检查打印机后重新打印，或将出入证另存为 PDF。</translation>
    </message>
    <message>
        <source>Print preview: %1 passes</source>
        <translation>打印预览：%1 张出入证</translation>
    </message>
    <message>
        <source>No printer is installed on this computer. Save the passes as a PDF and print them elsewhere, or ask for a printer to be set up.</source>
        <translation>本机没有安装打印机。请将出入证另存为 PDF 到别处打印，或请人安装打印机。</translation>
    </message>
    <message>
        <source>Save passes as PDF</source>
        <translation>将出入证另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1. Nothing was changed: choose another folder or free some space, then save again.</source>
        <translation>无法写入 PDF 文件 %1。什么都没有改动：请换一个文件夹或腾出磁盘空间后重新保存。</translation>
    </message>
</context>
<context>
    <name>QuarantineNames</name>
    <message>
        <source>Morning</source>
        <translation>上午</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>下午</translation>
    </message>
    <message>
        <source>Door check</source>
        <translation>上门检查</translation>
    </message>
    <message>
        <source>Video check</source>
        <translation>视频检查</translation>
    </message>
    <message>
        <source>At home, well</source>
        <translation>在家，正常</translation>
    </message>
    <message>
        <source>Not at home</source>
        <translation>不在家</translation>
    </message>
    <message>
        <source>Unwell</source>
        <translation>身体不适</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>居家</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>集中隔离</translation>
    </message>
    <message>
        <source>Morning report missing</source>
        <translation>缺上午体温</translation>
    </message>
    <message>
        <source>Afternoon report missing</source>
        <translation>缺下午体温</translation>
    </message>
    <message>
        <source>Fever</source>
        <translation>发热</translation>
    </message>
    <message>
        <source>Unwell at the last check</source>
        <translation>上次检查时身体不适</translation>
    </message>
    <message>
        <source>Released (%1)</source>
        <translation>已解除（%1）</translation>
    </message>
    <message>
        <source>May be released</source>
        <translation>可以解除</translation>
    </message>
</context>
<context>
    <name>RefusalText</name>
    <message>
        <source>Enter the name.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <source>Enter the phone number.</source>
        <translation>请填写手机号。</translation>
    </message>
    <message>
        <source>The phone number must be 11 digits and start with 1.</source>
        <translation>手机号应为以1开头的11位数字。</translation>
    </message>
    <message>
        <source>This is not a plate. Write it like 京A·12345.</source>
        <translation>车牌号有误，格式如 京A·12345。</translation>
    </message>
    <message>
        <source>Choose the home: type part of the address and tap it in the list.</source>
        <translation>请选择住址：输入部分地址，在列表中点选。</translation>
    </message>
    <message>
        <source>This household is not in the registry any more. Choose it again.</source>
        <translation>登记中已没有此住户，请重新选择。</translation>
    </message>
    <message>
        <source>This ID number is not valid: check the 18 characters, or leave it empty.</source>
        <translation>身份证号有误：请核对18位，或留空。</translation>
    </message>
    <message>
        <source>Where did the returnee come from? Tap a city or type it.</source>
        <translation>从哪里返京？请点选城市或直接填写。</translation>
    </message>
    <message>
        <source>The arrival date cannot be in the future.</source>
        <translation>到京日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Arrived on %1: the %2-day home quarantine would already be over. Check the date.</source>
        <translation>%1 到京：%2 天居家观察已满，请核对日期。</translation>
    </message>
    <message>
        <source>This station has no gate set. Call the shift lead.</source>
        <translation>本岗未设置门岗，请联系班长。</translation>
    </message>
    <message>
        <source>The temperature is not a number. Take it again.</source>
        <translation>体温读数无效，请重新测量。</translation>
    </message>
    <message>
        <source>There is no pass %1. Check the number on the card.</source>
        <translation>没有编号为 %1 的通行证，请核对卡上的号码。</translation>
    </message>
    <message>
        <source>This person is not in the registry any more. Search again.</source>
        <translation>登记中已没有此人，请重新查找。</translation>
    </message>
    <message>
        <source>Nothing was read. Scan the pass again.</source>
        <translation>没有读到内容，请重新扫码。</translation>
    </message>
    <message>
        <source>Nobody is signed on at this station.</source>
        <translation>本岗没有人员签到。</translation>
    </message>
    <message>
        <source>There is nothing to decide on this screen.</source>
        <translation>此页面没有需要决定的事项。</translation>
    </message>
    <message>
        <source>This crossing has been decided already.</source>
        <translation>此次通行已经处理过。</translation>
    </message>
    <message>
        <source>This crossing is not in the log.</source>
        <translation>记录中没有此次通行。</translation>
    </message>
    <message>
        <source>Choose why you let this person through.</source>
        <translation>请选择放行原因。</translation>
    </message>
    <message>
        <source>Choose one of the reasons on the screen.</source>
        <translation>请在屏幕上选择一个原因。</translation>
    </message>
    <message>
        <source>"Other": type a few words saying why.</source>
        <translation>选“其他”时，请写几个字说明原因。</translation>
    </message>
    <message>
        <source>Letting someone through on red needs the shift lead's PIN.</source>
        <translation>红色放行需要班长输入密码确认。</translation>
    </message>
    <message>
        <source>No pass is waiting for a temperature.</source>
        <translation>没有等待测温的通行证。</translation>
    </message>
    <message>
        <source>Not accepted.</source>
        <translation>未受理。</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>磁盘已满。</translation>
    </message>
    <message>
        <source>The database is busy.</source>
        <translation>数据库繁忙。</translation>
    </message>
    <message>
        <source>The database cannot be written (read-only).</source>
        <translation>数据库无法写入（只读）。</translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation>数据库文件已损坏。</translation>
    </message>
    <message>
        <source>Another program is holding the database.</source>
        <translation>另一个程序正在占用数据库。</translation>
    </message>
    <message>
        <source>The database could not be written.</source>
        <translation>数据库写入失败。</translation>
    </message>
    <message>
        <source>This station is not set up yet (gatepost-cli init).</source>
        <translation>本站尚未设置（gatepost-cli init）。</translation>
    </message>
    <message>
        <source>This station already belongs to a community. To move it, set up a new station file.</source>
        <translation>本站已经属于一个社区。如需更换，请新建站点文件。</translation>
    </message>
    <message>
        <source>This is not a station's public key: it has 64 characters, 0-9 and a-f.</source>
        <translation>这不是站点的公钥：公钥有 64 个字符，由 0-9 和 a-f 组成。</translation>
    </message>
    <message>
        <source>This is this station's own key. Paste the office's key.</source>
        <translation>这是本站自己的密钥。请粘贴办公室的密钥。</translation>
    </message>
    <message>
        <source>This station already has passes, crossings or other stations' records: it cannot join a community. Set up a new station file to join.</source>
        <translation>本站已有通行证、通行记录或其他站点的记录，不能加入社区。请新建站点文件后再加入。</translation>
    </message>
    <message>
        <source>The hub address must look like postgresql://USER@HOST:PORT/DB.</source>
        <translation>同步服务器地址的格式应为 postgresql://用户@主机:端口/数据库。</translation>
    </message>
    <message>
        <source>The hub address must not contain the password: type it in the password field.</source>
        <translation>同步服务器地址里不能包含密码：请填在密码栏里。</translation>
    </message>
    <message>
        <source>The exchange interval must be from %1 to %2 seconds.</source>
        <translation>同步间隔必须在 %1 到 %2 秒之间。</translation>
    </message>
    <message>
        <source>The pass list warning must be from %1 to %2 hours.</source>
        <translation>名单过期提醒必须在 %1 到 %2 小时之间。</translation>
    </message>
    <message>
        <source>The value must be from %1 to %2.</source>
        <translation>数值必须在 %1 到 %2 之间。</translation>
    </message>
    <message>
        <source>This file is not a photo Gatepost can read. Choose a JPEG or PNG picture.</source>
        <translation>这个文件不是门岗通能读取的照片。请选择 JPEG 或 PNG 图片。</translation>
    </message>
    <message>
        <source>The photo is too large (%1 KB, at most %2 KB).</source>
        <translation>照片太大（%1 KB，最多 %2 KB）。</translation>
    </message>
    <message>
        <source>This station cannot print passes: a gate keeps no pass secrets. Print them at the office.</source>
        <translation>本站不能打印出入证：门岗不保存出入证密钥。请到办公室打印。</translation>
    </message>
    <message>
        <source>Pass %1 is %2: it cannot be printed.</source>
        <translation>出入证 %1 %2，不能打印。</translation>
    </message>
    <message>
        <source>There is no active pass to print.</source>
        <translation>没有可打印的有效出入证。</translation>
    </message>
    <message>
        <source>%1 °C cannot be a temperature: it must be from %2 to %3 °C.</source>
        <translation>%1 °C 不可能是体温：应在 %2 至 %3 °C 之间。</translation>
    </message>
    <message>
        <source>This person has no quarantine record.</source>
        <translation>此人没有隔离观察记录。</translation>
    </message>
    <message>
        <source>The quarantine is not over: the first day out is %1 (%2 days left).</source>
        <translation>观察期未满：%1 起方可解除（还剩 %2 天）。</translation>
    </message>
    <message>
        <source>A fever was reported on %1: two normal reports must follow before the release.</source>
        <translation>%1 曾报告发热：之后须有两次正常体温才能解除。</translation>
    </message>
    <message>
        <source>The check on %1 found the person unwell: a later check must find them present.</source>
        <translation>%1 检查时此人身体不适：须再次检查确认在家且正常。</translation>
    </message>
    <message>
        <source>The person is in central quarantine. Move them home first, when the facility lets them go.</source>
        <translation>此人正在集中隔离。隔离点解除后，请先转回居家观察。</translation>
    </message>
    <message>
        <source>Already released: health certificate %1.</source>
        <translation>已解除观察：健康证明 %1。</translation>
    </message>
    <message>
        <source>The person is already there.</source>
        <translation>此人已在该观察方式下。</translation>
    </message>
    <message>
        <source>Type why the person moves.</source>
        <translation>请填写转移原因。</translation>
    </message>
    <message>
        <source>The report date is before the arrival (%1).</source>
        <translation>报告日期早于到达日期（%1）。</translation>
    </message>
    <message>
        <source>The report date cannot be in the future.</source>
        <translation>报告日期不能是将来的日期。</translation>
    </message>
    <message>
        <source>Enter the address.</source>
        <translation>请填写住址。</translation>
    </message>
    <message>
        <source>The household %1 is already registered.</source>
        <translation>住户 %1 已登记。</translation>
    </message>
    <message>
        <source>This address is in courtyard %1, not %2.</source>
        <translation>该住址在%1号院，不在%2号院。</translation>
    </message>
    <message>
        <source>Choose the main area or a courtyard from 1 to 6.</source>
        <translation>请选择主区或 1 至 6 号院。</translation>
    </message>
    <message>
        <source>This category is for vehicles, not for people.</source>
        <translation>该类别用于车辆，不能用于人员。</translation>
    </message>
    <message>
        <source>Another person is registered with the ID number %1.</source>
        <translation>身份证号 %1 已登记给另一人。</translation>
    </message>
    <message>
        <source>The vehicle %1 is already registered.</source>
        <translation>车辆 %1 已登记。</translation>
    </message>
    <message>
        <source>This vehicle is not in the registry.</source>
        <translation>登记册中没有这辆车。</translation>
    </message>
    <message>
        <source>Only office staff may see this number in full.</source>
        <translation>只有办公室工作人员可以查看完整号码。</translation>
    </message>
    <message>
        <source>Say why.</source>
        <translation>请说明原因。</translation>
    </message>
    <message>
        <source>Pass %1 is %2: this action does not apply to it.</source>
        <translation>通行证 %1 状态为“%2”，不能执行此操作。</translation>
    </message>
    <message>
        <source>The last valid day must be %1 or later.</source>
        <translation>有效期截止日不能早于 %1。</translation>
    </message>
    <message>
        <source>Choose a household, a courtyard or a category.</source>
        <translation>请选择住户、院落或类别。</translation>
    </message>
    <message>
        <source>There is no gate "%1".</source>
        <translation>没有“%1”这个门岗。</translation>
    </message>
    <message>
        <source>There is no shift "%1".</source>
        <translation>没有班次“%1”。</translation>
    </message>
    <message>
        <source>Shift %1 has not started yet.</source>
        <translation>班次 %1 尚未开始。</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>密码错误。</translation>
    </message>
    <message>
        <source>Too many wrong PINs: try again in %1 s.</source>
        <translation>密码错误次数过多：请 %1 秒后再试。</translation>
    </message>
    <message>
        <source>Only a shift lead or above may do this.</source>
        <translation>只有班长或以上人员可以操作。</translation>
    </message>
    <message>
        <source>This handover was already signed by %1.</source>
        <translation>此交接班记录已由 %1 签字。</translation>
    </message>
    <message>
        <source>The outgoing lead has not signed this handover yet.</source>
        <translation>交班班长尚未签字。</translation>
    </message>
    <message>
        <source>This handover was already acknowledged by %1.</source>
        <translation>此交接班记录已由 %1 确认接班。</translation>
    </message>
    <message>
        <source>The incoming lead must acknowledge, not the lead who signed.</source>
        <translation>须由接班班长确认，不能由交班班长本人确认。</translation>
    </message>
    <message>
        <source>Choose one of the outlying courtyards, 1 to 6.</source>
        <translation>请选择外围院落（一号院至六号院）。</translation>
    </message>
    <message>
        <source>Write what the problem is.</source>
        <translation>请写明发现的问题。</translation>
    </message>
    <message>
        <source>The time of the check is in the future.</source>
        <translation>检查时间不能晚于现在。</translation>
    </message>
    <message>
        <source>A new shift pattern applies from %1 at the earliest: the past is not rewritten.</source>
        <translation>新的班次安排最早从 %1 起生效：不改写过去。</translation>
    </message>
    <message>
        <source>The shift pattern is not valid (%1).</source>
        <translation>班次安排无效（%1）。</translation>
    </message>
    <message>
        <source>There is no team "%1".</source>
        <translation>没有班组“%1”。</translation>
    </message>
    <message>
        <source>Team "%1" already exists.</source>
        <translation>班组“%1”已存在。</translation>
    </message>
    <message>
        <source>A team code is 1 to 8 letters or digits.</source>
        <translation>班组代码为 1 到 8 个字母或数字。</translation>
    </message>
    <message>
        <source>Enter the team's name.</source>
        <translation>请输入班组名称。</translation>
    </message>
    <message>
        <source>There is no operator "%1".</source>
        <translation>没有操作员“%1”。</translation>
    </message>
    <message>
        <source>%1 is not a member of team %2: add them first.</source>
        <translation>%1 不是 %2 班的成员：请先加入该班。</translation>
    </message>
    <message>
        <source>%1 is already in team %2: move them instead.</source>
        <translation>%1 已在 %2 班：请改为调班。</translation>
    </message>
    <message>
        <source>%1 is not a member of team %2.</source>
        <translation>%1 不是 %2 班的成员。</translation>
    </message>
    <message>
        <source>Your role may not change this account.</source>
        <translation>您的角色不能修改此账号。</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>密码为 4 到 8 位数字。</translation>
    </message>
    <message>
        <source>The two PINs differ: type the same PIN twice.</source>
        <translation>两次输入的 PIN 不一致：请输入两次相同的 PIN。</translation>
    </message>
    <message>
        <source>There is already an operator called %1.</source>
        <translation>已有名为 %1 的操作员。</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>此账号已不存在。</translation>
    </message>
    <message>
        <source>%1 is the last active administrator: add another administrator first.</source>
        <translation>%1 是最后一位在用的管理员：请先添加另一位管理员。</translation>
    </message>
    <message>
        <source>"%1" is not a time: write start times as HH:mm, such as 06:00.</source>
        <translation>“%1”不是时间：开始时间请写成 HH:mm，例如 06:00。</translation>
    </message>
    <message>
        <source>A shift pattern needs at least one start time.</source>
        <translation>班次安排至少需要一个开始时间。</translation>
    </message>
    <message>
        <source>Two shifts start at the same time.</source>
        <translation>有两个班次开始时间相同。</translation>
    </message>
    <message>
        <source>A team is named twice.</source>
        <translation>有班组重复填写。</translation>
    </message>
</context>
<context>
    <name>ReturneePanel</name>
    <message>
        <source>Returnee arriving</source>
        <translation>返京人员登记</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation>11位数字</translation>
    </message>
    <message>
        <source>ID number (optional)</source>
        <translation>身份证号（可不填）</translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation>18位</translation>
    </message>
    <message>
        <source>Home (household)</source>
        <translation>住址（住户）</translation>
    </message>
    <message>
        <source>Arrived in Beijing on</source>
        <translation>到京日期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>Coming from</source>
        <translation>从哪里来</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>测体温</translation>
    </message>
    <message>
        <source>Not taken: tap to enter</source>
        <translation>未测：点此输入</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Register arrival</source>
        <translation>登记返京</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Station settings</source>
        <translation>岗亭设置</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>0, /dev/v4l/by-id/…, a video file or a folder of images</source>
        <translation>0、/dev/v4l/by-id/…、视频文件或图片文件夹</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>In</source>
        <translation>进</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>出</translation>
    </message>
    <message>
        <source>Back to scanning after</source>
        <translation>自动返回扫码</translation>
    </message>
    <message>
        <source>seconds (0 = wait for a tap)</source>
        <translation>秒（0 = 等待点按）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Mute all sounds</source>
        <translation>静音</translation>
    </message>
    <message>
        <source>Speak the verdict</source>
        <translation>语音播报结果</translation>
    </message>
    <message>
        <source>Full screen (kiosk)</source>
        <translation>全屏（岗亭模式）</translation>
    </message>
    <message>
        <source>Temperature required before entry</source>
        <translation>进门必须测体温</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>本站</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
</context>
<context>
    <name>SignOnDialog</name>
    <message>
        <source>Sign on</source>
        <translation>上岗登录</translation>
    </message>
    <message>
        <source>Tap your name</source>
        <translation>点选您的名字</translation>
    </message>
    <message>
        <source>or type your name</source>
        <translation>或输入姓名</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>⌫</source>
        <translation>⌫</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>StartupErrors</name>
    <message>
        <source>another program</source>
        <translation>另一个程序</translation>
    </message>
    <message>
        <source>This station's database is in use by %1 (process %2), station %3 at gate %4. Only one program may write it at a time: close that one first.</source>
        <translation>岗亭数据库正被 %1（进程 %2）使用，岗亭 %3，门岗 %4。同一时间只能有一个程序写入：请先关闭该程序。</translation>
    </message>
    <message>
        <source>This station's database is in use by %1 (process %2). Only one program may write it at a time: close that one first.</source>
        <translation>岗亭数据库正被 %1（进程 %2）使用。同一时间只能有一个程序写入：请先关闭该程序。</translation>
    </message>
    <message>
        <source>This file is not a demo file, so --demo will not open it (nothing was written to it). Start without --demo, or give --demo a new file name.</source>
        <translation>该文件不是演示文件，--demo 不会打开它（未写入任何内容）。请不带 --demo 启动，或为 --demo 指定一个新文件名。</translation>
    </message>
    <message>
        <source>The disk that holds the database cannot keep it safely (no WAL mode). Put the database on the station's own disk.</source>
        <translation>数据库所在的磁盘无法安全保存数据（不支持 WAL 模式）。请将数据库放在岗亭电脑本机的磁盘上。</translation>
    </message>
    <message>
        <source>Other accounts on this PC can read the database, and it could not be made private. Ask the administrator to fix its permissions.</source>
        <translation>这台电脑上的其他账户可以读取数据库，且无法将其设为私有。请联系管理员修改文件权限。</translation>
    </message>
    <message>
        <source>The database was written by a newer Gatepost. Install that version on this PC.</source>
        <translation>该数据库由更新版本的门岗通写入。请在本机安装该版本。</translation>
    </message>
    <message>
        <source>The database or its folder does not exist.</source>
        <translation>数据库或其所在文件夹不存在。</translation>
    </message>
    <message>
        <source>The disk is full: the station cannot write its database.</source>
        <translation>磁盘已满：岗亭无法写入数据库。</translation>
    </message>
    <message>
        <source>The database cannot be used: %1</source>
        <translation>数据库无法使用：%1</translation>
    </message>
    <message>
        <source>The station's data file %1 could not be opened. Nothing was changed in it. Ask whoever looks after this PC (the details were written to the program's error output).</source>
        <translation>站点数据文件 %1 无法打开，文件内容没有任何改动。请联系负责这台电脑的人员（详细信息已写入程序的错误输出）。</translation>
    </message>
    <message>
        <source>This database is not set up as a station yet.
Run: gatepost-cli --db %1 init</source>
        <translation>这个数据库还没有设置为站点。
请运行：gatepost-cli --db %1 init</translation>
    </message>
</context>
<context>
    <name>StationWindow</name>
    <message>
        <source>Gatepost gate station</source>
        <translation>门岗通 岗亭</translation>
    </message>
    <message>
        <source>Show the pass to the camera, or scan it with the scanner gun.</source>
        <translation>请将出入证对准摄像头，或用扫码枪扫码。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>交班退出</translation>
    </message>
    <message>
        <source>No pass / search</source>
        <translation>无证 / 查询</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Returnee</source>
        <translation>返京人员</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>测体温</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>突发情况</translation>
    </message>
    <message>
        <source>Shift lead</source>
        <translation>班长</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>Gatepost bundles (*.gpbundle);;All files (*)</source>
        <translation>Gatepost 数据包 (*.gpbundle);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export to USB stick</source>
        <translation>导出到U盘</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>没有导出：%1</translation>
    </message>
    <message>
        <source>The bundle could not be written to %1. Is the stick full or write-protected?</source>
        <translation>数据包无法写入 %1。U盘是否已满或写保护？</translation>
    </message>
    <message>
        <source>Written to %1. Take the stick to the other station and import it there.</source>
        <translation>已写入 %1。请把U盘带到另一个站点并在那里导入。</translation>
    </message>
    <message>
        <source>Import from USB stick</source>
        <translation>从U盘导入</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>没有导入：%1</translation>
    </message>
    <message>
        <source>This station now belongs to the office's community. Last step: the office registers this station with its public key (gatepost-cli station add %1 --pubkey KEY). Read it to the office:
%2</source>
        <translation>本站已加入办公室的社区。最后一步：请办公室用本站的公钥登记本站（gatepost-cli station add %1 --pubkey 公钥）。请把公钥念给办公室：
%2</translation>
    </message>
    <message>
        <source>Not joined: %1</source>
        <translation>未加入：%1</translation>
    </message>
    <message>
        <source>This file is not a Gatepost bundle. Nothing was imported.</source>
        <translation>这个文件不是 Gatepost 数据包。没有导入任何记录。</translation>
    </message>
    <message>
        <source>The bundle is cut short (the copy to the stick did not finish). Nothing was imported: export it again.</source>
        <translation>数据包不完整（复制到U盘时没有完成）。没有导入任何记录：请重新导出。</translation>
    </message>
    <message>
        <source>The bundle is damaged. Nothing was imported: export it again.</source>
        <translation>数据包已损坏。没有导入任何记录：请重新导出。</translation>
    </message>
    <message>
        <source>The bundle comes from another community. Nothing was imported.</source>
        <translation>这个数据包来自别的社区。没有导入任何记录。</translation>
    </message>
    <message>
        <source>The bundle was written by a station this one does not know (the office has not registered it, or its registration has not arrived here yet). Nothing was imported.</source>
        <translation>数据包来自本站不认识的站点（办公室还没有登记它，或登记还没有传到本站）。没有导入任何记录。</translation>
    </message>
    <message>
        <source>The bundle was changed after it was written. Nothing was imported: export it again and keep the stick with you.</source>
        <translation>数据包在写入后被改动过。没有导入任何记录：请重新导出，并随身保管U盘。</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 already here, %3 refused.</source>
        <translation>已导入：%1 条新记录，%2 条已有，%3 条被拒。</translation>
    </message>
    <message>
        <source>%1 wait for a station or a record that has not arrived yet.</source>
        <translation>%1 条在等待尚未到达的站点或记录。</translation>
    </message>
</context>
<context>
    <name>TemperaturePad</name>
    <message>
        <source>Temperature (°C)</source>
        <translation>体温（°C）</translation>
    </message>
    <message>
        <source>⌫ Delete</source>
        <translation>⌫ 删除</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>Let through</source>
        <translation>放行</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Damaged pass, holder confirmed</source>
        <translation>证件损坏，本人确认</translation>
    </message>
    <message>
        <source>Verified by community staff</source>
        <translation>社区工作人员核实</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>紧急情况</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Let through anyway</source>
        <translation>仍然放行</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一位</translation>
    </message>
    <message>
        <source>For "Other": a few words saying why</source>
        <translation>选“其他”时，写几个字说明原因</translation>
    </message>
</context>
<context>
    <name>VisitorPanel</name>
    <message>
        <source>Visitor or external vehicle</source>
        <translation>访客或外来车辆</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Visitor's full name</source>
        <translation>访客姓名</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation>11位数字</translation>
    </message>
    <message>
        <source>Household visited</source>
        <translation>探访住户</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Family visit</source>
        <translation>探亲</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>送货</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>More about the reason (optional)</source>
        <translation>补充说明（可不填）</translation>
    </message>
    <message>
        <source>Plate (external vehicle only)</source>
        <translation>车牌（外来车辆才填）</translation>
    </message>
    <message>
        <source>e.g. 京A·12345</source>
        <translation>如 京A·12345</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>测体温</translation>
    </message>
    <message>
        <source>Not taken: tap to enter</source>
        <translation>未测：点此输入</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Log visitor</source>
        <translation>登记访客</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::CrossingTableModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>门岗</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>通行证</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>扫码</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动登记</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处置</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>突发情况</translation>
    </message>
    <message>
        <source>Let through</source>
        <translation>放行</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿（放行）</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红（拒绝）</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>黄（核查）</translation>
    </message>
    <message>
        <source>In</source>
        <translation>进</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>出</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::EnrolDialog</name>
    <message>
        <source>Join the office's community</source>
        <translation>加入办公室的社区</translation>
    </message>
    <message>
        <source>1. Read this station's fingerprint to the office:</source>
        <translation>1. 把本站的指纹念给办公室：</translation>
    </message>
    <message>
        <source>2. Paste the office's public key (64 characters, shown by 'gatepost-cli station show' at the office):</source>
        <translation>2. 粘贴办公室的公钥（64 个字符，在办公室运行 gatepost-cli station show 可见）：</translation>
    </message>
    <message>
        <source>I compared both fingerprints</source>
        <translation>我已核对两个指纹</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>加入</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::FirstRunDialog</name>
    <message>
        <source>Type the administrator's name.</source>
        <translation>请输入管理员姓名。</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>密码为 4 到 8 位数字。</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the PIN twice again.</source>
        <translation>两次输入的密码不一致，请重新输入两次。</translation>
    </message>
    <message>
        <source>This station already has operators. Close this and sign on.</source>
        <translation>本岗亭已有操作员。请关闭此窗口并登录。</translation>
    </message>
    <message>
        <source>The administrator could not be created.</source>
        <translation>无法创建管理员。</translation>
    </message>
    <message>
        <source>The administrator could not be saved: the station database could not be written.</source>
        <translation>无法保存管理员：无法写入岗亭数据库。</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::HandoverPage</name>
    <message>
        <source>Both gates</source>
        <translation>两个门岗</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>What the next shift should know</source>
        <translation>下一班需要知道的事</translation>
    </message>
    <message>
        <source>What is still open</source>
        <translation>尚未办完的事</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Sign as outgoing lead</source>
        <translation>交班班长签字</translation>
    </message>
    <message>
        <source>Acknowledge as incoming lead</source>
        <translation>接班班长确认</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Open matters</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>班长</translation>
    </message>
    <message>
        <source>Signed. The incoming lead acknowledges with their PIN.</source>
        <translation>已签字。请接班班长输入密码确认。</translation>
    </message>
    <message>
        <source>Acknowledged: the shift is handed over.</source>
        <translation>已确认：交接班完成。</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1. Nothing was lost: choose another folder.</source>
        <translation>无法将 PDF 写入 %1。没有丢失任何内容：请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The printer "%1" did not take the report. Nothing was lost: check the printer and print again, or save it as a PDF.</source>
        <translation>打印机“%1”未能接收此报告。没有丢失任何内容：请检查打印机后重新打印，或另存为 PDF。</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::HouseholdPicker</name>
    <message>
        <source>Part of the address, or a resident's name</source>
        <translation>地址的一部分，或住户姓名</translation>
    </message>
    <message>
        <source>No household found for "%1".</source>
        <translation>没有找到“%1”对应的住户。</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::ImportDialog</name>
    <message>
        <source>Import a list</source>
        <translation>导入名单</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Create households for addresses not registered yet</source>
        <translation>为尚未登记的住址新建住户</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>The file lists:</source>
        <translation>文件内容：</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>Only rows that are not imported</source>
        <translation>只看未导入的行</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>处理办法</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>选择 CSV 文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.CSV);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.CSV);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checked: nothing is written yet. Press "Import" to add the accepted rows.</source>
        <translation>检查完毕，尚未写入任何数据。按“导入”添加“通过”的行。</translation>
    </message>
    <message>
        <source>Checked: no row can be imported.</source>
        <translation>检查完毕：没有可以导入的行。</translation>
    </message>
    <message>
        <source>Imported rows: %1.</source>
        <translation>已导入 %1 行。</translation>
    </message>
    <message>
        <source>New households: %1.</source>
        <translation>新建住户 %1 户。</translation>
    </message>
    <message>
        <source>The settings changed: check the file again before importing.</source>
        <translation>设置已更改：导入前请重新检查文件。</translation>
    </message>
    <message>
        <source>Not recognised: choose what this column holds.</source>
        <translation>无法识别：请选择这一列的内容。</translation>
    </message>
    <message>
        <source>To import: %1</source>
        <translation>待导入：%1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>已导入：%1</translation>
    </message>
    <message>
        <source>Already registered or repeated: %1</source>
        <translation>已登记或重复：%1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>被拒：%1</translation>
    </message>
    <message>
        <source>Empty rows: %1</source>
        <translation>空行：%1</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::IncidentPanel</name>
    <message>
        <source>Tap what happened: forced through, abuse or other.</source>
        <translation>请点选发生了什么：闯卡、辱骂或其他。</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::LeadWindow</name>
    <message>
        <source>Shift lead: %1 (%2)</source>
        <translation>班长工具：%1（%2）</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Crossings</source>
        <translation>通行</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>排班</translation>
    </message>
    <message>
        <source>Patrols</source>
        <translation>巡查</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>交接班</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::ManualSearchPanel</name>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <source>Nothing found for "%1". Check the spelling, or try the plate or the address.</source>
        <translation>没有找到“%1”。请检查输入，或改用车牌、地址查找。</translation>
    </message>
    <message>
        <source>Household: tap to list the people living here</source>
        <translation>住户：点此列出住在这里的人</translation>
    </message>
    <message>
        <source>The first %1 results. Type more to narrow it down, or tap one.</source>
        <translation>只显示前 %1 条。多输入几个字缩小范围，或点选一条。</translation>
    </message>
    <message>
        <source>Found: %1. Tap one to check it.</source>
        <translation>找到 %1 条，点选一条核验。</translation>
    </message>
    <message>
        <source>central quarantine until %1</source>
        <translation>集中隔离至 %1</translation>
    </message>
    <message>
        <source>home quarantine until %1</source>
        <translation>居家观察至 %1</translation>
    </message>
    <message>
        <source>no pass</source>
        <translation>无通行证</translation>
    </message>
    <message>
        <source>People at %1: %2. Tap one to check them.</source>
        <translation>%1 住有 %2 人，点选一人核验。</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::OfficeWindow</name>
    <message>
        <source>Print passes</source>
        <translation>打印通行证</translation>
    </message>
    <message>
        <source>%1 passes chosen. Preview them, print them, or save them as a PDF?</source>
        <translation>已选 %1 张通行证。预览、打印，还是另存为 PDF？</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Returnees</source>
        <translation>返京人员</translation>
    </message>
    <message>
        <source>The language could not be kept for the next start.</source>
        <translation>无法保存语言设置，下次启动时不会沿用。</translation>
    </message>
    <message>
        <source>Households %1 · People %2 · Vehicles %3 · Passes %4 (%5 active)</source>
        <translation>住户 %1 · 人员 %2 · 车辆 %3 · 通行证 %4（有效 %5）</translation>
    </message>
    <message>
        <source>Counts unavailable: the database cannot be read.</source>
        <translation>无法统计：数据库无法读取。</translation>
    </message>
    <message>
        <source>Gatepost pass office — %1</source>
        <translation>门岗通 通行证办公室 — %1</translation>
    </message>
    <message>
        <source>Gatepost pass office</source>
        <translation>门岗通 通行证办公室</translation>
    </message>
    <message>
        <source>&amp;Station</source>
        <translation>工作站(&amp;S)</translation>
    </message>
    <message>
        <source>Sign &amp;off</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>Sign off (Ctrl+L)</source>
        <translation>退出登录 (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出程序(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>通行证</translation>
    </message>
    <message>
        <source>Signed on: %1 (%2)</source>
        <translation>已登录：%1（%2）</translation>
    </message>
    <message>
        <source>Nobody signed on</source>
        <translation>无人登录</translation>
    </message>
    <message>
        <source>No hub: this station stands alone</source>
        <translation>未连接中心：本工作站单独运行</translation>
    </message>
    <message>
        <source>Connecting to the hub…</source>
        <translation>正在连接同步服务器…</translation>
    </message>
    <message>
        <source>Synced %1 s ago</source>
        <translation>已同步 %1 秒前</translation>
    </message>
    <message>
        <source>Synced %1 min ago</source>
        <translation>已同步 %1 分钟前</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>离线，自 %1 起</translation>
    </message>
    <message>
        <source>Offline, hub never reached</source>
        <translation>离线，从未连上同步服务器</translation>
    </message>
    <message>
        <source>changes waiting to be sent: %1</source>
        <translation>待发送的更改：%1</translation>
    </message>
    <message>
        <source>conflicts: %1</source>
        <translation>冲突：%1</translation>
    </message>
    <message>
        <source>refused events: %1</source>
        <translation>被拒绝的事件：%1</translation>
    </message>
    <message>
        <source>Operators and rules</source>
        <translation>操作员和规则</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::OperatorsPage</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>PIN (4-8 digits)</source>
        <translation>PIN（4-8 位数字）</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>再次输入 PIN</translation>
    </message>
    <message>
        <source>Add operator</source>
        <translation>添加操作员</translation>
    </message>
    <message>
        <source>Set this PIN for the selected</source>
        <translation>为所选账号设置此 PIN</translation>
    </message>
    <message>
        <source>Unlock the selected</source>
        <translation>解锁所选账号</translation>
    </message>
    <message>
        <source>Deactivate the selected</source>
        <translation>停用所选账号</translation>
    </message>
    <message>
        <source>Give the selected this role</source>
        <translation>把此角色给所选账号</translation>
    </message>
    <message>
        <source>Reactivate the selected</source>
        <translation>重新启用所选账号</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <source>New PIN set for %1.</source>
        <translation>已为 %1 设置新 PIN。</translation>
    </message>
    <message>
        <source>%1 may sign on again.</source>
        <translation>%1 可以重新登录了。</translation>
    </message>
    <message>
        <source>%1 deactivated.</source>
        <translation>已停用 %1。</translation>
    </message>
    <message>
        <source>%1 reactivated.</source>
        <translation>已重新启用 %1。</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 现在是%2。</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong PIN(s)</source>
        <translation><numerusform>PIN 错误 %n 次</numerusform></translation>
    </message>
    <message>
        <source>yes</source>
        <translation>有</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::PatrolsPage</name>
    <message>
        <source>Courtyard</source>
        <translation>院落</translation>
    </message>
    <message>
        <source>Last scheduled check</source>
        <translation>上次定时巡查</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下次应查</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>What was found (required for a problem)</source>
        <translation>发现的情况（有问题时必填）</translation>
    </message>
    <message>
        <source>Record check</source>
        <translation>记录检查</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Courtyards</source>
        <translation>院落</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>now</source>
        <translation>立即</translation>
    </message>
    <message>
        <source>Checks of shift %1 (%2–%3)</source>
        <translation>班次 %1（%2–%3）的检查</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Recorded: %1, %2 at %3.</source>
        <translation>已记录：%1，%2，%3。</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::QuarantinePanel</name>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Name, address or where from (Ctrl+F)</source>
        <translation>姓名、住址或来自何地（Ctrl+F）</translation>
    </message>
    <message>
        <source>Show released</source>
        <translation>显示已解除</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>观察方式</translation>
    </message>
    <message>
        <source>First day out</source>
        <translation>解除日期</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Morning °C</source>
        <translation>上午 °C</translation>
    </message>
    <message>
        <source>Afternoon °C</source>
        <translation>下午 °C</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Temperatures of the group</source>
        <translation>本组体温</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>时段：</translation>
    </message>
    <message>
        <source>Save the group's temperatures (Enter on the last line)</source>
        <translation>保存本组体温（在最后一行按回车）</translation>
    </message>
    <message>
        <source>Door or video check</source>
        <translation>上门或视频检查</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>检查：</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Record the check</source>
        <translation>记录检查</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>此人</translation>
    </message>
    <message>
        <source>Why the person moves (required)</source>
        <translation>转移原因（必填）</translation>
    </message>
    <message>
        <source>Arrived %1 · people: %2</source>
        <translation>%1 到达 · %2 人</translation>
    </message>
    <message>
        <source>Move home</source>
        <translation>转回居家观察</translation>
    </message>
    <message>
        <source>Move to central quarantine</source>
        <translation>转集中隔离</translation>
    </message>
    <message>
        <source>Choose a person in the list.</source>
        <translation>请在列表中选择一人。</translation>
    </message>
    <message>
        <source>Release: issue the pass and the health certificate</source>
        <translation>解除观察：发放出入证和健康证明</translation>
    </message>
    <message>
        <source>%1 was released on %2: health certificate %3.</source>
        <translation>%1 已于 %2 解除观察：健康证明 %3。</translation>
    </message>
    <message>
        <source>Save the health certificate again…</source>
        <translation>重新保存健康证明…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 may be released: the quarantine is over and no flag is open.</source>
        <translation>%1 可以解除：观察期已满，无未关闭的提示。</translation>
    </message>
    <message>
        <source>Release: issue the pass and the health certificate…</source>
        <translation>解除观察：发放出入证和健康证明…</translation>
    </message>
    <message>
        <source>%1: the temperature is not a number.</source>
        <translation>%1：体温不是数字。</translation>
    </message>
    <message>
        <source>Type the temperatures first.</source>
        <translation>请先填写体温。</translation>
    </message>
    <message>
        <source>Temperatures saved: %1.</source>
        <translation>已保存体温：%1 条。</translation>
    </message>
    <message>
        <source>%1: %2 recorded (%3).</source>
        <translation>%1：已记录%2（%3）。</translation>
    </message>
    <message>
        <source>%1 is now in central quarantine.</source>
        <translation>%1 已转为集中隔离。</translation>
    </message>
    <message>
        <source>%1 is back in home quarantine.</source>
        <translation>%1 已转回居家观察。</translation>
    </message>
    <message>
        <source>Save the health certificate</source>
        <translation>保存健康证明</translation>
    </message>
    <message>
        <source>health-certificate-%1.pdf</source>
        <translation>健康证明-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>pass %1 issued</source>
        <translation>已发放出入证 %1</translation>
    </message>
    <message>
        <source>pass %1 kept (valid until %2)</source>
        <translation>沿用出入证 %1（有效期至 %2）</translation>
    </message>
    <message>
        <source>%1 is released (health certificate %2), but the PDF could not be saved there. Choose "Show released" and save it again.</source>
        <translation>%1 已解除观察（健康证明 %2），但 PDF 未能保存到该位置。请勾选“显示已解除”后重新保存。</translation>
    </message>
    <message>
        <source>Health certificate %1 saved: %2</source>
        <translation>健康证明 %1 已保存：%2</translation>
    </message>
    <message>
        <source>%1 released: %2, health certificate %3 saved: %4</source>
        <translation>%1 已解除：%2，健康证明 %3 已保存：%4</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::ReturneePanel</name>
    <message>
        <source>Wuhan</source>
        <translation>武汉</translation>
    </message>
    <message>
        <source>Shanghai</source>
        <translation>上海</translation>
    </message>
    <message>
        <source>Tianjin</source>
        <translation>天津</translation>
    </message>
    <message>
        <source>Shijiazhuang</source>
        <translation>石家庄</translation>
    </message>
    <message>
        <source>Guangzhou</source>
        <translation>广州</translation>
    </message>
    <message>
        <source>Zhengzhou</source>
        <translation>郑州</translation>
    </message>
    <message>
        <source>Harbin</source>
        <translation>哈尔滨</translation>
    </message>
    <message>
        <source>Abroad</source>
        <translation>境外</translation>
    </message>
    <message>
        <source>Home quarantine of %1 days already over on %2.</source>
        <translation>居家隔离 %1 天，已于 %2 期满。</translation>
    </message>
    <message>
        <source>Home quarantine: %1 days, may go out from %2.</source>
        <translation>居家隔离 %1 天，%2 起可出门。</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::ReviewCharts</name>
    <message>
        <source>Red let through</source>
        <translation>红色放行</translation>
    </message>
    <message>
        <source>Passback</source>
        <translation>重复进出</translation>
    </message>
    <message>
        <source>Fever</source>
        <translation>发热</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>突发情况</translation>
    </message>
    <message>
        <source>Unknown pass</source>
        <translation>未登记的出入证</translation>
    </message>
    <message>
        <source>Used at both gates</source>
        <translation>两门先后使用</translation>
    </message>
    <message>
        <source>Let in twice while the stations were apart</source>
        <extracomment>a pass let through twice the same way at two stations that could not reach each other</extracomment>
        <translation>两站断开时被重复放行</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>每小时</translation>
    </message>
    <message>
        <source>Refused by reason</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <source>Inside now</source>
        <translation>当前在内人数</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>in</source>
        <translation>进</translation>
    </message>
    <message>
        <source>out</source>
        <translation>出</translation>
    </message>
    <message>
        <source>Crossings per hour</source>
        <translation>每小时通行量</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Refused crossings by reason</source>
        <translation>按原因统计的拒绝</translation>
    </message>
    <message>
        <source>Main area</source>
        <translation>平房区</translation>
    </message>
    <message>
        <source>Courtyard %1</source>
        <translation>%1号院</translation>
    </message>
    <message>
        <source>%1: %2 people, %3 vehicles</source>
        <translation>%1：%2 人，%3 辆车</translation>
    </message>
    <message>
        <source>Nobody is counted inside.</source>
        <translation>目前没有人计在内。</translation>
    </message>
    <message>
        <source>Counted from the crossings this station holds. Station %1 last synced %2: its crossings since are not in these numbers.</source>
        <translation>按本站已有的通行记录统计。站点 %1 最后同步于 %2：此后的通行记录不在这些数字中。</translation>
    </message>
    <message>
        <source>Counted from the crossings this station holds; crossings at stations that have not synced are missing.</source>
        <translation>按本站已有的通行记录统计；未同步站点的通行记录不在其中。</translation>
    </message>
    <message>
        <source>Nothing unusual.</source>
        <translation>无异常。</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::ReviewPage</name>
    <message>
        <source>This shift</source>
        <translation>本班</translation>
    </message>
    <message>
        <source>Last shift</source>
        <translation>上一班</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>近 7 天</translation>
    </message>
    <message>
        <source>Both gates</source>
        <translation>两个门岗</translation>
    </message>
    <message>
        <source>In and out</source>
        <translation>进出</translation>
    </message>
    <message>
        <source>In</source>
        <translation>进</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>出</translation>
    </message>
    <message>
        <source>Every verdict</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿（放行）</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红（拒绝）</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>黄（核查）</translation>
    </message>
    <message>
        <source>Every reason</source>
        <translation>全部原因</translation>
    </message>
    <message>
        <source>Every category</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Every entry</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <source>Crossings</source>
        <translation>通行</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>处置</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Serial, name, plate or address</source>
        <translation>编号、姓名、车牌或地址</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>History of this pass</source>
        <translation>此证通行记录</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Save view as PDF…</source>
        <translation>将当前视图保存为 PDF…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Save view as PDF</source>
        <translation>将当前视图保存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation><numerusform>%n 行</numerusform></translation>
    </message>
    <message>
        <source>The file %1 could not be written. Nothing was lost: choose another folder.</source>
        <translation>无法写入文件 %1。没有丢失任何内容：请选择其他文件夹。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1</source>
        <translation><numerusform>已导出 %n 行到 %1</numerusform></translation>
    </message>
    <message>
        <source>Crossing log</source>
        <translation>通行记录</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>筛选：%1</translation>
    </message>
    <message>
        <source>The first %1 of %2 rows. Export CSV for all of them.</source>
        <translation>仅含前 %1 行（共 %2 行）。全部请导出 CSV。</translation>
    </message>
    <message>
        <source>Printed %1 by %2</source>
        <translation>%1 由 %2 打印</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved to %1</source>
        <translation><numerusform>已保存 %n 行到 %1</numerusform></translation>
    </message>
    <message>
        <source>This row has no pass.</source>
        <translation>此行没有通行证。</translation>
    </message>
    <message>
        <source>Pass %1: every crossing</source>
        <translation>通行证 %1：全部通行记录</translation>
    </message>
    <message numerus="yes">
        <source>%n crossing(s)</source>
        <translation><numerusform>%n 条通行记录</numerusform></translation>
    </message>
</context>
<context>
    <name>gatepost::gui::RosterPage</name>
    <message>
        <source>◀ Previous month</source>
        <translation>◀ 上个月</translation>
    </message>
    <message>
        <source>Next month ▶</source>
        <translation>下个月 ▶</translation>
    </message>
    <message>
        <source>Save month as PDF…</source>
        <translation>将本月保存为 PDF…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Home gate</source>
        <translation>所属门岗</translation>
    </message>
    <message>
        <source>Any gate</source>
        <translation>任意门岗</translation>
    </message>
    <message>
        <source>Add to team</source>
        <translation>加入班组</translation>
    </message>
    <message>
        <source>Move to team</source>
        <translation>调到班组</translation>
    </message>
    <message>
        <source>Make team lead</source>
        <translation>设为班长</translation>
    </message>
    <message>
        <source>Take out of team</source>
        <translation>移出班组</translation>
    </message>
    <message>
        <source>Save month as PDF</source>
        <translation>将本月保存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Shift %1</source>
        <translation>第 %1 班</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>班长</translation>
    </message>
    <message>
        <source>%1 is in %2 now.</source>
        <translation>%1 现在在%2。</translation>
    </message>
    <message>
        <source>Choose a person in the list first.</source>
        <translation>请先在列表中选择一人。</translation>
    </message>
    <message>
        <source>%1 leads %2 now.</source>
        <translation>%1 现在是%2的班长。</translation>
    </message>
    <message>
        <source>%1 is in no team now.</source>
        <translation>%1 现在不属于任何班组。</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1. Nothing was lost: choose another folder.</source>
        <translation>无法将 PDF 写入 %1。没有丢失任何内容：请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <source>Apply from this day</source>
        <translation>自该日起应用</translation>
    </message>
    <message>
        <source>Shift pattern from</source>
        <translation>班次安排，起始日</translation>
    </message>
    <message>
        <source>shifts start at</source>
        <translation>班次开始于</translation>
    </message>
    <message>
        <source>teams</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>New shift pattern</source>
        <translation>新的班次安排</translation>
    </message>
    <message numerus="yes">
        <source>From %1 every day has %n shift(s), starting at %2, held in turn by teams %3. The days before keep their shifts. Apply it at every station?</source>
        <translation><numerusform>自 %1 起每天 %n 个班次，开始时间 %2，由班组 %3 轮流值守。此前的日子保持原班次。在所有站点应用吗？</numerusform></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>From %1 the new shift pattern applies.</source>
        <translation>自 %1 起采用新的班次安排。</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::RulesPage</name>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>现行值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Same start and end time: any hour. Changes reach every station with the next sync.</source>
        <translation>开始与结束时间相同表示全天。修改在下次同步时送达各岗亭。</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>应用…</translation>
    </message>
    <message>
        <source>Undo my edits</source>
        <translation>撤销我的修改</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Change the rules</source>
        <translation>修改规则</translation>
    </message>
    <message>
        <source>These rules change at every station:

%1</source>
        <translation>以下规则将在所有岗亭修改：

%1</translation>
    </message>
    <message>
        <source>Change them</source>
        <translation>确认修改</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>The rules were not changed: %1</source>
        <translation>规则未修改：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) changed.</source>
        <translation><numerusform>已修改 %n 条规则。</numerusform></translation>
    </message>
    <message>
        <source>Every gate</source>
        <translation>所有门岗</translation>
    </message>
    <message>
        <source>Opening hours at</source>
        <translation>通行时段适用于</translation>
    </message>
    <message>
        <source>own hours</source>
        <translation>单独时段</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::SettingsDialog</name>
    <message>
        <source>Default (Chinese)</source>
        <translation>默认（中文）</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::SignOnDialog</name>
    <message>
        <source>Sign on</source>
        <translation>上岗登录</translation>
    </message>
    <message>
        <source>A %1 must sign on for this</source>
        <translation>此操作需要%1登录</translation>
    </message>
    <message>
        <source>Tap your name first.</source>
        <translation>请先点选您的名字。</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Name or PIN is wrong. Try again (%1 of %2).</source>
        <translation>姓名或密码错误，请重试（第%1次，共%2次）。</translation>
    </message>
    <message>
        <source>%1 is a %2: this needs a %3.</source>
        <translation>%1是%2，此操作需要%3。</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 秒</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 分钟</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>Sign-on failed: the station database could not be written. Call the shift lead.</source>
        <translation>登录失败：无法写入岗亭数据库。请联系班长。</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Wait %1, or ask the shift lead.</source>
        <translation>密码错误次数过多。请等待 %1，或联系班长。</translation>
    </message>
    <message>
        <source>Name or PIN is wrong. Try again.</source>
        <translation>姓名或密码错误，请重试。</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::Startup</name>
    <message>
        <source>Gatepost</source>
        <translation>门岗通</translation>
    </message>
    <message>
        <source>The station database cannot be opened:
%1</source>
        <translation>无法打开岗亭数据库：
%1</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::StationWindow</name>
    <message>
        <source>No camera</source>
        <translation>无摄像头</translation>
    </message>
    <message>
        <source>Settings not saved: %1</source>
        <translation>设置未保存：%1</translation>
    </message>
    <message>
        <source>Incident logged at %1.</source>
        <translation>已于 %1 记录突发情况。</translation>
    </message>
    <message>
        <source>Temperature %1 °C goes with the next pass.</source>
        <translation>体温 %1 °C 将随下一张证登记。</translation>
    </message>
    <message>
        <source>Gate: %1</source>
        <translation>门岗：%1</translation>
    </message>
    <message>
        <source>Direction: IN
(tap for OUT)</source>
        <translation>方向：进
（点按改为出）</translation>
    </message>
    <message>
        <source>Direction: OUT
(tap for IN)</source>
        <translation>方向：出
（点按改为进）</translation>
    </message>
    <message>
        <source>Scan ignored: finish this screen first.</source>
        <translation>扫码未处理：请先完成当前画面。</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1班（%2–%3）</translation>
    </message>
    <message>
        <source>No picture from the camera</source>
        <translation>摄像头没有画面</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::StatusStrip</name>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>无摄像头</translation>
    </message>
    <message>
        <source>Camera: off</source>
        <translation>摄像头：关闭</translation>
    </message>
    <message>
        <source>Camera: starting…</source>
        <translation>摄像头：启动中…</translation>
    </message>
    <message>
        <source>Camera: live</source>
        <translation>摄像头：正常</translation>
    </message>
    <message>
        <source>Camera: LOST</source>
        <translation>摄像头：断开</translation>
    </message>
    <message>
        <source>Camera: STALLED</source>
        <translation>摄像头：无画面</translation>
    </message>
    <message>
        <source>Camera: FROZEN</source>
        <translation>摄像头：画面冻结</translation>
    </message>
    <message>
        <source>Camera not working: use the scanner gun or "No pass / search". Reconnecting by itself.</source>
        <translation>摄像头故障：请用扫码枪或“无证 / 查询”。正在自动重连。</translation>
    </message>
    <message>
        <source>Database: OK</source>
        <translation>数据库：正常</translation>
    </message>
    <message>
        <source>Shift: %1</source>
        <translation>班次：%1</translation>
    </message>
    <message>
        <source>On duty: %1</source>
        <translation>值班：%1</translation>
    </message>
    <message>
        <source>In %1 · Out %2</source>
        <translation>进 %1 · 出 %2</translation>
    </message>
    <message>
        <source>The camera is unplugged or cannot be opened.</source>
        <translation>摄像头未连接或无法打开。</translation>
    </message>
    <message>
        <source>The camera has sent no picture for 2 seconds.</source>
        <translation>摄像头已 2 秒没有画面。</translation>
    </message>
    <message>
        <source>The camera keeps showing the same picture.</source>
        <translation>摄像头画面卡住不动。</translation>
    </message>
    <message>
        <source>Database: FAILING</source>
        <translation>数据库：故障</translation>
    </message>
    <message>
        <source>Synced %1 s ago</source>
        <translation>已同步 %1 秒前</translation>
    </message>
    <message>
        <source>Synced %1 min ago</source>
        <translation>已同步 %1 分钟前</translation>
    </message>
    <message>
        <source>Connecting to the hub…</source>
        <translation>正在连接同步服务器…</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>离线，自 %1 起</translation>
    </message>
    <message>
        <source>Offline, hub never reached</source>
        <translation>离线，从未连上同步服务器</translation>
    </message>
    <message>
        <source> · 1 crossing waiting</source>
        <translation> · 1 条通行记录待上传</translation>
    </message>
    <message>
        <source> · %1 crossings waiting</source>
        <translation> · %1 条通行记录待上传</translation>
    </message>
    <message>
        <source> · changes waiting: %1</source>
        <translation> · %1 条更改待上传</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>冲突：%1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>被拒：%1</translation>
    </message>
    <message>
        <source>Sync: check</source>
        <translation>同步：需查看</translation>
    </message>
    <message>
        <source>Sync: OK</source>
        <translation>同步：正常</translation>
    </message>
    <message>
        <source>Sync: OFFLINE</source>
        <translation>同步：离线</translation>
    </message>
    <message>
        <source>Pass list from %1 — revocations may be missing</source>
        <translation>名单最后更新于 %1，可能缺少撤销</translation>
    </message>
    <message>
        <source>Pass list never received — revocations may be missing</source>
        <translation>名单从未收到办公室的更新，可能缺少撤销</translation>
    </message>
    <message>
        <source>Sync: …</source>
        <translation>同步：…</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::SyncSettingsPanel</name>
    <message>
        <source>Empty: this station works on its own (no hub).</source>
        <translation>留空：本站独立工作（不连同步服务器）。</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>同步服务器地址</translation>
    </message>
    <message>
        <source>none stored</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>stored: empty keeps it</source>
        <translation>已保存：留空则保留</translation>
    </message>
    <message>
        <source>Forget the stored password</source>
        <translation>清除已保存的密码</translation>
    </message>
    <message>
        <source>Hub password</source>
        <translation>同步服务器密码</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Exchange every</source>
        <translation>同步间隔</translation>
    </message>
    <message>
        <source>This station's key</source>
        <translation>本站的密钥</translation>
    </message>
    <message>
        <source>The office's key</source>
        <translation>办公室的密钥</translation>
    </message>
    <message>
        <source>Join the office's community…</source>
        <translation>加入办公室的社区…</translation>
    </message>
    <message>
        <source>Export to USB stick…</source>
        <translation>导出到U盘…</translation>
    </message>
    <message>
        <source>Import from USB stick…</source>
        <translation>从U盘导入…</translation>
    </message>
    <message>
        <source>Pass list warning after</source>
        <translation>名单过期提醒</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST:PORT/DB</source>
        <translation>postgresql://用户@主机:端口/数据库</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::TemperaturePad</name>
    <message>
        <source>Enter a temperature between %1 and %2 °C.</source>
        <translation>请输入 %1 到 %2 °C 之间的体温。</translation>
    </message>
    <message>
        <source>Fever</source>
        <translation>发热</translation>
    </message>
    <message>
        <source>Not taken: tap to enter</source>
        <translation>未测：点此输入</translation>
    </message>
    <message>
        <source>%1 °C: fever</source>
        <translation>%1 °C 发热</translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::VerdictPanel</name>
    <message>
        <source>IN</source>
        <translation>进</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>出</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>STOP</source>
        <translation>禁止</translation>
    </message>
    <message>
        <source>CHECK</source>
        <translation>核查</translation>
    </message>
    <message>
        <source>Already logged: %1</source>
        <translation>已登记过：%1</translation>
    </message>
    <message>
        <source>Logged: %1</source>
        <translation>已登记：%1</translation>
    </message>
    <message>
        <source>Same pass read again: it is logged once.</source>
        <translation>同一张证重复扫码：只记一次。</translation>
    </message>
    <message>
        <source>You decide: look at the person and the pass.</source>
        <translation>请您核对本人和证件后决定。</translation>
    </message>
    <message>
        <source>NOT LOGGED</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Nothing was written to the log. Do not let anyone through on this screen; call the shift lead.</source>
        <translation>未写入记录。不要凭此画面放行，请联系班长。</translation>
    </message>
    <message>
        <source>LET THROUGH</source>
        <translation>放行</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Override: %1</source>
        <translation>特殊放行：%1</translation>
    </message>
    <message>
        <source>Went in at %1, %2</source>
        <translation>已于 %1 %2进入</translation>
    </message>
    <message>
        <source>Went out at %1, %2</source>
        <translation>已于 %1 %2外出</translation>
    </message>
    <message>
        <source>(until %1)</source>
        <translation>（至 %1）</translation>
    </message>
    <message>
        <source>Why let through?</source>
        <translation>为什么放行？</translation>
    </message>
    <message>
        <source>Why? (shift lead's PIN)</source>
        <translation>为什么放行？（需班长密码）</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::VisitorPanel</name>
    <message>
        <source>Tap the household in the list under the address, or clear the address.</source>
        <translation>请在地址下方列表中点选住户，或清空地址。</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::office::BatchIssueDialog</name>
    <message>
        <source>Issue passes in a batch</source>
        <translation>批量发放通行证</translation>
    </message>
    <message>
        <source>Everyone (and every vehicle) that matches all of the fields below and holds no valid pass gets one. Leave a field empty for any.</source>
        <translation>符合下面所有条件、且尚无有效通行证的人员（和车辆）都会发证。某项留空表示不限。</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Any area</source>
        <translation>任意区域</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>任意类别</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>发证对象</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::office::ExtendDialog</name>
    <message>
        <source>Extend validity</source>
        <translation>延长有效期</translation>
    </message>
    <message>
        <source>Pass %1 of %2 is valid until %3.</source>
        <translation>%2 的通行证 %1 有效至 %3。</translation>
    </message>
    <message>
        <source>New last day</source>
        <translation>新的截止日期</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::office::HouseholdDialog</name>
    <message>
        <source>Edit household</source>
        <translation>编辑住户</translation>
    </message>
    <message>
        <source>New household</source>
        <translation>新增住户</translation>
    </message>
    <message>
        <source>e.g. 清河四街 12排 3号, or 一号院 4号</source>
        <translation>例如 清河四街 12排 3号，或 一号院 4号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::office::HouseholdField</name>
    <message>
        <source>Type part of the address</source>
        <translation>输入地址的一部分</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::office::HouseholdsPage</name>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Search: address or plate (Ctrl+F)</source>
        <translation>搜索：地址或车牌 (Ctrl+F)</translation>
    </message>
    <message>
        <source>New household (Ctrl+N)</source>
        <translation>新增住户 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit (F2)</source>
        <translation>编辑 (F2)</translation>
    </message>
    <message>
        <source>Issue passes to household…</source>
        <translation>为整户发证…</translation>
    </message>
    <message>
        <source>Household %1 saved.</source>
        <translation>住户 %1 已保存。</translation>
    </message>
    <message>
        <source>Household %1 added.</source>
        <translation>已添加住户 %1。</translation>
    </message>
    <message>
        <source>Passes issued: %1. Skipped: %2 (they hold a valid pass already).</source>
        <translation>已发证 %1 张。跳过 %2 个（已有有效通行证）。</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::office::ImportPanel</name>
    <message>
        <source>Import the lists the office already keeps in Excel or WPS, saved as CSV (UTF-8 or GB18030): households, registered residents, migrant residents, vehicles. Gatepost checks every row first and shows what it would do; only then does it import the good rows, all at once. Importing the same file again adds nothing.</source>
        <translation>导入办公室已有的 Excel 或 WPS 名单（另存为 CSV，UTF-8 或 GB18030）：住户、户籍居民、流动人员、车辆。门岗通先逐行检查并显示将要做什么，然后才一次性导入合格的行。同一个文件再导入一次不会重复添加。</translation>
    </message>
    <message>
        <source>Import a list…</source>
        <translation>导入名单…</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::office::IssueDialog</name>
    <message>
        <source>Issue a pass</source>
        <translation>发放通行证</translation>
    </message>
    <message>
        <source>For</source>
        <translation>持证人</translation>
    </message>
    <message>
        <source>Name, pinyin initials, address or plate</source>
        <translation>姓名、拼音首字母、地址或车牌</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::office::OfficeDialog</name>
    <message>
        <source>Until</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>(unticked: the category's usual validity)</source>
        <translation>（不勾选：按类别的默认有效期）</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::office::OfficeSignOn</name>
    <message>
        <source>Type your name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>Type your PIN.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Sign-on failed: the station database could not be written.</source>
        <translation>登录失败：无法写入工作站数据库。</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Wait %1, or ask an administrator.</source>
        <translation>密码错误次数太多。请等待 %1，或找管理员。</translation>
    </message>
    <message>
        <source>Name or PIN is wrong. Try again (%1 of %2).</source>
        <translation>姓名或密码错误，请重试（第%1次，共%2次）。</translation>
    </message>
    <message>
        <source>Name or PIN is wrong. Try again.</source>
        <translation>姓名或密码错误，请重试。</translation>
    </message>
    <message>
        <source>%1 is a %2. The office is only for office staff and administrators; volunteers and shift leads sign on at a gate station.</source>
        <translation>%1 是%2。办公室只供办公室职员和管理员使用；志愿者和班长请在岗亭登录。</translation>
    </message>
    <message>
        <source>Pass office: sign on</source>
        <translation>通行证办公室：登录</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Sign on</source>
        <translation>上岗登录</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::office::PassesPage</name>
    <message>
        <source>Serial</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>持证人</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>代数</translation>
    </message>
    <message>
        <source>out of date</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Search: serial, holder's name or pinyin, plate or address (Ctrl+F)</source>
        <translation>搜索：编号、持证人姓名或拼音、车牌或地址 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Issue… (Ctrl+N)</source>
        <translation>发证… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Batch issue…</source>
        <translation>批量发证…</translation>
    </message>
    <message>
        <source>Reissue…</source>
        <translation>补发…</translation>
    </message>
    <message>
        <source>Report lost…</source>
        <translation>挂失…</translation>
    </message>
    <message>
        <source>Suspend…</source>
        <translation>暂停…</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>注销…</translation>
    </message>
    <message>
        <source>Extend… (F2)</source>
        <translation>延期… (F2)</translation>
    </message>
    <message>
        <source>Print… (Ctrl+P)</source>
        <translation>打印… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Pass %1 issued to %2, valid until %3.</source>
        <translation>已为 %2 发放通行证 %1，有效至 %3。</translation>
    </message>
    <message>
        <source>Passes issued: %1. Skipped: %2 (they hold a valid pass already).</source>
        <translation>已发证 %1 张。跳过 %2 个（已有有效通行证）。</translation>
    </message>
    <message>
        <source>Reissue pass %1</source>
        <translation>补发通行证 %1</translation>
    </message>
    <message>
        <source>Pass %1 of %2 gets a new code. The card printed so far stops working at every gate (once the gates have synced): print the new card and take the old one back.</source>
        <translation>%2 的通行证 %1 将生成新的二维码。已打印的旧卡将在各岗亭失效（同步后）：请打印新卡并收回旧卡。</translation>
    </message>
    <message>
        <source>Reissue</source>
        <translation>补发</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Pass %1 reissued (generation %2). Print the new card: the old one is refused at the gates.</source>
        <translation>通行证 %1 已补发（第 %2 代）。请打印新卡：旧卡在各岗亭将被拒绝。</translation>
    </message>
    <message>
        <source>Report lost</source>
        <translation>挂失</translation>
    </message>
    <message>
        <source>Pass %1 of %2 is reported lost.</source>
        <translation>挂失 %2 的通行证 %1。</translation>
    </message>
    <message>
        <source>The card stops working at every gate. Reissue the pass to give a new card.</source>
        <translation>此卡在各岗亭失效。补发通行证以换发新卡。</translation>
    </message>
    <message>
        <source>Pass %1 is marked lost: the card is refused at the gates.</source>
        <translation>通行证 %1 已挂失：各岗亭将拒绝此卡。</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pass %1 of %2 is suspended.</source>
        <translation>暂停 %2 的通行证 %1。</translation>
    </message>
    <message>
        <source>The card is refused at every gate until the pass is resumed.</source>
        <translation>在恢复之前，各岗亭都会拒绝此卡。</translation>
    </message>
    <message>
        <source>Pass %1 is suspended.</source>
        <translation>通行证 %1 已暂停。</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Pass %1 of %2 works again.</source>
        <translation>恢复 %2 的通行证 %1。</translation>
    </message>
    <message>
        <source>Pass %1 is active again.</source>
        <translation>通行证 %1 已恢复有效。</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>Pass %1 of %2 is revoked for good.</source>
        <translation>永久注销 %2 的通行证 %1。</translation>
    </message>
    <message>
        <source>The card is refused at every gate, and the pass cannot be used again.</source>
        <translation>各岗亭都会拒绝此卡，此通行证不能再使用。</translation>
    </message>
    <message>
        <source>Pass %1 is revoked.</source>
        <translation>通行证 %1 已注销。</translation>
    </message>
    <message>
        <source>Pass %1 is now valid until %2.</source>
        <translation>通行证 %1 现在有效至 %2。</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::office::PeoplePage</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>通行证</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>有</translation>
    </message>
    <message>
        <source>Search: name, pinyin initials, address, last digits of phone or ID (Ctrl+F)</source>
        <translation>搜索：姓名、拼音首字母、地址、手机号或身份证号末几位 (Ctrl+F)</translation>
    </message>
    <message>
        <source>New person (Ctrl+N)</source>
        <translation>新增人员 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit (F2)</source>
        <translation>编辑 (F2)</translation>
    </message>
    <message>
        <source>Show ID number</source>
        <translation>显示身份证号</translation>
    </message>
    <message>
        <source>Show phone</source>
        <translation>显示手机号</translation>
    </message>
    <message>
        <source>Issue pass…</source>
        <translation>发证…</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>图片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 已保存。</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <source>ID number of %1: %2 (this was recorded in the audit trail)</source>
        <translation>%1 的身份证号：%2（已记入审计记录）</translation>
    </message>
    <message>
        <source>Phone of %1: %2 (this was recorded in the audit trail)</source>
        <translation>%1 的手机号：%2（已记入审计记录）</translation>
    </message>
    <message>
        <source>Pass %1 issued to %2, valid until %3.</source>
        <translation>已为 %2 发放通行证 %1，有效至 %3。</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::office::PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>编辑人员</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>新增人员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>%1 (unchanged)</source>
        <translation>%1（不修改）</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <source>Take photo…</source>
        <translation>拍照…</translation>
    </message>
    <message>
        <source>From file…</source>
        <translation>从文件…</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::office::PhotoCaptureDialog</name>
    <message>
        <source>Take photo</source>
        <translation>拍照</translation>
    </message>
    <message>
        <source>Fit the face inside the green frame, then press Take.</source>
        <translation>让脸位于绿色框内，然后按“拍摄”。</translation>
    </message>
    <message>
        <source>Waiting for the camera…</source>
        <translation>正在等待摄像头…</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>拍摄</translation>
    </message>
    <message>
        <source>No picture from the camera. Check the cable, or use "From file".</source>
        <translation>摄像头没有画面。请检查连接线，或用“从文件”。</translation>
    </message>
    <message>
        <source>No camera: use "From file" instead.</source>
        <translation>没有摄像头：请用“从文件”。</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::office::ReasonDialog</name>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::office::RegistryPage</name>
    <message>
        <source>%1 of %2 shown</source>
        <translation>显示 %1 条，共 %2 条</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>找到 %1 条</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::office::VehicleDialog</name>
    <message>
        <source>Edit vehicle</source>
        <translation>编辑车辆</translation>
    </message>
    <message>
        <source>New vehicle</source>
        <translation>新增车辆</translation>
    </message>
    <message>
        <source>e.g. 京E·76D65 or 京AD12345</source>
        <translation>例如 京E·76D65 或 京AD12345</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>External vehicle (not a resident's)</source>
        <translation>外部车辆（非住户车辆）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::office::VehiclesPage</name>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>通行证</translation>
    </message>
    <message>
        <source>Search: plate or address (Ctrl+F)</source>
        <translation>搜索：车牌或地址 (Ctrl+F)</translation>
    </message>
    <message>
        <source>New vehicle (Ctrl+N)</source>
        <translation>新增车辆 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit (F2)</source>
        <translation>编辑 (F2)</translation>
    </message>
    <message>
        <source>Issue pass…</source>
        <translation>发证…</translation>
    </message>
    <message>
        <source>Vehicle %1 saved.</source>
        <translation>车辆 %1 已保存。</translation>
    </message>
    <message>
        <source>Vehicle %1 added.</source>
        <translation>已添加车辆 %1。</translation>
    </message>
    <message>
        <source>Pass %1 issued to %2, valid until %3.</source>
        <translation>已为 %2 发放通行证 %1，有效至 %3。</translation>
    </message>
</context>
</TS>
