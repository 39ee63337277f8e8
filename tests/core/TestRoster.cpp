#include "core/Roster.h"

#include <QTest>

using namespace gatepost::core;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

// Asia/Shanghai is UTC+8 all year (no daylight saving since 1991).
QDateTime beijing(int y, int mo, int d, int h, int mi, int s = 0)
{
    return utc(y, mo, d, h, mi, s).addSecs(-8 * 3600);
}

} // namespace

class TestRoster : public QObject
{
    Q_OBJECT

private slots:
    void defaultFourShiftsFollowLocalTimeNotUtc()
    {
        const Roster roster(Policy::defaults());
        // 05:59 local on 29 Nov is 21:59 UTC on 28 Nov: still shift A of the 29th.
        const Shift a = roster.shiftAt(beijing(2026, 11, 29, 5, 59, 59));
        QCOMPARE(a.name, QStringLiteral("A"));
        QCOMPARE(a.day, QDate(2026, 11, 29));
        QCOMPARE(a.id(), QStringLiteral("2026-11-29/A"));
        QCOMPARE(a.startUtc, utc(2026, 11, 28, 16, 0));
        QCOMPARE(a.endUtc, utc(2026, 11, 28, 22, 0));

        QCOMPARE(roster.shiftAt(beijing(2026, 11, 29, 6, 0)).id(), QStringLiteral("2026-11-29/B"));
        QCOMPARE(roster.shiftAt(beijing(2026, 11, 29, 12, 0)).id(), QStringLiteral("2026-11-29/C"));
        QCOMPARE(roster.shiftAt(beijing(2026, 11, 29, 17, 59, 59)).id(), QStringLiteral("2026-11-29/C"));
    }

    void dShiftEndsAtLocalMidnight()
    {
        const Roster roster(Policy::defaults());
        const Shift d = roster.shiftAt(beijing(2026, 11, 29, 23, 59, 59));
        QCOMPARE(d.id(), QStringLiteral("2026-11-29/D"));
        QCOMPARE(d.startUtc, utc(2026, 11, 29, 10, 0));
        QCOMPARE(d.endUtc, utc(2026, 11, 29, 16, 0));
        // One second later it is A of the next day; UTC is still the 29th.
        const Shift a = roster.shiftAt(beijing(2026, 11, 30, 0, 0));
        QCOMPARE(a.id(), QStringLiteral("2026-11-30/A"));
        QCOMPARE(a.startUtc, d.endUtc);
        QCOMPARE(roster.next(d), a);
    }

    void nightShiftAcrossMidnightKeepsItsStartDay()
    {
        const Roster roster(
            {ShiftDef{QStringLiteral("night"), QTime(22, 0)}, ShiftDef{QStringLiteral("day"), QTime(6, 0)}},
            QStringLiteral("Asia/Shanghai"));
        // Unsorted input is sorted by start.
        QCOMPARE(roster.shifts().first().name, QStringLiteral("day"));

        const Shift late = roster.shiftAt(beijing(2026, 11, 29, 23, 30));
        const Shift early = roster.shiftAt(beijing(2026, 11, 30, 5, 59, 59));
        QCOMPARE(late.id(), QStringLiteral("2026-11-29/night"));
        QCOMPARE(early, late);
        QCOMPARE(early.startUtc, utc(2026, 11, 29, 14, 0));
        QCOMPARE(early.endUtc, utc(2026, 11, 29, 22, 0));

        const Shift day = roster.shiftAt(beijing(2026, 11, 30, 6, 0));
        QCOMPARE(day.id(), QStringLiteral("2026-11-30/day"));
        QCOMPARE(day.endUtc, utc(2026, 11, 30, 14, 0));
    }

    void instantInAnotherZoneIsConvertedFirst()
    {
        const Roster roster(Policy::defaults());
        // 18:30 in UTC+1 is 01:30 next day in Beijing.
        const QDateTime paris(QDate(2026, 11, 29), QTime(18, 30), QTimeZone(3600));
        QCOMPARE(roster.shiftAt(paris).id(), QStringLiteral("2026-11-30/A"));
    }

    void everyInstantBelongsToExactlyOneShift()
    {
        const Roster roster({ShiftDef{QStringLiteral("C"), QTime(14, 30)},
                             ShiftDef{QStringLiteral("A"), QTime(1, 0)},
                             ShiftDef{QStringLiteral("B"), QTime(7, 45)}},
                            QStringLiteral("Asia/Shanghai"));
        QDateTime t = utc(2026, 2, 27, 0, 0);
        Shift current = roster.shiftAt(t);
        for (int i = 0; i < 4 * 24 * 4; ++i, t = t.addSecs(15 * 60)) {
            const Shift s = roster.shiftAt(t);
            QVERIFY(s.startUtc <= t && t < s.endUtc);
            if (s != current) {
                QCOMPARE(s.startUtc, current.endUtc); // no gap, no overlap
                current = s;
            }
        }
    }

    void emptyListIsOneAllDayShift()
    {
        const Roster roster(QList<ShiftDef>{}, QStringLiteral("Asia/Shanghai"));
        const Shift s = roster.shiftAt(beijing(2026, 3, 1, 13, 0));
        QCOMPARE(s.id(), QStringLiteral("2026-03-01/A"));
        QCOMPARE(s.startUtc.secsTo(s.endUtc), 24 * 3600);
    }

    void unknownZoneFallsBackToUtcPlus8()
    {
        // "Beijing" alone is not a zone id; Qt would read it as a POSIX rule meaning UTC.
        for (const QString& name : {QStringLiteral("Mars/Olympus"), QStringLiteral("Beijing"), QString()}) {
            const Roster roster(Policy::defaults().shifts, name);
            QCOMPARE(roster.shiftAt(beijing(2026, 11, 29, 18, 0)).id(), QStringLiteral("2026-11-29/D"));
            QCOMPARE(roster.shiftAt(beijing(2026, 11, 29, 17, 59)).id(), QStringLiteral("2026-11-29/C"));
        }
    }
};

QTEST_GUILESS_MAIN(TestRoster)
#include "TestRoster.moc"
