#include "scan/QrDecoder.h"

#include "scan/ZxingDecoder.h"

#include <QElapsedTimer>

#include <algorithm>
#include <optional>

// Choice of options, measured on the shared qr-corpus (748 webcam-like JPEG frames, 648 with
// real 31-character pass codes, 100 without; one thread, 2-core machine shared with builds):
//
//   variant                            success   median / p95 ms   empty frames median / p95
//   LocalAverage then GlobalHistogram   89.5 %    2.1 / 11.6        7.8 / 16.9    <- default
//   LocalAverage only                   81.6 %    2.1 / 11.4        2.6 / 14.9
//   both, tryDownscale off              88.9 %    1.7 / 13.8        5.6 / 14.9
//   both, isPure on                      0.0 %    (pure mode expects the code alone in the image)
//   ZXing defaults (all formats, tryHarder, tryRotate)  81.6 %   2.5 / 18.3   15.8 / 48.6
//
// The fallback rescues 51 over-exposed frames (16 -> 67 of 72) and costs a second pass only on
// frames where the first one failed; tryDownscale rescues 4 more frames (noise, dark) and cuts
// the p95; isPure is useless for camera frames. No variant read a wrong text.
//
// Order of the passes (2026-11-29, bench_compare_decoders, 863 frames with a code, 121 without):
// ZXing's tryDownscale builds the 1/3 layer of a large frame up front, on every call, so the old
// order paid for it on every 720p frame and twice when LocalAverage failed. Reading both
// binarizers at full resolution first and making the 1/3 layer here, once, only when they fail,
// decodes exactly the same frames; median 1.72 -> 1.37 ms, p95 3.4 -> 2.8 ms, empty frames
// median 3.3 -> 2.7 ms. See docs/performance.md, "Decoding, gate station".
namespace gatepost::scan {

namespace {

// ZXing 1.4's tryDownscale: frames whose short side is above 500 px are also read at 1/3 size
// (a 3x3 box average, rounded), which averages out noise and brings a near card into range.
constexpr int kDownscaleThreshold = 500;
constexpr int kDownscaleFactor = 3;

Frame downscaled(const Frame& f, int n)
{
    Frame d;
    d.width = f.width / n;
    d.height = f.height / n;
    d.stride = d.width;
    d.gray.resize(qsizetype(d.width) * d.height);
    auto* out = reinterpret_cast<uchar*>(d.gray.data());
    const auto* in = reinterpret_cast<const uchar*>(f.gray.constData());
    for (int y = 0; y < d.height; ++y) {
        for (int x = 0; x < d.width; ++x) {
            int sum = n * n / 2;
            for (int ty = 0; ty < n; ++ty) {
                const uchar* row = in + qsizetype(y * n + ty) * f.stride + x * n;
                for (int tx = 0; tx < n; ++tx)
                    sum += row[tx];
            }
            *out++ = uchar(sum / (n * n));
        }
    }
    return d;
}

} // namespace

QrDecoder::QrDecoder() = default;

QrDecoder::QrDecoder(const Options& options)
    : m_options(options)
{
}

DecodeResult QrDecoder::decode(const Frame& frame) const
{
    QElapsedTimer timer;
    timer.start();
    DecodeResult r;
    if (frame.isNull()) {
        r.ms = double(timer.nsecsElapsed()) / 1e6;
        return r;
    }
    zxing::ReadOptions o;
    o.tryDownscale = false; // the 1/3 layer is made here, once, and only when needed
    o.isPure = m_options.isPure;
    o.tryHarder = m_options.tryHarder;
    o.tryRotate = m_options.tryRotate;
    o.allFormats = m_options.allFormats;

    // Full resolution first (LocalAverage, then GlobalHistogram), then the 1/3 layer of a large
    // frame with both: the same passes ZXing's tryDownscale runs, in an order where a frame read
    // at once never pays for the downscale.
    const auto passes = [&](const Frame& f) -> std::optional<QString> {
        o.binarizer = zxing::Binarizer::LocalAverage;
        std::optional<QString> text = zxing::read(f, o);
        r.binarizer = QStringLiteral("LocalAverage");
        if (!text && m_options.globalHistogramFallback) {
            o.binarizer = zxing::Binarizer::GlobalHistogram;
            text = zxing::read(f, o);
            r.binarizer = QStringLiteral("GlobalHistogram");
        }
        return text;
    };
    std::optional<QString> text = passes(frame);
    if (!text && m_options.tryDownscale && !m_options.isPure &&
        std::min(frame.width, frame.height) > kDownscaleThreshold)
        text = passes(downscaled(frame, kDownscaleFactor));
    if (text) {
        r.found = true;
        r.text = *text;
    } else {
        r.binarizer.clear();
    }
    r.ms = double(timer.nsecsElapsed()) / 1e6;
    return r;
}

} // namespace gatepost::scan
