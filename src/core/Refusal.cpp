#include "Refusal.h"

#include "Database.h"
#include "NameTable.h"

#include <array>
#include <utility>

namespace gatepost::core {

namespace {

constexpr NameTable<RefusalCode, 32> kCodes{{
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
}};

constexpr NameTable<RefusalField, 21> kFields{{
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
