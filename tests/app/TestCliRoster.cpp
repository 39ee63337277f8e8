// gatepost-cli roster ... and team ...: the real executable on a real file. The CLI runs on
// the system clock, so the dates are relative to today in the community's zone.

#include "CliRun.h"
#include "FakeClock.h"

#include "core/Auth.h"
#include "core/Database.h"

#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace gatepost;

namespace {

using Run = test::CliRun;

QStringList teamsOfDay(const QJsonObject& show, QDate day)
{
    for (const QJsonValue& d : show[QStringLiteral("days")].toArray()) {
        if (d[QStringLiteral("date")].toString() != day.toString(Qt::ISODate))
            continue;
        QStringList teams;
        for (const QJsonValue& s : d[QStringLiteral("shifts")].toArray())
            teams << s[QStringLiteral("team")].toString();
        return teams;
    }
    return {};
}

} // namespace

class TestCliRoster : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QDate m_today;

    Run cli(const QStringList& args) { return test::runCli(m_db, args); }
    QJsonObject show(QDate month)
    {
        const Run r = cli({QStringLiteral("roster"), QStringLiteral("show"), QStringLiteral("--month"),
                           month.toString(QStringLiteral("yyyy-MM")), QStringLiteral("--json")});
        if (r.exitCode != 0)
            qWarning("%s", r.err.constData());
        return r.json();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("north.db"));
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--station"), QStringLiteral("north"),
                      QStringLiteral("--gate"), QStringLiteral("north")})
                     .exitCode,
                 0);
        {
            auto db = core::Database::open(m_db);
            test::FakeClock clock;
            core::Auth auth(*db, clock);
            for (const char* name : {"王芳", "李强"})
                auth.addOperator(QString::fromUtf8(name), core::Role::Volunteer, QStringLiteral("2468"),
                                 core::Actor::system(QStringLiteral("test")));
        }
        m_today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Shanghai")).date();
    }

    void defaultRotationAcrossTheYear()
    {
        // 2027-01-01 is day 2557 since 2020-01-01: 1 (mod 4), so BCDA; 31 Dec is ABCD.
        const QJsonObject jan = show(QDate(2027, 1, 1));
        QCOMPARE(jan[QStringLiteral("days")].toArray().size(), 31);
        QCOMPARE(teamsOfDay(jan, QDate(2027, 1, 1)).join(QString()), QStringLiteral("BCDA"));
        QCOMPARE(teamsOfDay(show(QDate(2026, 12, 1)), QDate(2026, 12, 31)).join(QString()),
                 QStringLiteral("ABCD"));
        const QJsonObject first =
            jan[QStringLiteral("days")].toArray().at(0)[QStringLiteral("shifts")][0].toObject();
        QCOMPARE(first[QStringLiteral("id")].toString(), QStringLiteral("2027-01-01/1"));
        QCOMPARE(first[QStringLiteral("start_utc")].toString(), QStringLiteral("2026-12-31T16:00:00.000Z"));
        // The four teams exist on demand.
        QCOMPARE(jan[QStringLiteral("teams")].toArray().size(), 4);
        // February of a leap year.
        QCOMPARE(show(QDate(2028, 2, 1))[QStringLiteral("days")].toArray().size(), 29);
    }

    void aPatternInThePastIsRefusedAndChangesNothing()
    {
        const QJsonObject before = show(m_today);
        for (const QDate& from : {m_today, m_today.addDays(-3)}) {
            const Run r =
                cli({QStringLiteral("roster"), QStringLiteral("pattern"), QStringLiteral("--from"),
                     from.toString(Qt::ISODate), QStringLiteral("--shifts"), QStringLiteral("08:00,20:00"),
                     QStringLiteral("--teams"), QStringLiteral("A,B")});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains("at the earliest"), r.err.constData());
        }
        QCOMPARE(show(m_today), before);
    }

    void aNewPatternFromADateKeepsTheDaysBefore()
    {
        const QDate from = m_today.addDays(10);
        const QStringList before = teamsOfDay(show(from), from.addDays(-1));
        const Run r =
            cli({QStringLiteral("roster"), QStringLiteral("pattern"), QStringLiteral("--from"),
                 from.toString(Qt::ISODate), QStringLiteral("--shifts"), QStringLiteral("07:00,15:00,23:00"),
                 QStringLiteral("--teams"), QStringLiteral("A,B,C,D"), QStringLiteral("--cycle"),
                 QStringLiteral("ABC,BCD,CDA,DAB")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject month = show(from);
        QCOMPARE(teamsOfDay(month, from.addDays(-1)), before);
        QCOMPARE(teamsOfDay(month, from).join(QString()), QStringLiteral("ABC"));
        QCOMPARE(teamsOfDay(month, from.addDays(3)).join(QString()), QStringLiteral("DAB"));
        // A malformed cycle is refused with its reason.
        const Run bad = cli({QStringLiteral("roster"), QStringLiteral("pattern"), QStringLiteral("--from"),
                             from.toString(Qt::ISODate), QStringLiteral("--shifts"),
                             QStringLiteral("07:00,19:00"), QStringLiteral("--teams"), QStringLiteral("A,B"),
                             QStringLiteral("--cycle"), QStringLiteral("ABC")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains("cycle_day_length"), bad.err.constData());
    }

    void teamsMembersAndLeads()
    {
        QCOMPARE(cli({QStringLiteral("team"), QStringLiteral("member"), QStringLiteral("王芳"),
                      QStringLiteral("--team"), QStringLiteral("A"), QStringLiteral("--gate"),
                      QStringLiteral("north")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("team"), QStringLiteral("lead"), QStringLiteral("A"),
                      QStringLiteral("--operator"), QStringLiteral("王芳")})
                     .exitCode,
                 0);
        const Run notMember = cli({QStringLiteral("team"), QStringLiteral("lead"), QStringLiteral("B"),
                                   QStringLiteral("--operator"), QStringLiteral("李强")});
        QCOMPARE(notMember.exitCode, 1);
        QVERIFY2(notMember.err.contains("not a member of team B"), notMember.err.constData());
        QCOMPARE(cli({QStringLiteral("team"), QStringLiteral("rename"), QStringLiteral("A"),
                      QStringLiteral("--name"), QStringLiteral("一班")})
                     .exitCode,
                 0);

        Run list = cli({QStringLiteral("team"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        QJsonObject a = list.doc().array().at(0).toObject();
        QCOMPARE(a[QStringLiteral("code")].toString(), QStringLiteral("A"));
        QCOMPARE(a[QStringLiteral("name")].toString(), QStringLiteral("一班"));
        QCOMPARE(a[QStringLiteral("lead")].toString(), QStringLiteral("王芳"));
        QCOMPARE(a[QStringLiteral("members")][0][QStringLiteral("gate")].toString(), QStringLiteral("north"));

        // Moving the lead to B leaves A without a lead; roster show names B's members.
        QCOMPARE(cli({QStringLiteral("team"), QStringLiteral("member"), QStringLiteral("王芳"),
                      QStringLiteral("--team"), QStringLiteral("B")})
                     .exitCode,
                 0);
        list = cli({QStringLiteral("team"), QStringLiteral("list"), QStringLiteral("--json")});
        a = list.doc().array().at(0).toObject();
        QCOMPARE(a[QStringLiteral("lead")].toString(), QString());
        QCOMPARE(
            list.doc().array().at(1)[QStringLiteral("members")][0][QStringLiteral("operator")].toString(),
            QStringLiteral("王芳"));
        const Run unknown = cli({QStringLiteral("team"), QStringLiteral("member"), QStringLiteral("nobody"),
                                 QStringLiteral("--team"), QStringLiteral("A")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("no operator nobody"), unknown.err.constData());

        // The month as a PDF names the team's lead.
        const QString pdf = m_dir.filePath(QStringLiteral("roster.pdf"));
        const Run printed = cli({QStringLiteral("roster"), QStringLiteral("pdf"), QStringLiteral("--month"),
                                 m_today.toString(QStringLiteral("yyyy-MM")), QStringLiteral("--out"), pdf});
        QVERIFY2(printed.exitCode == 0, printed.err.constData());
        if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            QProcess text;
            text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
            QVERIFY(text.waitForFinished(30000));
            const QString t = QString::fromUtf8(text.readAllStandardOutput()).remove(QLatin1Char(' '));
            QVERIFY2(t.contains(m_today.toString(Qt::ISODate)), qPrintable(t.left(400)));
            QVERIFY2(t.contains(QStringLiteral("赵敏")) || t.contains(QStringLiteral("王芳")),
                     qPrintable(t.right(400)));
            QVERIFY2(t.contains(QStringLiteral("排班表")), qPrintable(t.left(400))); // Chinese by default

            // --lang en: the same month in English words.
            const QString en = m_dir.filePath(QStringLiteral("roster-en.pdf"));
            QCOMPARE(cli({QStringLiteral("roster"), QStringLiteral("pdf"), QStringLiteral("--month"),
                          m_today.toString(QStringLiteral("yyyy-MM")), QStringLiteral("--out"), en,
                          QStringLiteral("--lang"), QStringLiteral("en")})
                         .exitCode,
                     0);
            QProcess english;
            english.start(QStringLiteral("pdftotext"), {en, QStringLiteral("-")});
            QVERIFY(english.waitForFinished(30000));
            const QString e = QString::fromUtf8(english.readAllStandardOutput());
            QVERIFY2(e.contains(QStringLiteral("Team members by gate")), qPrintable(e.right(400)));
            QVERIFY2(!e.contains(QStringLiteral("排班表")), qPrintable(e.left(400)));
        }

        // Every change is in the audit trail.
        const Run audit = cli({QStringLiteral("audit"), QStringLiteral("--json")});
        for (const char* action :
             {"team_add", "team_member_add", "team_lead", "team_rename", "team_member_move", "policy_change"})
            QVERIFY2(audit.out.contains(action), action);
    }
};

QTEST_GUILESS_MAIN(TestCliRoster)
#include "TestCliRoster.moc"
