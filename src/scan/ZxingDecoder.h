#pragma once

// Internal to the scan layer: the only door to ZXing-C++. Nothing outside src/scan uses it.

#include "scan/Frame.h"

#include <QString>

#include <optional>

namespace gatepost::scan::zxing {

enum class Binarizer { LocalAverage, GlobalHistogram };

struct ReadOptions
{
    Binarizer binarizer = Binarizer::LocalAverage;
    bool tryDownscale = true;
    bool isPure = false;
    bool tryHarder = false;
    bool tryRotate = false;
    bool allFormats = false;
};

/// The text of the first valid code in @p frame, or nullopt (also for a null frame and for
/// any exception thrown inside ZXing).
std::optional<QString> read(const Frame& frame, const ReadOptions& options) noexcept;

} // namespace gatepost::scan::zxing
