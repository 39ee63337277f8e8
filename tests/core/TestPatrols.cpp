// Courtyard patrols (core/Patrols.h): a check is stored with its shift, station and audit row;
// refusals write nothing; a courtyard is overdue when its last scheduled check is older than
// the interval, across shift boundaries; checks made at a gate reach the office.

#include "SyncFixture.h"
#include "core/Patrols.h"

#include <QTest>
#include <QTimeZone>

using namespace gatepost::core;
using gatepost::test::Community;
using gatepost::test::FakeClock;
using gatepost::test::TempDb;

namespace {

// Beijing time (UTC+8, the default policy's zone) on 2026-03-01 as UTC.
QDateTime beijing(int h, int m = 0)
{
    return QDateTime(QDate(2026, 3, 1), QTime(h, m), QTimeZone(8 * 3600)).toUTC();
}

PatrolCheck check(int courtyard, PatrolKind kind = PatrolKind::Scheduled,
                  PatrolResult result = PatrolResult::Ok, const QString& note = {})
{
    PatrolCheck c;
    c.courtyard = courtyard;
    c.kind = kind;
    c.method = PatrolMethod::Phone;
    c.result = result;
    c.note = note;
    return c;
}

const Actor kLead = Actor::operatorNamed(QStringLiteral("王芳"));

qint64 count(Database& db, const char* sql)
{
    Statement q = db.prepare(sql);
    return q.step() ? q.int64(0) : -1;
}

QList<int> courtyardsOf(const QList<CourtyardStatus>& list)
{
    QList<int> out;
    for (const CourtyardStatus& s : list)
        out << s.courtyard;
    return out;
}

} // namespace

class TestPatrols : public QObject
{
    Q_OBJECT

private slots:
    void aCheckIsStoredWithItsShiftAndAuditRow()
    {
        TempDb t;
        FakeClock clock(beijing(13, 15)); // the day's third shift (12-18)
        const StationIdentity id =
            Registry(t.db(), clock).initStation(QStringLiteral("north-1"), QStringLiteral("north"));
        Patrols patrols(t.db(), clock);
        const PatrolRecord r = patrols.record(
            check(3, PatrolKind::Spot, PatrolResult::Problem, QStringLiteral("  院门未锁 ")), kLead);
        QCOMPARE(r.shiftId, QStringLiteral("2026-03-01/3"));
        QCOMPARE(r.station, id.stationId);

        const QList<PatrolRecord> all = patrols.checks();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().check.courtyard, 3);
        QCOMPARE(toString(all.first().check.kind), toString(PatrolKind::Spot));
        QCOMPARE(toString(all.first().check.method), toString(PatrolMethod::Phone));
        QCOMPARE(toString(all.first().check.result), toString(PatrolResult::Problem));
        QCOMPARE(all.first().check.note, QStringLiteral("院门未锁"));
        QCOMPARE(all.first().checkedBy, QStringLiteral("王芳"));
        QCOMPARE(all.first().check.checkedUtc, beijing(13, 15));
        QCOMPARE(all.first().shiftId, QStringLiteral("2026-03-01/3"));

        const QList<AuditEntry> audit = AuditTrail(t.db(), clock).query();
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().action, QStringLiteral("patrol_check"));
        QCOMPARE(audit.first().target, QStringLiteral("courtyard:3"));
        QCOMPARE(audit.first().actor, QStringLiteral("王芳"));
        QVERIFY(audit.first().after.contains(QStringLiteral("院门未锁")));
    }

    void aCheckWrittenDownLaterCountsInItsOwnShift()
    {
        TempDb t;
        FakeClock clock(beijing(6, 30));
        Patrols patrols(t.db(), clock);
        PatrolCheck c = check(1);
        c.checkedUtc = beijing(5, 40); // made in the night shift, written down after 06:00
        QCOMPARE(patrols.record(c, kLead).shiftId, QStringLiteral("2026-03-01/1"));
        // checks() of the night shift's range finds it; the morning's does not.
        QCOMPARE(patrols.checks(beijing(0), beijing(6)).size(), 1);
        QCOMPARE(patrols.checks(beijing(6), beijing(12)).size(), 0);
    }

    void refusalsWriteNothing_data()
    {
        QTest::addColumn<int>("courtyard");
        QTest::addColumn<int>("result");
        QTest::addColumn<QString>("note");
        QTest::addColumn<int>("minutesAhead");
        QTest::addColumn<QString>("code");
        QTest::newRow("main area") << 0 << int(PatrolResult::Ok) << QString() << 0
                                   << QStringLiteral("courtyard_unknown");
        QTest::newRow("seventh") << 7 << int(PatrolResult::Ok) << QString() << 0
                                 << QStringLiteral("courtyard_unknown");
        QTest::newRow("problem, no note")
            << 2 << int(PatrolResult::Problem) << QString() << 0 << QStringLiteral("patrol_note_missing");
        QTest::newRow("problem, blank note") << 2 << int(PatrolResult::Problem) << QStringLiteral("  \t ")
                                             << 0 << QStringLiteral("patrol_note_missing");
        QTest::newRow("in the future")
            << 2 << int(PatrolResult::Ok) << QString() << 5 << QStringLiteral("check_in_future");
    }
    void refusalsWriteNothing()
    {
        QFETCH(int, courtyard);
        QFETCH(int, result);
        QFETCH(QString, note);
        QFETCH(int, minutesAhead);
        QFETCH(QString, code);
        TempDb t;
        FakeClock clock(beijing(9));
        Patrols patrols(t.db(), clock);
        PatrolCheck c = check(courtyard, PatrolKind::Scheduled, PatrolResult(result), note);
        if (minutesAhead)
            c.checkedUtc = clock.nowUtc().addSecs(minutesAhead * 60);
        try {
            patrols.record(c, kLead);
            QFAIL("not refused");
        } catch (const RefusedError& e) {
            QCOMPARE(toString(e.refusal().code), code);
        }
        QCOMPARE(count(t.db(), "SELECT count(*) FROM patrol_checks"), 0);
        QCOMPARE(count(t.db(), "SELECT count(*) FROM audit_trail"), 0);
        // A problem with a note, or no_answer without one, is accepted.
        patrols.record(check(2, PatrolKind::Scheduled, PatrolResult::NoAnswer), kLead);
        QCOMPARE(count(t.db(), "SELECT count(*) FROM patrol_checks"), 1);
    }

    void overdueAcrossAShiftBoundary()
    {
        TempDb t;
        FakeClock clock(beijing(5, 0)); // night shift (00-06)
        Patrols patrols(t.db(), clock);
        QCOMPARE(patrols.interval(), std::chrono::minutes(240));
        QCOMPARE(courtyardsOf(patrols.overdue(clock.nowUtc())),
                 (QList<int>{1, 2, 3, 4, 5, 6})); // never checked
        for (int c = 1; c <= 6; ++c)
            patrols.record(check(c), kLead);
        QVERIFY(patrols.overdue(clock.nowUtc()).isEmpty());

        // The morning shift (06-12): a spot check of courtyard 4 does not replace its round,
        // and a round of courtyard 5 at 07:00 moves its due time on.
        clock.set(beijing(8, 0));
        patrols.record(check(4, PatrolKind::Spot), kLead);
        clock.set(beijing(7, 0));
        patrols.record(check(5), kLead);
        QVERIFY(patrols.overdue(beijing(9, 0)).isEmpty()); // exactly 4 h: due, not yet overdue
        const QList<CourtyardStatus> late = patrols.overdue(beijing(9, 1));
        QCOMPARE(courtyardsOf(late), (QList<int>{1, 2, 3, 4, 6}));
        QCOMPARE(late.first().lastScheduledUtc, beijing(5, 0));
        QCOMPARE(late.first().dueUtc, beijing(9, 0));
        QCOMPARE(courtyardsOf(patrols.overdue(beijing(11, 1))), (QList<int>{1, 2, 3, 4, 5, 6}));

        // A shorter interval is a setting.
        patrols.setInterval(std::chrono::hours(1));
        QCOMPARE(courtyardsOf(patrols.overdue(beijing(7, 30))), (QList<int>{1, 2, 3, 4, 6}));
    }

    void checksMadeAtAGateReachTheOffice()
    {
        Community c;
        Patrols north(c.north.t.db(), c.clock);
        north.record(check(6, PatrolKind::Scheduled, PatrolResult::Problem, QStringLiteral("水管漏水")),
                     kLead);
        c.syncAll();
        const QList<PatrolRecord> atOffice = Patrols(c.office.t.db(), c.clock).checks();
        QCOMPARE(atOffice.size(), 1);
        QCOMPARE(atOffice.first().check.note, QStringLiteral("水管漏水"));
        QCOMPARE(atOffice.first().station, c.north.id.stationId);
        // The office's schedule counts the gate's round.
        QVERIFY(!courtyardsOf(Patrols(c.office.t.db(), c.clock).overdue(c.clock.nowUtc())).contains(6));
        QCOMPARE(Patrols(c.south.t.db(), c.clock).checks().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPatrols)
#include "TestPatrols.moc"
