#pragma once

// The returnee desk's enums in the staff's language, and how a returnee's row reads in the list.

#include "core/Quarantine.h"

#include <QColor>
#include <QString>

namespace gatepost::gui {

QString slotName(core::TemperatureSlot s);
QString checkKindName(core::CheckKind k);
QString checkResultName(core::CheckResult r);
QString quarantineKindName(core::QuarantineKind k);
QString flagName(core::QuarantineFlag f);
/// The list's last column: the open flags, or "may be released", or "released (number)".
QString rowSummary(const core::ReturneeRow& row);
/// Red for a fever or unwell flag, amber for a missing report, green when eligible; invalid otherwise.
QColor rowColour(const core::ReturneeRow& row);

} // namespace gatepost::gui
