// The month's roster PDF read back with pdftotext: the days, the teams and leads of a month
// with a change of pattern, and the members by gate on page 2.

#include "print/RosterMonth.h"

#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gatepost;

namespace {

QString run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Without spaces and line breaks; NFKC folds the Kangxi radicals Qt's writer maps some ideographs to.
QString textOf(const QString& pdf, int page)
{
    QString t =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                          QString::number(page), pdf, QStringLiteral("-")})
            .normalized(QString::NormalizationForm_KC);
    t.remove(QLatin1Char(' ')).remove(QLatin1Char('\n'));
    // ... and radicals of the supplement that NFKC keeps: ⻓ (U+2ED3) for 长, ⻔ (U+2ED4) for 门.
    t.replace(QChar(0x2ED3), QStringLiteral("长")).replace(QChar(0x2ED4), QStringLiteral("门"));
    return t;
}

bool has(const QString& text, const QString& expected)
{
    return text.contains(expected.normalized(QString::NormalizationForm_KC));
}

print::RosterMonthData december()
{
    core::Policy policy = core::Policy::defaults();
    core::RosterPattern three;
    three.from = QDate(2026, 12, 15);
    three.shifts = {core::ShiftDef{QStringLiteral("1"), QTime(7, 0)},
                    core::ShiftDef{QStringLiteral("2"), QTime(15, 0)},
                    core::ShiftDef{QStringLiteral("3"), QTime(23, 0)}};
    three.teams = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")};
    three.cycle = core::defaultCycle(3, three.teams);
    core::addRosterPattern(policy.rosterPatterns, three, QDate(2026, 12, 1));
    const core::Roster roster(policy);
    print::RosterMonthData d;
    d.community = QStringLiteral("清河四街社区");
    d.month = QDate(2026, 12, 1);
    d.timeZone = policy.timeZone;
    d.days = roster.calendar(QDate(2026, 12, 1), QDate(2026, 12, 31));
    d.teams = {core::Team{QStringLiteral("A"), QStringLiteral("A"), QStringLiteral("王芳")},
               core::Team{QStringLiteral("B"), QStringLiteral("南门二班"), QString()},
               core::Team{QStringLiteral("C"), QStringLiteral("C"), QString()},
               core::Team{QStringLiteral("D"), QStringLiteral("D"), QString()}};
    d.members = {core::TeamMember{QStringLiteral("王芳"), QStringLiteral("shift_lead"), QStringLiteral("A"),
                                  QStringLiteral("north"), true},
                 core::TeamMember{QStringLiteral("李强"), QStringLiteral("volunteer"), QStringLiteral("A"),
                                  QStringLiteral("south"), true},
                 core::TeamMember{QStringLiteral("赵敏"), QStringLiteral("volunteer"), QStringLiteral("B"),
                                  QStringLiteral("south"), true}};
    return d;
}

// The Chinese words, as the zh_CN translation gives them (the print layer takes them from its caller).
print::RosterMonthTexts chinese()
{
    print::RosterMonthTexts t;
    t.title = QStringLiteral("%1排班表  %2");
    t.month = QStringLiteral("%1年%2月");
    t.timeZone = QStringLiteral("时区 %1");
    t.date = QStringLiteral("日期");
    t.shift = QStringLiteral("第 %1 班");
    t.weekdays = {QStringLiteral("周一"), QStringLiteral("周二"), QStringLiteral("周三"),
                  QStringLiteral("周四"), QStringLiteral("周五"), QStringLiteral("周六"),
                  QStringLiteral("周日")};
    t.lead = QStringLiteral("班长 %1");
    t.membersTitle = QStringLiteral("各班成员（按门岗）  %1");
    t.teamLine = QStringLiteral("%1（%2）  班长：%3");
    t.noLead = QStringLiteral("—");
    t.anyGate = QStringLiteral("任意门岗");
    t.noMembers = QStringLiteral("（暂无成员）");
    t.gateLine = QStringLiteral("%1：%3（共 %2 人）");
    t.pdfTitle = QStringLiteral("排班表 %1");
    t.teamName = [](const QString& code, const QString& name) {
        static const QMap<QString, QString> defaults{{QStringLiteral("A"), QStringLiteral("一班")},
                                                     {QStringLiteral("B"), QStringLiteral("二班")},
                                                     {QStringLiteral("C"), QStringLiteral("三班")},
                                                     {QStringLiteral("D"), QStringLiteral("四班")}};
        return name == code && defaults.contains(code) ? defaults.value(code) : name;
    };
    t.gateName = [](const QString& gate) {
        return gate == QLatin1String("north") ? QStringLiteral("北门") : QStringLiteral("南门");
    };
    return t;
}

} // namespace

class TestRosterMonth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        for (const char* tool : {"pdftotext", "pdfinfo"})
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                QSKIP("poppler-utils (pdftotext, pdfinfo) are not installed");
    }

    void aMonthWithAChangeOfPattern()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("排班.pdf"));
        QString error;
        QVERIFY2(print::writeRosterMonthPdf(december(), chinese(), path, &error), qPrintable(error));
        const QString info = run(QStringLiteral("pdfinfo"), {path});
        QVERIFY2(info.contains(QStringLiteral("Pages:           2")), qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("842 x 595")), qPrintable(info)); // A4 landscape

        const QString cal = textOf(path, 1);
        QVERIFY2(has(cal, QStringLiteral("清河四街社区排班表2026年12月")), qPrintable(cal));
        for (const QString& day : {QStringLiteral("2026-12-01"), QStringLiteral("2026-12-31")})
            QVERIFY2(has(cal, day), qPrintable(day));
        // 2026-12-14 (day 2539 = 3 mod 4): D, A, B, C from 00:00; team A's lead beside it.
        QVERIFY2(has(cal, QStringLiteral("2026-12-14周一00:00四班06:00一班班长王芳12:00南门二班18:00三班")),
                 qPrintable(cal));
        // From the 15th three shifts, the cycle counted from that day: A, B, C.
        QVERIFY2(has(cal, QStringLiteral("2026-12-15周二07:00一班班长王芳15:00南门二班23:00三班")),
                 qPrintable(cal));

        const QString members = textOf(path, 2);
        QVERIFY2(has(members, QStringLiteral("一班（A）班长：王芳")), qPrintable(members));
        QVERIFY2(has(members, QStringLiteral("北门：王芳（共1人）")), qPrintable(members));
        QVERIFY2(has(members, QStringLiteral("南门：赵敏（共1人）")), qPrintable(members));
        QVERIFY2(has(members, QStringLiteral("（暂无成员）")), qPrintable(members));
    }

    void aFailedWriteLeavesNoFile()
    {
        QString error;
        QVERIFY(!print::writeRosterMonthPdf(december(), chinese(),
                                            QStringLiteral("/nonexistent/dir/roster.pdf"), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestRosterMonth)
#include "TestRosterMonth.moc"
