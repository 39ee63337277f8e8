#pragma once

// The handover of a shift (交接班): what happened at the gates during one shift, in numbers and
// in the rows a lead must know about, and the outgoing lead's signature with the incoming lead's
// acknowledgement. The numbers are counted from the crossing log of the shift's time range, so
// they always equal the rows they cover (`gatepost-cli log --shift` lists the same rows).
// See docs/handover.md.

#include "Clock.h"
#include "CrossingLog.h"
#include "Database.h"
#include "Patrols.h"
#include "Policy.h"
#include "Types.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace gatepost::core {

class Auth;

/// Crossings one way and the other.
struct InOut
{
    qint64 in = 0;
    qint64 out = 0;
    qint64 total() const { return in + out; }
    bool operator==(const InOut&) const = default;
};

/// One row of the log a lead must see (an override, an incident, a fever), as the report shows it.
struct HandoverItem
{
    QDateTime atUtc;
    QString gate;
    Direction direction = Direction::In;
    QString passSerial;
    QList<Reason> reasons;  ///< the verdict's reasons (an override: those of the crossing let through)
    QString overrideReason; ///< an OverrideReason name (overrides)
    std::optional<double> temperature;
    QString note;
    QString operatorName;
};

/// A signature on a handover: who, when, and (acknowledgements) a note.
struct HandoverSignature
{
    QString leadName;
    QDateTime atUtc;
    QString stationId;
    QString note;
};

/// One person of the shift: planned by the roster, on duty by the duty log, or both.
struct HandoverStaff
{
    QString operatorName;
    QString role;              ///< the operator's role name (volunteer, shift_lead, ...)
    bool planned = false;      ///< a member of the planned team (home gate this gate, or any gate)
    bool onDuty = false;       ///< signed on at a station during the shift
    QStringList gates;         ///< the gates signed on at, in order of first sign-on
    QDateTime firstOnUtc;      ///< the first sign-on that overlaps the shift (may be before it)
    QDateTime lastOffUtc;      ///< the last sign-off; null while still on duty
    bool offEstimated = false; ///< a session closed by a restart: its off time is an estimate
    bool operator==(const HandoverStaff&) const = default;
};

struct HandoverReport
{
    QString shiftId; ///< "2026-11-28/2"
    QString shiftName;
    QString gate; ///< empty: every gate
    QDateTime startUtc;
    QDateTime endUtc; ///< exclusive

    /// Crossings (scan, manual and visitor rows); decisions and incidents are not crossings.
    qint64 total = 0;
    InOut all;
    qint64 allow = 0;
    qint64 deny = 0;
    qint64 check = 0;
    /// What actually went through (allowed, or a red let through by the volunteer).
    InOut passed;
    /// gate → category name ("visitor" for a visitor without a pass, "none" for an entry
    /// without a known pass) → crossings.
    QMap<QString, QMap<QString, InOut>> byGate;
    /// Denied crossings by reason; a crossing denied for two reasons counts under both.
    QMap<Reason, qint64> denialsByReason;
    QList<HandoverItem> overrides;
    QList<HandoverItem> incidents;
    QList<HandoverItem> fevers;

    /// The team the roster plans on the shift ("" when none), its name and lead.
    QString team;
    QString teamName;
    QString teamLead;
    /// The planned team's active members and everyone on duty during the shift, by name. A
    /// report for one gate keeps the members whose home gate is that gate or any gate, and the
    /// sign-ons at that gate.
    QList<HandoverStaff> staff;
    /// Courtyard checks made during the shift (every courtyard: patrols belong to no gate).
    QList<PatrolRecord> patrols;
    /// Courtyards whose scheduled check was overdue at the shift's end (or now, for the current
    /// shift), 1..6.
    QList<int> overdueCourtyards;

    qsizetype plannedCount() const;
    qsizetype onDutyCount() const;
    /// Planned and never signed on.
    QStringList absent() const;
    /// Signed on and not planned (a stand-in, a lead from another team).
    QStringList unplanned() const;

    /// Filled by sign(): the lead's words for the next shift.
    QString notes;
    QString openMatters;
    std::optional<HandoverSignature> signature;
    std::optional<HandoverSignature> acknowledgement;

    /// The numbers and rows above as JSON (the CLI's --json, the stored signed copy). Keys are
    /// snake_case; "total" is the number of crossings covered.
    QJsonObject toJson() const;
};

/// Counts the handover of @p shiftId (Roster::shiftById of the policy) at @p gate (empty: every
/// gate) from the log in @p db, with the shift's staff and patrols (addHandoverStaffing) as of
/// @p nowUtc (null: the system clock). Refused (shift_invalid) for an id the roster does not know.
HandoverReport buildHandover(Database& db, const Policy& policy, const QString& shiftId,
                             const QString& gate = {}, const QDateTime& nowUtc = {});

/// Fills @p report's team, staff, patrols and overdue courtyards (part of buildHandover; the
/// report's shift, gate and range must be set). @p nowUtc bounds the overdue check.
void addHandoverStaffing(Database& db, const Policy& policy, HandoverReport& report, const QDateTime& nowUtc);

class HandoverDesk
{
public:
    HandoverDesk(Database& db, Auth& auth, const Policy& policy, QString stationId, const Clock& clock);
    Q_DISABLE_COPY_MOVE(HandoverDesk)

    /// The report of a shift with its signature and acknowledgement, when there are any (the
    /// signed copy's notes; the numbers are counted again from the log).
    HandoverReport report(const QString& shiftId, const QString& gate = {}) const;

    /// The outgoing lead signs: their PIN is checked like a sign-on (a wrong one counts towards the
    /// lock); a shift lead or above; the shift must have ended or be the current one; one
    /// signature per shift and gate. Stores the counted report with the notes, and an audit row,
    /// in one transaction. Refused with a code (nothing written).
    HandoverReport sign(const QString& shiftId, const QString& gate, const QString& notes,
                        const QString& openMatters, const QString& leadName, const QString& pin);
    /// The incoming lead acknowledges a signed handover (PIN checked the same way); not the lead
    /// who signed it; once.
    HandoverReport acknowledge(const QString& shiftId, const QString& gate, const QString& leadName,
                               const QString& pin, const QString& note = {});

private:
    struct Stored;
    std::optional<Stored> stored(const QString& shiftId, const QString& gate) const;
    QString checkLead(const QString& leadName, const QString& pin);

    Database& m_db;
    Auth& m_auth;
    Policy m_policy;
    QString m_stationId;
    const Clock& m_clock;
};

} // namespace gatepost::core
