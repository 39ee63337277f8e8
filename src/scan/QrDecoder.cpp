#include "scan/QrDecoder.h"

#include "scan/FrameFilters.h"
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
//
// Two tiers (2026-12-02, issue 10; every pass measured alone on 1,820 frames with a code and 240
// without, then cascades simulated and checked with bench_compare_decoders; docs/performance.md):
// the 1/3 layer and the full-size GlobalHistogram pass each read fewer frames per millisecond
// than the half-size layer, which is a cheap 2x2 mean. Fast tier, on every frame (2.7 ms median on
// an empty 720p frame): LocalAverage on the frame, the narrow-range stretch, then on the half layer
// GlobalHistogram and the stretched negative (a phone in dark mode: light modules on a dark
// screen, which no peer reads). Deep tier, only while no newer frame waits: a mean adaptive
// threshold of the half layer (21 px, -3: glare and low sun, where zbar used to win; 0.7 ms, in
// the fast tier it took the empty-frame median over 3 ms), an unsharp mask (7 px box, 100 %) at
// full size for motion and focus blur, the negative at full size, the mask on the stretched frame
// (7 px and 3 px), GlobalHistogram.
namespace gatepost::scan {

namespace {

constexpr int kHalfLayerMinSide = 160; // the half layer of a smaller frame is too small to read
constexpr int kAdaptiveBlock = 21;
constexpr int kAdaptiveOffset = 3;

// What a pass reads.
enum class Picture {
    Frame,              // the frame as it is
    Stretched,          // the frame stretched to 0-255, only when its span is narrow
    Half,               // the half layer
    HalfNegative,       // the half layer stretched and negated
    HalfAdaptive,       // the half layer through a mean adaptive threshold
    Sharpened,          // the frame through an unsharp mask (7 px, 100 %)
    Negative,           // the frame stretched and negated
    SharpenedStretched, // the stretched frame through the 7 px mask
    SharpenedFine,      // the stretched frame through a 3 px mask at 150 %
};

struct Pass
{
    const char* name;
    Picture picture;
    zxing::Binarizer binarizer;
    bool stretched; // reads a stretched copy (or its negative)
    bool deep;      // idle-time tier
};

// The order they run in; decode() below builds each pass's picture only when it is reached.
constexpr Pass kPasses[] = {
    {"frame", Picture::Frame, zxing::Binarizer::LocalAverage, false, false},
    {"stretched", Picture::Stretched, zxing::Binarizer::LocalAverage, true, false},
    {"half", Picture::Half, zxing::Binarizer::GlobalHistogram, false, false},
    {"half-negative", Picture::HalfNegative, zxing::Binarizer::LocalAverage, true, false},
    {"half-adaptive", Picture::HalfAdaptive, zxing::Binarizer::LocalAverage, false, true},
    {"sharpened", Picture::Sharpened, zxing::Binarizer::LocalAverage, false, true},
    {"negative", Picture::Negative, zxing::Binarizer::LocalAverage, true, true},
    {"sharpened-stretched", Picture::SharpenedStretched, zxing::Binarizer::LocalAverage, true, true},
    {"sharpened-fine", Picture::SharpenedFine, zxing::Binarizer::LocalAverage, true, true},
    {"global", Picture::Frame, zxing::Binarizer::GlobalHistogram, false, true},
};

} // namespace

QrDecoder::QrDecoder() = default;

QrDecoder::QrDecoder(const Options& options)
    : m_options(options)
{
}

QStringList QrDecoder::passNames()
{
    QStringList names;
    for (const Pass& p : kPasses)
        names.append(QString::fromLatin1(p.name));
    return names;
}

bool QrDecoder::isDeepPass(const QString& name)
{
    return std::any_of(std::begin(kPasses), std::end(kPasses),
                       [&name](const Pass& p) { return p.deep && name == QLatin1String(p.name); });
}

DecodeResult QrDecoder::decode(const Frame& frame) const
{
    return run(frame, nullptr);
}

DecodeResult QrDecoder::decode(const Frame& frame, const std::function<bool()>& moreTime) const
{
    return run(frame, &moreTime);
}

DecodeResult QrDecoder::run(const Frame& frame, const std::function<bool()>* moreTime) const
{
    QElapsedTimer timer;
    timer.start();
    DecodeResult r;
    if (frame.isNull()) {
        r.ms = double(timer.nsecsElapsed()) / 1e6;
        return r;
    }
    zxing::ReadOptions o;
    o.tryDownscale = false; // the layers are made here, once, and only when a pass needs them
    o.isPure = m_options.isPure;
    o.tryHarder = m_options.tryHarder;
    o.tryRotate = m_options.tryRotate;
    o.allFormats = m_options.allFormats;

    const bool extras = !m_options.isPure; // a pure code is read as it is or not at all
    const bool half =
        extras && m_options.halfLayer && std::min(frame.width, frame.height) >= kHalfLayerMinSide;
    const bool deep = extras && m_options.deepTier;
    // Made once, when the first pass that needs them is reached.
    std::optional<filters::Span> fullSpan;
    std::optional<Frame> halfLayer;
    std::optional<std::optional<Frame>> fullStretched; // outer: made yet; inner: a flat frame has none
    const auto spanOfFrame = [&] {
        if (!fullSpan)
            fullSpan = filters::span(frame);
        return *fullSpan;
    };
    const auto layer = [&]() -> const Frame& {
        if (!halfLayer)
            halfLayer = filters::halved(frame);
        return *halfLayer;
    };
    const auto stretchedFrame = [&]() -> const std::optional<Frame>& {
        if (!fullStretched)
            fullStretched = filters::stretched(frame, spanOfFrame());
        return *fullStretched;
    };

    // The picture a pass reads, or nullopt when the pass does not apply to this frame.
    const auto picture = [&](Picture which) -> std::optional<Frame> {
        switch (which) {
        case Picture::Frame:
            return frame;
        case Picture::Stretched:
            if (!extras || m_options.stretchBelowSpan <= 0 ||
                spanOfFrame().width() >= m_options.stretchBelowSpan)
                return std::nullopt;
            return stretchedFrame();
        case Picture::Half:
            return half ? std::optional<Frame>(layer()) : std::nullopt;
        case Picture::HalfNegative:
            return half ? filters::stretched(layer(), filters::span(layer()), true) : std::nullopt;
        case Picture::HalfAdaptive:
            return half ? std::optional<Frame>(
                              filters::adaptiveThreshold(layer(), kAdaptiveBlock, kAdaptiveOffset))
                        : std::nullopt;
        case Picture::Sharpened:
            return filters::sharpened(frame, 7, 100);
        case Picture::Negative:
            return filters::stretched(frame, spanOfFrame(), true);
        case Picture::SharpenedStretched:
        case Picture::SharpenedFine:
            if (const std::optional<Frame>& s = stretchedFrame())
                return which == Picture::SharpenedFine ? filters::sharpened(*s, 3, 150)
                                                       : filters::sharpened(*s, 7, 100);
            return std::nullopt;
        }
        return std::nullopt;
    };

    // Asked before each deep pass: no caller's function means all the time in the world.
    const auto timeForDeepPass = [&] {
        return deep && (!moreTime || (*moreTime && (*moreTime)()));
    };

    std::optional<QString> text;
    for (const Pass& p : kPasses) {
        if (p.deep && !timeForDeepPass())
            break;
        const std::optional<Frame> f = picture(p.picture);
        if (!f)
            continue;
        o.binarizer = p.binarizer;
        ++r.passes;
        text = zxing::read(*f, o);
        if (text) {
            r.pass = QString::fromLatin1(p.name);
            r.binarizer = p.binarizer == zxing::Binarizer::GlobalHistogram ? QStringLiteral("GlobalHistogram")
                                                                           : QStringLiteral("LocalAverage");
            r.stretched = p.stretched;
            r.deep = p.deep;
            break;
        }
    }
    if (text) {
        r.found = true;
        r.text = *text;
    }
    r.ms = double(timer.nsecsElapsed()) / 1e6;
    return r;
}

} // namespace gatepost::scan
