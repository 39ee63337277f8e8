// Registry: adding and editing households, people and vehicles, with refusals by field (the
// office's forms put the words next to the field), and revealing masked numbers by role.

#include "AuditTrail.h"
#include "Formats.h"
#include "Refusal.h"
#include "Registry.h"

#include <QJsonObject>

namespace gatepost::core {

namespace {

QJsonObject householdJson(const Household& h)
{
    return {{QStringLiteral("address"), h.address},
            {QStringLiteral("courtyard"), h.courtyard},
            {QStringLiteral("note"), h.note}};
}

// Numbers masked: the audit trail is read by more people than may see them.
QJsonObject personJson(const Person& p)
{
    return {
        {QStringLiteral("name"), p.name},
        {QStringLiteral("household_id"), p.householdId},
        {QStringLiteral("category"), toString(p.category)},
        {QStringLiteral("phone"), p.phone.isEmpty() ? QString() : formats::maskPhone(p.phone)},
        {QStringLiteral("id_number"), p.idNumber.isEmpty() ? QString() : formats::maskIdNumber(p.idNumber)},
        {QStringLiteral("photo_path"), p.photoPath}};
}

QJsonObject vehicleJson(const Vehicle& v)
{
    return {{QStringLiteral("plate"), v.plate},
            {QStringLiteral("household_id"), v.householdId},
            {QStringLiteral("internal"), v.internal}};
}

bool sameHousehold(const Household& a, const Household& b)
{
    return a.address == b.address && a.courtyard == b.courtyard && a.note == b.note;
}

bool samePerson(const Person& a, const Person& b)
{
    return a.householdId == b.householdId && a.name == b.name && a.category == b.category &&
           a.phone == b.phone && a.idNumber == b.idNumber && a.photoPath == b.photoPath;
}

bool sameVehicle(const Vehicle& a, const Vehicle& b)
{
    return a.householdId == b.householdId && a.plate == b.plate && a.internal == b.internal;
}

} // namespace

// --- checks -----------------------------------------------------------------------------

Household Registry::checkedHousehold(const Household& household) const
{
    Household h = household;
    h.address = formats::normaliseAddress(household.address);
    h.note = household.note.trimmed();
    if (h.address.isEmpty())
        refuse(RefusalCode::AddressMissing, RefusalField::Address);
    if (h.courtyard < 0 || h.courtyard > 6)
        refuse(RefusalCode::CourtyardInvalid, RefusalField::Courtyard, {QString::number(h.courtyard)});
    // "一号院 4号" is in courtyard 1: taken from the address when none was given, refused when
    // another was.
    if (const std::optional<int> named = formats::courtyardOfAddress(h.address)) {
        if (h.courtyard == 0)
            h.courtyard = *named;
        else if (h.courtyard != *named)
            refuse(RefusalCode::CourtyardInvalid, RefusalField::Courtyard,
                   {QString::number(h.courtyard), QString::number(*named)});
    }
    const std::optional<Household> other = householdByAddress(h.address);
    if (other && other->id != h.id)
        refuse(RefusalCode::HouseholdAlreadyRegistered, RefusalField::Address, {h.address});
    return h;
}

Person Registry::checkedPerson(const Person& person) const
{
    Person p = person;
    p.name = person.name.simplified();
    p.photoPath = person.photoPath.trimmed();
    if (p.name.isEmpty())
        refuse(RefusalCode::NameMissing, RefusalField::Name);
    if (isVehicleCategory(p.category))
        refuse(RefusalCode::CategoryInvalid, RefusalField::Category, {toString(p.category)});
    if (p.householdId != 0 && !householdExists(p.householdId))
        refuse(RefusalCode::HouseholdUnknown, RefusalField::Household, {QString::number(p.householdId)});
    const QString phone = person.phone.trimmed();
    p.phone.clear();
    if (!phone.isEmpty()) {
        const std::optional<QString> mobile = formats::normaliseMobile(phone);
        if (!mobile)
            refuse(RefusalCode::PhoneInvalid, RefusalField::Phone, {formats::maskPhone(phone)});
        p.phone = *mobile;
    }
    p.idNumber = person.idNumber.trimmed().toUpper();
    if (!p.idNumber.isEmpty()) {
        if (!formats::isValidIdNumber(p.idNumber))
            refuse(RefusalCode::IdNumberInvalid, RefusalField::IdNumber, {formats::maskIdNumber(p.idNumber)});
        const std::optional<Person> other = personByIdNumber(p.idNumber);
        if (other && other->id != p.id)
            refuse(RefusalCode::IdNumberAlreadyRegistered, RefusalField::IdNumber,
                   {formats::maskIdNumber(p.idNumber), QString::number(other->id)});
    }
    return p;
}

Vehicle Registry::checkedVehicle(const Vehicle& vehicle) const
{
    Vehicle v = vehicle;
    const std::optional<QString> plate = formats::normalisePlate(vehicle.plate);
    if (!plate)
        refuse(RefusalCode::PlateInvalid, RefusalField::Plate, {vehicle.plate.trimmed()});
    v.plate = *plate;
    if (v.householdId != 0 && !householdExists(v.householdId))
        refuse(RefusalCode::HouseholdUnknown, RefusalField::Household, {QString::number(v.householdId)});
    const std::optional<Vehicle> other = vehicleByPlate(v.plate);
    if (other && other->id != v.id)
        refuse(RefusalCode::PlateAlreadyRegistered, RefusalField::Plate, {formats::displayPlate(v.plate)});
    return v;
}

// --- households -------------------------------------------------------------------------

qint64 Registry::addHousehold(const Household& household)
{
    Transaction tx(m_db);
    Household h = household;
    h.id = 0;
    h = checkedHousehold(h);
    auto q = query("INSERT INTO households (address, courtyard, note) VALUES (?1, ?2, ?3)");
    q->bind(1, h.address).bind(2, h.courtyard).bind(3, h.note).exec();
    const qint64 id = m_db.lastInsertId();
    tx.commit();
    return id;
}

qint64 Registry::addHousehold(const Household& household, const Actor& actor)
{
    Transaction tx(m_db);
    const qint64 id = addHousehold(household);
    const Household stored = *this->household(id);
    AuditTrail(m_db, m_clock)
        .append(actor, AuditAction::HouseholdAdd, QString::number(id), {},
                AuditTrail::json(householdJson(stored)));
    tx.commit();
    return id;
}

Household Registry::updateHousehold(const Household& household, const Actor& actor)
{
    Transaction tx(m_db);
    const std::optional<Household> before = this->household(household.id);
    if (!before)
        refuse(RefusalCode::HouseholdUnknown, RefusalField::Household, {QString::number(household.id)});
    const Household h = checkedHousehold(household);
    if (sameHousehold(h, *before))
        return h;
    auto q = query("UPDATE households SET address = ?1, courtyard = ?2, note = ?3 WHERE id = ?4");
    q->bind(1, h.address).bind(2, h.courtyard).bind(3, h.note).bind(4, h.id).exec();
    AuditTrail(m_db, m_clock)
        .append(actor, AuditAction::HouseholdEdit, QString::number(h.id),
                AuditTrail::json(householdJson(*before)), AuditTrail::json(householdJson(h)));
    tx.commit();
    return h;
}

// --- people -----------------------------------------------------------------------------

qint64 Registry::addPerson(const Person& person)
{
    Transaction tx(m_db);
    Person p = person;
    p.id = 0;
    p = checkedPerson(p);
    auto q = query("INSERT INTO people (household_id, name, category, phone, id_number, photo_path)"
                   " VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (p.householdId != 0)
        q->bind(1, p.householdId);
    q->bind(2, p.name).bind(3, toString(p.category)).bind(4, p.phone).bind(6, p.photoPath);
    if (!p.idNumber.isEmpty())
        q->bind(5, p.idNumber);
    q->exec();
    const qint64 id = m_db.lastInsertId();
    tx.commit();
    return id;
}

qint64 Registry::addPerson(const Person& person, const Actor& actor)
{
    Transaction tx(m_db);
    const qint64 id = addPerson(person);
    AuditTrail(m_db, m_clock)
        .append(actor, AuditAction::PersonAdd, QString::number(id), {},
                AuditTrail::json(personJson(*this->person(id))));
    tx.commit();
    return id;
}

Person Registry::updatePerson(const Person& person, const Actor& actor)
{
    Transaction tx(m_db);
    const std::optional<Person> before = this->person(person.id);
    if (!before)
        refuse(RefusalCode::PersonUnknown, RefusalField::Person, {QString::number(person.id)});
    const Person p = checkedPerson(person);
    if (samePerson(p, *before))
        return p;
    auto q =
        query("UPDATE people SET household_id = ?1, name = ?2, category = ?3, phone = ?4, id_number = ?5,"
              " photo_path = ?6 WHERE id = ?7");
    if (p.householdId != 0)
        q->bind(1, p.householdId);
    q->bind(2, p.name).bind(3, toString(p.category)).bind(4, p.phone).bind(6, p.photoPath).bind(7, p.id);
    if (!p.idNumber.isEmpty())
        q->bind(5, p.idNumber);
    q->exec();
    AuditTrail(m_db, m_clock)
        .append(actor, AuditAction::PersonEdit, QString::number(p.id), AuditTrail::json(personJson(*before)),
                AuditTrail::json(personJson(p)));
    tx.commit();
    return p;
}

// --- vehicles ---------------------------------------------------------------------------

qint64 Registry::addVehicle(const Vehicle& vehicle)
{
    Transaction tx(m_db);
    Vehicle v = vehicle;
    v.id = 0;
    v = checkedVehicle(v);
    auto q = query("INSERT INTO vehicles (household_id, plate, internal) VALUES (?1, ?2, ?3)");
    if (v.householdId != 0)
        q->bind(1, v.householdId);
    q->bind(2, v.plate).bind(3, v.internal).exec();
    const qint64 id = m_db.lastInsertId();
    tx.commit();
    return id;
}

qint64 Registry::addVehicle(const Vehicle& vehicle, const Actor& actor)
{
    Transaction tx(m_db);
    const qint64 id = addVehicle(vehicle);
    AuditTrail(m_db, m_clock)
        .append(actor, AuditAction::VehicleAdd, QString::number(id), {},
                AuditTrail::json(vehicleJson(*this->vehicle(id))));
    tx.commit();
    return id;
}

Vehicle Registry::updateVehicle(const Vehicle& vehicle, const Actor& actor)
{
    Transaction tx(m_db);
    const std::optional<Vehicle> before = this->vehicle(vehicle.id);
    if (!before)
        refuse(RefusalCode::VehicleUnknown, RefusalField::Vehicle, {QString::number(vehicle.id)});
    const Vehicle v = checkedVehicle(vehicle);
    if (sameVehicle(v, *before))
        return v;
    auto q = query("UPDATE vehicles SET household_id = ?1, plate = ?2, internal = ?3 WHERE id = ?4");
    if (v.householdId != 0)
        q->bind(1, v.householdId);
    q->bind(2, v.plate).bind(3, v.internal).bind(4, v.id).exec();
    AuditTrail(m_db, m_clock)
        .append(actor, AuditAction::VehicleEdit, QString::number(v.id),
                AuditTrail::json(vehicleJson(*before)), AuditTrail::json(vehicleJson(v)));
    tx.commit();
    return v;
}

// --- revealing masked numbers -----------------------------------------------------------

bool Registry::mayReveal(Role role)
{
    return role == Role::Staff || role == Role::Admin;
}

QString Registry::revealIdNumber(qint64 personId, const Actor& actor, Role role)
{
    if (!mayReveal(role))
        refuse(RefusalCode::RevealNotAllowed, RefusalField::IdNumber, {toString(role)});
    if (!personExists(personId))
        refuse(RefusalCode::PersonUnknown, RefusalField::Person, {QString::number(personId)});
    return revealIdNumber(personId, actor);
}

QString Registry::revealPhone(qint64 personId, const Actor& actor, Role role)
{
    if (!mayReveal(role))
        refuse(RefusalCode::RevealNotAllowed, RefusalField::Phone, {toString(role)});
    if (!personExists(personId))
        refuse(RefusalCode::PersonUnknown, RefusalField::Person, {QString::number(personId)});
    return revealPhone(personId, actor);
}

} // namespace gatepost::core
