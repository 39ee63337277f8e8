// Pass code parsing and formatting: the scan path parses every decoded frame's text, so
// parse() must cost nothing next to the QR decode (~ms). Results: docs/performance.md.

#include "core/PassCode.h"

#include <benchmark/benchmark.h>

#include <QString>

#include <random>
#include <vector>

using namespace gatepost::core;

namespace {

void BM_ParseValid(benchmark::State& state)
{
    const QString text = QStringLiteral("GP1:0001234:01:7K3M9QZX2HBNWRDF\r\n");
    for (auto _ : state) {
        ParsedCode p = passcode::parse(text);
        benchmark::DoNotOptimize(p);
    }
}
BENCHMARK(BM_ParseValid);

// What a camera pointed at the wrong code hands over: URLs, other QR payloads, noise, at the
// length given by the argument.
void BM_ParseGarbage(benchmark::State& state)
{
    std::mt19937 rng(42);
    std::uniform_int_distribution<int> unit(0x20, 0x7e);
    std::vector<QString> inputs;
    for (int i = 0; i < 64; ++i) {
        QString s;
        // Half start like a pass code so the parser gets past the prefix check.
        if (i % 2 == 0)
            s = QStringLiteral("GP1:");
        while (s.size() < state.range(0))
            s.append(QChar(char16_t(unit(rng))));
        inputs.push_back(s);
    }
    size_t i = 0;
    for (auto _ : state) {
        ParsedCode p = passcode::parse(inputs[i++ % inputs.size()]);
        benchmark::DoNotOptimize(p);
    }
}
BENCHMARK(BM_ParseGarbage)->Arg(31)->Arg(500);

void BM_Format(benchmark::State& state)
{
    const PassCode code{QStringLiteral("0001234"), 7, QStringLiteral("7K3M9QZX2HBNWRDF")};
    for (auto _ : state) {
        QString s = passcode::format(code);
        benchmark::DoNotOptimize(s);
    }
}
BENCHMARK(BM_Format);

void BM_NewSecret(benchmark::State& state)
{
    for (auto _ : state) {
        QString s = passcode::newSecret();
        benchmark::DoNotOptimize(s);
    }
}
BENCHMARK(BM_NewSecret);

} // namespace

BENCHMARK_MAIN();
