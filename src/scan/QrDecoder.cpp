#include "scan/QrDecoder.h"

#include "scan/ZxingDecoder.h"

#include <QElapsedTimer>

#include <algorithm>
#include <array>
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
//
// Stretching narrow-range frames (2026-12-02, issue 10; 1,820 frames with a code, 180 without:
// the qr-corpus with real pass codes, bench_make_pass_frames and its --hard cases). ZXing's
// LocalAverage takes a block spanning fewer than 24 grey levels for flat, so a washed-out card's
// modules vanish; zbar has no such floor and read over-exposed frames the station missed. A frame
// still unread whose 2nd-98th percentile span is under 120 is mapped to 0-255 and read once more
// with LocalAverage: 1,315 -> 1,324 read (over-exposed 115 -> 120 of 120, every one zbar read; low
// sun 29 -> 31), no wrong read; empty frames median 3.10 -> 3.20 ms, p95 5.0 -> 8.9 ms (the
// narrow-range ones: dark and bright scenes). The same with both binarizers and the 1/3 layer
// read 4 more frames for 0.5 ms more median on empty frames.
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

// The frame with its 2nd-98th percentile grey span mapped to 0-255, when that span is below
// @p limit (a histogram of every 4th pixel of every 4th row: about 0.1 ms at 1280x720).
std::optional<Frame> stretchedIfNarrow(const Frame& f, int limit)
{
    std::array<int, 256> hist{};
    int n = 0;
    const auto* px = reinterpret_cast<const uchar*>(f.gray.constData());
    for (int y = 0; y < f.height; y += 4)
        for (int x = 0; x < f.width; x += 4, ++n)
            ++hist[px[qsizetype(y) * f.stride + x]];
    int lo = 0, hi = 255;
    for (int acc = hist[0]; lo < 255 && acc < n / 50;)
        acc += hist[std::size_t(++lo)];
    for (int acc = hist[255]; hi > 0 && acc < n / 50;)
        acc += hist[std::size_t(--hi)];
    if (hi <= lo || hi - lo >= limit)
        return std::nullopt;
    std::array<uchar, 256> lut{};
    for (int v = 0; v < 256; ++v)
        lut[std::size_t(v)] = uchar(std::clamp((v - lo) * 255 / (hi - lo), 0, 255));
    Frame s = f;
    auto* out = reinterpret_cast<uchar*>(s.gray.data());
    for (qsizetype i = 0; i < s.gray.size(); ++i)
        out[i] = lut[out[i]];
    return s;
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
    if (!text && m_options.stretchBelowSpan > 0 && !m_options.isPure) {
        if (const std::optional<Frame> stretched = stretchedIfNarrow(frame, m_options.stretchBelowSpan)) {
            o.binarizer = zxing::Binarizer::LocalAverage;
            text = zxing::read(*stretched, o);
            r.binarizer = QStringLiteral("LocalAverage");
            r.stretched = bool(text);
        }
    }
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
