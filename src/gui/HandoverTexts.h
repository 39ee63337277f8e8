#pragma once

// The handover report's words in the station's language, for the print layer (which has none).

#include "print/HandoverPdf.h"

namespace gatepost::gui {

/// Every label of print::HandoverPdf, translated; times in @p zone (the community's).
print::HandoverTexts handoverTexts(const QTimeZone& zone);

} // namespace gatepost::gui
