#pragma once

#include "scan/Frame.h"

#include <QString>

#include <functional>

namespace gatepost::scan {

/// What one decode attempt found. The scan layer does not judge the content: any QR text,
/// pass code or not, is reported as found; core::passcode::parse() decides what it means.
struct DecodeResult
{
    bool found = false;
    QString text;           // UTF-8 decoded; empty when !found
    QString pass;           // which pass read it (QrDecoder::passNames()); empty when !found
    QString binarizer;      // "LocalAverage" or "GlobalHistogram": ZXing's binarizer in that pass
    bool stretched = false; // read in the frame stretched to its full grey range (or its negative)
    bool deep = false;      // read by a pass of the idle-time tier
    int passes = 0;         // passes tried, the one that read included
    double ms = 0;          // wall time of the whole decode() call
};

/// Finds one QR code in a grayscale frame (ZXing-C++ behind ZxingDecoder.cpp).
///
/// Two tiers of passes, chosen by measurement (see QrDecoder.cpp and docs/performance.md):
///  - the fast tier runs on every frame and stops at the first read: the frame, a stretched
///    copy of a narrow-range frame, then two reads of the half-size layer (global histogram,
///    the stretched negative for light-on-dark codes);
///  - the deep tier (an adaptive threshold for glare, sharpened copies for blur, the negative
///    at full size) runs only while
///    @p moreTime says there is time: the gate's decoder asks "has a newer frame arrived?"
///    before each deep pass, so it spends the idle part of a frame period and never delays the
///    next frame by more than one pass.
/// QR only, tryHarder and tryRotate off (QR finder patterns are rotation invariant).
/// Never throws: a decoder exception counts as "not found". Const and re-entrant, so one
/// decoder may serve one worker thread; it holds no per-frame state.
class QrDecoder final
{
public:
    /// Knobs for benchmarks and experiments; the defaults are the production choice.
    struct Options
    {
        bool halfLayer = true; // the three half-size passes of the fast tier
        bool deepTier = true;  // the idle-time passes
        bool isPure = false;   // only for synthetic images that are the code alone
        bool tryHarder = false;
        bool tryRotate = false;
        bool allFormats = false; // benchmark baseline only: production reads QR codes alone
        // A frame whose grey levels (2nd to 98th percentile) span less than this is also read
        // stretched to the full range: the faint modules of an over-exposed or dark card. 0: off.
        int stretchBelowSpan = 120;
    };

    QrDecoder();
    explicit QrDecoder(const Options& options);

    /// Decodes @p frame with every pass; a null frame gives found == false.
    DecodeResult decode(const Frame& frame) const;
    /// The same, asking @p moreTime before each pass of the deep tier and stopping at the
    /// first false (an empty function: no deep pass).
    DecodeResult decode(const Frame& frame, const std::function<bool()>& moreTime) const;

    const Options& options() const { return m_options; }

    /// The passes in the order they run (the values of DecodeResult::pass).
    static QStringList passNames();
    /// True for a pass of the idle-time tier.
    static bool isDeepPass(const QString& name);

private:
    DecodeResult run(const Frame& frame, const std::function<bool()>* moreTime) const;

    Options m_options;
};

} // namespace gatepost::scan
