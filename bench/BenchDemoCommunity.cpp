// Building the demo community (1,212 households, ~11,400 people, ~7,000 passes) in a fresh file:
// what `gatepost --demo` and `gatepost-cli demo-community` cost a newcomer on first start.

#include "core/Database.h"
#include "core/DemoCommunity.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace gatepost::core;

namespace {

void BM_GenerateDemoCommunity(benchmark::State& state)
{
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("demo.db")));
        state.ResumeTiming();
        benchmark::DoNotOptimize(generateDemoCommunity(*db, DemoOptions{1, QDate(2026, 3, 1)}));
    }
}
BENCHMARK(BM_GenerateDemoCommunity)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(5);

} // namespace

BENCHMARK_MAIN();
