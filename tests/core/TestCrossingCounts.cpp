// Shift counts from the crossing log: what the status strip and the handover report show.

#include "FakeClock.h"
#include "TempDb.h"
#include "core/CrossingLog.h"

#include <QTest>

using namespace gatepost;
using namespace gatepost::core;
using namespace Qt::StringLiterals;

namespace {

CrossingEntry scan(const QString& serial, Verdict verdict, Direction direction)
{
    CrossingEntry e;
    e.gate = QStringLiteral("north");
    e.direction = direction;
    e.kind = EntryKind::Scan;
    e.passSerial = serial;
    e.verdict = verdict;
    e.operatorName = QStringLiteral("王芳");
    e.shift = QStringLiteral("A");
    return e;
}

} // namespace

class TestCrossingCounts : public QObject
{
    Q_OBJECT

private slots:
    void countsByDirectionAndVerdict()
    {
        test::TempDb t;
        test::FakeClock clock;
        CrossingLog log(t.db(), QStringLiteral("s1"), clock);
        const QDateTime start = clock.nowUtc();
        log.append(scan(QStringLiteral("1"), Verdict::Allow, Direction::In));
        log.append(scan(QStringLiteral("2"), Verdict::Allow, Direction::Out));
        log.append(scan(QStringLiteral("3"), Verdict::Check, Direction::In));
        const auto d = log.append(scan(QStringLiteral("4"), Verdict::Deny, Direction::In));
        log.appendDecision(d.uuid, true, QStringLiteral("doctor"), u"王"_s);
        clock.advanceSecs(3600);
        log.append(scan(QStringLiteral("5"), Verdict::Allow, Direction::Out)); // next shift
        const CrossingCounts c = log.counts(start, start.addSecs(3600));
        QCOMPARE(c.total, 4);
        QCOMPARE(c.in, 3);
        QCOMPARE(c.out, 1);
        QCOMPARE(c.allow, 2);
        QCOMPARE(c.check, 1);
        QCOMPARE(c.deny, 1);
        QCOMPARE(c.overrides, 1);
        QCOMPARE(c.passedIn, 2); // 1 allowed + 4 let through; 3 (check) undecided
        QCOMPARE(c.passedOut, 1);
        QCOMPARE(log.counts({}, {}).out, 2);
    }

    void passedCountsFollowTheVolunteersDecisions()
    {
        test::TempDb t;
        test::FakeClock clock;
        CrossingLog log(t.db(), QStringLiteral("s1"), clock);
        const auto allowed = log.append(scan(QStringLiteral("1"), Verdict::Allow, Direction::In));
        const auto check = log.append(scan(QStringLiteral("2"), Verdict::Check, Direction::In));
        log.append(scan(QStringLiteral("3"), Verdict::Deny, Direction::In));
        QCOMPARE(log.counts({}, {}).passedIn, 1);
        log.appendDecision(check.uuid, true, {}, u"王"_s);
        QCOMPARE(log.counts({}, {}).passedIn, 2);
        // The photo did not match: the volunteer refused a green verdict.
        log.appendDecision(allowed.uuid, false, {}, u"王"_s);
        QCOMPARE(log.counts({}, {}).passedIn, 1);
        QCOMPARE(log.counts({}, {}).in, 3);
    }
};

QTEST_GUILESS_MAIN(TestCrossingCounts)
#include "TestCrossingCounts.moc"
