#pragma once

// The month's roster as a PDF (A4 landscape): page 1 a table of days x shifts, each cell the
// shift's start, its team and the team's lead; page 2 the members of each team by home gate.
// Drawn from core values only (Roster::calendar, Teams), like the other print files.

#include "core/Roster.h"
#include "core/Teams.h"

#include <QMap>
#include <QString>

namespace gatepost::core {
class Database;
class Clock;
class Registry;
} // namespace gatepost::core

namespace gatepost::print {

struct RosterMonthData
{
    QString community; ///< the heading's first words (may be empty)
    QDate month;       ///< its first day
    QString timeZone;
    QList<core::RosterDay> days;
    QList<core::Team> teams;
    QList<core::TeamMember> members;
};

/// The month of @p month's first day from the policy and the teams of the file (the policy's
/// team codes not stored yet are listed by their code, without lead).
RosterMonthData collectRosterMonth(core::Database& db, core::Registry& registry, const core::Clock& clock,
                                   QDate month);

/// Writes the PDF atomically (a failed write leaves no file). False and *error when it fails.
bool writeRosterMonthPdf(const RosterMonthData& data, const QString& path, QString* error = nullptr);

} // namespace gatepost::print
