#pragma once

// Why the core refused a gate action, as a code with the field it concerns and a few
// arguments (never a sentence: the GUI translates the code, src/gui/RefusalText.cpp).
// Thrown as RefusedError (a std::invalid_argument whose what() is the code name, for logs
// and the CLI); nothing was written when it is thrown.

#include <QString>
#include <QStringList>

#include <optional>
#include <stdexcept>

namespace gatepost::core {

class DbError;

enum class RefusalCode {
    NameMissing,           // a visitor or returnee without a name
    PhoneMissing,          // a returnee without a phone
    PhoneInvalid,          // args: the number, masked
    PlateInvalid,          // args: the plate as typed
    HouseholdMissing,      // a returnee needs the home they quarantine in
    HouseholdUnknown,      // args: the household id
    IdNumberInvalid,       // args: the number, masked
    OriginMissing,         // a returnee: where from
    ArrivalInFuture,       // args: arrival date (ISO)
    QuarantineAlreadyOver, // args: arrival date (ISO), quarantine days
    GateMissing,           // no gate set on the station
    TemperatureInvalid,    // not a number
    SerialUnknown,         // args: the serial as typed
    PersonUnknown,         // args: the person id
    CodeEmpty,             // nothing was read
    NotSignedOn,           // no operator signed on
    DecisionNotOpen,       // nothing awaits a decision (or not this action on this verdict)
    AlreadyDecided,        // the crossing has its decision
    CrossingUnknown,       // args: the uuid a decision names
    OverrideReasonMissing, // letting a red through needs a reason
    OverrideReasonUnknown, // args: the code given
    OverrideTextMissing,   // "other" needs a short free text
    OverrideNeedsLead,     // policy: a shift lead must confirm an override
    NoTemperaturePending,  // a reading was skipped while nothing waited for one
    // Sync settings and enrolment (docs/sync.md).
    StationNotSetUp,    // the station has no identity yet (gatepost-cli init)
    AlreadyInCommunity, // args: the community id it belongs to
    NotAPublicKey,      // not 64 hex characters of an Ed25519 public key
    OwnPublicKey,       // the station's own key where another station's is needed
    StationNotEmpty,    // holds passes, crossings or other stations' events: cannot join
    HubUrlInvalid,      // args: the address as typed
    HubUrlHasPassword,  // the password belongs in its own field, never in the address
    ValueOutOfRange,    // args: the value, the lowest and the highest allowed
};

enum class RefusalField {
    None,
    Name,
    Phone,
    Plate,
    Household,
    IdNumber,
    Origin,
    ArrivalDate,
    Gate,
    Temperature,
    Serial,
    Person,
    Code,
    Operator,
    Decision,
    OverrideReason,
    OverrideText,
    PublicKey,
    HubUrl,
    SyncInterval,
    StaleRegistryHours,
};

struct Refusal
{
    RefusalCode code = RefusalCode::DecisionNotOpen;
    RefusalField field = RefusalField::None;
    QStringList args;
    bool operator==(const Refusal&) const = default;
};

/// snake_case names, a stable contract like the reason codes (CLI, logs).
QString toString(RefusalCode code);
QString toString(RefusalField field);

class RefusedError : public std::invalid_argument
{
public:
    explicit RefusedError(Refusal refusal);
    const Refusal& refusal() const { return m_refusal; }

private:
    Refusal m_refusal;
};

[[noreturn]] void refuse(RefusalCode code, RefusalField field = RefusalField::None, QStringList args = {});

/// What went wrong with the database, in the words a volunteer can act on.
enum class DbProblem { DiskFull, Busy, ReadOnly, Damaged, LockedByOtherProgram, Other };

QString toString(DbProblem problem);
DbProblem dbProblemOf(const DbError& error);

} // namespace gatepost::core
