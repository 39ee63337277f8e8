#pragma once

#include "sync/HubSettings.h"

#include <QString>

#include <optional>

namespace gatepost::test {

// The throwaway PostgreSQL cluster that ctest starts for the tests in fixture "pg"
// (cmake/PgTestCluster.cmake, scripts/pg-test-cluster). Each test works in a database of its own.
class PgTestServer
{
public:
    /// The cluster's superuser on its "postgres" database; nullopt when there is no cluster.
    static std::optional<sync::HubSettings> adminSettings();
    /// Why there is no cluster, naming the fixture's log and quoting its last lines.
    static QString skipReason();
    /// A fresh empty database; the superuser's settings for it. nullopt when there is no cluster.
    static std::optional<sync::HubSettings> createDatabase();
    /// Drops it, closing its connections first. Never throws.
    static void dropDatabase(const sync::HubSettings& database);
    /// The CA file that verifies the cluster's TLS certificate (issued for 127.0.0.1); empty when the
    /// cluster runs without TLS.
    static QString caFile();
    /// Settings to log in to `database` as another role (station roles are cluster-wide).
    static sync::HubSettings as(const sync::HubSettings& database, const QString& role,
                                const QString& password);
    /// A port on loopback where nothing listens (a hub that is down).
    static int closedPort();
};

} // namespace gatepost::test

/// In a test's init(): a database for the test, or a loud skip when the server could not start.
#define GATEPOST_REQUIRE_PG(settingsVariable)                                                                \
    do {                                                                                                     \
        const auto gatepostPgDb = gatepost::test::PgTestServer::createDatabase();                            \
        if (!gatepostPgDb)                                                                                   \
            QSKIP(qPrintable(gatepost::test::PgTestServer::skipReason()));                                   \
        settingsVariable = *gatepostPgDb;                                                                    \
    } while (false)
