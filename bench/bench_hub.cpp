// The hub: push and pull of 100,000 events between a station and PostgreSQL (the target is under
// 10 s each), and the cost of the poll a station makes every few seconds when nothing is new.
// Runs against a throwaway cluster it starts itself (scripts/pg-test-cluster), or the one named by
// GATEPOST_TEST_PG_DIR; without PostgreSQL it says why and measures nothing.

#include "sync/Hub.h"
#include "sync/PgConnection.h"

#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>
#include <optional>

using namespace gatepost;
using namespace gatepost::sync;

namespace {

constexpr int kEvents = 100000;
const QString kCommunity = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString kStationRole = QStringLiteral("bench_north");
const QString kStationPassword = QStringLiteral("bench-north-password");

struct Setup
{
    HubSettings admin;
    HubSettings station;
    QList<core::SyncEvent> events;
    core::SyncVector all; ///< the vector of a station that has everything
};
Setup* g_setup = nullptr;

// A crossing-sized event: ~220 bytes of JSON and a 64-byte signature, from three origins.
QList<core::SyncEvent> makeEvents(core::SyncVector& vector)
{
    QList<core::SyncEvent> out;
    out.reserve(kEvents);
    const QString origins[] = {QStringLiteral("3f6c1a0e-office"), QStringLiteral("7d2b9c41-north"),
                               QStringLiteral("b8e05f27-south")};
    for (int i = 0; i < kEvents; ++i) {
        core::SyncEvent e;
        e.community = kCommunity;
        e.origin = origins[i % 3];
        e.seq = i / 3 + 1;
        e.hlc = QStringLiteral("%1-0000-%2").arg(1764583200000LL + i, 16, 10, QLatin1Char('0')).arg(e.origin);
        e.atUtc = QStringLiteral("2026-12-01T10:%1:%2.123Z")
                      .arg(i / 60 % 60, 2, 10, QLatin1Char('0'))
                      .arg(i % 60, 2, 10, QLatin1Char('0'));
        e.kind = QStringLiteral("crossing");
        e.payload =
            QStringLiteral("{\"id\":\"%1\",\"gate\":\"north\",\"direction\":\"in\",\"pass\":\"%2\","
                           "\"verdict\":\"allow\",\"temperature\":36.4,\"operator\":\"王芳\",\"shift\":\"A\","
                           "\"at\":\"%3\",\"reasons\":[],\"note\":\"\"}")
                .arg(i)
                .arg(1000000 + i % 7000)
                .arg(e.atUtc)
                .toUtf8();
        e.signature = QByteArray(64, static_cast<char>(i & 0xff));
        vector[e.origin] = e.seq;
        out << e;
    }
    return out;
}

void truncate()
{
    PgConnection::open(g_setup->admin)->exec("TRUNCATE gatepost.events");
}

void BM_Push100kAsStation(benchmark::State& state)
{
    auto hub = Hub::connect(g_setup->station);
    for (auto _ : state) {
        state.PauseTiming();
        truncate();
        state.ResumeTiming();
        if (hub->push(g_setup->events) != kEvents)
            state.SkipWithError("not every event was stored");
    }
    state.SetItemsProcessed(state.iterations() * kEvents);
}
BENCHMARK(BM_Push100kAsStation)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

void BM_Push100kAsAdmin(benchmark::State& state)
{
    auto hub = Hub::connect(g_setup->admin);
    for (auto _ : state) {
        state.PauseTiming();
        truncate();
        state.ResumeTiming();
        if (hub->push(g_setup->events) != kEvents)
            state.SkipWithError("not every event was stored");
    }
    state.SetItemsProcessed(state.iterations() * kEvents);
}
BENCHMARK(BM_Push100kAsAdmin)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

// A push the hub already holds entirely (a replay after a lost connection): nothing new.
void BM_PushAgain100kAsStation(benchmark::State& state)
{
    auto hub = Hub::connect(g_setup->station);
    hub->push(g_setup->events);
    for (auto _ : state) {
        if (hub->push(g_setup->events) != 0)
            state.SkipWithError("a replay stored something");
    }
    state.SetItemsProcessed(state.iterations() * kEvents);
}
BENCHMARK(BM_PushAgain100kAsStation)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

void BM_Pull100kAsStation(benchmark::State& state)
{
    auto hub = Hub::connect(g_setup->station);
    hub->push(g_setup->events);
    for (auto _ : state) {
        if (hub->pull(kCommunity, {}, kEvents).size() != kEvents)
            state.SkipWithError("pull returned the wrong number of events");
    }
    state.SetItemsProcessed(state.iterations() * kEvents);
}
BENCHMARK(BM_Pull100kAsStation)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

// The poll of a station that is up to date, on a hub holding 100,000 events of its community.
void BM_PullNothingNewAsStation(benchmark::State& state)
{
    auto hub = Hub::connect(g_setup->station);
    hub->push(g_setup->events);
    for (auto _ : state) {
        if (!hub->pull(kCommunity, g_setup->all, 1000).isEmpty())
            state.SkipWithError("an up-to-date station got events");
    }
}
BENCHMARK(BM_PullNothingNewAsStation)->Unit(benchmark::kMicrosecond)->UseRealTime();

int runScript(const QString& command, const QString& dir)
{
    QProcess script;
    script.setProcessChannelMode(QProcess::ForwardedChannels);
    script.start(QStringLiteral(GATEPOST_SOURCE_DIR "/scripts/pg-test-cluster"), {command, dir});
    if (!script.waitForFinished(180000))
        return -1;
    return script.exitStatus() == QProcess::NormalExit ? script.exitCode() : -1;
}

} // namespace

int main(int argc, char** argv)
{
    benchmark::Initialize(&argc, argv);
    QString dir = qEnvironmentVariable("GATEPOST_TEST_PG_DIR");
    std::optional<QTemporaryDir> own;
    if (dir.isEmpty()) {
        own.emplace();
        dir = own->path();
        if (runScript(QStringLiteral("start"), dir) != 0) {
            std::fprintf(stderr, "bench_hub: NO POSTGRESQL, nothing measured: see %s/log\n", qPrintable(dir));
            return 0;
        }
    }
    int rc = 0;
    try {
        QFile portFile(dir + QStringLiteral("/port"));
        QFile passwordFile(dir + QStringLiteral("/admin-password"));
        portFile.open(QIODevice::ReadOnly);
        passwordFile.open(QIODevice::ReadOnly);
        Setup setup;
        setup.admin.host = QStringLiteral("127.0.0.1");
        setup.admin.port = portFile.readAll().trimmed().toInt();
        setup.admin.user = QStringLiteral("postgres");
        setup.admin.password = QString::fromLatin1(passwordFile.readAll().trimmed());
        setup.admin.database = QStringLiteral("postgres");
        setup.admin.sslMode = QStringLiteral("disable");
        {
            auto pg = PgConnection::open(setup.admin);
            pg->exec("DROP DATABASE IF EXISTS gatepost_bench WITH (FORCE)");
            pg->exec("CREATE DATABASE gatepost_bench");
        }
        setup.admin.database = QStringLiteral("gatepost_bench");
        auto admin = Hub::connect(setup.admin);
        admin->ensureSchema();
        admin->addStationRole(kStationRole, kCommunity, kStationPassword);
        setup.station = setup.admin;
        setup.station.user = kStationRole;
        setup.station.password = kStationPassword;
        setup.events = makeEvents(setup.all);
        g_setup = &setup;
        std::fprintf(stderr, "bench_hub: PostgreSQL %s, %d events\n", qPrintable(admin->serverVersion()),
                     kEvents);
        benchmark::RunSpecifiedBenchmarks();
        g_setup = nullptr;
    } catch (const HubError& e) {
        std::fprintf(stderr, "bench_hub: %s\n", qPrintable(e.message()));
        rc = 1;
    }
    benchmark::Shutdown();
    if (own)
        runScript(QStringLiteral("stop"), dir);
    return rc;
}
