// The returnee desk's writes: temperature reports, checks, moves, the release. Each is one
// transaction; every refusal comes before the first write.

#include "Quarantine.h"

#include "Database.h"
#include "Formats.h"
#include "Policy.h"
#include "Registry.h"
#include "Rules.h"

#include <cmath>

namespace gatepost::core {

namespace {

QString dateText(QDate d)
{
    return d.toString(Qt::ISODate);
}

QString celsiusText(double c)
{
    return QString::number(c, 'f', 1);
}

// A row this station wrote itself is the one it may change; a row another station wrote stays
// as it came (the newest row of the slot counts when both exist).
constexpr const char* kLocalRowSql =
    " AND sync_uid LIKE COALESCE((SELECT station_id FROM station_identity WHERE id = 1), 'local') || '.%'";

} // namespace

void QuarantineDesk::recordTemperatures(QDate date, TemperatureSlot slot,
                                        const QList<TemperatureEntry>& entries, const Actor& actor)
{
    const QDate today = m_registry.today();
    if (!date.isValid() || date > today)
        refuse(RefusalCode::ReportDateInvalid, RefusalField::ReportDate, {dateText(date)});
    for (const TemperatureEntry& e : entries) {
        if (!std::isfinite(e.celsius))
            refuse(RefusalCode::TemperatureInvalid, RefusalField::Temperature, {QString::number(e.personId)});
        if (e.celsius < kMinPlausibleTemperature || e.celsius > kMaxPlausibleTemperature)
            refuse(RefusalCode::ValueOutOfRange, RefusalField::Temperature,
                   {QString::number(e.celsius), celsiusText(kMinPlausibleTemperature),
                    celsiusText(kMaxPlausibleTemperature), QString::number(e.personId)});
        if (!m_registry.person(e.personId))
            refuse(RefusalCode::PersonUnknown, RefusalField::Person, {QString::number(e.personId)});
        const std::optional<Record> rec = currentRecord(e.personId);
        if (!rec)
            refuse(RefusalCode::QuarantineNone, RefusalField::Person, {QString::number(e.personId)});
        if (date < rec->row.arrival)
            refuse(RefusalCode::ReportDateInvalid, RefusalField::ReportDate,
                   {dateText(date), dateText(rec->row.arrival), QString::number(e.personId)});
    }
    if (entries.isEmpty())
        return;

    const QString stamp = formats::utcText(m_clock.nowUtc());
    Transaction tx(m_db);
    Statement find = m_db.prepare(
        QByteArray(
            "SELECT rowid FROM temperature_reports WHERE person_id = ?1 AND report_date = ?2 AND slot = ?3")
            .append(kLocalRowSql)
            .append(" ORDER BY recorded_utc DESC, rowid DESC LIMIT 1")
            .constData());
    Statement update = m_db.prepare("UPDATE temperature_reports SET celsius = ?1, recorded_by = ?2,"
                                    " recorded_utc = ?3 WHERE rowid = ?4");
    Statement insert = m_db.prepare("INSERT INTO temperature_reports (person_id, report_date, slot, celsius,"
                                    " recorded_by, recorded_utc) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (const TemperatureEntry& e : entries) {
        const double celsius = std::round(e.celsius * 10.0) / 10.0;
        find.bind(1, e.personId).bind(2, dateText(date)).bind(3, toString(slot));
        const bool found = find.step();
        const qint64 rowId = found ? find.int64(0) : 0;
        find.reset();
        if (found) {
            update.bind(1, celsius).bind(2, actor.name).bind(3, stamp).bind(4, rowId).exec();
            update.reset();
        } else {
            insert.bind(1, e.personId)
                .bind(2, dateText(date))
                .bind(3, toString(slot))
                .bind(4, celsius)
                .bind(5, actor.name)
                .bind(6, stamp)
                .exec();
            insert.reset();
        }
    }
    tx.commit();
}

void QuarantineDesk::recordCheck(qint64 personId, CheckKind kind, CheckResult result, const QString& note,
                                 const Actor& actor)
{
    if (!m_registry.person(personId))
        refuse(RefusalCode::PersonUnknown, RefusalField::Person, {QString::number(personId)});
    if (!currentRecord(personId))
        refuse(RefusalCode::QuarantineNone, RefusalField::Person, {QString::number(personId)});
    const QString text = note.trimmed();
    const QDate today = m_registry.today();
    const QString stamp = formats::utcText(m_clock.nowUtc());

    Transaction tx(m_db);
    Statement ins = m_db.prepare("INSERT INTO quarantine_checks (person_id, check_date, kind, result, note,"
                                 " checked_by, checked_utc) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    ins.bind(1, personId)
        .bind(2, dateText(today))
        .bind(3, toString(kind))
        .bind(4, toString(result))
        .bind(5, text)
        .bind(6, actor.name)
        .bind(7, stamp)
        .exec();
    AuditTrail(m_db, m_clock)
        .append(actor, AuditAction::QuarantineCheck, QStringLiteral("person:%1").arg(personId), {},
                AuditTrail::json({{QStringLiteral("date"), dateText(today)},
                                  {QStringLiteral("kind"), toString(kind)},
                                  {QStringLiteral("result"), toString(result)},
                                  {QStringLiteral("note"), text}}));
    tx.commit();
}

void QuarantineDesk::move(qint64 personId, QuarantineKind to, const QString& reason, const Actor& actor)
{
    const QString why = reason.trimmed();
    if (!m_registry.person(personId))
        refuse(RefusalCode::PersonUnknown, RefusalField::Person, {QString::number(personId)});
    const std::optional<Record> rec = currentRecord(personId);
    if (!rec)
        refuse(RefusalCode::QuarantineNone, RefusalField::Person, {QString::number(personId)});
    if (!rec->row.certificateNumber.isEmpty())
        refuse(RefusalCode::AlreadyReleased, RefusalField::Person, {rec->row.certificateNumber});
    if (rec->row.kind == to)
        refuse(RefusalCode::QuarantineKindUnchanged, RefusalField::QuarantineKind, {toString(to)});
    if (why.isEmpty())
        refuse(RefusalCode::MoveReasonMissing, RefusalField::MoveReason);

    Transaction tx(m_db);
    Statement upd = m_db.prepare("UPDATE quarantines SET kind = ?1 WHERE id = ?2");
    upd.bind(1, toString(to)).bind(2, rec->row.quarantineId).exec();
    AuditTrail(m_db, m_clock)
        .append(actor, AuditAction::QuarantineMove, QStringLiteral("person:%1").arg(personId),
                AuditTrail::json({{QStringLiteral("quarantine_id"), rec->row.quarantineId},
                                  {QStringLiteral("kind"), toString(rec->row.kind)}}),
                AuditTrail::json({{QStringLiteral("quarantine_id"), rec->row.quarantineId},
                                  {QStringLiteral("kind"), toString(to)},
                                  {QStringLiteral("reason"), why}}));
    tx.commit();
}

ReleaseOutcome QuarantineDesk::release(qint64 personId, const Actor& actor)
{
    // One action, one transaction: the eligibility is judged inside it, so nothing another
    // connection commits between the judgement and the writes can slip through.
    Transaction tx(m_db);
    if (const std::optional<Refusal> no = releaseRefusal(personId))
        throw RefusedError(*no);
    const std::optional<Record> rec = currentRecord(personId);
    const Person person = *m_registry.person(personId);
    const QDate today = m_registry.today();

    ReleaseOutcome out;
    out.issuedDate = today;
    for (const Pass& p : m_registry.passesOfHolder(HolderKind::Person, personId)) {
        if (p.status == PassStatus::Active && p.validUntil >= today) {
            out.pass = p;
            break;
        }
    }
    if (out.pass.id == 0) {
        IssueRequest req;
        req.holderKind = HolderKind::Person;
        req.holderId = personId;
        req.category = person.category;
        req.validFrom = today;
        // The end date is the registry's rule for a new pass of the category (validUntil null).
        out.pass = m_registry.issue(req, actor);
        out.passIssued = true;
    }

    out.certificateNumber = nextCertificateNumber(today);
    Statement ins =
        m_db.prepare("INSERT INTO health_certificates (number, person_id, quarantine_id, issued_date,"
                     " issued_by, issued_utc) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    ins.bind(1, out.certificateNumber)
        .bind(2, personId)
        .bind(3, rec->row.quarantineId)
        .bind(4, dateText(today))
        .bind(5, actor.name)
        .bind(6, formats::utcText(m_clock.nowUtc()))
        .exec();
    AuditTrail(m_db, m_clock)
        .append(actor, AuditAction::CertificateIssue, out.certificateNumber, {},
                AuditTrail::json({{QStringLiteral("person_id"), personId},
                                  {QStringLiteral("quarantine_id"), rec->row.quarantineId},
                                  {QStringLiteral("start_date"), dateText(rec->row.arrival)},
                                  {QStringLiteral("end_date"), dateText(rec->row.end)},
                                  {QStringLiteral("pass"), out.pass.serial},
                                  {QStringLiteral("pass_issued"), out.passIssued}}));
    tx.commit();
    return out;
}

} // namespace gatepost::core
