// The community policy travels between stations as a replicated row (docs/rules.md): a shift lead
// changes the passback window at the north gate, and after a sync (the hub's way or a USB bundle)
// the south gate's rules use it; two leads changing the rules apart converge on the later change
// at every station; the audit row names the fields with old and new values.

#include "SyncFixture.h"
#include "core/PolicyDiff.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace gatepost::core;
using gatepost::test::Community;
using gatepost::test::SyncNode;
using gatepost::test::verdictText;

class TestPolicySync : public QObject
{
    Q_OBJECT

private slots:
    void aRuleChangedAtNorthIsUsedAtSouthAfterSync()
    {
        Community c;
        const QString code = c.issueResident(QStringLiteral("清河四街 3排 1号"), QStringLiteral("李雷"));
        c.syncAll();
        // The default window (240 min) makes a second entry at south 45 min later a passback check.
        c.clock.advanceSecs(60);
        QCOMPARE(toString(c.north.cross(code).decision.verdict), toString(Verdict::Allow));
        c.syncAll();
        c.clock.advanceSecs(45 * 60);
        QCOMPARE(verdictText(c.south.check(code)), QStringLiteral("check passback"));

        // A lead at north shortens the window to 30 minutes.
        Policy p = c.north.reg->policy();
        p.passbackWindowMinutes = 30;
        c.north.reg->setPolicy(p, Actor::operatorNamed(QStringLiteral("王班长")));
        QCOMPARE(c.south.reg->policy().passbackWindowMinutes, 240); // not yet synced
        c.syncAll();
        for (SyncNode* n : {&c.office, &c.north, &c.south})
            QCOMPARE(n->reg->policy().passbackWindowMinutes, 30);
        QCOMPARE(verdictText(c.south.check(code)), QStringLiteral("allow "));
        // One row at every station, and the change is north's.
        for (SyncNode* n : {&c.office, &c.north, &c.south}) {
            QCOMPARE(n->count("SELECT count(*) FROM community_policy"), 1);
            QCOMPARE(n->count("SELECT count(*) FROM sync_events WHERE kind = 'row.community_policy'"
                              " AND state <> 'applied'"),
                     0);
        }
    }

    void aBundleCarriesTheRules()
    {
        Community c;
        c.syncAll(); // south learns of north (the office registered it)
        Policy p = c.north.reg->policy();
        p.temperatureRequired = true;
        p.homeQuarantineDays = 21;
        c.north.reg->setPolicy(p, Actor::operatorNamed(QStringLiteral("王班长")));
        const QByteArray bundle = c.north.events->exportBundle(Actor::system());
        const auto imported = c.south.events->importBundle(bundle, Actor::system());
        QCOMPARE(toString(imported.error), toString(BundleError::None));
        QCOMPARE(imported.report.refused, 0);
        QVERIFY(c.south.reg->policy().temperatureRequired);
        QCOMPARE(c.south.reg->policy().homeQuarantineDays, 21);
    }

    void twoLeadsApartConvergeOnTheLaterChange()
    {
        Community c;
        Policy p = Policy::defaults();
        p.passbackWindowMinutes = 60;
        c.north.reg->setPolicy(p, Actor::operatorNamed(QStringLiteral("北门班长")));
        c.clock.advanceSecs(10);
        Policy q = Policy::defaults();
        q.feverThreshold = 37.5;
        c.south.reg->setPolicy(q, Actor::operatorNamed(QStringLiteral("南门班长")));
        for (int round = 0; round < 2; ++round)
            c.syncAll();
        // Whole-policy last writer wins: south's later change, north's window lost everywhere.
        for (SyncNode* n : {&c.office, &c.north, &c.south}) {
            QCOMPARE(n->reg->policy(), q);
            QCOMPARE(n->count("SELECT count(*) FROM community_policy"), 1);
        }
        // The lost change stays in the history (sync_events) and in north's audit trail.
        QCOMPARE(c.office.count("SELECT count(*) FROM sync_events WHERE kind = 'row.community_policy'"), 2);
    }

    void theAuditRowNamesTheChangedFields()
    {
        Community c;
        Policy p = c.north.reg->policy();
        p.passbackWindowMinutes = 30;
        p.overrideNeedsLead = true;
        c.north.reg->setPolicy(p, Actor::operatorNamed(QStringLiteral("王班长")));
        Statement q = c.north.t.db().prepare(
            "SELECT actor, before_value, after_value FROM audit_trail WHERE action = 'policy_change'");
        QVERIFY(q.step());
        QCOMPARE(q.text(0), QStringLiteral("王班长"));
        const QJsonObject before = QJsonDocument::fromJson(q.text(1).toUtf8()).object();
        const QJsonObject after = QJsonDocument::fromJson(q.text(2).toUtf8()).object();
        QCOMPARE(before.keys(), (QStringList{QStringLiteral("override_needs_lead"),
                                             QStringLiteral("passback_window_minutes")}));
        QCOMPARE(before.value(QLatin1String("passback_window_minutes")).toString(), QStringLiteral("240"));
        QCOMPARE(after.value(QLatin1String("passback_window_minutes")).toString(), QStringLiteral("30"));
        QCOMPARE(after.value(QLatin1String("override_needs_lead")).toString(), QStringLiteral("true"));
        QVERIFY(!q.step());
        // Setting the same policy again writes nothing.
        c.north.reg->setPolicy(p, Actor::operatorNamed(QStringLiteral("王班长")));
        QCOMPARE(c.north.count("SELECT count(*) FROM audit_trail WHERE action = 'policy_change'"), 1);
    }
};

QTEST_GUILESS_MAIN(TestPolicySync)
#include "TestPolicySync.moc"
