#pragma once

// The verification rules: a pure function from (code text, registry snapshot, recent
// crossings, clock reading, station, direction, temperature, policy) to a verdict with
// reasons. No I/O, no clock of its own: everything it needs is in the request.

#include "PassCode.h"
#include "Policy.h"
#include "Types.h"

#include <QMap>

#include <optional>

namespace gatepost::core {

// What the registry knows about the holder, enough for the verdict screen.
struct HolderInfo
{
    HolderKind kind = HolderKind::Person;
    qint64 id = 0; // person or vehicle id
    QString name;  // person's name, or the vehicle owner's household label
    QString plate; // vehicles only, e.g. "京A12345"
    Category category = Category::RegisteredResident;
    QString address; // household address
    int courtyard = 0;
    QString phoneMasked; // "138****5678"
    QString photoPath;
};

// The registry's answer for one serial.
struct PassSnapshot
{
    Pass pass;
    HolderInfo holder;
    // generation -> passcode::secretHash of its secret, every generation ever issued. The rules
    // compare hashes, so a gate that holds no secret judges codes like the office does.
    QMap<int, QString> secretHashes;
    QList<QuarantineRecord> quarantines; // the holder's records (persons only)
};

// A crossing of the same pass, as the rules need it.
struct RecentCrossing
{
    QString uuid;
    QDateTime atUtc;
    QString stationId;
    QString gate;
    Direction direction = Direction::In;
    Verdict verdict = Verdict::Allow;
    QList<Reason> reasons;
    bool passedThrough = false; // allowed, or a check the volunteer let through
};

struct VerifyRequest
{
    QString codeText;                 // as read from the QR code or the scanner gun
    std::optional<PassSnapshot> pass; // lookup of the parsed serial; nullopt = not in registry
    QList<RecentCrossing> recent;     // this pass's crossings, any order, at least the passback window
    QDateTime nowUtc;
    QString stationId;
    QString gate;
    Direction direction = Direction::In;
    std::optional<double> temperature; // °C, when taken
    Policy policy;
};

struct Decision
{
    Verdict verdict = Verdict::Deny;
    QList<Reason> reasons; // most important first; empty only for a plain allow
    CodeError codeError = CodeError::None;
    std::optional<PassCode> code;
    QString serial; // parsed serial, empty when the text did not parse
    std::optional<HolderInfo> holder;
    // For passback: the earlier crossing in the same direction. For duplicate: the event it repeats.
    std::optional<RecentCrossing> previous;
    // home_quarantine / central_quarantine: the first day out of the record that applies.
    QDate quarantineUntil;
    // A duplicate repeats an event already logged: the caller must not log it again.
    bool isDuplicate() const { return reasons.contains(Reason::Duplicate); }
};

/// Checks, in order: format (bad_format), registry (unknown_pass), secret and generation
/// (wrong_secret, superseded), duplicate of an event at this station, then collects every
/// other reason that applies: status, validity dates, gates, hours (entries only),
/// quarantine, temperature, passback. Reasons are sorted deny first, then check, then
/// informational. See docs/policy.md for the exact boundaries.
Decision verify(const VerifyRequest& request);

// A visitor or external vehicle registered at the gate desk: no pass, so only the station's
// visitor policy, the category's hours and the temperature decide.
struct VisitorRequest
{
    bool vehicle = false; // external vehicle (hours of external_vehicle) rather than on foot (visitor)
    QDateTime nowUtc;
    QString gate; // the hours of this gate apply (Policy::hoursAt)
    Direction direction = Direction::In;
    std::optional<double> temperature; // °C, when taken
    Policy policy;
};

/// Pure, like verify(). Entries: outside_hours (hours of visitor / external_vehicle at the gate), fever,
/// missing_temperature, and the verdict is at least as strict as policy.visitorVerdict
/// (externalVehicleVisitorVerdict for a vehicle); a verdict set by that policy alone has no
/// reason. Exits: only the temperature reasons count (nobody is kept in).
Decision verifyVisitor(const VisitorRequest& request);

// A person found by manual search who has no valid pass: their own state decides.
struct PersonRequest
{
    HolderInfo holder;                   // who, for the screen
    QList<QuarantineRecord> quarantines; // the person's records
    QDateTime nowUtc;
    Direction direction = Direction::In;
    std::optional<double> temperature;
    Policy policy;
};

/// Pure. In home or central quarantine today: home_quarantine (deny going out, informs coming
/// home) / central_quarantine (deny), Decision::quarantineUntil = its end. Always no_pass
/// (check: look at the identity), and the temperature reasons. Decision::holder = the person.
Decision verifyPerson(const PersonRequest& request);

/// An entry made without a card (a pass chosen by manual search): with
/// policy.manualEntryVerdict == Check, an entry gets manual_entry (amber: check the face against
/// the photo). Exits, and a duplicate, are left as they are.
void applyManualEntry(Decision* decision, Direction direction, const Policy& policy);

/// The end (first day out) of a home quarantine that starts on @p arrival:
/// arrival + policy.homeQuarantineDays. The returnee form shows it; the gate desk stores it.
QDate homeQuarantineEnd(QDate arrival, const Policy& policy);

/// The temperature reasons verify() would give this reading: fever, or missing_temperature
/// (none on an entry while required, or an implausible value), or nothing.
QList<Reason> temperatureReasons(std::optional<double> temperature, Direction direction,
                                 const Policy& policy);

/// A decision from these reasons alone: sorted deny first, verdict the strongest (verdictFor).
Decision decisionFrom(QList<Reason> reasons, Direction direction);

/// What one reason alone makes of a crossing in @p direction: Deny, Check, or Allow for a
/// reason that only informs (home_quarantine when coming home, duplicate).
/// fever: deny in, check out. home_quarantine: deny out, allow in.
Verdict verdictFor(Reason reason, Direction direction);

// Deny outranks check outranks allow. Reasons that only inform (home_quarantine when
// going home) leave the verdict allow.
Verdict verdictFor(const QList<Reason>& reasons, Direction direction);

/// Temperatures outside this range (°C) are taken for typing or sensor errors: they count
/// as no reading (missing_temperature), never as "no fever".
inline constexpr double kMinPlausibleTemperature = 30.0;
inline constexpr double kMaxPlausibleTemperature = 45.0;

} // namespace gatepost::core
