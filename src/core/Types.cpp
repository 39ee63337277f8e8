#include "Types.h"

#include "NameTable.h"

#include <array>
#include <utility>

namespace gatepost::core {

namespace {

constexpr NameTable<Category, 6> kCategories{{
    {Category::RegisteredResident, "registered_resident"},
    {Category::MigrantResident, "migrant_resident"},
    {Category::ExternalWorker, "external_worker"},
    {Category::Visitor, "visitor"},
    {Category::InternalVehicle, "internal_vehicle"},
    {Category::ExternalVehicle, "external_vehicle"},
}};

constexpr NameTable<PassStatus, 4> kStatuses{{
    {PassStatus::Active, "active"},
    {PassStatus::Revoked, "revoked"},
    {PassStatus::Lost, "lost"},
    {PassStatus::Suspended, "suspended"},
}};

constexpr NameTable<HolderKind, 2> kHolderKinds{{
    {HolderKind::Person, "person"},
    {HolderKind::Vehicle, "vehicle"},
}};

constexpr NameTable<SubjectKind, 3> kSubjectKinds{{
    {SubjectKind::Person, "person"},
    {SubjectKind::Vehicle, "vehicle"},
    {SubjectKind::Visitor, "visitor"},
}};

constexpr NameTable<Direction, 2> kDirections{{
    {Direction::In, "in"},
    {Direction::Out, "out"},
}};

constexpr NameTable<Verdict, 3> kVerdicts{{
    {Verdict::Allow, "allow"},
    {Verdict::Deny, "deny"},
    {Verdict::Check, "check"},
}};

constexpr NameTable<Role, 4> kRoles{{
    {Role::Volunteer, "volunteer"},
    {Role::ShiftLead, "shift_lead"},
    {Role::Staff, "staff"},
    {Role::Admin, "admin"},
}};

constexpr NameTable<QuarantineKind, 2> kQuarantineKinds{{
    {QuarantineKind::Home, "home"},
    {QuarantineKind::Central, "central"},
}};

constexpr NameTable<Reason, 22> kReasons{{
    {Reason::BadFormat, "bad_format"},
    {Reason::UnknownPass, "unknown_pass"},
    {Reason::WrongSecret, "wrong_secret"},
    {Reason::Superseded, "superseded"},
    {Reason::Revoked, "revoked"},
    {Reason::Lost, "lost"},
    {Reason::Suspended, "suspended"},
    {Reason::NotYetValid, "not_yet_valid"},
    {Reason::Expired, "expired"},
    {Reason::GateNotAllowed, "gate_not_allowed"},
    {Reason::OutsideHours, "outside_hours"},
    {Reason::HomeQuarantine, "home_quarantine"},
    {Reason::CentralQuarantine, "central_quarantine"},
    {Reason::Passback, "passback"},
    {Reason::Duplicate, "duplicate"},
    {Reason::Fever, "fever"},
    {Reason::MissingTemperature, "missing_temperature"},
    {Reason::NoPass, "no_pass"},
    {Reason::ManualEntry, "manual_entry"},
    {Reason::ForcedThrough, "forced_through"},
    {Reason::Abuse, "abuse"},
    {Reason::OtherIncident, "other_incident"},
}};

constexpr NameTable<OverrideReason, 4> kOverrideReasons{{
    {OverrideReason::DamagedPassHolderConfirmed, "damaged_pass_holder_confirmed"},
    {OverrideReason::VerifiedByStaff, "verified_by_staff"},
    {OverrideReason::Emergency, "emergency"},
    {OverrideReason::Other, "other"},
}};

} // namespace

QString toString(Category c)
{
    return nameOf(kCategories, c);
}
QString toString(PassStatus s)
{
    return nameOf(kStatuses, s);
}
QString toString(HolderKind k)
{
    return nameOf(kHolderKinds, k);
}
QString toString(SubjectKind k)
{
    return nameOf(kSubjectKinds, k);
}
QString toString(Direction d)
{
    return nameOf(kDirections, d);
}
QString toString(Verdict v)
{
    return nameOf(kVerdicts, v);
}
QString toString(Role r)
{
    return nameOf(kRoles, r);
}
QString toString(QuarantineKind k)
{
    return nameOf(kQuarantineKinds, k);
}
QString toString(Reason r)
{
    return nameOf(kReasons, r);
}
QString toString(OverrideReason r)
{
    return nameOf(kOverrideReasons, r);
}

std::optional<Category> categoryFromString(QStringView s)
{
    return valueOf(kCategories, s);
}
std::optional<PassStatus> passStatusFromString(QStringView s)
{
    return valueOf(kStatuses, s);
}
std::optional<HolderKind> holderKindFromString(QStringView s)
{
    return valueOf(kHolderKinds, s);
}
std::optional<SubjectKind> subjectKindFromString(QStringView s)
{
    return valueOf(kSubjectKinds, s);
}
std::optional<Direction> directionFromString(QStringView s)
{
    return valueOf(kDirections, s);
}
std::optional<Verdict> verdictFromString(QStringView s)
{
    return valueOf(kVerdicts, s);
}
std::optional<Role> roleFromString(QStringView s)
{
    return valueOf(kRoles, s);
}
std::optional<QuarantineKind> quarantineKindFromString(QStringView s)
{
    return valueOf(kQuarantineKinds, s);
}
std::optional<Reason> reasonFromString(QStringView s)
{
    return valueOf(kReasons, s);
}
std::optional<OverrideReason> overrideReasonFromString(QStringView s)
{
    return valueOf(kOverrideReasons, s);
}

QList<Category> allCategories()
{
    return valuesOf(kCategories);
}
QList<PassStatus> allPassStatuses()
{
    return valuesOf(kStatuses);
}
QList<Reason> allReasons()
{
    return valuesOf(kReasons);
}
QList<OverrideReason> allOverrideReasons()
{
    return valuesOf(kOverrideReasons);
}

bool isVehicleCategory(Category c)
{
    return c == Category::InternalVehicle || c == Category::ExternalVehicle;
}

} // namespace gatepost::core
