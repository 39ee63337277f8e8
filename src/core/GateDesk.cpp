#include "GateDesk.h"

#include "Clock.h"
#include "Database.h"
#include "Formats.h"
#include "Registry.h"
#include "Roster.h"

#include <QUuid>

#include <cmath>
#include <stdexcept>

namespace gatepost::core {

namespace {

[[noreturn]] void refuse(const QString& message)
{
    throw std::invalid_argument(message.toStdString());
}

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

qint64 insertVisit(Database& db, const VisitRow& v)
{
    Transaction tx(db);
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
    const qint64 id = db.lastInsertId();
    tx.commit();
    return id;
}

// Rows this call wrote before its crossing; removed again when the crossing fails, so a
// registration never exists without its crossing. Best effort: the original error matters.
struct Undo
{
    qint64 visitRowId = 0;
    qint64 quarantineId = 0;
    qint64 createdPersonId = 0;

    void run(Database& db) const noexcept
    {
        try {
            Transaction tx(db);
            if (visitRowId != 0)
                db.prepare("DELETE FROM visits WHERE id = ?1").bind(1, visitRowId).exec();
            if (quarantineId != 0)
                db.prepare("DELETE FROM quarantines WHERE id = ?1").bind(1, quarantineId).exec();
            if (createdPersonId != 0)
                db.prepare("DELETE FROM people WHERE id = ?1").bind(1, createdPersonId).exec();
            tx.commit();
        } catch (...) {
            // The database is failing already; the caller gets the first error.
        }
    }
};

QString requireGate(const QString& gate)
{
    const QString g = gate.trimmed();
    if (g.isEmpty())
        refuse(QStringLiteral("a crossing needs the gate it happened at"));
    return g;
}

void requirePlausibleNumber(const std::optional<double>& temperature)
{
    if (temperature && !std::isfinite(*temperature))
        refuse(QStringLiteral("the temperature is not a number"));
}

// "" stays "", otherwise the stored form or an error.
QString checkedPhone(const QString& typed, bool required)
{
    const QString t = typed.trimmed();
    if (t.isEmpty()) {
        if (required)
            refuse(QStringLiteral("a phone number is needed"));
        return {};
    }
    const auto phone = formats::normaliseMobile(t);
    if (!phone)
        refuse(QStringLiteral("the phone number %1 is not an 11-digit mobile number")
                   .arg(formats::maskPhone(t)));
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
        refuse(QStringLiteral("no pass %1").arg(serial.trimmed()));

    CheckInput in;
    in.codeText = Registry::qrText(*pass);
    in.gate = gate;
    in.direction = direction;
    in.temperature = temperature;
    in.kind = EntryKind::Manual;
    in.operatorName = operatorName;
    return m_checkpoint.process(in); // the same rules, the same fever incident
}

VisitOutcome GateDesk::logVisitor(const VisitorEntry& entry)
{
    // Everything is checked before the first write: a refused form leaves no trace.
    const QString name = entry.name.trimmed();
    if (name.isEmpty())
        refuse(QStringLiteral("the visitor needs a name"));
    const QString phone = checkedPhone(entry.phone, false);
    QString plate;
    if (!entry.plate.trimmed().isEmpty()) {
        const auto normalised = formats::normalisePlate(entry.plate.trimmed());
        if (!normalised)
            refuse(QStringLiteral("%1 is not a licence plate").arg(entry.plate.trimmed()));
        plate = *normalised;
    }
    std::optional<Household> household;
    if (entry.householdId != 0) {
        household = m_registry.household(entry.householdId);
        if (!household)
            refuse(QStringLiteral("there is no household %1").arg(entry.householdId));
    }
    const QString gate = requireGate(entry.gate);
    requirePlausibleNumber(entry.temperature);

    const QDateTime now = m_clock.nowUtc().toUTC();
    const Policy policy = m_registry.policy();
    const bool vehicle = !plate.isEmpty();

    VisitOutcome out;
    out.decision = verifyVisitor(VisitorRequest{vehicle, now, entry.direction, entry.temperature, policy});
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

    VisitRow row{out.visitId,
                 QStringLiteral("visitor"),
                 name,
                 phone,
                 entry.householdId,
                 entry.reason.trimmed(),
                 plate,
                 0,
                 now};
    Undo undo;
    undo.visitRowId = insertVisit(m_registry.database(), row);

    CrossingEntry c;
    c.atUtc = now;
    c.gate = gate;
    c.direction = entry.direction;
    c.kind = EntryKind::Visitor;
    c.visitorId = out.visitId;
    c.subjectKind = vehicle ? SubjectKind::Vehicle : SubjectKind::Visitor;
    c.verdict = out.decision.verdict;
    c.reasons = out.decision.reasons;
    c.operatorName = entry.operatorName;
    c.shift = Roster(policy).shiftAt(now).id();
    c.temperature = entry.temperature;
    c.note = row.reason;
    try {
        out.logged = m_log.append(c);
    } catch (...) {
        undo.run(m_registry.database());
        throw;
    }
    out.incident = logFeverIncident(m_log, out.logged, m_clock.nowUtc());
    return out;
}

VisitOutcome GateDesk::registerReturnee(const ReturneeArrival& arrival)
{
    const QString name = arrival.name.trimmed();
    if (name.isEmpty())
        refuse(QStringLiteral("the returnee needs a name"));
    const QString origin = arrival.origin.trimmed();
    if (origin.isEmpty())
        refuse(QStringLiteral("say where the returnee came from"));
    const QString phone = checkedPhone(arrival.phone, true);
    if (arrival.householdId == 0)
        refuse(QStringLiteral("choose the household the returnee stays in"));
    const std::optional<Household> household = m_registry.household(arrival.householdId);
    if (!household)
        refuse(QStringLiteral("there is no household %1").arg(arrival.householdId));
    const QString idNumber = arrival.idNumber.trimmed().toUpper();
    if (!idNumber.isEmpty() && !formats::isValidIdNumber(idNumber))
        refuse(QStringLiteral("%1 is not a valid resident ID number").arg(formats::maskIdNumber(idNumber)));
    const QString gate = requireGate(arrival.gate);
    requirePlausibleNumber(arrival.temperature);

    const QDateTime now = m_clock.nowUtc().toUTC();
    const Policy policy = m_registry.policy();
    const QDate today = now.toTimeZone(policyTimeZone(policy.timeZone)).date();
    const QDate arrived = arrival.arrivalDate.isValid() ? arrival.arrivalDate : today;
    if (arrived > today)
        refuse(QStringLiteral("the arrival date %1 is in the future").arg(arrived.toString(Qt::ISODate)));
    const QDate end = arrived.addDays(policy.homeQuarantineDays);
    // Such a record would already be over: most likely a mistyped date.
    if (end <= today)
        refuse(QStringLiteral("arrived on %1: the %2-day home quarantine would already be over")
                   .arg(arrived.toString(Qt::ISODate))
                   .arg(policy.homeQuarantineDays));

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
    Undo undo;
    try {
        if (!person) {
            Person np;
            np.householdId = arrival.householdId;
            np.name = name;
            np.category = Category::MigrantResident;
            np.phone = phone;
            np.idNumber = idNumber;
            np.id = m_registry.addPerson(np);
            undo.createdPersonId = np.id;
            person = np;
        }
        out.personId = person->id;
        undo.quarantineId = m_registry.addQuarantine(
            QuarantineRecord{0, person->id, QuarantineKind::Home, arrived, end, origin});
        undo.visitRowId = insertVisit(m_registry.database(), VisitRow{out.visitId,
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
        HolderInfo holder;
        holder.kind = HolderKind::Person;
        holder.id = person->id;
        holder.name = person->name;
        holder.category = person->category;
        holder.address = household->address;
        holder.courtyard = household->courtyard;
        holder.phoneMasked = formats::maskPhone(person->phone);
        holder.photoPath = person->photoPath;
        out.decision.holder = holder;

        CrossingEntry c;
        c.atUtc = now;
        c.gate = gate;
        c.direction = Direction::In;
        c.kind = EntryKind::Manual;
        c.visitorId = out.visitId;
        c.subjectKind = SubjectKind::Person;
        c.verdict = out.decision.verdict;
        c.reasons = out.decision.reasons;
        c.operatorName = arrival.operatorName;
        c.shift = Roster(policy).shiftAt(now).id();
        c.temperature = arrival.temperature;
        c.note = QStringLiteral("returnee from %1").arg(origin);
        out.logged = m_log.append(c);
    } catch (...) {
        undo.run(m_registry.database());
        throw;
    }
    out.incident = logFeverIncident(m_log, out.logged, m_clock.nowUtc());
    return out;
}

CrossingEntry GateDesk::logIncident(const IncidentReport& report)
{
    const QDateTime now = m_clock.nowUtc().toUTC();
    CrossingEntry c;
    c.atUtc = now;
    c.gate = requireGate(report.gate);
    c.direction = report.direction;
    c.kind = EntryKind::Incident;
    c.passSerial = report.passSerial.trimmed();
    c.subjectKind = SubjectKind::Person;
    c.verdict = Verdict::Deny;
    c.reasons = {incidentReason(report.kind)};
    c.operatorName = report.operatorName;
    c.shift = Roster(m_registry.policy()).shiftAt(now).id();
    c.note = report.note.trimmed();
    return m_log.append(c);
}

CrossingEntry GateDesk::decide(const QString& crossingUuid, bool letThrough, const QString& overrideReason,
                               const QString& operatorName)
{
    return m_log.appendDecision(crossingUuid, letThrough, overrideReason.trimmed(), operatorName);
}

} // namespace gatepost::core
