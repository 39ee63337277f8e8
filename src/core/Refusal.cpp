#include "Refusal.h"

#include "Database.h"
#include "NameTable.h"

#include <array>
#include <utility>

namespace gatepost::core {

namespace {

constexpr NameTable<RefusalCode, 87> kCodes{{
    {RefusalCode::NameMissing, "name_missing"},
    {RefusalCode::PhoneMissing, "phone_missing"},
    {RefusalCode::PhoneInvalid, "phone_invalid"},
    {RefusalCode::PlateInvalid, "plate_invalid"},
    {RefusalCode::HouseholdMissing, "household_missing"},
    {RefusalCode::HouseholdUnknown, "household_unknown"},
    {RefusalCode::IdNumberInvalid, "id_number_invalid"},
    {RefusalCode::OriginMissing, "origin_missing"},
    {RefusalCode::ArrivalInFuture, "arrival_in_future"},
    {RefusalCode::QuarantineAlreadyOver, "quarantine_already_over"},
    {RefusalCode::GateMissing, "gate_missing"},
    {RefusalCode::TemperatureInvalid, "temperature_invalid"},
    {RefusalCode::SerialUnknown, "serial_unknown"},
    {RefusalCode::PersonUnknown, "person_unknown"},
    {RefusalCode::CodeEmpty, "code_empty"},
    {RefusalCode::NotSignedOn, "not_signed_on"},
    {RefusalCode::DecisionNotOpen, "decision_not_open"},
    {RefusalCode::AlreadyDecided, "already_decided"},
    {RefusalCode::CrossingUnknown, "crossing_unknown"},
    {RefusalCode::OverrideReasonMissing, "override_reason_missing"},
    {RefusalCode::OverrideReasonUnknown, "override_reason_unknown"},
    {RefusalCode::OverrideTextMissing, "override_text_missing"},
    {RefusalCode::OverrideNeedsLead, "override_needs_lead"},
    {RefusalCode::NoTemperaturePending, "no_temperature_pending"},
    {RefusalCode::StationNotSetUp, "station_not_set_up"},
    {RefusalCode::AlreadyInCommunity, "already_in_community"},
    {RefusalCode::NotAPublicKey, "not_a_public_key"},
    {RefusalCode::OwnPublicKey, "own_public_key"},
    {RefusalCode::StationNotEmpty, "station_not_empty"},
    {RefusalCode::HubUrlInvalid, "hub_url_invalid"},
    {RefusalCode::HubUrlHasPassword, "hub_url_has_password"},
    {RefusalCode::ValueOutOfRange, "value_out_of_range"},
    {RefusalCode::PhotoInvalid, "photo_invalid"},
    {RefusalCode::PhotoTooLarge, "photo_too_large"},
    {RefusalCode::NoPassSecrets, "no_pass_secrets"},
    {RefusalCode::PassNotPrintable, "pass_not_printable"},
    {RefusalCode::NothingToPrint, "nothing_to_print"},
    {RefusalCode::QuarantineNone, "quarantine_none"},
    {RefusalCode::QuarantineNotOver, "quarantine_not_over"},
    {RefusalCode::FeverFlagOpen, "fever_flag_open"},
    {RefusalCode::UnwellFlagOpen, "unwell_flag_open"},
    {RefusalCode::InCentralQuarantine, "in_central_quarantine"},
    {RefusalCode::AlreadyReleased, "already_released"},
    {RefusalCode::QuarantineKindUnchanged, "quarantine_kind_unchanged"},
    {RefusalCode::MoveReasonMissing, "move_reason_missing"},
    {RefusalCode::ReportDateInvalid, "report_date_invalid"},
    {RefusalCode::AddressMissing, "address_missing"},
    {RefusalCode::HouseholdAlreadyRegistered, "household_already_registered"},
    {RefusalCode::CourtyardInvalid, "courtyard_invalid"},
    {RefusalCode::CategoryInvalid, "category_invalid"},
    {RefusalCode::IdNumberAlreadyRegistered, "id_number_already_registered"},
    {RefusalCode::PlateAlreadyRegistered, "plate_already_registered"},
    {RefusalCode::VehicleUnknown, "vehicle_unknown"},
    {RefusalCode::RevealNotAllowed, "reveal_not_allowed"},
    {RefusalCode::ReasonMissing, "reason_missing"},
    {RefusalCode::PassStatusInvalid, "pass_status_invalid"},
    {RefusalCode::ValidUntilInvalid, "valid_until_invalid"},
    {RefusalCode::BatchScopeMissing, "batch_scope_missing"},
    {RefusalCode::GateUnknown, "gate_unknown"},
    {RefusalCode::ShiftInvalid, "shift_invalid"},
    {RefusalCode::ShiftNotStarted, "shift_not_started"},
    {RefusalCode::PinWrong, "pin_wrong"},
    {RefusalCode::AccountLocked, "account_locked"},
    {RefusalCode::RoleTooLow, "role_too_low"},
    {RefusalCode::HandoverAlreadySigned, "handover_already_signed"},
    {RefusalCode::HandoverNotSigned, "handover_not_signed"},
    {RefusalCode::HandoverAlreadyAcknowledged, "handover_already_acknowledged"},
    {RefusalCode::HandoverSameLead, "handover_same_lead"},
    {RefusalCode::CourtyardUnknown, "courtyard_unknown"},
    {RefusalCode::PatrolNoteMissing, "patrol_note_missing"},
    {RefusalCode::CheckInFuture, "check_in_future"},
    {RefusalCode::ShiftPatternInPast, "shift_pattern_in_past"},
    {RefusalCode::ShiftPatternInvalid, "shift_pattern_invalid"},
    {RefusalCode::TeamUnknown, "team_unknown"},
    {RefusalCode::TeamAlreadyExists, "team_already_exists"},
    {RefusalCode::TeamCodeInvalid, "team_code_invalid"},
    {RefusalCode::TeamNameMissing, "team_name_missing"},
    {RefusalCode::TeamOperatorUnknown, "team_operator_unknown"},
    {RefusalCode::TeamLeadNotMember, "team_lead_not_member"},
    {RefusalCode::TeamMemberElsewhere, "team_member_elsewhere"},
    {RefusalCode::TeamNotMember, "team_not_member"},
    {RefusalCode::OperatorNotManageable, "operator_not_manageable"},
    {RefusalCode::PinInvalid, "pin_invalid"},
    {RefusalCode::PinMismatch, "pin_mismatch"},
    {RefusalCode::OperatorNameTaken, "operator_name_taken"},
    {RefusalCode::OperatorUnknown, "operator_unknown"},
    {RefusalCode::LastActiveAdmin, "last_active_admin"},
}};

constexpr NameTable<RefusalField, 38> kFields{{
    {RefusalField::None, ""},
    {RefusalField::Name, "name"},
    {RefusalField::Phone, "phone"},
    {RefusalField::Plate, "plate"},
    {RefusalField::Household, "household"},
    {RefusalField::IdNumber, "id_number"},
    {RefusalField::Origin, "origin"},
    {RefusalField::ArrivalDate, "arrival_date"},
    {RefusalField::Gate, "gate"},
    {RefusalField::Temperature, "temperature"},
    {RefusalField::Serial, "serial"},
    {RefusalField::Person, "person"},
    {RefusalField::Code, "code"},
    {RefusalField::Operator, "operator"},
    {RefusalField::Decision, "decision"},
    {RefusalField::OverrideReason, "override_reason"},
    {RefusalField::OverrideText, "override_text"},
    {RefusalField::PublicKey, "public_key"},
    {RefusalField::HubUrl, "hub_url"},
    {RefusalField::SyncInterval, "interval_seconds"},
    {RefusalField::StaleRegistryHours, "stale_registry_hours"},
    {RefusalField::Photo, "photo"},
    {RefusalField::ReportDate, "report_date"},
    {RefusalField::MoveReason, "move_reason"},
    {RefusalField::QuarantineKind, "quarantine_kind"},
    {RefusalField::Address, "address"},
    {RefusalField::Courtyard, "courtyard"},
    {RefusalField::Category, "category"},
    {RefusalField::Vehicle, "vehicle"},
    {RefusalField::ValidUntil, "valid_until"},
    {RefusalField::Reason, "reason"},
    {RefusalField::Shift, "shift"},
    {RefusalField::Pin, "pin"},
    {RefusalField::Note, "note"},
    {RefusalField::CheckedAt, "checked_at"},
    {RefusalField::ShiftPattern, "shift_pattern"},
    {RefusalField::Team, "team"},
    {RefusalField::Role, "role"},
}};

std::string describe(const Refusal& r)
{
    QString s = toString(r.code);
    if (r.field != RefusalField::None)
        s += QStringLiteral(" (%1)").arg(toString(r.field));
    if (!r.args.isEmpty())
        s += QStringLiteral(": ") + r.args.join(QStringLiteral(", "));
    return s.toStdString();
}

} // namespace

QString toString(RefusalCode code)
{
    return nameOf(kCodes, code);
}

QString toString(RefusalField field)
{
    return nameOf(kFields, field);
}

RefusedError::RefusedError(Refusal refusal)
    : std::invalid_argument(describe(refusal))
    , m_refusal(std::move(refusal))
{
}

void refuse(RefusalCode code, RefusalField field, QStringList args)
{
    throw RefusedError(Refusal{code, field, std::move(args)});
}

QString toString(DbProblem problem)
{
    switch (problem) {
    case DbProblem::DiskFull:
        return QStringLiteral("disk_full");
    case DbProblem::Busy:
        return QStringLiteral("busy");
    case DbProblem::ReadOnly:
        return QStringLiteral("read_only");
    case DbProblem::Damaged:
        return QStringLiteral("damaged");
    case DbProblem::LockedByOtherProgram:
        return QStringLiteral("locked_by_other_program");
    case DbProblem::Other:
        break;
    }
    return QStringLiteral("other");
}

DbProblem dbProblemOf(const DbError& error)
{
    // SQLite's primary result codes (the low byte of an extended code); stable since 3.0.
    // <sqlite3.h> stays behind Database.cpp, so the few numbers are spelled out here.
    constexpr int kBusy = 5, kLocked = 6, kReadOnly = 8, kCorrupt = 11, kFull = 13, kCantOpen = 14,
                  kNotADb = 26, kPerm = 3;
    switch (error.code() & 0xff) {
    case kFull:
        return DbProblem::DiskFull;
    case kBusy:
        return DbProblem::Busy;
    case kLocked:
        return DbProblem::LockedByOtherProgram;
    case kReadOnly:
    case kPerm:
    case kCantOpen:
        return DbProblem::ReadOnly;
    case kCorrupt:
    case kNotADb:
        return DbProblem::Damaged;
    default:
        break;
    }
    return DbProblem::Other;
}

} // namespace gatepost::core
