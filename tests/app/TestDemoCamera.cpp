// The demo camera must show a newcomer every verdict: each card it picks gets the verdict and
// reason it stands for, through the same rules the station uses.

#include "FakeClock.h"
#include "TempDb.h"
#include "app/DemoCamera.h"
#include "core/Checkpoint.h"
#include "core/CrossingLog.h"
#include "core/DemoCommunity.h"
#include "core/Registry.h"

#include <QTest>

using namespace gatepost;

class TestDemoCamera : public QObject
{
    Q_OBJECT

private slots:
    void everyCardGetsTheVerdictItStandsFor()
    {
        test::TempDb t;
        // 10:00 in Beijing on the demo's reference day.
        test::FakeClock clock(QDateTime(QDate(2026, 3, 1), QTime(2, 0), Qt::UTC));
        core::Registry registry(t.db(), clock);
        const auto id = registry.initStation(QStringLiteral("demo"), QStringLiteral("north"));
        core::generateDemoCommunity(t.db(), core::DemoOptions{1, QDate(2026, 3, 1)});
        core::CrossingLog log(t.db(), id.stationId, clock);
        core::Checkpoint checkpoint(registry, log, clock, id.stationId);

        const QList<app::DemoCard> cards = app::pickDemoCards(registry);
        QStringList kinds;
        for (const app::DemoCard& c : cards)
            kinds << c.what;
        QCOMPARE(kinds,
                 (QStringList{QStringLiteral("valid"), QStringLiteral("valid"), QStringLiteral("vehicle"),
                              QStringLiteral("expired"), QStringLiteral("revoked"),
                              QStringLiteral("superseded"), QStringLiteral("made_up"),
                              QStringLiteral("home_quarantine"), QStringLiteral("passback")}));

        const auto verdictOf = [&](const app::DemoCard& c, core::Direction dir) {
            core::CheckInput in{c.card.code, QStringLiteral("north"), dir, {}, core::EntryKind::Scan, {}, {}};
            const core::CheckOutcome out = checkpoint.process(in);
            QStringList reasons;
            for (core::Reason r : out.decision.reasons)
                reasons << core::toString(r);
            return QString(core::toString(out.decision.verdict) + QLatin1Char(' ') +
                           reasons.join(QLatin1Char(',')));
        };
        const QMap<QString, QString> expected{
            {QStringLiteral("valid"), QStringLiteral("allow ")},
            {QStringLiteral("vehicle"), QStringLiteral("allow ")},
            {QStringLiteral("expired"), QStringLiteral("deny expired")},
            {QStringLiteral("revoked"), QStringLiteral("deny revoked")},
            {QStringLiteral("superseded"), QStringLiteral("deny superseded")},
            {QStringLiteral("made_up"), QStringLiteral("deny wrong_secret")},
            {QStringLiteral("passback"), QStringLiteral("check passback")},
        };
        for (const app::DemoCard& c : cards) {
            clock.advanceSecs(4); // one card every few seconds, as in the clip
            if (c.what == QLatin1String("home_quarantine")) {
                // Going home is allowed with the reason shown; going out is refused.
                QCOMPARE(verdictOf(c, core::Direction::In), QStringLiteral("allow home_quarantine"));
                clock.advanceSecs(10);
                QVERIFY(
                    verdictOf(c, core::Direction::Out).startsWith(QStringLiteral("deny home_quarantine")));
                continue;
            }
            QCOMPARE(verdictOf(c, core::Direction::In), expected.value(c.what));
        }
        // Every card carries a readable holder line for the picture.
        for (const app::DemoCard& c : cards)
            QVERIFY2(!c.card.holderLine.isEmpty(), qPrintable(c.what));
    }
};

QTEST_MAIN(TestDemoCamera)
#include "TestDemoCamera.moc"
