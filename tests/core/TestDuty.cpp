// Who was on duty (core/Duty.h): a sign-on opens a session at this station, a sign-off or the
// next sign-on closes it, a station's start-up closes what a killed process left open (with
// the station's last crossing as the estimated end), ranges find sessions that overlap them,
// and the rows reach the other stations.

#include "SyncFixture.h"
#include "core/Duty.h"

#include <QTest>
#include <QTimeZone>

using namespace gatepost::core;
using gatepost::test::Community;
using gatepost::test::FakeClock;
using gatepost::test::TempDb;

namespace {

Operator op(const QString& name, Role role = Role::Volunteer)
{
    Operator o;
    o.name = name;
    o.role = role;
    return o;
}

QDateTime utc(int day, int h, int m = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(h, m), Qt::UTC);
}

} // namespace

class TestDuty : public QObject
{
    Q_OBJECT

private slots:
    void aSignOnAndItsSignOffAreOneSession()
    {
        TempDb t;
        FakeClock clock(utc(1, 2)); // 10:00 in Beijing: the day's second shift (06-12)
        Registry(t.db(), clock).initStation(QStringLiteral("north-1"), QStringLiteral("north"));
        DutyLog duty(t.db(), clock);

        const DutySession on =
            duty.signOn(op(QStringLiteral("王芳"), Role::ShiftLead), QStringLiteral("north"));
        QCOMPARE(on.shiftId, QStringLiteral("2026-03-01/2"));
        QVERIFY(duty.current());
        QCOMPARE(duty.current()->operatorName, QStringLiteral("王芳"));

        clock.advanceSecs(3 * 3600);
        QVERIFY(duty.signOff(op(QStringLiteral("王芳"))));
        QVERIFY(!duty.signOff(op(QStringLiteral("王芳")))); // nothing open any more
        QVERIFY(!duty.current());

        const QList<DutySession> all = duty.sessions();
        QCOMPARE(all.size(), 1);
        const DutySession& s = all.first();
        QCOMPARE(s.operatorName, QStringLiteral("王芳"));
        QCOMPARE(toString(s.role), toString(Role::ShiftLead));
        QCOMPARE(s.gate, QStringLiteral("north"));
        QCOMPARE(s.station, Registry(t.db(), clock).station()->stationId);
        QCOMPARE(s.onUtc, utc(1, 2));
        QCOMPARE(s.offUtc, utc(1, 5));
        QCOMPARE(toString(s.closedHow), toString(DutyClose::SignOff));
    }

    void theNextSignOnClosesTheOpenSession()
    {
        TempDb t;
        FakeClock clock(utc(1, 2));
        Registry(t.db(), clock).initStation(QStringLiteral("north-1"), QStringLiteral("north"));
        DutyLog duty(t.db(), clock);
        duty.signOn(op(QStringLiteral("王芳")), QStringLiteral("north"));
        clock.advanceSecs(1800);
        duty.signOn(op(QStringLiteral("李强")), QStringLiteral("north"));

        const QList<DutySession> all = duty.sessions();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].operatorName, QStringLiteral("王芳"));
        QCOMPARE(toString(all[0].closedHow), toString(DutyClose::NextSignOn));
        QCOMPARE(all[0].offUtc, utc(1, 2, 30));
        QCOMPARE(all[1].operatorName, QStringLiteral("李强"));
        QVERIFY(all[1].isOpen());
        QVERIFY(!all[1].offUtc.isValid());
        QCOMPARE(duty.current()->operatorName, QStringLiteral("李强"));
        // 王芳 is no longer on: signing her off changes nothing.
        QVERIFY(!duty.signOff(op(QStringLiteral("王芳"))));
        QVERIFY(duty.current());
    }

    void aSessionLeftOpenByAKilledProcessEndsAtItsLastCrossing()
    {
        Community c;
        const QString code = c.issueResident(QStringLiteral("清河四街 1排1号"), QStringLiteral("王小明"));
        c.syncAll();
        DutyLog duty(c.north.t.db(), c.clock);
        duty.signOn(op(QStringLiteral("志愿者")), QStringLiteral("north"));
        c.clock.advanceSecs(20 * 60);
        QVERIFY(c.north.cross(code).logged);
        const QDateTime lastCrossing = c.clock.nowUtc();
        // The process dies here; the station starts again two hours later.
        c.clock.advanceSecs(2 * 3600);
        DutyLog afterRestart(c.north.t.db(), c.clock);
        QCOMPARE(afterRestart.closeLeftOpen(), 1);
        QCOMPARE(afterRestart.closeLeftOpen(), 0);
        const QList<DutySession> all = afterRestart.sessions();
        QCOMPARE(all.size(), 1);
        QCOMPARE(toString(all.first().closedHow), toString(DutyClose::Restart));
        QCOMPARE(all.first().offUtc, lastCrossing);
    }

    void aSessionWithoutCrossingsEndsAtItsSignOnWhenFoundOpen()
    {
        TempDb t;
        FakeClock clock(utc(1, 2));
        Registry(t.db(), clock).initStation(QStringLiteral("north-1"), QStringLiteral("north"));
        DutyLog(t.db(), clock).signOn(op(QStringLiteral("王芳")), QStringLiteral("north"));
        t.reopen(); // as after the process was killed
        clock.advanceSecs(5 * 3600);
        DutyLog duty(t.db(), clock);
        QCOMPARE(duty.closeLeftOpen(), 1);
        QCOMPARE(duty.sessions().first().offUtc, utc(1, 2));
        QCOMPARE(toString(duty.sessions().first().closedHow), toString(DutyClose::Restart));
    }

    void sessionsOverlappingARange()
    {
        TempDb t;
        FakeClock clock(utc(1, 0));
        Registry(t.db(), clock).initStation(QStringLiteral("south-1"), QStringLiteral("south"));
        DutyLog duty(t.db(), clock);
        duty.signOn(op(QStringLiteral("A")), QStringLiteral("south")); // 00:00 .. 03:00
        clock.set(utc(1, 3));
        duty.signOn(op(QStringLiteral("B")), QStringLiteral("south")); // 03:00 .. 06:00
        clock.set(utc(1, 6));
        duty.signOff(op(QStringLiteral("B")));
        clock.set(utc(1, 8));
        duty.signOn(op(QStringLiteral("C")), QStringLiteral("south")); // 08:00 .. open

        const auto names = [&](const QDateTime& from, const QDateTime& to) {
            QStringList n;
            for (const DutySession& s : duty.sessions(from, to))
                n << s.operatorName;
            return n.join(QLatin1Char(','));
        };
        QCOMPARE(names({}, {}), QStringLiteral("A,B,C"));
        QCOMPARE(names(utc(1, 2), utc(1, 4)), QStringLiteral("A,B"));
        QCOMPARE(names(utc(1, 3), utc(1, 6)), QStringLiteral("B")); // A ended as the range began
        QCOMPARE(names(utc(1, 6), utc(1, 8)), QString());           // nobody between 06 and 08
        QCOMPARE(names(utc(2, 0), {}), QStringLiteral("C"));        // still on duty
    }

    void sessionsReachTheOtherStations()
    {
        Community c;
        DutyLog north(c.north.t.db(), c.clock);
        north.signOn(op(QStringLiteral("王芳"), Role::ShiftLead), QStringLiteral("north"));
        c.syncAll();
        QCOMPARE(
            c.office.count("SELECT count(*) FROM duty_sessions WHERE operator = '王芳' AND off_utc IS NULL"),
            1);
        // The south station's start-up closes its own sessions, never north's open one.
        QCOMPARE(DutyLog(c.south.t.db(), c.clock).closeLeftOpen(), 0);
        QCOMPARE(c.south.count("SELECT count(*) FROM duty_sessions WHERE off_utc IS NULL"), 1);
        c.clock.advanceSecs(3600);
        QVERIFY(north.signOff(op(QStringLiteral("王芳"))));
        c.syncAll();
        const QList<DutySession> atSouth = DutyLog(c.south.t.db(), c.clock).sessions();
        QCOMPARE(atSouth.size(), 1);
        QCOMPARE(toString(atSouth.first().closedHow), toString(DutyClose::SignOff));
        QCOMPARE(atSouth.first().station, c.north.id.stationId);
        QCOMPARE(atSouth.first().offUtc, c.clock.nowUtc());
    }
};

QTEST_GUILESS_MAIN(TestDuty)
#include "TestDuty.moc"
