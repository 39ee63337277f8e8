#include "core/Roster.h"

#include <QJsonArray>
#include <QJsonDocument>
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

QString teamsOf(const Roster& roster, QDate day)
{
    QString out;
    for (int n = 1; n <= roster.shiftsOn(day).size(); ++n)
        out += roster.teamFor(*roster.shift(day, n));
    return out;
}

// Three shifts of eight hours from 15 Dec 2026 (07:00, 15:00, 23:00), four teams, one resting.
Policy withThreeShiftsFromDec15()
{
    Policy p = Policy::defaults();
    RosterPattern three;
    three.from = QDate(2026, 12, 15);
    three.shifts = {ShiftDef{QStringLiteral("early"), QTime(7, 0)},
                    ShiftDef{QStringLiteral("late"), QTime(15, 0)},
                    ShiftDef{QStringLiteral("night"), QTime(23, 0)}};
    three.teams = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")};
    three.cycle = {parseCycleDay(QStringLiteral("ABC")), parseCycleDay(QStringLiteral("BCD")),
                   parseCycleDay(QStringLiteral("CDA")), parseCycleDay(QStringLiteral("DAB"))};
    addRosterPattern(p.rosterPatterns, three, QDate(2026, 12, 1));
    return p;
}

// Walks @p from .. @p to in 15-minute steps: each instant in its shift, each shift starting
// where the one before ended.
void checkNoGapNoOverlap(const Roster& roster, QDateTime t, const QDateTime& to)
{
    Shift current = roster.shiftAt(t);
    for (; t < to; t = t.addSecs(15 * 60)) {
        const Shift s = roster.shiftAt(t);
        QVERIFY2(s.startUtc <= t && t < s.endUtc, qPrintable(t.toString(Qt::ISODate) + u' ' + s.id()));
        if (s != current) {
            QCOMPARE(s.startUtc, current.endUtc);
            QCOMPARE(roster.next(current), s);
            current = s;
        }
    }
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
        QCOMPARE(a.id(), QStringLiteral("2026-11-29/1"));
        QCOMPARE(a.startUtc, utc(2026, 11, 28, 16, 0));
        QCOMPARE(a.endUtc, utc(2026, 11, 28, 22, 0));

        QCOMPARE(roster.shiftAt(beijing(2026, 11, 29, 6, 0)).id(), QStringLiteral("2026-11-29/2"));
        QCOMPARE(roster.shiftAt(beijing(2026, 11, 29, 12, 0)).id(), QStringLiteral("2026-11-29/3"));
        QCOMPARE(roster.shiftAt(beijing(2026, 11, 29, 17, 59, 59)).id(), QStringLiteral("2026-11-29/3"));
    }

    void dShiftEndsAtLocalMidnight()
    {
        const Roster roster(Policy::defaults());
        const Shift d = roster.shiftAt(beijing(2026, 11, 29, 23, 59, 59));
        QCOMPARE(d.id(), QStringLiteral("2026-11-29/4"));
        QCOMPARE(d.startUtc, utc(2026, 11, 29, 10, 0));
        QCOMPARE(d.endUtc, utc(2026, 11, 29, 16, 0));
        // One second later it is A of the next day; UTC is still the 29th.
        const Shift a = roster.shiftAt(beijing(2026, 11, 30, 0, 0));
        QCOMPARE(a.id(), QStringLiteral("2026-11-30/1"));
        QCOMPARE(a.startUtc, d.endUtc);
        QCOMPARE(roster.next(d), a);
    }

    void nightShiftAcrossMidnightKeepsItsStartDay()
    {
        const Roster roster(
            {ShiftDef{QStringLiteral("night"), QTime(22, 0)}, ShiftDef{QStringLiteral("day"), QTime(6, 0)}},
            QStringLiteral("Asia/Shanghai"));
        // Unsorted input is sorted by start.
        QCOMPARE(roster.shiftsOn(QDate(2026, 11, 29)).first().name, QStringLiteral("day"));

        const Shift late = roster.shiftAt(beijing(2026, 11, 29, 23, 30));
        const Shift early = roster.shiftAt(beijing(2026, 11, 30, 5, 59, 59));
        QCOMPARE(late.id(), QStringLiteral("2026-11-29/2"));
        QCOMPARE(early, late);
        QCOMPARE(early.startUtc, utc(2026, 11, 29, 14, 0));
        QCOMPARE(early.endUtc, utc(2026, 11, 29, 22, 0));

        const Shift day = roster.shiftAt(beijing(2026, 11, 30, 6, 0));
        QCOMPARE(day.id(), QStringLiteral("2026-11-30/1"));
        QCOMPARE(day.endUtc, utc(2026, 11, 30, 14, 0));
    }

    void instantInAnotherZoneIsConvertedFirst()
    {
        const Roster roster(Policy::defaults());
        // 18:30 in UTC+1 is 01:30 next day in Beijing.
        const QDateTime paris(QDate(2026, 11, 29), QTime(18, 30), QTimeZone(3600));
        QCOMPARE(roster.shiftAt(paris).id(), QStringLiteral("2026-11-30/1"));
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

    void shiftByIdNamesTheDaysNthShift()
    {
        const Roster roster(Policy::defaults());
        const auto second = roster.shiftById(u"2026-12-31/2");
        QVERIFY(second);
        QCOMPARE(second->startUtc, utc(2026, 12, 30, 22, 0)); // 06:00 in Beijing
        QCOMPARE(second->endUtc, utc(2026, 12, 31, 4, 0));
        // The fourth shift runs into the next year: its next shift is the 1st of January's first.
        QCOMPARE(roster.next(*roster.shiftById(u"2026-12-31/4")).id(), QStringLiteral("2027-01-01/1"));
    }

    void malformedShiftIdsAreRefused()
    {
        const Roster roster(Policy::defaults());
        for (const QString& bad :
             {QStringLiteral("2026-12-31/5"), QStringLiteral("2026-12-31/0"), QStringLiteral("2026-13-01/1"),
              QStringLiteral("2026-12-31"), QStringLiteral("2026-12-31/+1"), QStringLiteral("31.12.2026/1"),
              QStringLiteral("2026-12-31/x")})
            QVERIFY2(!roster.shiftById(bad), qPrintable(bad));
    }

    void emptyListIsOneAllDayShift()
    {
        const Roster roster(QList<ShiftDef>{}, QStringLiteral("Asia/Shanghai"));
        const Shift s = roster.shiftAt(beijing(2026, 3, 1, 13, 0));
        QCOMPARE(s.id(), QStringLiteral("2026-03-01/1"));
        QCOMPARE(s.startUtc.secsTo(s.endUtc), 24 * 3600);
    }

    void unknownZoneFallsBackToUtcPlus8()
    {
        // "Beijing" alone is not a zone id; Qt would read it as a POSIX rule meaning UTC.
        for (const QString& name : {QStringLiteral("Mars/Olympus"), QStringLiteral("Beijing"), QString()}) {
            const Roster roster(Policy::defaults().rosterPatterns, name);
            QCOMPARE(roster.shiftAt(beijing(2026, 11, 29, 18, 0)).id(), QStringLiteral("2026-11-29/4"));
            QCOMPARE(roster.shiftAt(beijing(2026, 11, 29, 17, 59)).id(), QStringLiteral("2026-11-29/3"));
        }
    }

    void defaultRotationByHand()
    {
        const Roster roster(Policy::defaults());
        // Day 0 of the cycle is 2020-01-01; 2026-12-31 is day 2556 = 0 (mod 4).
        QCOMPARE(teamsOf(roster, QDate(2020, 1, 1)), QStringLiteral("ABCD"));
        QCOMPARE(teamsOf(roster, QDate(2026, 12, 31)), QStringLiteral("ABCD"));
        QCOMPARE(teamsOf(roster, QDate(2027, 1, 1)), QStringLiteral("BCDA")); // year boundary
        QCOMPARE(teamsOf(roster, QDate(2027, 2, 28)), QStringLiteral("DABC"));
        QCOMPARE(teamsOf(roster, QDate(2027, 3, 1)), QStringLiteral("ABCD")); // no 29 Feb in 2027
        QCOMPARE(teamsOf(roster, QDate(2028, 2, 28)), QStringLiteral("ABCD"));
        QCOMPARE(teamsOf(roster, QDate(2028, 2, 29)), QStringLiteral("BCDA"));
        QCOMPARE(teamsOf(roster, QDate(2028, 3, 1)), QStringLiteral("CDAB"));
        QCOMPARE(teamsOf(roster, QDate(2019, 12, 31)), QStringLiteral("DABC")); // before the epoch
        // The night shift that runs into the new year belongs to the 31st, team D.
        QCOMPARE(roster.teamFor(roster.shiftAt(beijing(2027, 1, 1, 0, 0).addSecs(-1))), QStringLiteral("D"));
    }

    void noTeamWorksTwoShiftsInARowAndEachTakesTheNights()
    {
        const Roster roster(Policy::defaults());
        QMap<QString, int> nights;
        Shift s = *roster.shiftById(u"2026-11-01/1");
        QString previous = roster.teamFor(s);
        for (int i = 0; i < 4 * 130; ++i) { // past Dec 31 and Feb 28
            s = roster.next(s);
            const QString team = roster.teamFor(s);
            QVERIFY2(team != previous, qPrintable(s.id()));
            if (s.number == 1)
                ++nights[team];
            previous = team;
        }
        QCOMPARE(nights.size(), 4);
        for (int n : nights)
            QVERIFY(n >= 32 && n <= 33);
    }

    void patternChangeMidMonthKeepsThePast()
    {
        const Roster before(Policy::defaults());
        const Roster roster(withThreeShiftsFromDec15());
        // The past answers as it did.
        for (const QString& id : {QStringLiteral("2026-12-01/4"), QStringLiteral("2026-12-14/3")}) {
            QCOMPARE(roster.shiftById(id), before.shiftById(id));
            QCOMPARE(roster.teamFor(*roster.shiftById(id)), before.teamFor(*before.shiftById(id)));
        }
        // The 14th's night shift (18:00, old pattern) lasts until the new first shift, 07:00.
        const Shift night = roster.shiftAt(beijing(2026, 12, 15, 3, 0));
        QCOMPARE(night.id(), QStringLiteral("2026-12-14/4"));
        QCOMPARE(night.endUtc, beijing(2026, 12, 15, 7, 0));
        QCOMPARE(roster.shiftAt(beijing(2026, 12, 15, 7, 0)).id(), QStringLiteral("2026-12-15/1"));
        // From the 15th: three shifts; the night one runs to 07:00 the next day.
        QVERIFY(!roster.shiftById(u"2026-12-15/4"));
        const Shift third = *roster.shiftById(u"2026-12-15/3");
        QCOMPARE(third.name, QStringLiteral("night"));
        QCOMPARE(third.startUtc, beijing(2026, 12, 15, 23, 0));
        QCOMPARE(third.endUtc, beijing(2026, 12, 16, 7, 0));
        QCOMPARE(roster.shiftAt(beijing(2026, 12, 16, 6, 59)), third);
        // The new cycle counts from its own date: ABC, BCD, CDA, DAB, ABC ...
        QCOMPARE(teamsOf(roster, QDate(2026, 12, 15)), QStringLiteral("ABC"));
        QCOMPARE(teamsOf(roster, QDate(2026, 12, 18)), QStringLiteral("DAB"));
        QCOMPARE(teamsOf(roster, QDate(2027, 1, 1)), QStringLiteral("BCD")); // day 17
        checkNoGapNoOverlap(roster, beijing(2026, 12, 13, 0, 0), beijing(2026, 12, 18, 0, 0));
    }

    void aPatternDatedTodayOrEarlierIsRefused()
    {
        Policy p = withThreeShiftsFromDec15();
        const QList<RosterPattern> kept = p.rosterPatterns;
        RosterPattern late = p.rosterPatterns.last();
        for (const QDate& from : {QDate(2026, 12, 1), QDate(2026, 11, 30), QDate()}) {
            late.from = from;
            try {
                addRosterPattern(p.rosterPatterns, late, QDate(2026, 12, 1));
                QFAIL("accepted");
            } catch (const RefusedError& e) {
                QVERIFY(e.refusal().code == RefusalCode::ShiftPatternInPast);
                QCOMPARE(e.refusal().args.value(1), QStringLiteral("2026-12-02"));
            }
            QCOMPARE(p.rosterPatterns, kept);
        }
        // A later pattern with the same date replaces the planned one.
        late.from = QDate(2026, 12, 15);
        late.cycle = {parseCycleDay(QStringLiteral("A-C")), parseCycleDay(QStringLiteral("DB-"))};
        addRosterPattern(p.rosterPatterns, late, QDate(2026, 12, 14));
        QCOMPARE(p.rosterPatterns.size(), 2);
        const Roster roster(p);
        QCOMPARE(roster.teamFor(*roster.shiftById(u"2026-12-15/2")), QString());
        QCOMPARE(roster.teamFor(*roster.shiftById(u"2026-12-16/2")), QStringLiteral("B"));
    }

    void malformedPatternsAreRefused()
    {
        RosterPattern p = defaultRosterPattern();
        p.from = QDate(2027, 1, 1);
        p.cycle[1] = parseCycleDay(QStringLiteral("ABC"));
        QList<RosterPattern> patterns{defaultRosterPattern()};
        try {
            addRosterPattern(patterns, p, QDate(2026, 12, 1));
            QFAIL("accepted");
        } catch (const RefusedError& e) {
            QVERIFY(e.refusal().code == RefusalCode::ShiftPatternInvalid);
            QCOMPARE(e.refusal().args,
                     (QStringList{QStringLiteral("cycle_day_length"), QStringLiteral("2")}));
        }
        p.cycle[1] = parseCycleDay(QStringLiteral("ABCE"));
        QCOMPARE(checkRosterPattern(p)->args.first(), QStringLiteral("team_not_in_pattern"));
        p.cycle[1] = parseCycleDay(QStringLiteral("ABCA"));
        QCOMPARE(checkRosterPattern(p)->args.first(), QStringLiteral("team_twice_a_day"));
        QCOMPARE(patterns.size(), 1);
    }

    void daylightSavingZoneHasNoGapNoOverlap()
    {
        const Roster roster(Policy::defaults().rosterPatterns, QStringLiteral("Europe/Berlin"));
        // 29 Mar 2026: 02:00 -> 03:00; 25 Oct 2026: 03:00 -> 02:00. Shift 1 holds the change.
        const Shift spring = *roster.shiftById(u"2026-03-29/1");
        QCOMPARE(spring.startUtc.secsTo(spring.endUtc), 5 * 3600);
        const Shift autumn = *roster.shiftById(u"2026-10-25/1");
        QCOMPARE(autumn.startUtc.secsTo(autumn.endUtc), 7 * 3600);
        QCOMPARE(roster.shiftById(u"2026-10-25/2")->startUtc, utc(2026, 10, 25, 5, 0)); // 06:00 CET
        checkNoGapNoOverlap(roster, utc(2026, 3, 27, 0, 0), utc(2026, 3, 31, 0, 0));
        checkNoGapNoOverlap(roster, utc(2026, 10, 23, 0, 0), utc(2026, 10, 27, 0, 0));
    }

    void calendarOfAMonthWithAChange()
    {
        const Roster roster(withThreeShiftsFromDec15());
        const QList<RosterDay> days = roster.calendar(QDate(2026, 12, 1), QDate(2026, 12, 31));
        QCOMPARE(days.size(), 31);
        QCOMPARE(days.first().shifts.size(), 4);
        QCOMPARE(days.at(13).shifts.size(), 4);
        QCOMPARE(days.at(14).shifts.size(), 3);
        QCOMPARE(days.at(14).day, QDate(2026, 12, 15));
        QCOMPARE(days.at(14).shifts.at(2).team, QStringLiteral("C"));
        QCOMPARE(days.at(14).shifts.at(2).shift.id(), QStringLiteral("2026-12-15/3"));
        int total = 0;
        for (const RosterDay& d : days)
            total += int(d.shifts.size());
        QCOMPARE(total, 14 * 4 + 17 * 3);
        QVERIFY(roster.calendar(QDate(2026, 12, 2), QDate(2026, 12, 1)).isEmpty());
        QCOMPARE(roster.calendar(QDate(2026, 1, 1), QDate(2030, 1, 1)).size(), 400);
    }

    void policyJsonKeepsThePatternsAndReadsTheOldShiftsKey()
    {
        const Policy p = withThreeShiftsFromDec15();
        QString error;
        const Policy back =
            Policy::fromJson(QJsonDocument::fromJson(QJsonDocument(p.toJson()).toJson()).object(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(back == p);

        // A file from before schema 6: "shifts" only -> the first pattern, teams A-D rotating.
        const Policy old = Policy::fromJson(
            QJsonDocument::fromJson(
                R"({"shifts": [{"name": "N", "start": "22:00"}, {"name": "D", "start": "08:00"}]})")
                .object(),
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(old.rosterPatterns.size(), 1);
        QCOMPARE(old.rosterPatterns.first().shifts.first().name, QStringLiteral("D"));
        const Roster roster(old);
        QCOMPARE(teamsOf(roster, QDate(2020, 1, 1)), QStringLiteral("AB"));
        QCOMPARE(teamsOf(roster, QDate(2020, 1, 2)), QStringLiteral("BC"));

        // A second pattern without a date, or out of order, is an error.
        QJsonObject j = p.toJson();
        QJsonArray list = j.value(QStringLiteral("roster_patterns")).toArray();
        list.append(list.at(0));
        j.insert(QStringLiteral("roster_patterns"), list);
        Policy::fromJson(j, &error);
        QVERIFY(error.contains(QStringLiteral("roster_patterns[2]")));
    }
};

QTEST_GUILESS_MAIN(TestRoster)
#include "TestRoster.moc"
