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
    <name>MainWindow</name>
    <message>
        <source>Gatepost</source>
        <translation>门岗通</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
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
    <name>gatepost::gui::IncidentPanel</name>
    <message>
        <source>Tap what happened: forced through, abuse or other.</source>
        <translation>请点选发生了什么：闯卡、辱骂或其他。</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::MainWindow</name>
    <message>
        <source>Station %1 — %2</source>
        <translation>岗亭 %1 — %2</translation>
    </message>
    <message>
        <source>No station set up yet</source>
        <translation>尚未设置岗亭</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>出入证</translation>
    </message>
    <message>
        <source>Passes: %1</source>
        <translation>出入证：%1</translation>
    </message>
    <message>
        <source>People in home quarantine</source>
        <translation>居家隔离人数</translation>
    </message>
    <message>
        <source>Crossings logged</source>
        <translation>通行记录</translation>
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
    <name>gatepost::gui::SettingsDialog</name>
    <message>
        <source>Default (Chinese)</source>
        <translation>默认（中文）</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::SignOnDialog</name>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Shift lead</source>
        <translation>班长</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
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
</TS>
