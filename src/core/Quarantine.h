#pragma once

// The office's returnee desk: people with a quarantine record (registered at a gate or at the
// office, arrived here through sync or not), grouped by arrival date as the community's chat
// groups were; twice-daily temperature reports, door and video checks, moves between home and
// central quarantine, and the release (a pass and a health certificate, 健康证明).
//
// Rules (docs/quarantine.md):
// - A person's quarantine is their newest record (by start date). The list shows records still
//   running, those ended less than kEndedVisibleDays ago and not released yet, and (on request)
//   released ones. The end date is the record's own (arrival + Policy::homeQuarantineDays when
//   it was registered): the gate's rules read the same date.
// - Reports: one per person, date and slot (morning, afternoon). A second entry for the same
//   slot replaces the first (this station's row is updated); when two stations wrote the same
//   slot, the newest row counts.
// - Flags, judged now in the policy's time zone: morning_missing from kMorningDueHour and
//   afternoon_missing from kAfternoonDueHour on a day of home observation (not the arrival day,
//   not the first day out); fever (Policy::isFever) stays open until two later reports are both
//   normal; unwell (a check with result unwell) stays open until a later check finds the person
//   present.
// - Eligible for release: on or after the end date, at home (a person in central quarantine
//   is first moved home, with the reason, when the facility lets them go), no open fever or
//   unwell flag, not released yet.
//
// Every write is one transaction; a refusal (RefusedError with a code) writes nothing.

#include "AuditTrail.h"
#include "Refusal.h"
#include "Types.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace gatepost::core {

class Clock;
class Database;
class Registry;
struct Policy;

enum class TemperatureSlot { Morning, Afternoon };
enum class CheckKind { Door, Video };
enum class CheckResult { Present, Absent, Unwell };
enum class QuarantineFlag { MorningMissing, AfternoonMissing, Fever, Unwell };

QString toString(TemperatureSlot s);
QString toString(CheckKind k);
QString toString(CheckResult r);
QString toString(QuarantineFlag f);
std::optional<TemperatureSlot> temperatureSlotFromString(QStringView s);
std::optional<CheckKind> checkKindFromString(QStringView s);
std::optional<CheckResult> checkResultFromString(QStringView s);

/// One temperature report as stored.
struct TemperatureReading
{
    QDate date;
    TemperatureSlot slot = TemperatureSlot::Morning;
    double celsius = 0;
    QString recordedBy;
    QDateTime recordedUtc;
};

/// One door or video check as stored.
struct QuarantineCheck
{
    QDate date;
    CheckKind kind = CheckKind::Door;
    CheckResult result = CheckResult::Present;
    QString note;
    QString checkedBy;
    QDateTime checkedUtc;
};

/// What the reports and checks of one observation say now (a pure judgement, see assess()).
struct HealthState
{
    QList<QuarantineFlag> flags;
    std::optional<double> morning;   ///< today's morning report
    std::optional<double> afternoon; ///< today's afternoon report
    QDate openFeverDate;             ///< the fever reading that keeps the fever flag open
    QDate openUnwellDate;            ///< the check that keeps the unwell flag open
    int reports = 0;                 ///< reports during the observation (one per date and slot)
    std::optional<double> highest;   ///< the highest of them
    bool feverSeen = false;          ///< any of them a fever, even a closed one
};

/// One returnee as the office list shows them.
struct ReturneeRow
{
    qint64 personId = 0;
    qint64 quarantineId = 0;
    QString name;
    Category category = Category::MigrantResident;
    QString phoneMasked;
    QString idNumberMasked; ///< empty when none is known
    qint64 householdId = 0;
    QString address;
    QString origin;
    QuarantineKind kind = QuarantineKind::Home;
    QDate arrival; ///< the record's start date
    QDate end;     ///< first day out
    int daysLeft = 0;
    HealthState health;
    bool eligible = false;     ///< release() would succeed now
    QString certificateNumber; ///< set once released
    QDate released;            ///< the certificate's issue date
    bool has(QuarantineFlag f) const { return health.flags.contains(f); }
};

struct ReturneeGroup
{
    QDate arrival;
    QList<ReturneeRow> returnees; ///< by name (its pinyin)
};

struct ReturneeFilter
{
    bool includeReleased = false;
};

struct TemperatureEntry
{
    qint64 personId = 0;
    double celsius = 0;
};

struct ReleaseOutcome
{
    QString certificateNumber; ///< "JK-20261201-0001"
    QDate issuedDate;
    Pass pass;               ///< the pass the person goes out with
    bool passIssued = false; ///< false: an active pass valid today and after was kept
};

/// What a health certificate states, read back from the registry (a PDF can be made again).
struct CertificateFacts
{
    QString number;
    QDate issuedDate;
    QString issuedBy;
    qint64 personId = 0;
    QString name;
    QString idNumberMasked;
    QString address;
    QString origin;
    QuarantineKind kind = QuarantineKind::Home;
    QDate start;
    QDate end;
    int reports = 0;
    std::optional<double> highest;
    bool feverSeen = false;
};

class QuarantineDesk
{
public:
    /// Local hours from which a missing report of the day is flagged.
    static constexpr int kMorningDueHour = 12;
    static constexpr int kAfternoonDueHour = 18;
    static constexpr int kEndedVisibleDays = 30;

    QuarantineDesk(Database& db, Registry& registry, const Clock& clock);
    Q_DISABLE_COPY_MOVE(QuarantineDesk)

    /// Returnees grouped by arrival date, newest arrival first.
    QList<ReturneeGroup> list(const ReturneeFilter& filter = {}) const;
    /// One person as the list shows them (released or not); nullopt without a quarantine record.
    std::optional<ReturneeRow> returnee(qint64 personId) const;

    /// Reports for a whole group in one transaction. Refused (nothing written): an unknown
    /// person, a person without quarantine, a date in the future or before the arrival, a
    /// reading that is not a number or outside 30..45 °C (value_out_of_range).
    void recordTemperatures(QDate date, TemperatureSlot slot, const QList<TemperatureEntry>& entries,
                            const Actor& actor);
    /// A door or video check today (an audit row quarantine_check).
    void recordCheck(qint64 personId, CheckKind kind, CheckResult result, const QString& note,
                     const Actor& actor);
    /// To central quarantine or back home (an audit row quarantine_move with the reason). Refused:
    /// no reason, no quarantine, released, already there.
    void move(qint64 personId, QuarantineKind to, const QString& reason, const Actor& actor);

    /// Why release() would be refused now; nullopt when the person is eligible.
    std::optional<Refusal> releaseRefusal(qint64 personId) const;
    /// Issues the pass (Registry::issue: the person's category, valid from today, the end date
    /// the registry gives a new pass; an active pass valid today and after is kept instead) and
    /// the health certificate record with its audit row, in one transaction. Throws
    /// RefusedError (releaseRefusal) when not eligible.
    ReleaseOutcome release(qint64 personId, const Actor& actor);
    std::optional<CertificateFacts> certificate(const QString& number) const;

    /// Every report of the person (newest row per date and slot), oldest first.
    QList<TemperatureReading> temperaturesOf(qint64 personId) const;
    /// Every check of the person, oldest first.
    QList<QuarantineCheck> checksOf(qint64 personId) const;

    /// The judgement behind the flags: reports and checks of the observation that runs from
    /// @p start to @p end (first day out), at local time @p nowLocal.
    static HealthState assess(const QList<TemperatureReading>& readings, const QList<QuarantineCheck>& checks,
                              QDate start, QDate end, QuarantineKind kind, const QDateTime& nowLocal,
                              const Policy& policy);

private:
    // A person's newest record as read from the database, with its reports and checks.
    struct Record
    {
        ReturneeRow row; // the registry's part; health and eligibility not judged yet
        QList<TemperatureReading> readings;
        QList<QuarantineCheck> checks;
        QString sortKey; // the pinyin of the name: the order of the list within a group
    };
    std::optional<Record> currentRecord(qint64 personId) const;
    ReturneeRow rowOf(const Record& r, const QDateTime& nowLocal, const Policy& policy) const;
    QString nextCertificateNumber(QDate date) const;

    Database& m_db;
    Registry& m_registry;
    const Clock& m_clock;
};

} // namespace gatepost::core
