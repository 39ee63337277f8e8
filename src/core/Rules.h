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
    qint64 id = 0;        // person or vehicle id
    QString name;         // person's name, or the vehicle owner's household label
    QString plate;        // vehicles only, e.g. "京A12345"
    Category category = Category::RegisteredResident;
    QString address;      // household address
    int courtyard = 0;
    QString phoneMasked;  // "138****5678"
    QString photoPath;
};

// The registry's answer for one serial.
struct PassSnapshot
{
    Pass pass;
    HolderInfo holder;
    QMap<int, QString> secrets;           // generation -> secret, every generation ever issued
    QList<QuarantineRecord> quarantines;  // the holder's records (persons only)
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
    QString codeText;                   // as read from the QR code or the scanner gun
    std::optional<PassSnapshot> pass;   // lookup of the parsed serial; nullopt = not in registry
    QList<RecentCrossing> recent;       // this pass's crossings, any order, at least the passback window
    QDateTime nowUtc;
    QString stationId;
    QString gate;
    Direction direction = Direction::In;
    std::optional<double> temperature;  // °C, when taken
    Policy policy;
};

struct Decision
{
    Verdict verdict = Verdict::Deny;
    QList<Reason> reasons;           // most important first; empty only for a plain allow
    CodeError codeError = CodeError::None;
    std::optional<PassCode> code;
    QString serial;                  // parsed serial, empty when the text did not parse
    std::optional<HolderInfo> holder;
    // For passback: the earlier crossing in the same direction. For duplicate: the event it repeats.
    std::optional<RecentCrossing> previous;
    // A duplicate repeats an event already logged: the caller must not log it again.
    bool isDuplicate() const { return reasons.contains(Reason::Duplicate); }
};

Decision verify(const VerifyRequest& request);

// Deny outranks check outranks allow. Reasons that only inform (home_quarantine when
// going home) leave the verdict allow.
Verdict verdictFor(const QList<Reason>& reasons, Direction direction);

} // namespace gatepost::core
