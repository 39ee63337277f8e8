// gatepost-cli patrol add|list|overdue and duty list: the real executable on a real station
// file, on the system clock (times are relative to now).

#include "CliRun.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Duty.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace gatepost;

namespace {

using Run = gatepost::test::CliRun;

QStringList addArgs(const QString& courtyard, const QString& result, const QStringList& extra = {})
{
    return QStringList{QStringLiteral("patrol"),      QStringLiteral("add"),
                       QStringLiteral("--courtyard"), courtyard,
                       QStringLiteral("--kind"),      QStringLiteral("scheduled"),
                       QStringLiteral("--method"),    QStringLiteral("in_person"),
                       QStringLiteral("--result"),    result} +
           extra;
}

} // namespace

class TestCliPatrol : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    Run cli(const QStringList& args) { return gatepost::test::runCli(m_db, args); }
    QJsonArray list(const QStringList& args)
    {
        const Run r = cli(args + QStringList{QStringLiteral("--json")});
        if (r.exitCode != 0)
            qWarning() << r.err;
        return r.doc().array();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("north.db"));
        const Run r = cli({QStringLiteral("init"), QStringLiteral("--station"), QStringLiteral("north-1"),
                           QStringLiteral("--gate"), QStringLiteral("north")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void aCheckIsRecordedListedAndAudited()
    {
        Run r =
            cli(addArgs(QStringLiteral("三号院"), QStringLiteral("problem"),
                        {QStringLiteral("--note"), QStringLiteral("路灯坏了"), QStringLiteral("--json")}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject added = r.json();
        QCOMPARE(added[QStringLiteral("courtyard")].toInt(), 3);
        QCOMPARE(added[QStringLiteral("result")].toString(), QStringLiteral("problem"));
        QCOMPARE(added[QStringLiteral("note")].toString(), QStringLiteral("路灯坏了"));
        QVERIFY(added[QStringLiteral("checked_by")].toString().startsWith(QStringLiteral("os:")));
        const QString shift = added[QStringLiteral("shift")].toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d/[1-4]$")).match(shift).hasMatch(),
                 qPrintable(shift));

        const QJsonArray all = list({QStringLiteral("patrol"), QStringLiteral("list")});
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().toObject()[QStringLiteral("note")].toString(), QStringLiteral("路灯坏了"));
        QCOMPARE(
            list({QStringLiteral("patrol"), QStringLiteral("list"), QStringLiteral("--shift"), shift}).size(),
            1);
        QCOMPARE(list({QStringLiteral("patrol"), QStringLiteral("list"), QStringLiteral("--shift"),
                       QStringLiteral("2020-01-01/1")})
                     .size(),
                 0);

        // Courtyard 3 has had its round; the five others are due (none was ever checked).
        const QJsonArray overdue = list({QStringLiteral("patrol"), QStringLiteral("overdue")});
        QList<int> courtyards;
        for (const QJsonValue& v : overdue) {
            courtyards << v.toObject()[QStringLiteral("courtyard")].toInt();
            QVERIFY(v.toObject()[QStringLiteral("last_scheduled_utc")].isNull());
        }
        QCOMPARE(courtyards, (QList<int>{1, 2, 4, 5, 6}));
        r = cli({QStringLiteral("patrol"), QStringLiteral("overdue")});
        QVERIFY(r.out.contains("courtyard 1 overdue: no scheduled check recorded"));

        r = cli({QStringLiteral("audit"), QStringLiteral("--json")});
        QVERIFY2(r.out.contains("\"patrol_check\""), r.out.constData());
    }

    void badInputIsRefusedAndWritesNothing()
    {
        const qsizetype before = list({QStringLiteral("patrol"), QStringLiteral("list")}).size();
        Run r = cli(addArgs(QStringLiteral("7"), QStringLiteral("ok")));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("no outlying courtyard 7"), r.err.constData());
        r = cli(addArgs(QStringLiteral("2"), QStringLiteral("problem")));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("--note"), r.err.constData());
        const QString tomorrow = QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate);
        r = cli(addArgs(QStringLiteral("2"), QStringLiteral("ok"), {QStringLiteral("--at"), tomorrow}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("in the future"), r.err.constData());
        r = cli(addArgs(QStringLiteral("2"), QStringLiteral("fine")));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--result"), r.err.constData());
        r = cli(addArgs(QStringLiteral("後院"), QStringLiteral("ok")));
        QCOMPARE(r.exitCode, 2);
        r = cli({QStringLiteral("patrol"), QStringLiteral("list"), QStringLiteral("--shift"),
                 QStringLiteral("soon")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(list({QStringLiteral("patrol"), QStringLiteral("list")}).size(), before);
    }

    void dutyListShowsTheStationsSessions()
    {
        QCOMPARE(list({QStringLiteral("duty"), QStringLiteral("list")}).size(), 0);
        QString shift;
        {
            // What the station writes on a sign-on (src/app/gui/StationApp), on the same file.
            auto db = core::Database::open(m_db);
            core::SystemClock clock;
            core::Operator op;
            op.name = QStringLiteral("王芳");
            op.role = core::Role::ShiftLead;
            shift = core::DutyLog(*db, clock).signOn(op, QStringLiteral("north")).shiftId;
        }
        QJsonArray rows =
            list({QStringLiteral("duty"), QStringLiteral("list"), QStringLiteral("--shift"), shift});
        QCOMPARE(rows.size(), 1);
        QJsonObject s = rows.first().toObject();
        QCOMPARE(s[QStringLiteral("operator")].toString(), QStringLiteral("王芳"));
        QCOMPARE(s[QStringLiteral("role")].toString(), QStringLiteral("shift_lead"));
        QCOMPARE(s[QStringLiteral("gate")].toString(), QStringLiteral("north"));
        QVERIFY(s[QStringLiteral("off_utc")].isNull());
        QCOMPARE(list({QStringLiteral("duty"), QStringLiteral("list"), QStringLiteral("--from"),
                       QStringLiteral("2020-01-01T00:00:00Z"), QStringLiteral("--to"),
                       QStringLiteral("2020-01-02T00:00:00Z")})
                     .size(),
                 0);
        const Run r = cli({QStringLiteral("duty"), QStringLiteral("list")});
        QVERIFY2(r.out.contains("王芳 (shift_lead)  gate north") && r.out.contains("on duty"),
                 r.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliPatrol)
#include "TestCliPatrol.moc"
