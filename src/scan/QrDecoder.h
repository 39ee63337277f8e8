#pragma once

#include "scan/Frame.h"

#include <QString>

namespace gatepost::scan {

/// What one decode attempt found. The scan layer does not judge the content: any QR text,
/// pass code or not, is reported as found; core::passcode::parse() decides what it means.
struct DecodeResult
{
    bool found = false;
    QString text;           // UTF-8 decoded; empty when !found
    QString binarizer;      // "LocalAverage" or "GlobalHistogram": which pass found it
    bool stretched = false; // found in the frame stretched to its full grey range
    double ms = 0;          // wall time of the whole decode() call
};

/// Finds one QR code in a grayscale frame (ZXing-C++ behind ZxingDecoder.cpp).
///
/// Default strategy, chosen by measurement on webcam-like frames (see QrDecoder.cpp):
/// QR only, tryHarder off, tryRotate off (QR finder patterns are rotation invariant),
/// LocalAverage (hybrid) binarizer first and, only when it finds nothing, GlobalHistogram:
/// the two rescue different frames (blur and low light vs over-exposure).
/// Never throws: a decoder exception counts as "not found". Const and re-entrant, so one
/// decoder may serve one worker thread; it holds no per-frame state.
class QrDecoder final
{
public:
    /// Knobs for benchmarks and experiments; the defaults are the production choice.
    struct Options
    {
        bool globalHistogramFallback = true; // second pass when LocalAverage finds nothing
        bool tryDownscale = true;            // measured: helps (see QrDecoder.cpp)
        bool isPure = false;                 // only for synthetic images that are the code alone
        bool tryHarder = false;
        bool tryRotate = false;
        bool allFormats = false; // benchmark baseline only: production reads QR codes alone
        // A frame nothing was read in whose grey levels (2nd to 98th percentile) span less than
        // this is stretched to the full range and read once more with LocalAverage: the faint
        // modules of an over-exposed or dark card (measured: see QrDecoder.cpp). 0: off.
        int stretchBelowSpan = 120;
    };

    QrDecoder();
    explicit QrDecoder(const Options& options);

    /// Decodes @p frame; a null frame gives found == false.
    DecodeResult decode(const Frame& frame) const;

    const Options& options() const { return m_options; }

private:
    Options m_options;
};

} // namespace gatepost::scan
