#pragma once

// The words for a station that cannot start: the core's DbError, told apart by kind (a file
// another program writes, a non-demo file for --demo, no WAL, a file that cannot be made
// private, a newer schema...) and worded in the UI language. Install the translations first.

#include <QString>

namespace gatepost::core {
class DbError;
}

namespace gatepost::gui {

QString startupErrorText(const core::DbError& error);
/// Any other failure while opening @p path (the details go to stderr, not to the screen).
QString startupFailureText(const QString& path);
/// A file with no station identity yet (gatepost-cli init was never run on it).
QString noStationIdentityText(const QString& path);

} // namespace gatepost::gui
