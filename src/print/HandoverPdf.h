#pragma once

// The handover report on paper (A4 portrait, as many pages as the lists need): the shift, the
// team planned and the people on duty, the crossings per gate by category and direction, denials
// by reason, the overrides, incidents and fevers row by row, the courtyard checks, the lead's
// notes and open matters, and the two signatures (or the lines for them). The words come translated from the
// caller (HandoverTexts): the print layer has none. Needs a QGuiApplication (fonts).

#include "core/Handover.h"

#include <QString>
#include <QTimeZone>

#include <functional>

class QPagedPaintDevice;

namespace gatepost::print {

struct HandoverTexts
{
    QString title;          ///< "Shift handover"
    QString shift;          ///< "Shift"
    QString gate;           ///< "Gate"
    QString everyGate;      ///< "Both gates"
    QString period;         ///< "From %1 to %2"
    QString crossings;      ///< "Crossings"
    QString category;       ///< "Category"
    QString in;             ///< "In"
    QString out;            ///< "Out"
    QString total;          ///< "Total"
    QString verdicts;       ///< "Green %1, red %2, amber %3; went through: in %4, out %5"
    QString denials;        ///< "Refused, by reason"
    QString overrides;      ///< "Reds let through"
    QString incidents;      ///< "Incidents"
    QString fevers;         ///< "Fevers"
    QString none;           ///< "None"
    QString notes;          ///< "Notes"
    QString openMatters;    ///< "Open matters"
    QString signedBy;       ///< "Handed over by %1 at %2"
    QString acknowledgedBy; ///< "Taken over by %1 at %2"
    QString outgoingLead;   ///< "Outgoing lead (signature)"
    QString incomingLead;   ///< "Incoming lead (signature)"
    QString page;           ///< "Page %1 of %2"
    QString staff;          ///< "Team and people on duty"
    QString plannedTeam;    ///< "Planned team: %1, lead %2"
    QString noTeam;         ///< "No team planned"
    QString noLead;         ///< "no lead named"
    QString staffCounts;    ///< "Planned %1, on duty %2, did not sign on %3, not planned %4"
    QString person;         ///< "Name"
    QString role;           ///< "Role"
    QString planned;        ///< "Planned"
    QString onDuty;         ///< "On duty"
    QString yes;            ///< "Yes"
    QString didNotSignOn;   ///< "Did not sign on"
    QString stillOn;        ///< "still on duty"
    QString estimated;      ///< "(estimated)": an off time a restart closed
    QString patrols;        ///< "Courtyard checks"
    QString overdue;        ///< "Overdue at the end of the shift: %1"
    QString when;           ///< "Time"
    QString result;         ///< "Result"
    QString courtyard;      ///< "Courtyard"
    QString how;            ///< "Check"
    QString checkedBy;      ///< "Checked by"
    std::function<QString(const QString& categoryCode)> categoryName; ///< also "visitor", "none"
    std::function<QString(core::Reason)> reasonName;
    std::function<QString(const QString& overrideCode)> overrideName;
    std::function<QString(const QString& gateCode)> gateName;
    std::function<QString(const QString& roleCode)> roleName;
    std::function<QString(const QString& teamCode, const QString& teamName)> teamName;
    std::function<QString(int courtyard)> courtyardName;
    /// "Scheduled check, in person" and the like.
    std::function<QString(const core::PatrolCheck& check)> patrolHow;
    std::function<QString(core::PatrolResult result)> patrolResult;
    QTimeZone zone; ///< times are printed in the community's zone
};

/// The cells of one person's row (name, role, planned, on duty) and of one patrol check (time,
/// courtyard, how, result and note, by whom), as both the PDF and the lead's screen show them.
QStringList handoverStaffCells(const core::HandoverStaff& staff, const HandoverTexts& texts);
QStringList handoverPatrolCells(const core::PatrolRecord& check, const HandoverTexts& texts);
/// "Planned team: 一班, lead 王建国" or "No team planned".
QString handoverTeamLine(const core::HandoverReport& report, const HandoverTexts& texts);

class HandoverPdf final
{
public:
    /// Paints every page on @p device (a QPdfWriter or a QPrinter). False when the device cannot
    /// be painted on.
    static bool render(QPagedPaintDevice& device, const core::HandoverReport& report,
                       const HandoverTexts& texts);
    /// Writes the PDF to @p path atomically (a failed write leaves an earlier file as it was).
    /// False with an English @p error (for logs and the CLI).
    static bool writePdf(const QString& path, const core::HandoverReport& report, const HandoverTexts& texts,
                         QString* error = nullptr);
};

} // namespace gatepost::print
