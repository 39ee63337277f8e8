#pragma once

// The core returns enums; these are their translated names for the screens.

#include "core/Types.h"

#include <QString>

namespace gatepost::gui {

QString categoryName(core::Category c);
QString statusName(core::PassStatus s);
QString reasonText(core::Reason r);
QString overrideReasonName(core::OverrideReason r);
QString gateName(const QString& code);
/// A role as a list, a table or a title shows it ("Shift lead").
QString roleName(core::Role r);
/// A role inside a sentence ("... is a shift lead").
QString roleNoun(core::Role r);

} // namespace gatepost::gui
