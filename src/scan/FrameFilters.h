#pragma once

// Internal to the scan layer: the cheap picture operations the decoder's passes read through
// (QrDecoder.cpp). Plain loops over 8-bit grey frames, no OpenCV: each one is a few tenths of a
// millisecond on a 1280x720 frame and is measured as part of the pass that uses it.

#include "scan/Frame.h"

#include <optional>

namespace gatepost::scan::filters {

/// The frame at half size, each pixel the rounded mean of a 2x2 block (odd last row/column dropped).
Frame halved(const Frame& f);

/// The grey levels at the 2nd and 98th percentile of a sample of @p f (every 4th pixel of every
/// 4th row), the range the paper and the ink of a card in view take up.
struct Span
{
    int lo = 0;
    int hi = 255;
    int width() const { return hi - lo; }
};
Span span(const Frame& f);

/// @p f with @p s mapped to 0-255 (clipped outside it), negated when @p negate: a washed-out or
/// dark card at full contrast, and light-on-dark modules (a phone in dark mode) as dark-on-light.
/// nullopt when the span is empty (a flat frame).
std::optional<Frame> stretched(const Frame& f, Span s, bool negate = false);

/// Each pixel white when it is brighter than the mean of the @p block x @p block square around
/// it less @p offset, else black (a mean adaptive threshold; an odd @p block, edges replicated).
Frame adaptiveThreshold(const Frame& f, int block, int offset);

/// An unsharp mask: each pixel pushed away from the mean of the @p box x @p box square around it
/// by @p amountPercent % of the difference (an odd @p box, edges replicated, clamped to 0-255).
/// Gives back the edges of modules smeared by motion or focus.
Frame sharpened(const Frame& f, int box, int amountPercent);

} // namespace gatepost::scan::filters
