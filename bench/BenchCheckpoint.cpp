// The whole scan path on the demo community (~7,000 passes): parse + registry snapshot +
// recent crossings + rules, without and with the durable log append.

#include "core/Checkpoint.h"
#include "core/Clock.h"
#include "core/CrossingLog.h"
#include "core/Database.h"
#include "core/DemoCommunity.h"
#include "core/Registry.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <memory>

using namespace gatepost::core;

namespace {

class SteppingClock final : public Clock
{
public:
    // Each reading is a minute later, so repeated scans of one pass are never duplicates.
    QDateTime nowUtc() const override { return m_t = m_t.addSecs(60); }

private:
    mutable QDateTime m_t{QDate(2026, 3, 1), QTime(2, 0), Qt::UTC};
};

struct Station
{
    QTemporaryDir dir;
    SteppingClock clock;
    std::unique_ptr<Database> db;
    std::unique_ptr<Registry> reg;
    std::unique_ptr<CrossingLog> log;
    std::unique_ptr<Checkpoint> checkpoint;
    QStringList codes;

    Station()
    {
        db = Database::open(dir.filePath(QStringLiteral("bench.db")));
        reg = std::make_unique<Registry>(*db, clock);
        const StationIdentity id = reg->initStation(QStringLiteral("bench"), QStringLiteral("north"));
        generateDemoCommunity(*db, DemoOptions{1, QDate(2026, 3, 1)});
        log = std::make_unique<CrossingLog>(*db, id.stationId, clock);
        checkpoint = std::make_unique<Checkpoint>(*reg, *log, clock, id.stationId);
        PassFilter f;
        f.status = PassStatus::Active;
        for (const Pass& p : reg->passes(f))
            codes << Registry::qrText(p);
    }
};

Station& station()
{
    static Station s;
    return s;
}

void BM_EvaluateValidCode(benchmark::State& state)
{
    auto& s = station();
    qsizetype i = 0;
    for (auto _ : state) {
        CheckInput in{s.codes[i++ % s.codes.size()],
                      QStringLiteral("north"),
                      Direction::In,
                      {},
                      EntryKind::Scan,
                      {},
                      {}};
        benchmark::DoNotOptimize(s.checkpoint->evaluate(in));
    }
}
BENCHMARK(BM_EvaluateValidCode)->Unit(benchmark::kMicrosecond);

void BM_EvaluateGarbage(benchmark::State& state)
{
    auto& s = station();
    for (auto _ : state) {
        CheckInput in{QStringLiteral("https://example.com/not-a-pass"),
                      QStringLiteral("north"),
                      Direction::In,
                      {},
                      EntryKind::Scan,
                      {},
                      {}};
        benchmark::DoNotOptimize(s.checkpoint->evaluate(in));
    }
}
BENCHMARK(BM_EvaluateGarbage)->Unit(benchmark::kMicrosecond);

// What a volunteer waits for: rules plus a committed, fsynced crossing.
void BM_ProcessAndLog(benchmark::State& state)
{
    auto& s = station();
    qsizetype i = 0;
    for (auto _ : state) {
        CheckInput in{s.codes[i++ % s.codes.size()],
                      QStringLiteral("north"),
                      Direction::In,
                      {},
                      EntryKind::Scan,
                      {},
                      {}};
        benchmark::DoNotOptimize(s.checkpoint->process(in));
    }
}
BENCHMARK(BM_ProcessAndLog)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

BENCHMARK_MAIN();
