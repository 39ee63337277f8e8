// The station app's background sync (app::SyncService) on real station files and a real hub:
// a revocation at the office reaches the gate by itself within a few seconds, a crossing at the
// gate reaches the office, and a hub that goes away turns the health to offline with the
// crossings waiting, while the gate keeps working.

#include "PgTestServer.h"
#include "app/Station.h"
#include "app/SyncService.h"
#include "core/Checkpoint.h"
#include "core/EventLog.h"
#include "core/PassCode.h"
#include "core/Registry.h"
#include "core/SyncSettings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gatepost;
using gatepost::test::PgTestServer;

namespace {

std::unique_ptr<app::Station> station(const QString& path, const QString& name, const QString& gate,
                                      const QString& trust)
{
    auto s = app::Station::open(path, app::Station::Mode::CreateIfMissing);
    s->registry().initStation(name, gate, trust);
    return s;
}

void useHub(app::Station& s, const sync::HubSettings& hub, int port = 0)
{
    sync::HubSettings h = hub;
    if (port)
        h.port = port;
    core::SyncSettings settings;
    settings.hubUrl = h.displayUrl();
    settings.hubPassword = h.password;
    settings.intervalSeconds = 1;
    core::SyncSettings::save(s.db(), settings, core::Actor::system(), s.clock());
}

core::Verdict verdictAt(app::Station& gate, const QString& code)
{
    return gate.checkpoint()
        .evaluate(
            {code, gate.registry().station()->gate, core::Direction::In, {}, core::EntryKind::Scan, {}, {}})
        .verdict;
}

} // namespace

class TestSyncService : public QObject
{
    Q_OBJECT

    sync::HubSettings m_hub;

private slots:
    void init() { GATEPOST_REQUIRE_PG(m_hub); }
    void cleanup() { PgTestServer::dropDatabase(m_hub); }

    void revocationsAndCrossingsTravelByThemselves()
    {
        QTemporaryDir dir;
        auto office = station(dir.filePath(QStringLiteral("office.db")), QStringLiteral("office"),
                              QStringLiteral("office"), {});
        auto north = station(dir.filePath(QStringLiteral("north.db")), QStringLiteral("north"),
                             QStringLiteral("north"), office->registry().station()->publicKey);
        office->registry().registerStation(QStringLiteral("north"), QStringLiteral("north"),
                                           north->registry().station()->publicKey, core::Actor::system());
        const qint64 h =
            office->registry().addHousehold(core::Household{0, QStringLiteral("清河四街 1排 1号"), 0, {}});
        core::Person p;
        p.householdId = h;
        p.name = QStringLiteral("王芳");
        const qint64 id = office->registry().addPerson(p);
        const QString code = core::Registry::qrText(office->registry().issue(
            core::IssueRequest{core::HolderKind::Person, id, {}, {}, {}, {}}, core::Actor::system()));
        useHub(*office, m_hub);
        useHub(*north, m_hub);

        app::SyncService officeSync(office->db().path(), office->clock());
        app::SyncService northSync(north->db().path(), north->clock());
        office->events().setOnEventsMade([&officeSync] { officeSync.localChange(); });
        QSignalSpy health(&northSync, &app::SyncService::healthChanged);
        officeSync.start();
        northSync.start();

        QTRY_VERIFY_WITH_TIMEOUT(verdictAt(*north, code) == core::Verdict::Allow, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(northSync.health().state == core::SyncHealth::State::Synced, 5000);
        QVERIFY(!health.isEmpty());

        office->registry().setStatus(core::passcode::parse(code).code->serial, core::PassStatus::Revoked,
                                     QStringLiteral("moved"), core::Actor::system());
        QTRY_VERIFY_WITH_TIMEOUT(verdictAt(*north, code) == core::Verdict::Deny, 10000);

        // A crossing at the gate reaches the office.
        north->checkpoint().process({code,
                                     QStringLiteral("north"),
                                     core::Direction::In,
                                     {},
                                     core::EntryKind::Scan,
                                     QStringLiteral("志愿者"),
                                     {}});
        const auto crossingsAtOffice = [&office] {
            core::Statement q = office->db().prepare("SELECT count(*) FROM crossings");
            return q.step() ? q.int64(0) : -1;
        };
        QTRY_COMPARE_WITH_TIMEOUT(crossingsAtOffice(), 1, 10000);
    }

    void aHubThatGoesAwayIsOfflineAndTheGateKeepsWorking()
    {
        QTemporaryDir dir;
        auto office = station(dir.filePath(QStringLiteral("office.db")), QStringLiteral("office"),
                              QStringLiteral("office"), {});
        auto north = station(dir.filePath(QStringLiteral("north.db")), QStringLiteral("north"),
                             QStringLiteral("north"), office->registry().station()->publicKey);
        useHub(*north, m_hub, 1); // nothing listens on port 1
        app::SyncService northSync(north->db().path(), north->clock());
        northSync.start();
        QTRY_VERIFY_WITH_TIMEOUT(northSync.health().state == core::SyncHealth::State::Offline, 10000);
        // The gate logs a crossing regardless; it waits for the hub.
        north->checkpoint().process({QStringLiteral("GP1:0000001:01:AAAAAAAAAAAAAAAA"),
                                     QStringLiteral("north"),
                                     core::Direction::In,
                                     {},
                                     core::EntryKind::Scan,
                                     QStringLiteral("志愿者"),
                                     {}});
        northSync.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(northSync.health().waitingCrossings, qint64(1), 10000);
        QVERIFY(northSync.health().registryStale); // it never had a pass list from the office
        QVERIFY(!north->events().status().lastError.contains(m_hub.password));
    }
};

QTEST_GUILESS_MAIN(TestSyncService)
#include "TestSyncService.moc"
