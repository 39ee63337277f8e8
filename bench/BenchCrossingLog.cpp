// Crossing log costs at a gate: one durable append (the volunteer waits for it), the
// per-scan history lookup the rules need, and a full chain check of a large file.

#include "core/Clock.h"
#include "core/CrossingLog.h"
#include "core/Database.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <memory>

using namespace gatepost::core;

namespace {

class StepClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return m_now; }
    QDateTime m_now{QDate(2026, 3, 1), QTime(0, 0), Qt::UTC};
};

CrossingEntry draft(qint64 i, int passes)
{
    CrossingEntry d;
    d.gate = i % 3 ? QStringLiteral("north") : QStringLiteral("south");
    d.direction = i % 2 ? Direction::Out : Direction::In;
    d.passSerial = QString::number(1000000 + i % passes);
    d.verdict = i % 20 == 19 ? Verdict::Check : Verdict::Allow;
    d.temperature = 36.0 + static_cast<double>(i % 12) / 10.0;
    d.operatorName = QStringLiteral("王芳");
    d.shift = QStringLiteral("A");
    return d;
}

// Fills a log with `rows` crossings of `passes` passes spread evenly over `span` seconds
// before the clock, through appendBatch (the real hashing and inserts, one commit per batch).
void fill(CrossingLog& log, StepClock& clock, qint64 rows, int passes, qint64 span)
{
    const QDateTime end = clock.m_now;
    constexpr qint64 kBatch = 20000;
    for (qint64 first = 0; first < rows; first += kBatch) {
        QList<CrossingEntry> batch;
        for (qint64 i = first; i < std::min(rows, first + kBatch); ++i) {
            CrossingEntry d = draft(i, passes);
            d.atUtc = end.addMSecs(-span * 1000 + i * span * 1000 / rows);
            batch << d;
        }
        log.appendBatch(batch);
    }
}

void BM_AppendSynchronousFull(benchmark::State& state)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("b.db")), Database::Durability::Full);
    SystemClock clock;
    CrossingLog log(*db, QStringLiteral("bench"), clock);
    qint64 i = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(log.append(draft(i++, 7000)));
}
BENCHMARK(BM_AppendSynchronousFull)->Unit(benchmark::kMillisecond);

void BM_AppendSynchronousNormal(benchmark::State& state)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("b.db")), Database::Durability::Normal);
    SystemClock clock;
    CrossingLog log(*db, QStringLiteral("bench"), clock);
    qint64 i = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(log.append(draft(i++, 7000)));
}
BENCHMARK(BM_AppendSynchronousNormal)->Unit(benchmark::kMillisecond);

// A filled file, built once per process: Google Benchmark may call a benchmark function
// several times while it calibrates.
struct Filled
{
    Filled(qint64 rows, int passes, qint64 span)
        : db(Database::open(dir.filePath(QStringLiteral("b.db")), Database::Durability::Normal))
        , log(*db, QStringLiteral("bench"), clock)
    {
        fill(log, clock, rows, passes, span);
    }
    QTemporaryDir dir;
    StepClock clock;
    std::unique_ptr<Database> db;
    CrossingLog log;
};

// A week at both gates: 7,000 passes, ~28,000 crossings a day; the rules ask for one pass's last day.
void BM_RecentForPass(benchmark::State& state)
{
    static Filled week(state.range(0), 7000, 7 * 24 * 3600);
    const QDateTime since = week.clock.m_now.addDays(-1);
    qint64 i = 0;
    qint64 found = 0;
    for (auto _ : state) {
        const auto recent = week.log.recentForPass(QString::number(1000000 + i++ % 7000), since);
        found += recent.size();
        benchmark::DoNotOptimize(recent);
    }
    state.counters["crossings_per_call"] = static_cast<double>(found) / static_cast<double>(i);
}
BENCHMARK(BM_RecentForPass)->Arg(200000)->Unit(benchmark::kMicrosecond);

void BM_Verify(benchmark::State& state)
{
    static Filled big(state.range(0), 7000, 36 * 24 * 3600);
    for (auto _ : state) {
        const ChainReport r = big.log.verify();
        if (!r.ok || r.rowsChecked != state.range(0))
            state.SkipWithError("the chain did not verify");
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_Verify)->Arg(1000000)->Unit(benchmark::kSecond)->Iterations(3);

} // namespace

BENCHMARK_MAIN();
