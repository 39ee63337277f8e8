#pragma once

// The crossing log as a CSV file that Excel and WPS open correctly in Chinese: UTF-8 with a
// BOM, CRLF line ends, quoted where needed, and any cell a spreadsheet would run as a formula
// (it starts with = + - @, tab or carriage return) prefixed with '. The holder's phone and ID
// numbers are masked unless the role may see them (Registry::mayReveal). The caller records the
// export in the audit trail (one LogExport row per file).

#include "CrossingReview.h"
#include "Types.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace gatepost::core {

class Database;

namespace csvexport {

/// One CSV cell: neutralised (leading = + - @ TAB CR gets a ') and quoted when needed.
QString cell(QString text);

/// The header row of exportCrossings (without the BOM).
QStringList crossingHeader();

/**
 * Writes the BOM, the header and every row of @p filter (oldest first) through @p write, in
 * chunks. Returns the number of rows. Holder name, phone and ID number come from the registry
 * (visitors: the gate's visit record); phone and ID are masked unless mayReveal(@p role).
 */
qint64 exportCrossings(Database& db, const CrossingFilter& filter, Role role,
                       const std::function<void(const QByteArray&)>& write);

} // namespace csvexport

} // namespace gatepost::core
