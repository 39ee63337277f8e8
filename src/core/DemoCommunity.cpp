#include "DemoCommunity.h"

#include "Database.h"
#include "DemoBuilder.h"
#include "PassCode.h"

#include <stdexcept>

namespace gatepost::core {

// A row's sync uid, given in the insert itself (the schema's trigger would update each row again
// after it is written: a demo community is 25,000 rows).
#define GP_NEW_UID                                                                                           \
    "coalesce((SELECT station_id FROM station_identity WHERE id = 1), 'local') || '.' || "                   \
    "lower(hex(randomblob(8)))"

namespace {

using demo::HouseholdRec;
using demo::PassRec;
using demo::PersonRec;
using demo::QuarantineRec;
using demo::VehicleRec;

QString utc(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

void refuseUnlessEmpty(Database& db)
{
    auto q = db.prepare("SELECT (SELECT count(*) FROM households) + (SELECT count(*) FROM people)"
                        " + (SELECT count(*) FROM vehicles) + (SELECT count(*) FROM passes)");
    if (q.step() && q.int64(0) > 0)
        throw std::invalid_argument(
            "the registry already has households, people, vehicles or passes; the demo community "
            "can only be generated into an empty registry");
}

} // namespace

qint64 DemoSummary::totalPeople() const
{
    qint64 n = 0;
    for (qint64 v : people)
        n += v;
    return n;
}

qint64 DemoSummary::totalPasses() const
{
    qint64 n = 0;
    for (qint64 v : passesByCategory)
        n += v;
    return n;
}

bool isDemoFile(Database& db)
{
    Statement q = db.prepare("SELECT value FROM settings WHERE key = 'demo_file'");
    return q.step() && q.text(0) == QLatin1String(kDemoMarker);
}

void markDemoFile(Database& db)
{
    Statement q = db.prepare("INSERT INTO settings (key, value) VALUES ('demo_file', ?1)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    q.bind(1, kDemoMarker).exec();
}

DemoSummary generateDemoCommunity(Database& db, const DemoOptions& options)
{
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    Transaction tx(db);
    refuseUnlessEmpty(db);
    markDemoFile(db);

    const demo::World b = demo::buildWorld(options.seed, today);
    DemoSummary sum;

    auto insHousehold = db.prepare(
        "INSERT INTO households (id, address, courtyard, note, sync_uid) VALUES (?1, ?2, ?3, ?4, " GP_NEW_UID
        ")");
    for (std::size_t i = 0; i < b.households.size(); ++i) {
        const HouseholdRec& h = b.households[i];
        insHousehold.bind(1, static_cast<qint64>(i) + 1)
            .bind(2, h.address)
            .bind(3, h.courtyard)
            .bind(4, h.note);
        insHousehold.exec();
    }
    sum.households = static_cast<qint64>(b.households.size());

    auto insPerson =
        db.prepare("INSERT INTO people (id, household_id, name, category, phone, id_number, sync_uid)"
                   " VALUES (?1, ?2, ?3, ?4, ?5, ?6, " GP_NEW_UID ")");
    for (std::size_t i = 0; i < b.people.size(); ++i) {
        const PersonRec& p = b.people[i];
        insPerson.bind(1, static_cast<qint64>(i) + 1);
        if (p.householdId > 0)
            insPerson.bind(2, p.householdId);
        else
            insPerson.bindNull(2);
        insPerson.bind(3, p.name).bind(4, toString(p.category)).bind(5, p.phone);
        if (p.idNumber.isEmpty())
            insPerson.bindNull(6);
        else
            insPerson.bind(6, p.idNumber);
        insPerson.exec();
        ++sum.people[p.category];
    }

    auto insVehicle = db.prepare("INSERT INTO vehicles (id, household_id, plate, internal, sync_uid) VALUES "
                                 "(?1, ?2, ?3, ?4, " GP_NEW_UID ")");
    for (std::size_t i = 0; i < b.vehicles.size(); ++i) {
        const VehicleRec& v = b.vehicles[i];
        insVehicle.bind(1, static_cast<qint64>(i) + 1);
        if (v.householdId > 0)
            insVehicle.bind(2, v.householdId);
        else
            insVehicle.bindNull(2);
        insVehicle.bind(3, v.plate).bind(4, v.internal);
        insVehicle.exec();
    }
    sum.vehicles = static_cast<qint64>(b.vehicles.size());

    auto insQuarantine =
        db.prepare("INSERT INTO quarantines (person_id, kind, start_date, end_date, origin,"
                   " created_utc, sync_uid) VALUES (?1, ?2, ?3, ?4, ?5, ?6, " GP_NEW_UID ")");
    for (const QuarantineRec& q : b.quarantines) {
        insQuarantine.bind(1, q.personId).bind(2, toString(q.kind));
        insQuarantine.bind(3, q.start.toString(Qt::ISODate)).bind(4, q.end.toString(Qt::ISODate));
        insQuarantine.bind(5, q.origin).bind(6, utc(q.created));
        insQuarantine.exec();
        if (q.kind == QuarantineKind::Home && q.start <= today && today < q.end)
            ++sum.homeQuarantineActive;
    }

    auto insPass = db.prepare(
        "INSERT INTO passes (id, serial, holder_kind, person_id, vehicle_id, category, "
        "valid_from, valid_until,"
        " gates, generation, secret, status, status_reason, issued_utc, updated_utc, sync_uid)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, " GP_NEW_UID ")");
    auto insGeneration =
        db.prepare("INSERT INTO pass_generations (pass_id, generation, secret, issued_utc, secret_hash)"
                   " VALUES (?1, ?2, ?3, ?4, ?5)");
    for (std::size_t i = 0; i < b.passes.size(); ++i) {
        const PassRec& p = b.passes[i];
        const qint64 id = static_cast<qint64>(i) + 1;
        const QString serial = passcode::serialFromNumber(id);
        const bool person = p.holderKind == HolderKind::Person;
        insPass.bind(1, id).bind(2, serial).bind(3, toString(p.holderKind));
        if (person)
            insPass.bind(4, p.holderId).bindNull(5);
        else
            insPass.bindNull(4).bind(5, p.holderId);
        insPass.bind(6, toString(p.category))
            .bind(7, p.validFrom.toString(Qt::ISODate))
            .bind(8, p.validUntil.toString(Qt::ISODate));
        insPass.bind(9, p.gates).bind(10, static_cast<int>(p.secrets.size())).bind(11, p.secrets.last());
        insPass.bind(12, toString(p.status)).bind(13, p.statusReason);
        insPass.bind(14, utc(p.issued.first())).bind(15, utc(p.updated));
        insPass.exec();
        for (int g = 0; g < p.secrets.size(); ++g) {
            insGeneration.bind(1, id).bind(2, g + 1).bind(3, p.secrets.at(g)).bind(4, utc(p.issued.at(g)));
            insGeneration.bind(5, passcode::secretHash(serial, g + 1, p.secrets.at(g)));
            insGeneration.exec();
        }
        ++sum.passesByCategory[p.category];
        ++sum.passesByStatus[p.status];
        sum.expired += p.validUntil < today ? 1 : 0;
        sum.notYetValid += p.validFrom > today ? 1 : 0;
        sum.superseded += p.secrets.size() > 1 ? 1 : 0;
    }
    tx.commit();
    return sum;
}

} // namespace gatepost::core
