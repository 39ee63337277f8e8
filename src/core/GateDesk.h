#pragma once

// Everything a volunteer logs at the gate besides a scanned pass: a pass found by manual
// search, a visitor or external vehicle, a returnee's arrival, an incident, and the
// volunteer's own decision on an amber verdict. Every call commits its crossing before it
// returns (like Checkpoint::process) and throws DbError when it cannot.
//
// Not one transaction: CrossingLog::append runs its own BEGIN IMMEDIATE and SQLite does not
// nest them. So the registration rows (visit, and for a returnee the person and quarantine)
// are written first and the crossing second; when the crossing cannot be written the rows
// written by this call are deleted again before the error is passed on (no orphan visit).
//
// A crossing with reason fever is followed by an incident row (core::logFeverIncident, the same
// as on the scan path).

#include "Checkpoint.h"
#include "CrossingLog.h"
#include "Rules.h"

namespace gatepost::core {

class Clock;
class Registry;

struct VisitorEntry
{
    QString name;
    QString phone;          // stored; masked on every screen
    qint64 householdId = 0; // the household visited (0 = none, e.g. a delivery to the office)
    QString reason;
    QString plate; // set for an external vehicle; empty for a person on foot
    std::optional<double> temperature;
    QString gate;
    Direction direction = Direction::In;
    QString operatorName;
};

struct ReturneeArrival
{
    QString name;
    QString phone;
    qint64 householdId = 0; // required: the home the returnee quarantines in
    QDate arrivalDate;      // null = today
    QString origin;         // where from (city)
    QString idNumber;       // optional GB 11643 number
    std::optional<double> temperature;
    QString gate;
    QString operatorName;
};

enum class IncidentKind { ForcedThrough, Abuse, Other };

struct IncidentReport
{
    IncidentKind kind = IncidentKind::Other;
    QString note;
    QString gate;
    Direction direction = Direction::In;
    QString passSerial; // optional: the pass involved
    QString operatorName;
};

struct VisitOutcome
{
    Decision decision; // the policy's verdict for the visitor / returnee
    CrossingEntry logged;
    QString visitId;                       // the registration row (visitor_id of the crossing)
    qint64 personId = 0;                   // returnees: the person created or found
    QDate quarantineEnd;                   // returnees: first day out
    std::optional<CrossingEntry> incident; // the fever incident logged after the crossing, if any
};

class GateDesk
{
public:
    GateDesk(Registry& registry, CrossingLog& log, Checkpoint& checkpoint, const Clock& clock);

    /// A pass chosen by manual search (no pass in hand, or an unreadable one): the same
    /// rules as a scan (duplicate and passback included), logged with entry kind "manual".
    /// The serial may lack its leading zeros. Unknown serial -> std::invalid_argument.
    CheckOutcome manualCheck(const QString& serial, const QString& gate, Direction direction,
                             std::optional<double> temperature, const QString& operatorName);

    /// Registers the visit and logs it; the station's policy decides allow / deny / check.
    /// Invalid input (no name, a malformed phone or plate, an unknown household, no gate, a
    /// temperature that is not a number) -> std::invalid_argument, nothing written. The phone
    /// and plate are stored normalised; a plate makes it an external vehicle (subject vehicle,
    /// policy.externalVehicleVisitorVerdict). Decision::holder describes the visitor.
    VisitOutcome logVisitor(const VisitorEntry& entry);

    /// Creates (or finds, by ID number or by name + phone in the household) the person,
    /// starts a home-quarantine record of policy.homeQuarantineDays from the arrival date,
    /// and logs the entry (allowed in, reason home_quarantine; fever still denies).
    /// A new person is a migrant_resident of the household. Refused (std::invalid_argument,
    /// nothing written): no name, no origin, a missing or malformed phone, an unknown
    /// household, a malformed ID number, an arrival date in the future or so long ago that
    /// the quarantine would already be over.
    VisitOutcome registerReturnee(const ReturneeArrival& arrival);

    CrossingEntry logIncident(const IncidentReport& report);

    /// The volunteer's final decision on a crossing (let through / refused); an override of
    /// a deny needs a reason.
    CrossingEntry decide(const QString& crossingUuid, bool letThrough, const QString& overrideReason,
                         const QString& operatorName);

private:
    Registry& m_registry;
    CrossingLog& m_log;
    Checkpoint& m_checkpoint;
    const Clock& m_clock;
};

} // namespace gatepost::core
