#include "Handover.h"

#include "AuditTrail.h"
#include "Auth.h"
#include "Formats.h"
#include "Refusal.h"
#include "Roster.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace gatepost::core {

namespace {

bool isCrossing(EntryKind k)
{
    return k == EntryKind::Scan || k == EntryKind::Manual || k == EntryKind::Visitor;
}

QString isoUtc(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject inOutJson(const InOut& c)
{
    return {
        {QStringLiteral("in"), c.in}, {QStringLiteral("out"), c.out}, {QStringLiteral("total"), c.total()}};
}

QJsonArray itemsJson(const QList<HandoverItem>& items)
{
    QJsonArray a;
    for (const HandoverItem& i : items) {
        QJsonArray reasons;
        for (Reason r : i.reasons)
            reasons.append(toString(r));
        QJsonObject o{{QStringLiteral("at_utc"), isoUtc(i.atUtc)},
                      {QStringLiteral("gate"), i.gate},
                      {QStringLiteral("direction"), toString(i.direction)},
                      {QStringLiteral("serial"), i.passSerial},
                      {QStringLiteral("reasons"), reasons},
                      {QStringLiteral("operator"), i.operatorName},
                      {QStringLiteral("note"), i.note}};
        if (!i.overrideReason.isEmpty())
            o.insert(QStringLiteral("override_reason"), i.overrideReason);
        if (i.temperature)
            o.insert(QStringLiteral("temperature"), *i.temperature);
        a.append(o);
    }
    return a;
}

QJsonArray staffJson(const QList<HandoverStaff>& staff)
{
    QJsonArray a;
    for (const HandoverStaff& s : staff)
        a.append(QJsonObject{{QStringLiteral("operator"), s.operatorName},
                             {QStringLiteral("role"), s.role},
                             {QStringLiteral("planned"), s.planned},
                             {QStringLiteral("on_duty"), s.onDuty},
                             {QStringLiteral("gates"), QJsonArray::fromStringList(s.gates)},
                             {QStringLiteral("first_on_utc"), isoUtc(s.firstOnUtc)},
                             {QStringLiteral("last_off_utc"), isoUtc(s.lastOffUtc)},
                             {QStringLiteral("off_estimated"), s.offEstimated}});
    return a;
}

QJsonArray patrolsJson(const QList<PatrolRecord>& checks)
{
    QJsonArray a;
    for (const PatrolRecord& p : checks)
        a.append(QJsonObject{{QStringLiteral("courtyard"), p.check.courtyard},
                             {QStringLiteral("kind"), toString(p.check.kind)},
                             {QStringLiteral("method"), toString(p.check.method)},
                             {QStringLiteral("result"), toString(p.check.result)},
                             {QStringLiteral("note"), p.check.note},
                             {QStringLiteral("at_utc"), isoUtc(p.check.checkedUtc)},
                             {QStringLiteral("checked_by"), p.checkedBy},
                             {QStringLiteral("station"), p.station}});
    return a;
}

QJsonValue signatureJson(const std::optional<HandoverSignature>& s)
{
    if (!s)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("lead"), s->leadName},
                       {QStringLiteral("at_utc"), isoUtc(s->atUtc)},
                       {QStringLiteral("station"), s->stationId},
                       {QStringLiteral("note"), s->note}};
}

HandoverItem itemOf(const CrossingEntry& e)
{
    HandoverItem i;
    i.atUtc = e.atUtc;
    i.gate = e.gate;
    i.direction = e.direction;
    i.passSerial = e.passSerial;
    i.reasons = e.reasons;
    i.overrideReason = e.overrideReason;
    i.temperature = e.temperature;
    i.note = e.note;
    i.operatorName = e.operatorName;
    return i;
}

// The category a crossing counts under: its pass's, "visitor" for a visitor without a pass,
// "none" when there is no known pass (an unknown code, a manual entry of a person).
class CategoryOf
{
public:
    explicit CategoryOf(Database& db)
        : m_q(db.prepare("SELECT category FROM passes WHERE serial = ?1"))
    {
    }
    QString operator()(const CrossingEntry& e)
    {
        if (e.passSerial.isEmpty())
            return e.subjectKind == SubjectKind::Visitor ? QStringLiteral("visitor") : QStringLiteral("none");
        const auto hit = m_cache.constFind(e.passSerial);
        if (hit != m_cache.cend())
            return *hit;
        m_q.bind(1, e.passSerial);
        const QString c = m_q.step() ? m_q.text(0) : QStringLiteral("none");
        m_q.reset();
        m_cache.insert(e.passSerial, c);
        return c;
    }

private:
    Statement m_q;
    QHash<QString, QString> m_cache;
};

} // namespace

QJsonObject HandoverReport::toJson() const
{
    QJsonObject gates;
    for (auto g = byGate.cbegin(); g != byGate.cend(); ++g) {
        QJsonObject cats;
        InOut sum;
        for (auto c = g.value().cbegin(); c != g.value().cend(); ++c) {
            cats.insert(c.key(), inOutJson(c.value()));
            sum.in += c.value().in;
            sum.out += c.value().out;
        }
        gates.insert(g.key(), QJsonObject{{QStringLiteral("total"), inOutJson(sum)},
                                          {QStringLiteral("by_category"), cats}});
    }
    QJsonObject denials;
    for (auto d = denialsByReason.cbegin(); d != denialsByReason.cend(); ++d)
        denials.insert(toString(d.key()), d.value());
    QJsonArray overdue;
    for (int c : overdueCourtyards)
        overdue.append(c);
    return QJsonObject{
        {QStringLiteral("shift"), shiftId},
        {QStringLiteral("shift_name"), shiftName},
        {QStringLiteral("gate"), gate},
        {QStringLiteral("start_utc"), isoUtc(startUtc)},
        {QStringLiteral("end_utc"), isoUtc(endUtc)},
        {QStringLiteral("total"), total},
        {QStringLiteral("in"), all.in},
        {QStringLiteral("out"), all.out},
        {QStringLiteral("allow"), allow},
        {QStringLiteral("deny"), deny},
        {QStringLiteral("check"), check},
        {QStringLiteral("passed"), inOutJson(passed)},
        {QStringLiteral("gates"), gates},
        {QStringLiteral("denials_by_reason"), denials},
        {QStringLiteral("overrides"), itemsJson(overrides)},
        {QStringLiteral("incidents"), itemsJson(incidents)},
        {QStringLiteral("fevers"), itemsJson(fevers)},
        {QStringLiteral("team"), QJsonObject{{QStringLiteral("code"), team},
                                             {QStringLiteral("name"), teamName},
                                             {QStringLiteral("lead"), teamLead}}},
        {QStringLiteral("planned"), plannedCount()},
        {QStringLiteral("on_duty"), onDutyCount()},
        {QStringLiteral("absent"), QJsonArray::fromStringList(absent())},
        {QStringLiteral("unplanned"), QJsonArray::fromStringList(unplanned())},
        {QStringLiteral("staff"), staffJson(staff)},
        {QStringLiteral("patrols"), patrolsJson(patrols)},
        {QStringLiteral("overdue_courtyards"), overdue},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("open_matters"), openMatters},
        {QStringLiteral("signed"), signatureJson(signature)},
        {QStringLiteral("acknowledged"), signatureJson(acknowledgement)},
    };
}

HandoverReport buildHandover(Database& db, const Policy& policy, const QString& shiftId, const QString& gate,
                             const QDateTime& nowUtc)
{
    const std::optional<Shift> shift = Roster(policy).shiftById(shiftId);
    if (!shift)
        refuse(RefusalCode::ShiftInvalid, RefusalField::Shift, {shiftId});

    HandoverReport r;
    r.shiftId = shift->id();
    r.shiftName = shift->name;
    r.gate = gate;
    r.startUtc = shift->startUtc;
    r.endUtc = shift->endUtc;

    SystemClock clock;
    const CrossingLog log(db, QStringLiteral("handover"), clock);
    CategoryOf categoryOf(db);
    // A crossing's decision may come after the shift ended; decisions in the range are read as
    // they come, later ones looked up (rare: a volunteer decides within seconds).
    QHash<QString, CrossingEntry> crossings; // uuid -> crossing, for the decisions in range
    QHash<QString, bool> decided;            // crossing uuid -> let through
    QList<CrossingEntry> rows;
    log.forEach(r.startUtc, r.endUtc, [&](const CrossingEntry& e) {
        if (!gate.isEmpty() && e.gate != gate)
            return;
        rows.append(e);
        if (e.kind == EntryKind::Decision && e.letThrough)
            decided.insert(e.refUuid, *e.letThrough);
    });
    for (const CrossingEntry& e : rows) {
        if (e.kind == EntryKind::Incident) {
            r.incidents.append(itemOf(e));
            continue;
        }
        if (e.kind == EntryKind::Decision) {
            if (e.letThrough.value_or(false) && e.verdict == Verdict::Deny)
                r.overrides.append(itemOf(e));
            continue;
        }
        if (!isCrossing(e.kind))
            continue;
        ++r.total;
        InOut& cell = r.byGate[e.gate][categoryOf(e)];
        (e.direction == Direction::In ? cell.in : cell.out) += 1;
        (e.direction == Direction::In ? r.all.in : r.all.out) += 1;
        switch (e.verdict) {
        case Verdict::Allow:
            ++r.allow;
            break;
        case Verdict::Deny:
            ++r.deny;
            for (Reason why : e.reasons)
                r.denialsByReason[why] += 1;
            break;
        case Verdict::Check:
            ++r.check;
            break;
        }
        std::optional<bool> decision;
        const auto d = decided.constFind(e.uuid);
        if (d != decided.cend())
            decision = *d;
        else if (e.verdict != Verdict::Allow) {
            if (const auto later = log.decisionOn(e.uuid))
                decision = later->letThrough;
        }
        if (wentThrough(e.verdict, decision))
            (e.direction == Direction::In ? r.passed.in : r.passed.out) += 1;
        if (e.temperature && policy.isFever(*e.temperature))
            r.fevers.append(itemOf(e));
    }
    addHandoverStaffing(db, policy, r, nowUtc.isValid() ? nowUtc : clock.nowUtc());
    return r;
}

// --- signing -------------------------------------------------------------------------------

struct HandoverDesk::Stored
{
    qint64 id = 0;
    HandoverSignature signature;
    QString notes;
    QString openMatters;
    std::optional<HandoverSignature> acknowledgement;
};

HandoverDesk::HandoverDesk(Database& db, Auth& auth, const Policy& policy, QString stationId,
                           const Clock& clock)
    : m_db(db)
    , m_auth(auth)
    , m_policy(policy)
    , m_stationId(std::move(stationId))
    , m_clock(clock)
{
}

std::optional<HandoverDesk::Stored> HandoverDesk::stored(const QString& shiftId, const QString& gate) const
{
    Statement q =
        m_db.prepare("SELECT h.id, h.signed_by, h.signed_utc, h.station_id, h.notes, h.open_matters,"
                     " a.acknowledged_by, a.acknowledged_utc, a.station_id, a.note"
                     " FROM handovers h LEFT JOIN handover_acks a ON a.handover_id = h.id"
                     " WHERE h.shift_id = ?1 AND h.gate = ?2 ORDER BY h.id, a.id LIMIT 1");
    q.bind(1, shiftId).bind(2, gate);
    if (!q.step())
        return std::nullopt;
    Stored s;
    s.id = q.int64(0);
    s.signature = {q.text(1), QDateTime::fromString(q.text(2), Qt::ISODateWithMs), q.text(3), {}};
    s.notes = q.text(4);
    s.openMatters = q.text(5);
    if (!q.isNull(6))
        s.acknowledgement = HandoverSignature{q.text(6), QDateTime::fromString(q.text(7), Qt::ISODateWithMs),
                                              q.text(8), q.text(9)};
    return s;
}

HandoverReport HandoverDesk::report(const QString& shiftId, const QString& gate) const
{
    HandoverReport r = buildHandover(m_db, m_policy, shiftId, gate, m_clock.nowUtc());
    if (const auto s = stored(r.shiftId, gate)) {
        r.signature = s->signature;
        r.notes = s->notes;
        r.openMatters = s->openMatters;
        r.acknowledgement = s->acknowledgement;
    }
    return r;
}

QString HandoverDesk::checkLead(const QString& leadName, const QString& pin)
{
    const SignOnResult who = m_auth.signOn(leadName.trimmed(), pin);
    if (who.code == SignOnResult::Code::Locked)
        refuse(RefusalCode::AccountLocked, RefusalField::Pin, {QString::number(who.lockSeconds)});
    if (!who.ok())
        refuse(RefusalCode::PinWrong, RefusalField::Pin);
    if (!Auth::roleAtLeast(who.op->role, Role::ShiftLead))
        refuse(RefusalCode::RoleTooLow, RefusalField::Operator, {toString(Role::ShiftLead)});
    return who.op->name;
}

HandoverReport HandoverDesk::sign(const QString& shiftId, const QString& gate, const QString& notes,
                                  const QString& openMatters, const QString& leadName, const QString& pin)
{
    HandoverReport r = buildHandover(m_db, m_policy, shiftId, gate, m_clock.nowUtc());
    if (r.startUtc > m_clock.nowUtc())
        refuse(RefusalCode::ShiftNotStarted, RefusalField::Shift, {r.shiftId});
    if (const auto s = stored(r.shiftId, gate))
        refuse(RefusalCode::HandoverAlreadySigned, RefusalField::Shift,
               {s->signature.leadName, isoUtc(s->signature.atUtc)});
    const QString lead = checkLead(leadName, pin);

    const QDateTime now = m_clock.nowUtc();
    r.notes = notes.trimmed();
    r.openMatters = openMatters.trimmed();
    r.signature = HandoverSignature{lead, now, m_stationId, {}};
    const QByteArray json = QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact);

    Transaction tx(m_db);
    if (stored(r.shiftId, gate)) // signed at this moment by another window of the same file
        refuse(RefusalCode::HandoverAlreadySigned, RefusalField::Shift, {});
    m_db.prepare("INSERT INTO handovers (shift_id, gate, station_id, report_json, report_sha256, notes,"
                 " open_matters, crossings, signed_by, signed_utc) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
                 "?9, ?10)")
        .bind(1, r.shiftId)
        .bind(2, gate)
        .bind(3, m_stationId)
        .bind(4, QString::fromUtf8(json))
        .bind(5, QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex()))
        .bind(6, r.notes)
        .bind(7, r.openMatters)
        .bind(8, r.total)
        .bind(9, lead)
        .bind(10, formats::utcText(now))
        .exec();
    AuditTrail(m_db, m_clock)
        .append(Actor::operatorNamed(lead), AuditAction::HandoverSign,
                QStringLiteral("shift:%1%2").arg(r.shiftId, gate.isEmpty() ? QString() : u'@' + gate), {},
                AuditTrail::json({{QStringLiteral("total"), r.total},
                                  {QStringLiteral("overrides"), r.overrides.size()},
                                  {QStringLiteral("incidents"), r.incidents.size()},
                                  {QStringLiteral("fevers"), r.fevers.size()}}));
    tx.commit();
    return r;
}

HandoverReport HandoverDesk::acknowledge(const QString& shiftId, const QString& gate, const QString& leadName,
                                         const QString& pin, const QString& note)
{
    HandoverReport r = report(shiftId, gate);
    const std::optional<Stored> s = stored(r.shiftId, gate);
    if (!s)
        refuse(RefusalCode::HandoverNotSigned, RefusalField::Shift, {r.shiftId});
    if (s->acknowledgement)
        refuse(RefusalCode::HandoverAlreadyAcknowledged, RefusalField::Shift,
               {s->acknowledgement->leadName, isoUtc(s->acknowledgement->atUtc)});
    const QString lead = checkLead(leadName, pin);
    if (lead == s->signature.leadName)
        refuse(RefusalCode::HandoverSameLead, RefusalField::Operator);

    const QDateTime now = m_clock.nowUtc();
    Transaction tx(m_db);
    m_db.prepare(
            "INSERT INTO handover_acks (handover_id, station_id, acknowledged_by, acknowledged_utc, note)"
            " VALUES (?1, ?2, ?3, ?4, ?5)")
        .bind(1, s->id)
        .bind(2, m_stationId)
        .bind(3, lead)
        .bind(4, formats::utcText(now))
        .bind(5, note.trimmed())
        .exec();
    AuditTrail(m_db, m_clock)
        .append(Actor::operatorNamed(lead), AuditAction::HandoverAcknowledge,
                QStringLiteral("shift:%1%2").arg(r.shiftId, gate.isEmpty() ? QString() : u'@' + gate), {},
                AuditTrail::json({{QStringLiteral("signed_by"), s->signature.leadName}}));
    tx.commit();
    r.acknowledgement = HandoverSignature{lead, now, m_stationId, note.trimmed()};
    return r;
}

} // namespace gatepost::core
