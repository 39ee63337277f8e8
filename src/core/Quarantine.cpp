// The returnee desk's reading side: the list, one returnee, the judgement behind the flags,
// eligibility, certificates. Writes are in QuarantineActions.cpp.

#include "Quarantine.h"

#include "Database.h"
#include "Formats.h"
#include "NameTable.h"
#include "Policy.h"
#include "Registry.h"
#include "Roster.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <map>

namespace gatepost::core {

namespace {

constexpr NameTable<TemperatureSlot, 2> kSlots{{
    {TemperatureSlot::Morning, "morning"},
    {TemperatureSlot::Afternoon, "afternoon"},
}};
constexpr NameTable<CheckKind, 2> kCheckKinds{{
    {CheckKind::Door, "door"},
    {CheckKind::Video, "video"},
}};
constexpr NameTable<CheckResult, 3> kCheckResults{{
    {CheckResult::Present, "present"},
    {CheckResult::Absent, "absent"},
    {CheckResult::Unwell, "unwell"},
}};
constexpr NameTable<QuarantineFlag, 4> kFlags{{
    {QuarantineFlag::MorningMissing, "morning_missing"},
    {QuarantineFlag::AfternoonMissing, "afternoon_missing"},
    {QuarantineFlag::Fever, "fever"},
    {QuarantineFlag::Unwell, "unwell"},
}};

QDate dateAt(const Statement& row, int column)
{
    return QDate::fromString(row.text(column), Qt::ISODate);
}

QDateTime utcAt(const Statement& row, int column)
{
    QDateTime t = QDateTime::fromString(row.text(column), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(row.text(column), Qt::ISODate);
    return t.toUTC();
}

// Rows come ordered oldest first: the newest row of a date and slot is the last one read.
TemperatureReading readingAt(const Statement& row, int first)
{
    TemperatureReading r;
    r.date = dateAt(row, first);
    r.slot = temperatureSlotFromString(row.text(first + 1)).value_or(TemperatureSlot::Morning);
    r.celsius = row.real(first + 2);
    r.recordedBy = row.text(first + 3);
    r.recordedUtc = utcAt(row, first + 4);
    return r;
}

QuarantineCheck checkAt(const Statement& row, int first)
{
    QuarantineCheck c;
    c.date = dateAt(row, first);
    c.kind = checkKindFromString(row.text(first + 1)).value_or(CheckKind::Door);
    c.result = checkResultFromString(row.text(first + 2)).value_or(CheckResult::Present);
    c.note = row.text(first + 3);
    c.checkedBy = row.text(first + 4);
    c.checkedUtc = utcAt(row, first + 5);
    return c;
}

// The newest reading of each date and slot, in (date, slot) order.
QList<TemperatureReading> newestPerSlot(const QList<TemperatureReading>& readings)
{
    std::map<std::pair<QDate, int>, TemperatureReading> bySlot;
    for (const TemperatureReading& r : readings) {
        const auto key = std::make_pair(r.date, static_cast<int>(r.slot));
        const auto it = bySlot.find(key);
        if (it == bySlot.end() || it->second.recordedUtc <= r.recordedUtc)
            bySlot[key] = r;
    }
    QList<TemperatureReading> out;
    for (const auto& [key, r] : bySlot)
        out.append(r);
    return out;
}

} // namespace

QString toString(TemperatureSlot s)
{
    return nameOf(kSlots, s);
}
QString toString(CheckKind k)
{
    return nameOf(kCheckKinds, k);
}
QString toString(CheckResult r)
{
    return nameOf(kCheckResults, r);
}
QString toString(QuarantineFlag f)
{
    return nameOf(kFlags, f);
}
std::optional<TemperatureSlot> temperatureSlotFromString(QStringView s)
{
    return valueOf(kSlots, s);
}
std::optional<CheckKind> checkKindFromString(QStringView s)
{
    return valueOf(kCheckKinds, s);
}
std::optional<CheckResult> checkResultFromString(QStringView s)
{
    return valueOf(kCheckResults, s);
}

namespace {

// The newest record of each person (or of one person), with the person, household and certificate.
constexpr const char* kRecordSql =
    "SELECT q.id, q.person_id, q.kind, q.start_date, q.end_date, q.origin, p.name, p.category, p.phone,"
    " COALESCE(p.id_number, ''), COALESCE(p.household_id, 0), COALESCE(h.address, ''),"
    " (SELECT c.number FROM health_certificates c WHERE c.quarantine_id = q.id"
    "  ORDER BY c.issued_utc, c.number LIMIT 1),"
    " (SELECT c.issued_date FROM health_certificates c WHERE c.quarantine_id = q.id"
    "  ORDER BY c.issued_utc, c.number LIMIT 1), p.pinyin"
    " FROM quarantines q JOIN people p ON p.id = q.person_id"
    " LEFT JOIN households h ON h.id = p.household_id"
    " WHERE q.id = (SELECT q2.id FROM quarantines q2 WHERE q2.person_id = q.person_id"
    "               ORDER BY q2.start_date DESC, q2.id DESC LIMIT 1)"
    " AND (?1 = 0 OR q.person_id = ?1) AND q.end_date >= ?2";

ReturneeRow registryPart(const Statement& q)
{
    ReturneeRow r;
    r.quarantineId = q.int64(0);
    r.personId = q.int64(1);
    r.kind = quarantineKindFromString(q.text(2)).value_or(QuarantineKind::Home);
    r.arrival = dateAt(q, 3);
    r.end = dateAt(q, 4);
    r.origin = q.text(5);
    r.name = q.text(6);
    r.category = categoryFromString(q.text(7)).value_or(Category::MigrantResident);
    r.phoneMasked = q.text(8).isEmpty() ? QString() : formats::maskPhone(q.text(8));
    r.idNumberMasked = q.text(9).isEmpty() ? QString() : formats::maskIdNumber(q.text(9));
    r.householdId = q.int64(10);
    r.address = q.text(11);
    if (!q.isNull(12)) {
        r.certificateNumber = q.text(12);
        r.released = dateAt(q, 13);
    }
    return r;
}

} // namespace

QuarantineDesk::QuarantineDesk(Database& db, Registry& registry, const Clock& clock)
    : m_db(db)
    , m_registry(registry)
    , m_clock(clock)
{
}

HealthState QuarantineDesk::assess(const QList<TemperatureReading>& readings,
                                   const QList<QuarantineCheck>& checks, QDate start, QDate end,
                                   QuarantineKind kind, const QDateTime& nowLocal, const Policy& policy)
{
    HealthState h;
    const QDate today = nowLocal.date();
    int normalsSinceFever = 0;
    for (const TemperatureReading& r : newestPerSlot(readings)) {
        if (r.date < start || r.date > today)
            continue;
        ++h.reports;
        if (!h.highest || r.celsius > *h.highest)
            h.highest = r.celsius;
        if (policy.isFever(r.celsius)) {
            h.feverSeen = true;
            h.openFeverDate = r.date;
            normalsSinceFever = 0;
        } else if (h.openFeverDate.isValid() && ++normalsSinceFever >= 2) {
            h.openFeverDate = QDate(); // two normal reports after it close the fever flag
        }
        if (r.date == today)
            (r.slot == TemperatureSlot::Morning ? h.morning : h.afternoon) = r.celsius;
    }

    QList<QuarantineCheck> sorted = checks;
    std::stable_sort(sorted.begin(), sorted.end(), [](const QuarantineCheck& a, const QuarantineCheck& b) {
        return std::tie(a.date, a.checkedUtc) < std::tie(b.date, b.checkedUtc);
    });
    for (const QuarantineCheck& c : sorted) {
        if (c.date < start)
            continue;
        if (c.result == CheckResult::Unwell)
            h.openUnwellDate = c.date;
        else if (c.result == CheckResult::Present)
            h.openUnwellDate = QDate();
    }

    // Reports are due on the days of home observation: not the arrival day (they came in at any
    // hour), not from the first day out; in central quarantine the facility takes them.
    const bool reportsDue = kind == QuarantineKind::Home && today > start && today < end;
    if (reportsDue && nowLocal.time() >= QTime(kMorningDueHour, 0) && !h.morning)
        h.flags.append(QuarantineFlag::MorningMissing);
    if (reportsDue && nowLocal.time() >= QTime(kAfternoonDueHour, 0) && !h.afternoon)
        h.flags.append(QuarantineFlag::AfternoonMissing);
    if (h.openFeverDate.isValid())
        h.flags.append(QuarantineFlag::Fever);
    if (h.openUnwellDate.isValid())
        h.flags.append(QuarantineFlag::Unwell);
    return h;
}

ReturneeRow QuarantineDesk::rowOf(const Record& rec, const QDateTime& nowLocal, const Policy& policy) const
{
    ReturneeRow r = rec.row;
    const QDate today = nowLocal.date();
    r.daysLeft = static_cast<int>(std::max<qint64>(0, today.daysTo(r.end)));
    r.health = assess(rec.readings, rec.checks, r.arrival, r.end, r.kind, nowLocal, policy);
    r.eligible = r.certificateNumber.isEmpty() && r.kind == QuarantineKind::Home && today >= r.end &&
                 !r.has(QuarantineFlag::Fever) && !r.has(QuarantineFlag::Unwell);
    return r;
}

std::optional<QuarantineDesk::Record> QuarantineDesk::currentRecord(qint64 personId) const
{
    Statement q = m_db.prepare(kRecordSql);
    q.bind(1, personId).bind(2, QStringLiteral("0000-00-00"));
    if (!q.step())
        return std::nullopt;
    Record rec{registryPart(q), temperaturesOf(personId), checksOf(personId), q.text(14)};
    return rec;
}

QList<ReturneeGroup> QuarantineDesk::list(const ReturneeFilter& filter) const
{
    const Policy policy = m_registry.policy();
    const QDateTime nowLocal = m_clock.nowUtc().toTimeZone(policyTimeZone(policy.timeZone));
    const QDate today = nowLocal.date();

    QList<Record> records;
    QHash<qint64, qsizetype> byPerson;
    QDate earliest = today;
    {
        Statement q = m_db.prepare(kRecordSql);
        q.bind(1, qint64(0)).bind(2, today.addDays(-kEndedVisibleDays).toString(Qt::ISODate));
        while (q.step()) {
            ReturneeRow r = registryPart(q);
            if (!r.certificateNumber.isEmpty() && !filter.includeReleased)
                continue;
            earliest = std::min(earliest, r.arrival);
            byPerson.insert(r.personId, records.size());
            records.append(Record{std::move(r), {}, {}, q.text(14)});
        }
    }
    if (records.isEmpty())
        return {};

    // Every report and check since the earliest arrival, in two reads rather than two per person.
    const QString since = earliest.toString(Qt::ISODate);
    {
        Statement q = m_db.prepare("SELECT person_id, report_date, slot, celsius, recorded_by, recorded_utc"
                                   " FROM temperature_reports WHERE report_date >= ?1"
                                   " ORDER BY recorded_utc, rowid");
        q.bind(1, since);
        while (q.step()) {
            const auto it = byPerson.constFind(q.int64(0));
            if (it != byPerson.constEnd())
                records[*it].readings.append(readingAt(q, 1));
        }
    }
    {
        Statement q = m_db.prepare("SELECT person_id, check_date, kind, result, note, checked_by, checked_utc"
                                   " FROM quarantine_checks WHERE check_date >= ?1"
                                   " ORDER BY checked_utc, rowid");
        q.bind(1, since);
        while (q.step()) {
            const auto it = byPerson.constFind(q.int64(0));
            if (it != byPerson.constEnd())
                records[*it].checks.append(checkAt(q, 1));
        }
    }

    std::sort(records.begin(), records.end(), [](const Record& a, const Record& b) {
        return std::tie(a.sortKey, a.row.name, a.row.personId) <
               std::tie(b.sortKey, b.row.name, b.row.personId);
    });
    QMap<QDate, ReturneeGroup> groups;
    for (const Record& rec : records) {
        ReturneeGroup& g = groups[rec.row.arrival];
        g.arrival = rec.row.arrival;
        g.returnees.append(rowOf(rec, nowLocal, policy));
    }
    QList<ReturneeGroup> out;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        out.prepend(*it); // newest arrival first
    return out;
}

std::optional<ReturneeRow> QuarantineDesk::returnee(qint64 personId) const
{
    const std::optional<Record> rec = currentRecord(personId);
    if (!rec)
        return std::nullopt;
    const Policy policy = m_registry.policy();
    return rowOf(*rec, m_clock.nowUtc().toTimeZone(policyTimeZone(policy.timeZone)), policy);
}

std::optional<Refusal> QuarantineDesk::releaseRefusal(qint64 personId) const
{
    const QString id = QString::number(personId);
    if (!m_registry.person(personId))
        return Refusal{RefusalCode::PersonUnknown, RefusalField::Person, {id}};
    const std::optional<ReturneeRow> r = returnee(personId);
    if (!r)
        return Refusal{RefusalCode::QuarantineNone, RefusalField::Person, {id}};
    if (!r->certificateNumber.isEmpty())
        return Refusal{RefusalCode::AlreadyReleased, RefusalField::Person, {r->certificateNumber}};
    if (r->kind == QuarantineKind::Central)
        return Refusal{RefusalCode::InCentralQuarantine, RefusalField::Person, {id}};
    if (r->daysLeft > 0)
        return Refusal{RefusalCode::QuarantineNotOver,
                       RefusalField::Person,
                       {r->end.toString(Qt::ISODate), QString::number(r->daysLeft)}};
    if (r->has(QuarantineFlag::Fever))
        return Refusal{RefusalCode::FeverFlagOpen,
                       RefusalField::Person,
                       {r->health.openFeverDate.toString(Qt::ISODate)}};
    if (r->has(QuarantineFlag::Unwell))
        return Refusal{RefusalCode::UnwellFlagOpen,
                       RefusalField::Person,
                       {r->health.openUnwellDate.toString(Qt::ISODate)}};
    return std::nullopt;
}

QList<TemperatureReading> QuarantineDesk::temperaturesOf(qint64 personId) const
{
    Statement q = m_db.prepare("SELECT report_date, slot, celsius, recorded_by, recorded_utc"
                               " FROM temperature_reports WHERE person_id = ?1 ORDER BY recorded_utc, rowid");
    q.bind(1, personId);
    QList<TemperatureReading> all;
    while (q.step())
        all.append(readingAt(q, 0));
    return newestPerSlot(all);
}

QList<QuarantineCheck> QuarantineDesk::checksOf(qint64 personId) const
{
    Statement q =
        m_db.prepare("SELECT check_date, kind, result, note, checked_by, checked_utc"
                     " FROM quarantine_checks WHERE person_id = ?1 ORDER BY check_date, checked_utc, rowid");
    q.bind(1, personId);
    QList<QuarantineCheck> out;
    while (q.step())
        out.append(checkAt(q, 0));
    return out;
}

std::optional<CertificateFacts> QuarantineDesk::certificate(const QString& number) const
{
    Statement q = m_db.prepare("SELECT c.number, c.issued_date, c.issued_by, c.person_id, p.name,"
                               " COALESCE(p.id_number, ''), COALESCE(h.address, ''), q.origin, q.kind,"
                               " q.start_date, q.end_date"
                               " FROM health_certificates c JOIN people p ON p.id = c.person_id"
                               " JOIN quarantines q ON q.id = c.quarantine_id"
                               " LEFT JOIN households h ON h.id = p.household_id WHERE c.number = ?1");
    q.bind(1, number.trimmed());
    if (!q.step())
        return std::nullopt;
    CertificateFacts f;
    f.number = q.text(0);
    f.issuedDate = dateAt(q, 1);
    f.issuedBy = q.text(2);
    f.personId = q.int64(3);
    f.name = q.text(4);
    f.idNumberMasked = q.text(5).isEmpty() ? QString() : formats::maskIdNumber(q.text(5));
    f.address = q.text(6);
    f.origin = q.text(7);
    f.kind = quarantineKindFromString(q.text(8)).value_or(QuarantineKind::Home);
    f.start = dateAt(q, 9);
    f.end = dateAt(q, 10);
    // The observation's reports: from arrival to the day before the first day out.
    const Policy policy = m_registry.policy();
    const HealthState h = assess(temperaturesOf(f.personId), {}, f.start, f.end.addDays(-1), f.kind,
                                 QDateTime(f.end.addDays(-1), QTime(23, 59)), policy);
    f.reports = h.reports;
    f.highest = h.highest;
    f.feverSeen = h.feverSeen;
    return f;
}

QString QuarantineDesk::nextCertificateNumber(QDate date) const
{
    const QString prefix = QStringLiteral("JK-%1-").arg(date.toString(QStringLiteral("yyyyMMdd")));
    Statement q = m_db.prepare("SELECT max(CAST(substr(number, ?2) AS INTEGER)) FROM health_certificates"
                               " WHERE substr(number, 1, ?3) = ?1");
    q.bind(1, prefix).bind(2, static_cast<int>(prefix.size()) + 1).bind(3, static_cast<int>(prefix.size()));
    qint64 next = 1;
    if (q.step() && !q.isNull(0))
        next = q.int64(0) + 1;
    return prefix + QStringLiteral("%1").arg(next, 4, 10, QLatin1Char('0'));
}

} // namespace gatepost::core
