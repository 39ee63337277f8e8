#pragma once

// The month's roster as a PDF (A4 landscape): page 1 a table of days x shifts, each cell the
// shift's start, its team and the team's lead; page 2 the members of each team by home gate.
// Drawn from core values only (Roster::calendar, Teams), like the other print files; the words
// come translated from the caller (RosterMonthTexts, gui::LeadText::rosterMonthTexts()).

#include "core/Roster.h"
#include "core/Teams.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

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

struct RosterMonthTexts
{
    QString title;        ///< "%1 roster  %2": the community (may be empty), the month
    QString month;        ///< "%2/%1": the year, the month number
    QString timeZone;     ///< "Time zone %1"
    QString date;         ///< "Date"
    QString shift;        ///< "Shift %1": the shift's number in the day
    QStringList weekdays; ///< Monday first, seven of them
    QString lead;         ///< "lead %1"
    QString membersTitle; ///< "Team members by gate  %1": the month
    QString teamLine;     ///< "%1 (%2)  lead: %3": the team's label, its code, its lead
    QString noLead;       ///< "—"
    QString anyGate;      ///< "Any gate"
    QString noMembers;    ///< "(no members yet)"
    QString gateLine;     ///< "%1: %3 (%2 people)": the gate, how many, their names
    QString pdfTitle;     ///< "Roster %1": the month as yyyy-MM
    std::function<QString(const QString& code, const QString& name)> teamName;
    std::function<QString(const QString& gateCode)> gateName;
};

/// The month of @p month's first day from the policy and the teams of the file (the policy's
/// team codes not stored yet are listed by their code, without lead).
RosterMonthData collectRosterMonth(core::Database& db, core::Registry& registry, const core::Clock& clock,
                                   QDate month);

/// Writes the PDF atomically (a failed write leaves no file). False and *error when it fails.
bool writeRosterMonthPdf(const RosterMonthData& data, const RosterMonthTexts& texts, const QString& path,
                         QString* error = nullptr);

} // namespace gatepost::print
