#pragma once

// Everything a volunteer logs at the gate besides a scanned pass: a pass found by manual
// search, a visitor or external vehicle, a returnee's arrival, an incident, and the
// volunteer's own decision on an amber verdict. Every call commits its crossing before it
// returns (like Checkpoint::process) and throws DbError when it cannot.

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
    QString plate;          // set for an external vehicle; empty for a person on foot
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
    Decision decision;     // the policy's verdict for the visitor / returnee
    CrossingEntry logged;
    QString visitId;       // the registration row (visitor_id of the crossing)
    qint64 personId = 0;   // returnees: the person created or found
    QDate quarantineEnd;   // returnees: first day out
};

class GateDesk
{
public:
    GateDesk(Registry& registry, CrossingLog& log, Checkpoint& checkpoint, const Clock& clock);

    /// A pass chosen by manual search (no pass in hand, or an unreadable one): the same
    /// rules as a scan, logged with entry kind "manual".
    CheckOutcome manualCheck(const QString& serial, const QString& gate, Direction direction,
                             std::optional<double> temperature, const QString& operatorName);

    /// Registers the visit and logs it; the station's policy decides allow / deny / check.
    /// Invalid input (no name, a malformed phone or plate) -> std::invalid_argument, nothing written.
    VisitOutcome logVisitor(const VisitorEntry& entry);

    /// Creates (or finds, by ID number or by name + phone in the household) the person,
    /// starts a home-quarantine record of policy.homeQuarantineDays from the arrival date,
    /// and logs the entry (allowed in, reason home_quarantine; fever still denies).
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
