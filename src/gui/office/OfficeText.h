#pragma once

// Words the office screens share: areas, roles, dates.

#include "core/Types.h"

#include <QDate>
#include <QString>

namespace gatepost::gui::office {

/// "Main area" for 0, "Courtyard 3" for 1..6.
QString areaName(int courtyard);
/// A date as the office reads it (the UI language's short format); "—" for a null date.
QString dateText(const QDate& date);

} // namespace gatepost::gui::office
