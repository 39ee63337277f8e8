#pragma once

// Domain types shared by every layer. Plain values: no database handles, no widgets.
// Every enum has a stable snake_case name (toString/fromString in Types.cpp) that is
// what the database, the JSON output and the CLI use; the GUI translates them.

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gatepost::core {

enum class Category {
    RegisteredResident, // 户籍居民
    MigrantResident,    // 流动人员
    ExternalWorker,     // 外来务工
    Visitor,            // 访客
    InternalVehicle,    // 内部车辆
    ExternalVehicle,    // 外部车辆
};

enum class PassStatus { Active, Revoked, Lost, Suspended };
enum class HolderKind { Person, Vehicle };
enum class SubjectKind { Person, Vehicle, Visitor };
enum class Direction { In, Out };
enum class Verdict { Allow, Deny, Check };
enum class Role { Volunteer, ShiftLead, Staff, Admin };
enum class QuarantineKind { Home, Central };

// Reason codes of a verdict. The snake_case names are a public contract (CLI JSON, log rows).
enum class Reason {
    BadFormat,
    UnknownPass,
    WrongSecret,
    Superseded,
    Revoked,
    Lost,
    Suspended,
    NotYetValid,
    Expired,
    GateNotAllowed,
    OutsideHours,
    HomeQuarantine,
    CentralQuarantine,
    Passback,
    Duplicate,
    Fever,
    MissingTemperature,
    // No card in hand: a person found by manual search without a valid pass (check identity),
    // and an entry made without a card at all (check the face against the photo).
    NoPass,
    ManualEntry,
    // Incident rows (entry kind "incident"): what happened at the gate.
    ForcedThrough,
    Abuse,
    OtherIncident,
};

// Why a volunteer let a red verdict through (a decision row's override_reason). The snake_case
// names are stored; "other" needs a short free text (the decision row's note).
enum class OverrideReason { DamagedPassHolderConfirmed, VerifiedByStaff, Emergency, Other };

QString toString(Category c);
QString toString(PassStatus s);
QString toString(HolderKind k);
QString toString(SubjectKind k);
QString toString(Direction d);
QString toString(Verdict v);
QString toString(Role r);
QString toString(QuarantineKind k);
QString toString(Reason r);
QString toString(OverrideReason r);

std::optional<Category> categoryFromString(QStringView s);
std::optional<PassStatus> passStatusFromString(QStringView s);
std::optional<HolderKind> holderKindFromString(QStringView s);
std::optional<SubjectKind> subjectKindFromString(QStringView s);
std::optional<Direction> directionFromString(QStringView s);
std::optional<Verdict> verdictFromString(QStringView s);
std::optional<Role> roleFromString(QStringView s);
std::optional<QuarantineKind> quarantineKindFromString(QStringView s);
std::optional<Reason> reasonFromString(QStringView s);
std::optional<OverrideReason> overrideReasonFromString(QStringView s);

QList<Category> allCategories();
QList<PassStatus> allPassStatuses();
QList<Reason> allReasons();
/// In the order the verdict screen offers them.
QList<OverrideReason> allOverrideReasons();
bool isVehicleCategory(Category c);

// Area of a household: the main (closed) area or one of the outlying courtyards (院落 1..6).
struct Household
{
    qint64 id = 0;
    QString address;   // e.g. "清河四街 12排 3号" or "一号院 4号"
    int courtyard = 0; // 0 = main area, 1..6 = outlying courtyard
    QString note;
};

struct QuarantineRecord
{
    qint64 id = 0;
    qint64 personId = 0;
    QuarantineKind kind = QuarantineKind::Home;
    QDate startDate; // arrival / start of observation
    QDate endDate;   // first day the person may go out again
    QString origin;  // where the returnee came from
};

struct Person
{
    qint64 id = 0;
    qint64 householdId = 0;
    QString name;
    Category category = Category::RegisteredResident;
    QString phone;    // 11 digits, masked on screens
    QString idNumber; // optional GB 11643 number, masked on screens
    QString photoPath;
};

struct Vehicle
{
    qint64 id = 0;
    qint64 householdId = 0;
    QString plate; // normalised without the middle dot: "京A12345"
    bool internal = true;
};

struct Pass
{
    qint64 id = 0;
    QString serial; // 7 digits, zero padded
    HolderKind holderKind = HolderKind::Person;
    qint64 holderId = 0;
    Category category = Category::RegisteredResident;
    QDate validFrom;
    QDate validUntil;   // inclusive
    QStringList gates;  // empty = every gate
    int generation = 1; // bumped by a reissue
    QString secret;     // current generation's secret, 16 base32 characters
    PassStatus status = PassStatus::Active;
    QString statusReason;
};

struct Operator
{
    qint64 id = 0;
    QString name;
    Role role = Role::Volunteer;
    QString pinHash; // Argon2id, crypto_pwhash_str format
};

} // namespace gatepost::core
