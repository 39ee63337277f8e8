#pragma once

// Everything a volunteer logs at the gate besides a scanned pass: a pass or a person found by
// manual search, a visitor or external vehicle, a returnee's arrival, an incident, and the
// volunteer's own decision on a verdict. Each call is one transaction: every row it writes
// (person, quarantine, visit, crossing, a fever's incident) commits together before it
// returns, or none does (DbError is passed on). Usually called through GateController.
//
// Refusals (a form the volunteer got wrong, an unknown serial, a decision that is not open)
// throw RefusedError (core/Refusal.h) with a code, before anything is written.

#include "Checkpoint.h"
#include "CrossingLog.h"
#include "Refusal.h"
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
    std::optional<CrossingEntry> incident; // the fever incident logged with the crossing, if any
};

class GateDesk
{
public:
    GateDesk(Registry& registry, CrossingLog& log, Checkpoint& checkpoint, const Clock& clock);

    /// A pass chosen by manual search (no pass in hand, or an unreadable one): the same
    /// rules as a scan (duplicate and passback included) plus the manual-entry policy
    /// (applyManualEntry), logged with entry kind "manual". The serial may lack its leading
    /// zeros. Unknown serial -> RefusedError serial_unknown.
    CheckOutcome manualCheck(const QString& serial, const QString& gate, Direction direction,
                             std::optional<double> temperature, const QString& operatorName);

    /// A person chosen by manual search. With a valid pass (active, in date) that pass is
    /// checked (manualCheck); otherwise the person's own state decides (verifyPerson), logged
    /// as a manual entry without a pass (note "person:<id>"). Unknown id -> person_unknown.
    CheckOutcome checkPerson(qint64 personId, const GateContext& where);

    /// Registers the visit and logs it; the station's policy decides allow / deny / check.
    /// Refused: no name, a malformed phone or plate, an unknown household, no gate, a
    /// temperature that is not a number. The phone and plate are stored normalised; a plate
    /// makes it an external vehicle (subject vehicle, policy.externalVehicleVisitorVerdict).
    VisitOutcome logVisitor(const VisitorEntry& entry);

    /// Creates (or finds, by ID number or by name + phone in the household) the person,
    /// starts a home-quarantine record of policy.homeQuarantineDays from the arrival date,
    /// and logs the entry (allowed in, reason home_quarantine; fever still denies).
    /// A new person is a migrant_resident of the household. Refused: no name, no origin, a
    /// missing or malformed phone, an unknown household, a malformed ID number, an arrival
    /// date in the future or so long ago that the quarantine would already be over.
    VisitOutcome registerReturnee(const ReturneeArrival& arrival);

    CrossingEntry logIncident(const IncidentReport& report);

    /// The volunteer's final decision on a crossing (let through / refused). Refused by the
    /// log: a second decision, a deny let through without an override reason, "other"
    /// without @p note.
    CrossingEntry decide(const QString& crossingUuid, bool letThrough, const QString& overrideReason,
                         const QString& operatorName, const QString& note = {});

private:
    Registry& m_registry;
    CrossingLog& m_log;
    Checkpoint& m_checkpoint;
    const Clock& m_clock;
};

} // namespace gatepost::core
