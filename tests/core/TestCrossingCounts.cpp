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
        log.appendDecision(d.uuid, true, QStringLiteral("emergency"), u"王"_s);
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

    // The status strip and the passback rule use one definition of "went through".
    void countsAndPassbackAgreeOnWhoWentThrough()
    {
        test::TempDb t;
        test::FakeClock clock;
        CrossingLog log(t.db(), QStringLiteral("s1"), clock);
        const QDateTime start = clock.nowUtc();
        QList<CrossingEntry> rows;
        const QList<Verdict> verdicts{Verdict::Allow, Verdict::Check, Verdict::Check, Verdict::Deny,
                                      Verdict::Deny,  Verdict::Allow, Verdict::Check};
        for (int i = 0; i < verdicts.size(); ++i) {
            rows << log.append(scan(QString::number(100 + i), verdicts[i], Direction::In));
            clock.advanceSecs(10);
        }
        log.appendDecision(rows[1].uuid, true, {}, u"王"_s);
        log.appendDecision(rows[2].uuid, false, {}, u"王"_s);
        log.appendDecision(rows[3].uuid, true, QStringLiteral("verified_by_staff"), u"王"_s);
        log.appendDecision(rows[5].uuid, false, {}, u"王"_s);
        qint64 through = 0;
        for (int i = 0; i < rows.size(); ++i) {
            const auto recent = log.recentForPass(QString::number(100 + i), start);
            QCOMPARE(recent.size(), 1);
            const auto decision = log.decisionOn(rows[i].uuid);
            QCOMPARE(recent[0].passedThrough,
                     wentThrough(verdicts[i], decision ? decision->letThrough : std::optional<bool>()));
            through += recent[0].passedThrough ? 1 : 0;
        }
        QCOMPARE(through, 3); // row 0 (allow), 1 (let through), 3 (overridden)
        QCOMPARE(log.counts(start, {}).passedIn, through);
    }
};

QTEST_GUILESS_MAIN(TestCrossingCounts)
#include "TestCrossingCounts.moc"
