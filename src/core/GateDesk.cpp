#include "GateDesk.h"

#include "Clock.h"
#include "Database.h"
#include "Formats.h"
#include "Registry.h"
#include "Roster.h"

#include <QUuid>

#include <cmath>

namespace gatepost::core {

namespace {

// A registration row of the visits table (schema v2).
struct VisitRow
{
    QString visitId;
    QString kind; // "visitor" or "returnee"
    QString name;
    QString phone;
    qint64 householdId = 0;
    QString reason; // visitor's reason or returnee's origin
    QString plate;
    qint64 personId = 0;
    QDateTime createdUtc;
};

void insertVisit(Database& db, const VisitRow& v)
{
    Statement q = db.prepare("INSERT INTO visits (visit_id, kind, name, phone, household_id, reason, plate,"
                             " person_id, created_utc) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    q.bind(1, v.visitId).bind(2, v.kind).bind(3, v.name).bind(4, v.phone);
    if (v.householdId != 0)
        q.bind(5, v.householdId);
    q.bind(6, v.reason).bind(7, v.plate);
    if (v.personId != 0)
        q.bind(8, v.personId);
    q.bind(9, v.createdUtc.toUTC().toString(Qt::ISODateWithMs));
    q.exec();
}

QString requireGate(const QString& gate)
{
    const QString g = gate.trimmed();
    if (g.isEmpty())
        refuse(RefusalCode::GateMissing, RefusalField::Gate);
    return g;
}

void requirePlausibleNumber(const std::optional<double>& temperature)
{
    if (temperature && !std::isfinite(*temperature))
        refuse(RefusalCode::TemperatureInvalid, RefusalField::Temperature);
}

// "" stays "", otherwise the stored form or a refusal.
QString checkedPhone(const QString& typed, bool required)
{
    const QString t = typed.trimmed();
    if (t.isEmpty()) {
        if (required)
            refuse(RefusalCode::PhoneMissing, RefusalField::Phone);
        return {};
    }
    const auto phone = formats::normaliseMobile(t);
    if (!phone)
        refuse(RefusalCode::PhoneInvalid, RefusalField::Phone, {formats::maskPhone(t)});
    return *phone;
}

Reason incidentReason(IncidentKind kind)
{
    switch (kind) {
    case IncidentKind::ForcedThrough:
        return Reason::ForcedThrough;
    case IncidentKind::Abuse:
        return Reason::Abuse;
    case IncidentKind::Other:
        break;
    }
    return Reason::OtherIncident;
}

QString newVisitId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

HolderInfo holderOf(const Person& p, const std::optional<Household>& home)
{
    HolderInfo h;
    h.kind = HolderKind::Person;
    h.id = p.id;
    h.name = p.name;
    h.category = p.category;
    h.address = home ? home->address : QString();
    h.courtyard = home ? home->courtyard : 0;
    h.phoneMasked = p.phone.isEmpty() ? QString() : formats::maskPhone(p.phone);
    h.photoPath = p.photoPath;
    return h;
}

} // namespace

GateDesk::GateDesk(Registry& registry, CrossingLog& log, Checkpoint& checkpoint, const Clock& clock)
    : m_registry(registry)
    , m_log(log)
    , m_checkpoint(checkpoint)
    , m_clock(clock)
{
}

CheckOutcome GateDesk::manualCheck(const QString& serial, const QString& gate, Direction direction,
                                   std::optional<double> temperature, const QString& operatorName)
{
    QString s = serial.trimmed();
    // "1234" typed from a worn card is serial 0001234.
    bool digits = !s.isEmpty() && s.size() <= 7;
    for (QChar c : s)
        digits = digits && c.isDigit() && c.unicode() < 128;
    if (digits)
        s = s.rightJustified(7, QLatin1Char('0'));
    const std::optional<Pass> pass = m_registry.pass(s);
    if (!pass)
        refuse(RefusalCode::SerialUnknown, RefusalField::Serial, {serial.trimmed()});
    requirePlausibleNumber(temperature);

    CheckInput in;
    in.codeText = Registry::qrText(*pass);
    in.gate = requireGate(gate);
    in.direction = direction;
    in.temperature = temperature;
    in.kind = EntryKind::Manual;
    in.operatorName = operatorName;
    return m_checkpoint.process(in); // the same rules, the same fever incident
}

CheckOutcome GateDesk::checkPerson(qint64 personId, const GateContext& where)
{
    const std::optional<Person> person = m_registry.person(personId);
    if (!person)
        refuse(RefusalCode::PersonUnknown, RefusalField::Person, {QString::number(personId)});
    const QString gate = requireGate(where.gate);
    requirePlausibleNumber(where.temperature);

    const QDate today = m_registry.today();
    for (const Pass& p : m_registry.passesOfHolder(HolderKind::Person, personId)) {
        const bool valid = p.status == PassStatus::Active &&
                           (!p.validFrom.isValid() || p.validFrom <= today) &&
                           (!p.validUntil.isValid() || today <= p.validUntil);
        if (valid)
            return manualCheck(p.serial, gate, where.direction, where.temperature, where.operatorName);
    }

    const QDateTime now = m_clock.nowUtc().toUTC();
    const Policy policy = m_registry.policy();
    const std::optional<Household> home =
        person->householdId != 0 ? m_registry.household(person->householdId) : std::nullopt;
    PersonRequest req{holderOf(*person, home),
                      m_registry.quarantinesOf(personId),
                      now,
                      where.direction,
                      where.temperature,
                      policy};
    CheckOutcome out{verifyPerson(req), std::nullopt, std::nullopt};
    GateContext at = where;
    at.gate = gate;
    CrossingEntry row = crossingRow(EntryKind::Manual, out.decision, at, now, policy);
    row.note = QStringLiteral("person:%1").arg(personId);
    LoggedCrossing logged = appendCrossing(m_log, row, now);
    out.logged = std::move(logged.crossing);
    out.incident = std::move(logged.incident);
    return out;
}

VisitOutcome GateDesk::logVisitor(const VisitorEntry& entry)
{
    // Everything is checked before the first write: a refused form leaves no trace.
    const QString name = entry.name.trimmed();
    if (name.isEmpty())
        refuse(RefusalCode::NameMissing, RefusalField::Name);
    const QString phone = checkedPhone(entry.phone, false);
    QString plate;
    if (!entry.plate.trimmed().isEmpty()) {
        const auto normalised = formats::normalisePlate(entry.plate.trimmed());
        if (!normalised)
            refuse(RefusalCode::PlateInvalid, RefusalField::Plate, {entry.plate.trimmed()});
        plate = *normalised;
    }
    std::optional<Household> household;
    if (entry.householdId != 0) {
        household = m_registry.household(entry.householdId);
        if (!household)
            refuse(RefusalCode::HouseholdUnknown, RefusalField::Household,
                   {QString::number(entry.householdId)});
    }
    const QString gate = requireGate(entry.gate);
    requirePlausibleNumber(entry.temperature);

    const QDateTime now = m_clock.nowUtc().toUTC();
    const Policy policy = m_registry.policy();
    const bool vehicle = !plate.isEmpty();

    VisitOutcome out;
    out.decision =
        verifyVisitor(VisitorRequest{vehicle, now, gate, entry.direction, entry.temperature, policy});
    HolderInfo holder;
    holder.kind = vehicle ? HolderKind::Vehicle : HolderKind::Person;
    holder.name = name;
    holder.plate = plate;
    holder.category = vehicle ? Category::ExternalVehicle : Category::Visitor;
    holder.address = household ? household->address : QString();
    holder.courtyard = household ? household->courtyard : 0;
    holder.phoneMasked = phone.isEmpty() ? QString() : formats::maskPhone(phone);
    out.decision.holder = holder;
    out.visitId = newVisitId();

    const QString reason = entry.reason.trimmed();
    CrossingEntry c =
        crossingRow(EntryKind::Visitor, out.decision,
                    GateContext{gate, entry.direction, entry.operatorName, entry.temperature}, now, policy);
    c.visitorId = out.visitId;
    c.note = reason;

    // One action, one transaction: the visit, its crossing and a fever's incident, or nothing.
    Transaction tx(m_registry.database());
    insertVisit(m_registry.database(), VisitRow{out.visitId, QStringLiteral("visitor"), name, phone,
                                                entry.householdId, reason, plate, 0, now});
    LoggedCrossing logged = appendCrossing(m_log, c, now);
    tx.commit();
    out.logged = std::move(logged.crossing);
    out.incident = std::move(logged.incident);
    return out;
}

VisitOutcome GateDesk::registerReturnee(const ReturneeArrival& arrival)
{
    const QString name = arrival.name.trimmed();
    if (name.isEmpty())
        refuse(RefusalCode::NameMissing, RefusalField::Name);
    const QString phone = checkedPhone(arrival.phone, true);
    if (arrival.householdId == 0)
        refuse(RefusalCode::HouseholdMissing, RefusalField::Household);
    const std::optional<Household> household = m_registry.household(arrival.householdId);
    if (!household)
        refuse(RefusalCode::HouseholdUnknown, RefusalField::Household,
               {QString::number(arrival.householdId)});
    const QString origin = arrival.origin.trimmed();
    if (origin.isEmpty())
        refuse(RefusalCode::OriginMissing, RefusalField::Origin);
    const QString idNumber = arrival.idNumber.trimmed().toUpper();
    if (!idNumber.isEmpty() && !formats::isValidIdNumber(idNumber))
        refuse(RefusalCode::IdNumberInvalid, RefusalField::IdNumber, {formats::maskIdNumber(idNumber)});
    const QString gate = requireGate(arrival.gate);
    requirePlausibleNumber(arrival.temperature);

    const QDateTime now = m_clock.nowUtc().toUTC();
    const Policy policy = m_registry.policy();
    const QDate today = now.toTimeZone(policyTimeZone(policy.timeZone)).date();
    const QDate arrived = arrival.arrivalDate.isValid() ? arrival.arrivalDate : today;
    if (arrived > today)
        refuse(RefusalCode::ArrivalInFuture, RefusalField::ArrivalDate, {arrived.toString(Qt::ISODate)});
    const QDate end = homeQuarantineEnd(arrived, policy);
    // Such a record would already be over: most likely a mistyped date.
    if (end <= today)
        refuse(RefusalCode::QuarantineAlreadyOver, RefusalField::ArrivalDate,
               {arrived.toString(Qt::ISODate), QString::number(policy.homeQuarantineDays)});

    // The same person is never registered twice: ID number first, then name + phone at home.
    std::optional<Person> person;
    if (!idNumber.isEmpty())
        person = m_registry.personByIdNumber(idNumber);
    if (!person) {
        for (const Person& p : m_registry.peopleOfHousehold(arrival.householdId)) {
            const bool otherId = !idNumber.isEmpty() && !p.idNumber.isEmpty() && p.idNumber != idNumber;
            if (p.name == name && p.phone == phone && !otherId) {
                person = p;
                break;
            }
        }
    }

    VisitOutcome out;
    out.visitId = newVisitId();
    out.quarantineEnd = end;

    // One action, one transaction: person, quarantine, visit, crossing (and a fever's incident).
    Transaction tx(m_registry.database());
    if (!person) {
        Person np;
        np.householdId = arrival.householdId;
        np.name = name;
        np.category = Category::MigrantResident;
        np.phone = phone;
        np.idNumber = idNumber;
        np.id = m_registry.addPerson(np);
        person = np;
    }
    out.personId = person->id;
    m_registry.addQuarantine(QuarantineRecord{0, person->id, QuarantineKind::Home, arrived, end, origin});
    insertVisit(m_registry.database(), VisitRow{out.visitId,
                                                QStringLiteral("returnee"),
                                                name,
                                                phone,
                                                arrival.householdId,
                                                origin,
                                                {},
                                                person->id,
                                                now});

    QList<Reason> reasons = temperatureReasons(arrival.temperature, Direction::In, policy);
    reasons.append(Reason::HomeQuarantine);
    out.decision = decisionFrom(reasons, Direction::In);
    out.decision.quarantineUntil = end;
    out.decision.holder = holderOf(*person, household);

    CrossingEntry c =
        crossingRow(EntryKind::Manual, out.decision,
                    GateContext{gate, Direction::In, arrival.operatorName, arrival.temperature}, now, policy);
    c.visitorId = out.visitId;
    c.note = QStringLiteral("returnee from %1").arg(origin);
    LoggedCrossing logged = appendCrossing(m_log, c, now);
    tx.commit();
    out.logged = std::move(logged.crossing);
    out.incident = std::move(logged.incident);
    return out;
}

CrossingEntry GateDesk::logIncident(const IncidentReport& report)
{
    const QDateTime now = m_clock.nowUtc().toUTC();
    // An incident is a row like any other: what happened is its one deny reason.
    Decision what;
    what.verdict = Verdict::Deny;
    what.reasons = {incidentReason(report.kind)};
    what.serial = report.passSerial.trimmed();
    CrossingEntry c =
        crossingRow(EntryKind::Incident, what,
                    GateContext{requireGate(report.gate), report.direction, report.operatorName, {}}, now,
                    m_registry.policy());
    c.note = report.note.trimmed();
    return m_log.append(c);
}

CrossingEntry GateDesk::decide(const QString& crossingUuid, bool letThrough, const QString& overrideReason,
                               const QString& operatorName, const QString& note)
{
    return m_log.appendDecision(crossingUuid, letThrough, overrideReason.trimmed(), operatorName, note);
}

} // namespace gatepost::core
