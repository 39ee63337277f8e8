<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
</TS>
