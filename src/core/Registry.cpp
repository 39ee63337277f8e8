#include "Registry.h"

#include "AuditTrail.h"

#include "Crypto.h"
#include "Formats.h"

#include <QJsonDocument>
#include <QTimeZone>
#include <QUuid>

#include <stdexcept>

namespace gatepost::core {

namespace {

[[noreturn]] void refuse(const QString& message)
{
    throw std::invalid_argument(message.toStdString());
}

QDate dateFrom(const Statement& row, int column)
{
    return QDate::fromString(row.text(column), Qt::ISODate);
}

QString dateText(QDate d)
{
    return d.toString(Qt::ISODate);
}

Vehicle vehicleFromRow(const Statement& row)
{
    Vehicle v;
    v.id = row.int64(0);
    v.householdId = row.isNull(1) ? 0 : row.int64(1);
    v.plate = row.text(2);
    v.internal = row.int64(3) != 0;
    return v;
}

QuarantineRecord quarantineFromRow(const Statement& row)
{
    QuarantineRecord q;
    q.id = row.int64(0);
    q.personId = row.int64(1);
    q.kind = quarantineKindFromString(row.text(2)).value_or(QuarantineKind::Home);
    q.startDate = dateFrom(row, 3);
    q.endDate = dateFrom(row, 4);
    q.origin = row.text(5);
    return q;
}

} // namespace

Household Registry::householdFromRow(const Statement& row)
{
    Household h;
    h.id = row.int64(0);
    h.address = row.text(1);
    h.courtyard = row.int32(2);
    h.note = row.text(3);
    return h;
}

Person Registry::personFromRow(const Statement& row)
{
    Person p;
    p.id = row.int64(0);
    p.householdId = row.isNull(1) ? 0 : row.int64(1);
    p.name = row.text(2);
    p.category = categoryFromString(row.text(3)).value_or(Category::Visitor);
    p.phone = row.text(4);
    p.idNumber = row.isNull(5) ? QString() : row.text(5);
    p.photoPath = row.text(6);
    return p;
}

Registry::Registry(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

Registry::~Registry() = default;

Registry::Query Registry::query(const char* sql) const
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.emplace(sql, std::make_unique<Statement>(m_db.prepare(sql))).first;
    return Query(*it->second);
}

QDateTime Registry::now() const
{
    return m_clock.nowUtc().toUTC();
}

QString Registry::nowText() const
{
    return now().toString(Qt::ISODateWithMs);
}

QDate Registry::today() const
{
    QTimeZone tz(policy().timeZone.toUtf8());
    if (!tz.isValid())
        tz = QTimeZone(8 * 3600); // Beijing time, the community's clock
    return now().toTimeZone(tz).date();
}

// --- station ----------------------------------------------------------------------------

bool Registry::gateExists(const QString& code) const
{
    auto q = query("SELECT 1 FROM gates WHERE code = ?1");
    q->bind(1, code);
    return q->step();
}

StationIdentity Registry::initStation(const QString& name, const QString& gate,
                                      const QString& trustedOfficeKey)
{
    const QString trimmedName = name.trimmed();
    if (trimmedName.isEmpty())
        refuse(QStringLiteral("the station needs a name"));
    if (!gateExists(gate))
        refuse(QStringLiteral("there is no gate \"%1\" (known gates: %2)")
                   .arg(gate, gateCodes().join(QStringLiteral(", "))));

    QByteArray trusted;
    if (!trustedOfficeKey.isEmpty()) {
        trusted = crypto::keyFromHex(trustedOfficeKey);
        if (trusted.isEmpty())
            refuse(QStringLiteral("\"%1\" is not a station's public key (64 hex characters, as "
                                  "'gatepost-cli station show' prints it at the office)")
                       .arg(trustedOfficeKey));
    }

    Transaction tx(m_db);
    const std::optional<StationIdentity> existing = station();
    StationIdentity id;
    if (existing) {
        id = *existing;
        if (!trusted.isEmpty() && crypto::keyToHex(trusted) != id.rootKey)
            refuse(
                QStringLiteral("this station already belongs to community %1; set up a new station file to "
                               "join another")
                    .arg(id.community));
        auto q = query("UPDATE station_identity SET name = ?1, gate = ?2 WHERE id = 1");
        q->bind(1, trimmedName).bind(2, gate).exec();
    } else {
        const crypto::KeyPair key = crypto::newSigningKey();
        id.stationId = crypto::keyId(key.publicKey);
        id.createdUtc = now();
        id.publicKey = crypto::keyToHex(key.publicKey);
        id.rootKey = trusted.isEmpty() ? id.publicKey : crypto::keyToHex(trusted);
        id.community = crypto::keyId(trusted.isEmpty() ? key.publicKey : trusted);
        auto q = query("INSERT INTO station_identity (id, station_id, name, gate, created_utc, public_key,"
                       " secret_key, community, root_key) VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        q->bind(1, id.stationId).bind(2, trimmedName).bind(3, gate).bind(4, nowText());
        q->bind(5, id.publicKey).bind(6, crypto::keyToHex(key.secretKey)).bind(7, id.community);
        q->bind(8, id.rootKey).exec();
    }
    id.name = trimmedName;
    id.gate = gate;
    // The stations table lists every station the file knows, this one and its office included.
    auto s =
        query("INSERT INTO stations (station_id, name, gate, public_key, role) VALUES (?1, ?2, ?3, ?4, ?5)"
              " ON CONFLICT (station_id) DO UPDATE SET name = excluded.name, gate = excluded.gate");
    const bool office = id.standsAlone() || gate == QLatin1String("office");
    s->bind(1, id.stationId).bind(2, id.name).bind(3, id.gate).bind(4, id.publicKey);
    s->bind(5, office ? QStringLiteral("office") : QStringLiteral("gate")).exec();
    s->reset();
    if (!id.standsAlone()) {
        s->bind(1, id.community).bind(2, QStringLiteral("office")).bind(3, QStringLiteral("office"));
        s->bind(4, id.rootKey).bind(5, QStringLiteral("office")).exec();
    }
    tx.commit();
    return id;
}

std::optional<StationIdentity> Registry::station() const
{
    auto q = query("SELECT station_id, name, gate, created_utc, public_key, community, root_key"
                   " FROM station_identity WHERE id = 1");
    if (!q->step())
        return std::nullopt;
    StationIdentity id;
    id.stationId = q->text(0);
    id.name = q->text(1);
    id.gate = q->text(2);
    id.createdUtc = QDateTime::fromString(q->text(3), Qt::ISODateWithMs);
    id.publicKey = q->text(4);
    id.community = q->text(5);
    id.rootKey = q->text(6);
    return id;
}

QString Registry::revealIdNumber(qint64 personId, const Actor& actor)
{
    Transaction tx(m_db);
    const std::optional<Person> p = person(personId);
    if (!p)
        refuse(QStringLiteral("there is no person %1").arg(personId));
    AuditTrail(m_db, m_clock)
        .append(actor, AuditAction::RevealIdNumber, QString::number(personId), {}, p->name);
    tx.commit();
    return p->idNumber;
}

QString Registry::revealPhone(qint64 personId, const Actor& actor)
{
    Transaction tx(m_db);
    const std::optional<Person> p = person(personId);
    if (!p)
        refuse(QStringLiteral("there is no person %1").arg(personId));
    AuditTrail(m_db, m_clock).append(actor, AuditAction::RevealPhone, QString::number(personId), {}, p->name);
    tx.commit();
    return p->phone;
}

QStringList Registry::gateCodes() const
{
    auto q = query("SELECT code FROM gates ORDER BY rowid");
    QStringList codes;
    while (q->step())
        codes << q->text(0);
    return codes;
}

// --- households -------------------------------------------------------------------------

bool Registry::householdExists(qint64 id) const
{
    auto q = query("SELECT 1 FROM households WHERE id = ?1");
    q->bind(1, id);
    return q->step();
}

std::optional<Household> Registry::household(qint64 id) const
{
    auto q = query("SELECT id, address, courtyard, note FROM households WHERE id = ?1");
    q->bind(1, id);
    if (!q->step())
        return std::nullopt;
    return householdFromRow(*q);
}

std::optional<Household> Registry::householdByAddress(const QString& address) const
{
    auto q = query("SELECT id, address, courtyard, note FROM households WHERE address = ?1");
    q->bind(1, formats::normaliseAddress(address));
    if (!q->step())
        return std::nullopt;
    return householdFromRow(*q);
}

// --- people -----------------------------------------------------------------------------

bool Registry::personExists(qint64 id) const
{
    auto q = query("SELECT 1 FROM people WHERE id = ?1");
    q->bind(1, id);
    return q->step();
}

std::optional<Person> Registry::person(qint64 id) const
{
    auto q = query("SELECT id, household_id, name, category, phone, id_number, photo_path FROM people"
                   " WHERE id = ?1");
    q->bind(1, id);
    if (!q->step())
        return std::nullopt;
    return personFromRow(*q);
}

std::optional<Person> Registry::personByIdNumber(const QString& idNumber) const
{
    auto q = query("SELECT id, household_id, name, category, phone, id_number, photo_path FROM people"
                   " WHERE id_number = ?1");
    q->bind(1, idNumber.trimmed().toUpper());
    if (!q->step())
        return std::nullopt;
    return personFromRow(*q);
}

QList<Person> Registry::peopleOfHousehold(qint64 householdId) const
{
    auto q = query("SELECT id, household_id, name, category, phone, id_number, photo_path FROM people"
                   " WHERE household_id = ?1 ORDER BY id");
    q->bind(1, householdId);
    QList<Person> out;
    while (q->step())
        out << personFromRow(*q);
    return out;
}

// --- vehicles ---------------------------------------------------------------------------

bool Registry::vehicleExists(qint64 id) const
{
    auto q = query("SELECT 1 FROM vehicles WHERE id = ?1");
    q->bind(1, id);
    return q->step();
}

std::optional<Vehicle> Registry::vehicle(qint64 id) const
{
    auto q = query("SELECT id, household_id, plate, internal FROM vehicles WHERE id = ?1");
    q->bind(1, id);
    if (!q->step())
        return std::nullopt;
    return vehicleFromRow(*q);
}

std::optional<Vehicle> Registry::vehicleByPlate(const QString& anyPlateSpelling) const
{
    const std::optional<QString> plate = formats::normalisePlate(anyPlateSpelling);
    if (!plate)
        return std::nullopt;
    auto q = query("SELECT id, household_id, plate, internal FROM vehicles WHERE plate = ?1");
    q->bind(1, *plate);
    if (!q->step())
        return std::nullopt;
    return vehicleFromRow(*q);
}

QList<Vehicle> Registry::vehiclesOfHousehold(qint64 householdId) const
{
    auto q =
        query("SELECT id, household_id, plate, internal FROM vehicles WHERE household_id = ?1 ORDER BY id");
    q->bind(1, householdId);
    QList<Vehicle> out;
    while (q->step())
        out << vehicleFromRow(*q);
    return out;
}

// --- quarantine -------------------------------------------------------------------------

qint64 Registry::addQuarantine(const QuarantineRecord& record)
{
    if (!record.startDate.isValid() || !record.endDate.isValid())
        refuse(QStringLiteral("a quarantine record needs a start date and an end date"));
    if (record.endDate < record.startDate)
        refuse(QStringLiteral("the quarantine ends (%1) before it starts (%2)")
                   .arg(dateText(record.endDate), dateText(record.startDate)));
    Transaction tx(m_db);
    if (!personExists(record.personId))
        refuse(QStringLiteral("there is no person %1").arg(record.personId));
    auto q = query("INSERT INTO quarantines (person_id, kind, start_date, end_date, origin, created_utc)"
                   " VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    q->bind(1, record.personId)
        .bind(2, toString(record.kind))
        .bind(3, dateText(record.startDate))
        .bind(4, dateText(record.endDate))
        .bind(5, record.origin.trimmed())
        .bind(6, nowText())
        .exec();
    const qint64 id = m_db.lastInsertId();
    tx.commit();
    return id;
}

QList<QuarantineRecord> Registry::quarantinesOf(qint64 personId) const
{
    auto q = query("SELECT id, person_id, kind, start_date, end_date, origin FROM quarantines"
                   " WHERE person_id = ?1 ORDER BY start_date, id");
    q->bind(1, personId);
    QList<QuarantineRecord> out;
    while (q->step())
        out << quarantineFromRow(*q);
    return out;
}

} // namespace gatepost::core
