// The station's QrDecoder (default options, the camera path) on golden frames from tests/data/frames:
// a clean 1280x720 frame with a pass, a 640x480 one, frames without a code (the common case while
// nobody stands at the gate) and an over-exposed one that only the GlobalHistogram fallback reads.

#include "scan/ImageLoader.h"
#include "scan/QrDecoder.h"

#include <QImage>

#include <benchmark/benchmark.h>

#include <cstdlib>

using namespace gatepost::scan;

namespace {

Frame load(const char* name)
{
    QString error;
    const auto f =
        ImageLoader::load(QStringLiteral(GATEPOST_TEST_DATA "/frames/") + QLatin1String(name), &error);
    if (!f) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        std::abort();
    }
    return *f;
}

void decodeFrame(benchmark::State& state, const Frame& frame, bool expectFound)
{
    const QrDecoder decoder;
    for (auto _ : state) {
        const DecodeResult r = decoder.decode(frame);
        if (r.found != expectFound) {
            state.SkipWithError("unexpected decode result");
            break;
        }
        benchmark::DoNotOptimize(r);
    }
    state.counters["px"] = double(frame.width) * frame.height;
}

void BM_Decode_Clean1280x720(benchmark::State& state)
{
    static const Frame f = load("clean_720p.jpg");
    decodeFrame(state, f, true);
}
BENCHMARK(BM_Decode_Clean1280x720)->Unit(benchmark::kMillisecond);

void BM_Decode_Clean640x480(benchmark::State& state)
{
    static const Frame f = load("clean.png");
    decodeFrame(state, f, true);
}
BENCHMARK(BM_Decode_Clean640x480)->Unit(benchmark::kMillisecond);

void BM_Decode_Empty640x480(benchmark::State& state)
{
    static const Frame f = load("no_code.jpg");
    decodeFrame(state, f, false);
}
BENCHMARK(BM_Decode_Empty640x480)->Unit(benchmark::kMillisecond);

void BM_Decode_Empty1280x720(benchmark::State& state)
{
    // The same cluttered scene without a code, scaled to 720p.
    static const Frame f = Frame::fromImage(
        load("no_code.jpg").toImage().scaled(1280, 720, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
    decodeFrame(state, f, false);
}
BENCHMARK(BM_Decode_Empty1280x720)->Unit(benchmark::kMillisecond);

void BM_Decode_Overexposed640x480(benchmark::State& state)
{
    static const Frame f = load("overexposed.jpg");
    decodeFrame(state, f, true);
}
BENCHMARK(BM_Decode_Overexposed640x480)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
