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
    // The pass office (issue 8).
    PhotoInvalid,  // not a whole JPEG image (or, before it, not an image at all)
    PhotoTooLarge, // args: its size in KiB, the limit in KiB
    // Printing passes (src/print/PassDocument).
    NoPassSecrets,    // a gate keeps only hashes of the secrets: nothing to print with; args: a serial
    PassNotPrintable, // revoked, lost or suspended; args: the serial, its status
    NothingToPrint,   // no pass in the selection
    // Returnees and quarantine (core/Quarantine.h).
    QuarantineNone,          // args: the person id: no quarantine record
    QuarantineNotOver,       // args: the first day out (ISO), days left
    FeverFlagOpen,           // args: the date of the fever reading (ISO)
    UnwellFlagOpen,          // args: the date of the check that found the person unwell (ISO)
    InCentralQuarantine,     // args: the person id: moved home first, when the facility lets them go
    AlreadyReleased,         // args: the health certificate's number
    QuarantineKindUnchanged, // args: the kind the person is already in
    MoveReasonMissing,       // a move between home and central quarantine needs a reason
    ReportDateInvalid,       // args: the date (ISO); with the arrival (ISO) when it is before it
    // The registry's office forms and pass actions (docs/registry.md).
    AddressMissing,             // a household without an address
    HouseholdAlreadyRegistered, // args: the address
    CourtyardInvalid,           // args: the courtyard given [, the one the address names]
    CategoryInvalid,            // a vehicle category for a person; args: the category
    IdNumberAlreadyRegistered,  // args: the number masked, the id of the person who has it
    PlateAlreadyRegistered,     // args: the plate (displayed)
    VehicleUnknown,             // args: the vehicle id
    RevealNotAllowed,           // this role may not see the number in full; args: the role
    ReasonMissing,              // the action needs a reason
    PassStatusInvalid,          // the action does not apply to the pass; args: serial, its status
    ValidUntilInvalid,          // args: the date given (ISO, may be empty), the earliest allowed
    BatchScopeMissing,          // a batch issue without a household, courtyard or category
    GateUnknown,                // args: the gate code
    // The shift handover (issue 9, docs/handover.md).
    ShiftInvalid,                // args: the shift id as given ("YYYY-MM-DD/N")
    ShiftNotStarted,             // args: the shift id: a shift in the future cannot be handed over
    PinWrong,                    // a lead's PIN did not match (it counts towards the lock)
    AccountLocked,               // args: seconds until the account may try again
    RoleTooLow,                  // args: the role needed
    HandoverAlreadySigned,       // args: the lead who signed, when (ISO UTC)
    HandoverNotSigned,           // args: the shift id
    HandoverAlreadyAcknowledged, // args: the lead who acknowledged, when (ISO UTC)
    HandoverSameLead,            // the lead who signed cannot also acknowledge
    // Duty and courtyard patrols (issue 9, core/Patrols.h).
    CourtyardUnknown,  // args: the courtyard given (the outlying ones are 1..6)
    PatrolNoteMissing, // a check that found a problem needs a note saying what
    CheckInFuture,     // args: the time given (ISO UTC), now (ISO UTC)
    // The roster and teams (docs/roster.md).
    ShiftPatternInPast,  // args: the date given (ISO, may be empty), the earliest allowed (ISO)
    ShiftPatternInvalid, // args: the problem (no_shifts, cycle_day_length, ...)[, what it concerns]
    TeamUnknown,         // args: the team code
    TeamAlreadyExists,   // args: the team code
    TeamCodeInvalid,     // args: the code as typed (1-8 letters, digits or _)
    TeamNameMissing,     // a team needs a name
    TeamOperatorUnknown, // args: the operator's name
    TeamLeadNotMember,   // args: the operator's name, the team code
    TeamMemberElsewhere, // args: the operator's name, the team they are in (move them instead)
    TeamNotMember,       // args: the operator's name, the team code
    // Rules and operators managed by a shift lead (docs/rules.md).
    OperatorNotManageable, // the actor's role may not manage this account; args: actor role, target role
    PinInvalid,            // a PIN is 4 to 8 digits
    PinMismatch,           // the PIN typed twice differs (checked by the form; nothing written)
    OperatorNameTaken,     // args: the name
    OperatorUnknown,       // args: the operator id
    LastActiveAdmin,       // the change would leave no active admin; args: the name
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
    Photo,
    ReportDate,
    MoveReason,
    QuarantineKind,
    Address,
    Courtyard,
    Category,
    Vehicle,
    ValidUntil,
    Reason,
    Shift,
    Pin,
    // Duty and courtyard patrols (issue 9).
    Note,
    CheckedAt,
    ShiftPattern,
    Team,
    Role,
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
