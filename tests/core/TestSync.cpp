// Sync between the stations of one community, on real files: what the office changes reaches
// the gates, what a gate logs reaches everybody once, a gate holds no pass secret, forged or
// misplaced events change nothing, and USB bundles are all or nothing.

#include "SyncFixture.h"
#include "core/Bundle.h"
#include "core/Crypto.h"
#include "core/PassCode.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace gatepost::core;
using gatepost::test::Community;
using gatepost::test::serialOf;
using gatepost::test::SyncNode;
using gatepost::test::verdictText;

namespace {

// Re-signs @p e with the key of @p signer (a station that is not the event's rightful origin).
SyncEvent resignedAs(SyncEvent e, SyncNode& signer)
{
    Statement q = signer.t.db().prepare("SELECT secret_key FROM station_identity");
    q.step();
    e.origin = signer.id.stationId;
    e.seq = 1000;
    e.signature =
        crypto::sign(EventLog::signedBytes(e), crypto::keyFromHex(q.text(0), crypto::kSecretKeyBytes));
    return e;
}

SyncEvent lastEventOfKind(const SyncNode& n, const QString& kind)
{
    const QList<SyncEvent> all = n.events->allEvents();
    for (auto it = all.crbegin(); it != all.crend(); ++it)
        if (it->kind == kind && it->origin == n.id.stationId)
            return *it;
    return {};
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

private slots:
    void stationsOfACommunity()
    {
        Community c;
        QVERIFY(c.office.id.standsAlone());
        QCOMPARE(c.north.id.community, c.office.id.stationId);
        QCOMPARE(c.north.id.stationId, crypto::keyId(crypto::keyFromHex(c.north.id.publicKey)));
        // A gate that trusts another office cannot be moved to it afterwards.
        SyncNode other(c.clock, QStringLiteral("other"), QStringLiteral("office"));
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument,
            c.north.reg->initStation(QStringLiteral("north"), QStringLiteral("north"), other.id.publicKey));
        // Only the office registers stations.
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 c.north.reg->registerStation(QStringLiteral("x"), QStringLiteral("south"),
                                                              other.id.publicKey, Actor::system()));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 c.office.reg->registerStation(QStringLiteral("x"), QStringLiteral("south"),
                                                               QStringLiteral("not-a-key"), Actor::system()));
    }

    void issueAndRevokeReachTheGateInOneSync()
    {
        Community c;
        const QString code = c.issueResident(QStringLiteral("清河四街 1排 1号"), QStringLiteral("王芳"));
        QCOMPARE(verdictText(c.north.check(code)), QStringLiteral("deny unknown_pass"));
        c.north.pull(c.office);
        QCOMPARE(verdictText(c.north.check(code)), QStringLiteral("allow "));
        QCOMPARE(c.north.check(code).holder->name, QStringLiteral("王芳"));

        c.office.reg->setStatus(serialOf(code), PassStatus::Revoked, QStringLiteral("moved away"),
                                Actor::system());
        QCOMPARE(verdictText(c.north.check(code)), QStringLiteral("allow ")); // not synced yet
        const ApplyReport r = c.north.pull(c.office);
        QVERIFY(r.applied >= 1);
        QCOMPARE(r.refused, 0);
        QCOMPARE(verdictText(c.north.check(code)), QStringLiteral("deny revoked"));

        // A reissue: the old card is superseded at the gate, the new one is let in.
        c.office.reg->setStatus(serialOf(code), PassStatus::Active, {}, Actor::system());
        const Pass again = c.office.reg->reissue(serialOf(code), Actor::system());
        c.north.pull(c.office);
        QCOMPARE(verdictText(c.north.check(code)), QStringLiteral("deny superseded"));
        QCOMPARE(verdictText(c.north.check(Registry::qrText(again))), QStringLiteral("allow "));
    }

    void aGateHoldsNoSecretAndCannotPrint()
    {
        Community c;
        QStringList codes;
        for (int i = 1; i <= 5; ++i)
            codes << c.issueResident(QStringLiteral("清河四街 2排 %1号").arg(i),
                                     QStringLiteral("住户%1").arg(i));
        c.office.reg->reissue(serialOf(codes[0]), Actor::system());
        c.north.pull(c.office);
        const QByteArray bytes = c.north.fileBytes();
        for (const QString& code : codes) {
            const QString secret = code.section(QLatin1Char(':'), 3);
            QVERIFY2(!bytes.contains(secret.toLatin1()), qPrintable(code));
            QVERIFY2(!bytes.contains(code.toLatin1()), qPrintable(code));
            QVERIFY(c.office.fileBytes().contains(secret.toLatin1())); // the office keeps what it prints
        }
        QCOMPARE(c.north.count("SELECT count(*) FROM pass_generations WHERE secret <> ''"), 0);
        QCOMPARE(c.north.count("SELECT count(*) FROM passes WHERE secret <> ''"), 0);
        QVERIFY(c.north.reg->pass(serialOf(codes[1]))->secret.isEmpty());
        // Yet every code still reads right at the gate.
        for (const QString& code : codes.mid(1))
            QCOMPARE(toString(c.north.check(code).verdict), toString(Verdict::Allow));
    }

    void crossingsReachEveryStationOnceAndPassbackSpansGates()
    {
        Community c;
        const QString code = c.issueResident(QStringLiteral("清河四街 3排 1号"), QStringLiteral("李雷"));
        c.syncAll();
        c.clock.advanceSecs(60);
        QCOMPARE(toString(c.north.cross(code).decision.verdict), toString(Verdict::Allow));
        c.syncAll();
        c.clock.advanceSecs(60);
        const Decision atSouth = c.south.check(code);
        QCOMPARE(verdictText(atSouth), QStringLiteral("check passback"));
        QVERIFY(atSouth.previous);
        QCOMPARE(atSouth.previous->gate, QStringLiteral("north"));
        for (int round = 0; round < 3; ++round)
            c.syncAll();
        for (SyncNode* n : {&c.office, &c.north, &c.south})
            QCOMPARE(n->count("SELECT count(*) FROM crossings"), 1);
        QVERIFY(c.office.log->verify().ok);
    }

    void aPartitionKeepsBothCrossingsAndListsTheConflict()
    {
        Community c;
        const QString code = c.issueResident(QStringLiteral("清河四街 4排 1号"), QStringLiteral("韩梅梅"));
        c.syncAll();
        c.clock.advanceSecs(60);
        QCOMPARE(toString(c.north.cross(code).decision.verdict),
                 toString(Verdict::Allow)); // apart: neither sees the other
        c.clock.advanceSecs(60);
        QCOMPARE(toString(c.south.cross(code).decision.verdict), toString(Verdict::Allow));
        c.syncAll();
        c.syncAll();
        for (SyncNode* n : {&c.office, &c.north, &c.south}) {
            QCOMPARE(n->count("SELECT count(*) FROM crossings"), 2);
            const QList<SyncConflict> conflicts = n->events->conflicts(c.clock.nowUtc().addDays(-1));
            QCOMPARE(conflicts.size(), 1);
            QCOMPARE(conflicts[0].serial, serialOf(code));
            QCOMPARE(conflicts[0].firstGate, QStringLiteral("north"));
            QCOMPARE(conflicts[0].secondGate, QStringLiteral("south"));
        }
    }

    void forgedAndMisplacedEventsChangeNothing()
    {
        Community c;
        const QString code = c.issueResident(QStringLiteral("清河四街 5排 1号"), QStringLiteral("张伟"));
        c.syncAll();
        const SyncEvent passEvent = lastEventOfKind(c.office, QStringLiteral("row.passes"));
        QVERIFY(!passEvent.payload.isEmpty());

        // A gate "revokes" the pass: a well-signed event, from a station that may not do it.
        QJsonObject p = QJsonDocument::fromJson(passEvent.payload).object();
        QJsonObject v = p.value(QLatin1String("v")).toObject();
        v.insert(QStringLiteral("status"), QStringLiteral("revoked"));
        p.insert(QStringLiteral("v"), v);
        SyncEvent revoke = passEvent;
        revoke.payload = QJsonDocument(p).toJson(QJsonDocument::Compact);
        revoke.hlc = QStringLiteral("9999999999999.00000");
        const SyncEvent byGate = resignedAs(revoke, c.north);
        // The office's own event with its payload changed and the old signature: forged.
        SyncEvent forged = revoke;
        forged.seq = 999;
        // An event of another community, signed by a station this one does not know.
        SyncNode stranger(c.clock, QStringLiteral("stranger"), QStringLiteral("office"));
        SyncEvent foreign = resignedAs(revoke, stranger);
        foreign.community = stranger.id.community;
        foreign.seq = 1001;
        foreign.signature = crypto::sign(EventLog::signedBytes(foreign), QByteArray(64, '\1'));
        SyncEvent unknown = resignedAs(revoke, stranger);

        const ApplyReport r = c.south.events->apply({byGate, forged, foreign, unknown});
        QCOMPARE(r.applied, 0);
        QCOMPARE(r.refused, 3);
        QCOMPARE(r.held, 1); // an unknown station may be registered later: held, not applied
        QStringList problems;
        for (const EventRefusal& x : r.problems)
            problems << toString(x.problem);
        problems.sort();
        QCOMPARE(problems.join(QLatin1Char(',')),
                 QStringLiteral("bad_signature,not_allowed,unknown_station,wrong_community"));
        QCOMPARE(verdictText(c.south.check(code)), QStringLiteral("allow "));
        QCOMPARE(c.south.events->status().refused, 3);
    }

    void replaysAddNothing()
    {
        Community c;
        c.issueResident(QStringLiteral("清河四街 6排 1号"), QStringLiteral("赵敏"));
        c.syncAll();
        const qint64 events = c.north.count("SELECT count(*) FROM sync_events");
        const qint64 passes = c.north.count("SELECT count(*) FROM passes");
        for (int i = 0; i < 3; ++i) {
            const ApplyReport r = c.north.pull(c.office);
            QCOMPARE(r.applied, 0);
            QCOMPARE(r.known, r.received);
        }
        QCOMPARE(c.north.count("SELECT count(*) FROM sync_events"), events);
        QCOMPARE(c.north.count("SELECT count(*) FROM passes"), passes);
        QCOMPARE(c.north.events->vector().value(c.office.id.stationId),
                 c.office.events->vector().value(c.office.id.stationId));
    }

    void eventsArriveInAnyOrder()
    {
        Community c;
        const QString code = c.issueResident(QStringLiteral("清河四街 7排 1号"), QStringLiteral("周芷若"));
        QList<SyncEvent> all = c.office.events->allEvents();
        std::reverse(all.begin(), all.end()); // the pass before its holder, the holder before the household
        // Split in two deliveries: the first leaves events held for want of a row.
        const ApplyReport first = c.north.events->apply(all.mid(0, 2));
        QCOMPARE(first.applied + first.held, 2);
        c.north.events->apply(all);
        QCOMPARE(c.north.count("SELECT count(*) FROM sync_events WHERE state <> 'applied'"), 0);
        QCOMPARE(verdictText(c.north.check(code)), QStringLiteral("allow "));
    }

    void lastWriterWinsAndTheLoserStaysInTheHistory()
    {
        Community c;
        c.issueResident(QStringLiteral("清河四街 8排 1号"), QStringLiteral("张三"));
        c.syncAll();
        // A household's note edited at the office twice while north is away; north gets the
        // later edit first, then the earlier one: the later one stays.
        const auto rename = [&c](const QString& note) {
            Transaction tx(c.office.t.db());
            Statement u = c.office.t.db().prepare("UPDATE households SET note = ?1");
            u.bind(1, note).exec();
            tx.commit();
        };
        c.clock.advanceSecs(10);
        rename(QStringLiteral("early"));
        const SyncEvent early = lastEventOfKind(c.office, QStringLiteral("row.households"));
        c.clock.advanceSecs(10);
        rename(QStringLiteral("late"));
        const SyncEvent late = lastEventOfKind(c.office, QStringLiteral("row.households"));
        c.north.events->apply({late});
        c.north.events->apply({early});
        Statement q = c.north.t.db().prepare("SELECT note FROM households");
        QVERIFY(q.step());
        QCOMPARE(q.text(0), QStringLiteral("late"));
        QCOMPARE(c.north.count("SELECT count(*) FROM sync_events WHERE kind = 'row.households'"), 3);
    }

    void bundlesAreAllOrNothing()
    {
        Community c;
        const QString code = c.issueResident(QStringLiteral("清河四街 9排 1号"), QStringLiteral("陈静"));
        c.syncAll();
        c.clock.advanceSecs(30);
        c.south.cross(code);
        const QByteArray good = c.south.events->exportBundle(Actor::system());

        QByteArray tampered = good;
        tampered[tampered.size() / 2] = char(tampered[tampered.size() / 2] ^ 0x20);
        QCOMPARE(toString(c.office.events->importBundle(tampered, Actor::system()).error),
                 toString(BundleError::Tampered));
        QCOMPARE(toString(c.office.events->importBundle(good.left(good.size() - 40), Actor::system()).error),
                 toString(BundleError::Truncated));
        QCOMPARE(toString(c.office.events->importBundle("PK\3\4 a zip file", Actor::system()).error),
                 toString(BundleError::NotABundle));
        SyncNode stranger(c.clock, QStringLiteral("stranger"), QStringLiteral("office"));
        QCOMPARE(toString(stranger.events->importBundle(good, Actor::system()).error),
                 toString(BundleError::WrongCommunity));
        QCOMPARE(c.office.count("SELECT count(*) FROM crossings"), 0);

        const auto first = c.office.events->importBundle(good, Actor::system());
        QCOMPARE(toString(first.error), toString(BundleError::None));
        QCOMPARE(first.report.refused, 0);
        QCOMPARE(c.office.count("SELECT count(*) FROM crossings"), 1);
        const auto again = c.office.events->importBundle(good, Actor::system());
        QCOMPARE(again.report.applied, 0);
        QCOMPARE(c.office.count("SELECT count(*) FROM crossings"), 1);
        QCOMPARE(c.office.count("SELECT count(*) FROM audit_trail WHERE action = 'sync_import'"), 2);
    }

    void anExportIsAuditedOnlyOnceWritten()
    {
        Community c;
        const auto exports = [&c] {
            return c.north.count("SELECT count(*) FROM audit_trail WHERE action = 'sync_export'");
        };
        QVERIFY(!c.north.events->exportBundle(Actor::system(),
                                              [](const QByteArray&) { return false; })); // a full stick
        QCOMPARE(exports(), 0);
        QByteArray written;
        QVERIFY(c.north.events->exportBundle(Actor::system(), [&written](const QByteArray& data) {
            written = data;
            return true;
        }));
        QCOMPARE(exports(), 1);
        QVERIFY(written.startsWith("gatepost-bundle/1\n"));
    }

    void aChangeAndItsEventCommitTogether()
    {
        Community c;
        const qint64 before = c.office.count("SELECT count(*) FROM sync_events");
        {
            Transaction tx(c.office.t.db());
            c.office.reg->addHousehold(Household{0, QStringLiteral("清河四街 10排 1号"), 0, {}});
            // rolled back: neither the row nor its event
        }
        QCOMPARE(c.office.count("SELECT count(*) FROM sync_events"), before);
        QCOMPARE(c.office.count("SELECT count(*) FROM sync_outbox"), 0);
        c.office.reg->addHousehold(Household{0, QStringLiteral("清河四街 10排 1号"), 0, {}});
        QCOMPARE(c.office.count("SELECT count(*) FROM sync_events"), before + 1);
        QCOMPARE(c.office.count("SELECT count(*) FROM sync_outbox"), 0);
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "TestSync.moc"
