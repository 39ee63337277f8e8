#include "PgTestServer.h"
#include "sync/Hub.h"
#include "sync/PgConnection.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTest>

#include <thread>

using namespace gatepost;
using namespace gatepost::sync;
using core::SyncEvent;

namespace {

const QString kQinghe = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString kXisan = QStringLiteral("fedcba9876543210fedcba9876543210");

// Every field different per event, with the characters that array literals and bytea must survive.
SyncEvent syncEvent(const QString& community, const QString& origin, qint64 seq)
{
    SyncEvent e;
    e.community = community;
    e.origin = origin;
    e.seq = seq;
    e.hlc = QStringLiteral("%1-%2").arg(1733000000000 + seq, 16, 10, QLatin1Char('0')).arg(origin);
    e.atUtc = QStringLiteral("2026-12-01T10:%1:00.123Z").arg(seq % 60, 2, 10, QLatin1Char('0'));
    e.kind = seq % 2 ? QStringLiteral("crossing") : QStringLiteral("row.passes");
    e.payload = QStringLiteral("{\"gate\":\"北门\",\"n\":%1,\"note\":\"a \\\\ b, {c}\"}").arg(seq).toUtf8();
    e.payload.append('\0').append(char(0xff)).append('"');
    e.signature = QByteArray(64, '\0');
    for (int i = 0; i < 64; ++i)
        e.signature[i] = static_cast<char>((seq * 31 + i * 7) & 0xff);
    return e;
}

QList<SyncEvent> events(const QString& community, const QString& origin, qint64 from, qint64 to)
{
    QList<SyncEvent> out;
    for (qint64 s = from; s <= to; ++s)
        out << syncEvent(community, origin, s);
    return out;
}

template<typename F> HubError::Kind errorKindOf(F&& f, QString* message = nullptr)
{
    try {
        f();
    } catch (const HubError& e) {
        if (message)
            *message = e.message();
        return e.kind();
    }
    return static_cast<HubError::Kind>(-1);
}

} // namespace

class TestHub : public QObject
{
    Q_OBJECT

private:
    HubSettings m_db;

    qint64 rowsOnHub()
    {
        auto pg = PgConnection::open(m_db);
        return pg->exec("SELECT count(*) FROM gatepost.events").int64(0, 0);
    }

    std::unique_ptr<Hub> adminHub()
    {
        auto hub = Hub::connect(m_db);
        hub->ensureSchema();
        return hub;
    }

    QString role(const char* suffix) const
    {
        return m_db.database + QLatin1Char('_') + QLatin1String(suffix);
    }

private slots:
    void cleanup()
    {
        test::PgTestServer::dropDatabase(m_db);
        m_db = {};
    }

    void pushThenPullRoundTripsEveryField()
    {
        GATEPOST_REQUIRE_PG(m_db);
        auto hub = adminHub();
        QList<SyncEvent> sent = events(kQinghe, QStringLiteral("office-1"), 1, 3);
        sent[1].payload.clear(); // an empty payload stays empty, not NULL
        QCOMPARE(hub->push(sent), 3);
        const QList<SyncEvent> got = hub->pull(kQinghe, {}, 100);
        QCOMPARE(got.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(got[i].payload, sent[i].payload);
            QCOMPARE(got[i].signature, sent[i].signature);
            QCOMPARE(got[i].hlc, sent[i].hlc);
            QCOMPARE(got[i].atUtc, sent[i].atUtc);
            QCOMPARE(got[i].kind, sent[i].kind);
            QVERIFY(got[i] == sent[i]);
        }
    }

    void pushingTheSameEventsAgainStoresThemOnce()
    {
        GATEPOST_REQUIRE_PG(m_db);
        auto hub = adminHub();
        const QList<SyncEvent> batch = events(kQinghe, QStringLiteral("north"), 1, 12000); // several chunks
        QCOMPARE(hub->push(batch), 12000);
        QCOMPARE(hub->push(batch), 0);
        QCOMPARE(hub->push(batch), 0);
        QCOMPARE(rowsOnHub(), 12000);
        // Old and new together: only the new ones count.
        QCOMPARE(hub->push(events(kQinghe, QStringLiteral("north"), 11990, 12010)), 10);
        QCOMPARE(hub->push({}), 0);
        QCOMPARE(rowsOnHub(), 12010);
    }

    void pullHonoursTheVectorTheLimitAndTheOrder()
    {
        GATEPOST_REQUIRE_PG(m_db);
        auto hub = adminHub();
        QList<SyncEvent> all = events(kQinghe, QStringLiteral("south"), 1, 5) +
                               events(kQinghe, QStringLiteral("north"), 1, 5) +
                               events(kQinghe, QStringLiteral("office"), 1, 5);
        std::reverse(all.begin(), all.end());
        QCOMPARE(hub->push(all), 15);

        const core::SyncVector have = {{QStringLiteral("north"), 3}, {QStringLiteral("south"), 5}};
        const QList<SyncEvent> missing = hub->pull(kQinghe, have, 100);
        QStringList keys;
        for (const SyncEvent& e : missing)
            keys << QStringLiteral("%1:%2").arg(e.origin).arg(e.seq);
        QCOMPARE(keys,
                 QStringLiteral("north:4 north:5 office:1 office:2 office:3 office:4 office:5").split(u' '));

        const QList<SyncEvent> firstFour = hub->pull(kQinghe, have, 4);
        QCOMPARE(firstFour.size(), 4);
        QCOMPARE(firstFour.last().origin, QStringLiteral("office"));
        QCOMPARE(firstFour.last().seq, 2);
        QCOMPARE(hub->pull(kQinghe, have, 0).size(), 0);

        const core::SyncVector everything = {
            {QStringLiteral("north"), 5}, {QStringLiteral("south"), 5}, {QStringLiteral("office"), 5}};
        QVERIFY(hub->pull(kQinghe, everything, 100).isEmpty());
        QVERIFY(hub->pull(kXisan, {}, 100).isEmpty());
    }

    void aStationRoleSeesAndWritesOnlyItsOwnCommunity()
    {
        GATEPOST_REQUIRE_PG(m_db);
        auto admin = adminHub();
        admin->addStationRole(role("qinghe_north"), kQinghe, QStringLiteral("north-pass-1"));
        admin->addStationRole(role("xisan_gate"), kXisan, QStringLiteral("xisan-pass-1"));
        QCOMPARE(admin->push(events(kQinghe, QStringLiteral("office"), 1, 7)), 7);
        QCOMPARE(admin->push(events(kXisan, QStringLiteral("xisan-office"), 1, 4)), 4);

        const HubSettings north =
            test::PgTestServer::as(m_db, role("qinghe_north"), QStringLiteral("north-pass-1"));
        auto station = Hub::connect(north);
        station->ensureSchema(); // present: nothing to do, and no error for a station
        QCOMPARE(station->pull(kQinghe, {}, 100).size(), 7);
        QVERIFY(station->pull(kXisan, {}, 100).isEmpty());

        // A hand-written query under the station's own role sees its community only.
        auto raw = PgConnection::open(north);
        const PgResult rows = raw->exec("SELECT community, origin, seq FROM gatepost.events");
        QCOMPARE(rows.rows(), 7);
        for (int r = 0; r < rows.rows(); ++r)
            QCOMPARE(rows.text(r, 0), kQinghe);
        QCOMPARE(raw->exec("SELECT count(*) FROM gatepost.events WHERE community = $1", {kXisan.toUtf8()})
                     .int64(0, 0),
                 0);
        // Nor can it read who belongs to which community.
        QCOMPARE(errorKindOf([&] { raw->exec("SELECT * FROM gatepost.stations"); }), HubError::Kind::Denied);

        // It may push its own community's events, and none of another's (the whole push is refused).
        QCOMPARE(station->push(events(kQinghe, QStringLiteral("north"), 1, 3)), 3);
        QList<SyncEvent> mixed = events(kQinghe, QStringLiteral("north"), 4, 6);
        mixed << syncEvent(kXisan, QStringLiteral("north"), 1);
        QString message;
        QCOMPARE(errorKindOf([&] { station->push(mixed); }, &message), HubError::Kind::Denied);
        QVERIFY2(message.contains(QLatin1String("row-level security")), qPrintable(message));
        QCOMPARE(rowsOnHub(), 7 + 4 + 3);
        QCOMPARE(errorKindOf([&] {
                     raw->exec(
                         "INSERT INTO gatepost.events (community, origin, seq, hlc, at_utc, kind, payload,"
                         " signature) VALUES ($1, 'x', 1, 'h', 'a', 'k', '', '')",
                         {kXisan.toUtf8()});
                 }),
                 HubError::Kind::Denied);
        // The station after a refused push goes on working.
        QCOMPARE(station->push(events(kQinghe, QStringLiteral("north"), 4, 6)), 3);
    }

    void aStationRoleCannotChangeOrRemoveEvents()
    {
        GATEPOST_REQUIRE_PG(m_db);
        auto admin = adminHub();
        admin->addStationRole(role("north"), kQinghe, QStringLiteral("north-pass-1"));
        QCOMPARE(admin->push(events(kQinghe, QStringLiteral("office"), 1, 5)), 5);
        auto raw =
            PgConnection::open(test::PgTestServer::as(m_db, role("north"), QStringLiteral("north-pass-1")));
        QCOMPARE(errorKindOf([&] { raw->exec("DELETE FROM gatepost.events"); }), HubError::Kind::Denied);
        QCOMPARE(errorKindOf([&] { raw->exec("UPDATE gatepost.events SET kind = 'forged'"); }),
                 HubError::Kind::Denied);
        QCOMPARE(errorKindOf([&] { raw->exec("TRUNCATE gatepost.events"); }), HubError::Kind::Denied);
        QCOMPARE(errorKindOf([&] { raw->exec("ALTER TABLE gatepost.events DISABLE ROW LEVEL SECURITY"); }),
                 HubError::Kind::Denied);
        QCOMPARE(errorKindOf([&] { raw->exec("DROP POLICY station_rows ON gatepost.events"); }),
                 HubError::Kind::Denied);
        QCOMPARE(rowsOnHub(), 5);
        const QList<SyncEvent> unchanged = Hub::connect(m_db)->pull(kQinghe, {}, 10);
        QCOMPARE(unchanged, events(kQinghe, QStringLiteral("office"), 1, 5));
    }

    void addingAStationRoleTwiceUpdatesItAndAdminRolesAreRefused()
    {
        GATEPOST_REQUIRE_PG(m_db);
        auto admin = adminHub();
        admin->addStationRole(role("north"), kQinghe, QStringLiteral("first-password"));
        admin->addStationRole(role("north"), kXisan, QStringLiteral("second-password"));
        QCOMPARE(errorKindOf([&] {
                     Hub::connect(
                         test::PgTestServer::as(m_db, role("north"), QStringLiteral("first-password")));
                 }),
                 HubError::Kind::AuthFailed);
        auto station =
            Hub::connect(test::PgTestServer::as(m_db, role("north"), QStringLiteral("second-password")));
        QCOMPARE(station->push(events(kXisan, QStringLiteral("north"), 1, 2)), 2);
        QCOMPARE(errorKindOf([&] { station->push(events(kQinghe, QStringLiteral("north"), 1, 1)); }),
                 HubError::Kind::Denied);
        // The superuser is not turned into a station (nor is its password changed).
        QCOMPARE(errorKindOf([&] {
                     admin->addStationRole(QStringLiteral("postgres"), kQinghe, QStringLiteral("x"));
                 }),
                 HubError::Kind::Denied);
        QVERIFY(Hub::connect(m_db));
        // A station may not create roles.
        QCOMPARE(errorKindOf([&] { station->addStationRole(role("evil"), kQinghe, QStringLiteral("x")); }),
                 HubError::Kind::Denied);
    }

    void aStationWithoutTablesGetsNoSchemaAndTheAdminCreatesThemOnceFromTwoProcesses()
    {
        GATEPOST_REQUIRE_PG(m_db);
        {
            auto pg = PgConnection::open(m_db);
            pg->exec("CREATE ROLE " + pg->escapeIdentifier(role("early")) + " LOGIN PASSWORD 'early-pass-1'");
        }
        auto early =
            Hub::connect(test::PgTestServer::as(m_db, role("early"), QStringLiteral("early-pass-1")));
        QString message;
        QCOMPARE(errorKindOf([&] { early->ensureSchema(); }, &message), HubError::Kind::NoSchema);
        QVERIFY2(message.contains(QLatin1String("admin")), qPrintable(message));
        QCOMPARE(errorKindOf([&] { early->pull(kQinghe, {}, 10); }), HubError::Kind::NoSchema);

        auto first = Hub::connect(m_db);
        auto second = Hub::connect(m_db);
        std::thread other([&] { second->ensureSchema(); });
        first->ensureSchema();
        other.join();
        first->ensureSchema();
        QCOMPARE(first->push(events(kQinghe, QStringLiteral("office"), 1, 2)), 2);
        QCOMPARE(second->pull(kQinghe, {}, 10).size(), 2);
    }

    void sessionIsNamedAndBounded()
    {
        GATEPOST_REQUIRE_PG(m_db);
        auto pg = PgConnection::open(m_db);
        QCOMPARE(pg->exec("SHOW application_name").text(0, 0), QStringLiteral("gatepost"));
        QCOMPARE(pg->exec("SHOW statement_timeout").text(0, 0), QStringLiteral("30s"));
        QCOMPARE(pg->exec("SHOW idle_in_transaction_session_timeout").text(0, 0), QStringLiteral("1min"));
        QVERIFY(Hub::connect(m_db)->serverVersion().front().isDigit());
        // A hub that stops answering is cut off by the statement timeout and reported like a lost link.
        pg->exec("SET statement_timeout = '200ms'");
        QCOMPARE(errorKindOf([&] { pg->exec("SELECT pg_sleep(5)"); }), HubError::Kind::Lost);
    }

    void aMissingDatabaseIsNoSchemaAndATextWithANulIsRefused()
    {
        GATEPOST_REQUIRE_PG(m_db);
        HubSettings elsewhere = m_db;
        elsewhere.database += QStringLiteral("_missing");
        QString message;
        QCOMPARE(errorKindOf([&] { Hub::connect(elsewhere); }, &message), HubError::Kind::NoSchema);
        QVERIFY2(message.contains(elsewhere.database), qPrintable(message));

        auto hub = adminHub();
        SyncEvent cut = syncEvent(kQinghe, QStringLiteral("north"), 1);
        cut.hlc.insert(4, QChar(u'\0'));
        QCOMPARE(errorKindOf([&] { hub->push({cut}); }), HubError::Kind::Other);
        QCOMPARE(hub->push({syncEvent(kQinghe, QStringLiteral("north"), 1)}), 1);
    }

    void tlsIsVerifiedWhenAskedFor()
    {
        GATEPOST_REQUIRE_PG(m_db);
        const QString ca = test::PgTestServer::caFile();
        if (ca.isEmpty())
            QSKIP("the test cluster runs without TLS (no openssl when it started)");
        adminHub()->addStationRole(role("north"), kQinghe, QStringLiteral("north-pass-1"));
        HubSettings tls = test::PgTestServer::as(m_db, role("north"), QStringLiteral("north-pass-1"));
        tls.sslMode = QStringLiteral("verify-full");
        tls.sslRootCert = ca;
        auto pg = PgConnection::open(tls);
        QCOMPARE(pg->exec("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").text(0, 0),
                 QStringLiteral("t"));
        QVERIFY(Hub::connect(tls)->pull(kQinghe, {}, 1).isEmpty());

        // The certificate names 127.0.0.1: the same server under another name is refused.
        HubSettings otherName = tls;
        otherName.host = QStringLiteral("localhost");
        QString message;
        QCOMPARE(errorKindOf([&] { Hub::connect(otherName); }, &message), HubError::Kind::Unreachable);
        QVERIFY2(message.contains(QLatin1String("does not match host name")), qPrintable(message));
        QVERIFY(!message.contains(QLatin1String("north-pass-1")));
        // Without the CA there is nothing to verify against.
        HubSettings noCa = tls;
        noCa.sslRootCert = QDir(QDir::tempPath()).filePath(QStringLiteral("gatepost-no-such-ca.pem"));
        QCOMPARE(errorKindOf([&] { Hub::connect(noCa); }), HubError::Kind::Unreachable);
    }

    void aHubThatIsDownIsUnreachableAtOnceWithoutThePassword()
    {
        HubSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = test::PgTestServer::closedPort();
        s.database = QStringLiteral("qinghe");
        s.user = QStringLiteral("north");
        s.password = QStringLiteral("Tr0ub4dor-north");
        s.connectTimeoutSeconds = 5;
        QElapsedTimer clock;
        clock.start();
        QString message;
        QCOMPARE(errorKindOf([&] { Hub::connect(s); }, &message), HubError::Kind::Unreachable);
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(!message.contains(QLatin1String("Tr0ub4dor")), qPrintable(message));
        QVERIFY2(message.contains(s.displayUrl()), qPrintable(message));
    }

    void aWrongPasswordIsAuthFailedWithoutThePassword()
    {
        GATEPOST_REQUIRE_PG(m_db);
        adminHub()->addStationRole(role("north"), kQinghe, QStringLiteral("Right-Horse-Battery"));
        QString message;
        const HubSettings wrong =
            test::PgTestServer::as(m_db, role("north"), QStringLiteral("Wrong-Staple-Horse"));
        QCOMPARE(errorKindOf([&] { Hub::connect(wrong); }, &message), HubError::Kind::AuthFailed);
        QVERIFY2(!message.contains(QLatin1String("Staple")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("Battery")), qPrintable(message));
        QVERIFY2(message.contains(role("north")), qPrintable(message));
        const HubSettings none = test::PgTestServer::as(m_db, role("north"), QString());
        qunsetenv("GATEPOST_HUB_PASSWORD");
        QCOMPARE(errorKindOf([&] { Hub::connect(none); }), HubError::Kind::AuthFailed);
        // The password may come from the environment instead of the settings.
        qputenv("GATEPOST_HUB_PASSWORD", "Right-Horse-Battery");
        QVERIFY(Hub::connect(none));
        qunsetenv("GATEPOST_HUB_PASSWORD");
    }

    void aDroppedConnectionIsLostAndAPushAfterReconnectingStoresEverythingOnce()
    {
        GATEPOST_REQUIRE_PG(m_db);
        auto admin = adminHub();
        admin->addStationRole(role("north"), kQinghe, QStringLiteral("north-pass-1"));
        const HubSettings north = test::PgTestServer::as(m_db, role("north"), QStringLiteral("north-pass-1"));
        auto station = Hub::connect(north);
        const QList<SyncEvent> before = events(kQinghe, QStringLiteral("north"), 1, 40);
        const QList<SyncEvent> all = events(kQinghe, QStringLiteral("north"), 1, 100);
        QCOMPARE(station->push(before), 40);

        auto killer = PgConnection::open(m_db);
        QCOMPARE(
            killer->exec("SELECT pg_terminate_backend($1, 5000)", {QByteArray::number(station->backendPid())})
                .text(0, 0),
            QStringLiteral("t"));
        QString message;
        QCOMPARE(errorKindOf([&] { station->push(all); }, &message), HubError::Kind::Lost);
        QVERIFY(!message.contains(QLatin1String("north-pass-1")));
        QCOMPARE(errorKindOf([&] { station->pull(kQinghe, {}, 10); }), HubError::Kind::Lost);
        QCOMPARE(rowsOnHub(), 40);

        station = Hub::connect(north);
        QCOMPARE(station->push(all), 60);
        QCOMPARE(station->push(all), 0);
        QCOMPARE(station->pull(kQinghe, {}, 1000), all);
    }
};

QTEST_GUILESS_MAIN(TestHub)
#include "TestHub.moc"
