// Registry: the office's pass actions (extend, suspend, resume, report lost, revoke, batch
// issue), each refused by a code with its field, each one transaction with its audit row.

#include "AuditTrail.h"
#include "PassCode.h"
#include "Refusal.h"
#include "Registry.h"

#include <QJsonObject>

namespace gatepost::core {

namespace {

QString dateText(QDate d)
{
    return d.toString(Qt::ISODate);
}

QString requireReason(const QString& reason)
{
    const QString why = reason.simplified();
    if (why.isEmpty())
        refuse(RefusalCode::ReasonMissing, RefusalField::Reason);
    return why;
}

[[noreturn]] void refuseStatus(const Pass& p)
{
    refuse(RefusalCode::PassStatusInvalid, RefusalField::Serial, {p.serial, toString(p.status)});
}

} // namespace

Pass Registry::passForAction(const QString& serial) const
{
    std::optional<Pass> p = pass(serial);
    if (!p)
        refuse(RefusalCode::SerialUnknown, RefusalField::Serial, {serial.trimmed()});
    return *p;
}

Pass Registry::changeStatus(Pass p, PassStatus status, const QString& reason, const Actor& actor)
{
    const QString why = reason.trimmed();
    Transaction tx(m_db);
    const QJsonObject before{{QStringLiteral("status"), toString(p.status)},
                             {QStringLiteral("reason"), p.statusReason}};
    p.status = status;
    p.statusReason = why;
    auto upd = query("UPDATE passes SET status = ?1, status_reason = ?2, updated_utc = ?3 WHERE id = ?4");
    upd->bind(1, toString(status)).bind(2, why).bind(3, nowText()).bind(4, p.id).exec();
    const AuditAction action = status == PassStatus::Revoked  ? AuditAction::PassRevoke
                               : status == PassStatus::Lost   ? AuditAction::PassReportLost
                               : status == PassStatus::Active ? AuditAction::PassReactivate
                                                              : AuditAction::PassSuspend;
    AuditTrail(m_db, m_clock)
        .append(actor, action, p.serial, AuditTrail::json(before),
                AuditTrail::json(
                    {{QStringLiteral("status"), toString(status)}, {QStringLiteral("reason"), why}}));
    tx.commit();
    return p;
}

Pass Registry::extend(const QString& serial, QDate newValidUntil, const QString& reason, const Actor& actor)
{
    const QString why = requireReason(reason);
    Transaction tx(m_db);
    Pass p = passForAction(serial);
    if (p.status == PassStatus::Revoked)
        refuseStatus(p);
    const QDate earliest = std::max(p.validFrom.isValid() ? p.validFrom : today(), today());
    if (!newValidUntil.isValid() || newValidUntil < earliest)
        refuse(RefusalCode::ValidUntilInvalid, RefusalField::ValidUntil,
               {newValidUntil.isValid() ? dateText(newValidUntil) : QString(), dateText(earliest)});
    if (newValidUntil == p.validUntil)
        return p;
    const QDate old = p.validUntil;
    p.validUntil = newValidUntil;
    auto upd = query("UPDATE passes SET valid_until = ?1, updated_utc = ?2 WHERE id = ?3");
    upd->bind(1, dateText(p.validUntil)).bind(2, nowText()).bind(3, p.id).exec();
    AuditTrail(m_db, m_clock)
        .append(actor, AuditAction::PassExtend, p.serial,
                AuditTrail::json({{QStringLiteral("valid_until"), dateText(old)}}),
                AuditTrail::json({{QStringLiteral("valid_until"), dateText(p.validUntil)},
                                  {QStringLiteral("reason"), why}}));
    tx.commit();
    return p;
}

Pass Registry::suspend(const QString& serial, const QString& reason, const Actor& actor)
{
    const QString why = requireReason(reason);
    Transaction tx(m_db);
    const Pass p = passForAction(serial);
    if (p.status != PassStatus::Active)
        refuseStatus(p);
    Pass out = changeStatus(p, PassStatus::Suspended, why, actor);
    tx.commit();
    return out;
}

Pass Registry::resume(const QString& serial, const QString& reason, const Actor& actor)
{
    Transaction tx(m_db);
    const Pass p = passForAction(serial);
    if (p.status != PassStatus::Suspended)
        refuseStatus(p);
    Pass out = changeStatus(p, PassStatus::Active, reason.simplified(), actor);
    tx.commit();
    return out;
}

Pass Registry::reportLost(const QString& serial, const QString& reason, const Actor& actor)
{
    Transaction tx(m_db);
    const Pass p = passForAction(serial);
    if (p.status != PassStatus::Active && p.status != PassStatus::Suspended)
        refuseStatus(p);
    Pass out = changeStatus(p, PassStatus::Lost, reason.simplified(), actor);
    tx.commit();
    return out;
}

Pass Registry::revoke(const QString& serial, const QString& reason, const Actor& actor)
{
    const QString why = requireReason(reason);
    Transaction tx(m_db);
    const Pass p = passForAction(serial);
    if (p.status == PassStatus::Revoked)
        refuseStatus(p);
    Pass out = changeStatus(p, PassStatus::Revoked, why, actor);
    tx.commit();
    return out;
}

BatchIssueResult Registry::issueBatch(const BatchIssueRequest& request, const Actor& actor)
{
    if (request.householdId == 0 && !request.courtyard && !request.category)
        refuse(RefusalCode::BatchScopeMissing);
    if (request.courtyard && (*request.courtyard < 0 || *request.courtyard > 6))
        refuse(RefusalCode::CourtyardInvalid, RefusalField::Courtyard, {QString::number(*request.courtyard)});
    const QDate from = request.validFrom.isValid() ? request.validFrom : today();
    if (request.validUntil.isValid() && request.validUntil < from)
        refuse(RefusalCode::ValidUntilInvalid, RefusalField::ValidUntil,
               {dateText(request.validUntil), dateText(from)});
    for (const QString& g : request.gates) {
        if (!gateExists(g.trimmed()))
            refuse(RefusalCode::GateUnknown, RefusalField::Gate, {g.trimmed()});
    }

    Transaction tx(m_db);
    if (request.householdId != 0 && !householdExists(request.householdId))
        refuse(RefusalCode::HouseholdUnknown, RefusalField::Household,
               {QString::number(request.householdId)});

    // Every matching holder, and whether it already holds an active pass still in date.
    struct Holder
    {
        HolderKind kind;
        qint64 id;
        bool covered;
    };
    QList<Holder> holders;
    const QString day = dateText(today());
    auto bindScope = [&](Query& q) {
        q->bind(1, request.householdId).bind(4, day);
        if (request.courtyard)
            q->bind(2, *request.courtyard);
        if (request.category)
            q->bind(3, toString(*request.category));
    };
    if (request.people) {
        auto q = query("SELECT pe.id, EXISTS (SELECT 1 FROM passes p WHERE p.person_id = pe.id"
                       "   AND p.status = 'active' AND p.valid_until >= ?4)"
                       " FROM people pe LEFT JOIN households h ON h.id = pe.household_id"
                       " WHERE (?1 = 0 OR pe.household_id = ?1) AND (?2 IS NULL OR h.courtyard = ?2)"
                       "   AND (?3 IS NULL OR pe.category = ?3) ORDER BY pe.id");
        bindScope(q);
        while (q->step())
            holders.append({HolderKind::Person, q->int64(0), q->int64(1) != 0});
    }
    if (request.vehicles) {
        auto q = query("SELECT v.id, EXISTS (SELECT 1 FROM passes p WHERE p.vehicle_id = v.id"
                       "   AND p.status = 'active' AND p.valid_until >= ?4)"
                       " FROM vehicles v LEFT JOIN households h ON h.id = v.household_id"
                       " WHERE (?1 = 0 OR v.household_id = ?1) AND (?2 IS NULL OR h.courtyard = ?2)"
                       "   AND (?3 IS NULL OR ?3 = CASE WHEN v.internal THEN 'internal_vehicle'"
                       "                                ELSE 'external_vehicle' END) ORDER BY v.id");
        bindScope(q);
        while (q->step())
            holders.append({HolderKind::Vehicle, q->int64(0), q->int64(1) != 0});
    }

    BatchIssueResult result;
    for (const Holder& h : holders) {
        if (h.covered) {
            ++result.skipped;
            continue;
        }
        IssueRequest r;
        r.holderKind = h.kind;
        r.holderId = h.id;
        r.validFrom = from;
        r.validUntil = request.validUntil;
        r.gates = request.gates;
        result.issued.append(issue(r, actor));
    }
    tx.commit();
    return result;
}

} // namespace gatepost::core
