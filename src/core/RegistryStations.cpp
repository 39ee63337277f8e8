// Registry: the stations of the community (RegistryStations.cpp).

#include "Crypto.h"
#include "Refusal.h"
#include "Registry.h"

#include <stdexcept>

namespace gatepost::core {

KnownStation Registry::registerStation(const QString& name, const QString& gate, const QString& publicKey,
                                       const Actor& actor)
{
    const auto me = station();
    if (!me || me->stationId != me->community)
        throw std::invalid_argument(
            "only the community's office registers stations (this station is not it)");
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        throw std::invalid_argument("the station needs a name");
    if (!gateExists(gate))
        throw std::invalid_argument(QStringLiteral("there is no gate \"%1\" (known gates: %2)")
                                        .arg(gate, gateCodes().join(QStringLiteral(", ")))
                                        .toStdString());
    const QByteArray key = crypto::keyFromHex(publicKey);
    if (key.isEmpty())
        throw std::invalid_argument(
            QStringLiteral("\"%1\" is not a station's public key (64 hex characters, as "
                           "'gatepost-cli station show' prints it on that station)")
                .arg(publicKey)
                .toStdString());
    KnownStation s{crypto::keyId(key), trimmed, gate, crypto::keyToHex(key),
                   gate == QLatin1String("office") ? QStringLiteral("office") : QStringLiteral("gate")};
    if (s.stationId == me->stationId)
        throw std::invalid_argument("that is this station's own key");

    Transaction tx(m_db);
    auto q =
        query("INSERT INTO stations (station_id, name, gate, public_key, role) VALUES (?1, ?2, ?3, ?4, ?5)"
              " ON CONFLICT (station_id) DO UPDATE SET name = excluded.name, gate = excluded.gate,"
              " public_key = excluded.public_key, role = excluded.role");
    q->bind(1, s.stationId).bind(2, s.name).bind(3, s.gate).bind(4, s.publicKey).bind(5, s.role).exec();
    AuditTrail(m_db, m_clock)
        .append(actor, AuditAction::StationAdd, s.stationId, {},
                AuditTrail::json({{QStringLiteral("name"), s.name},
                                  {QStringLiteral("gate"), s.gate},
                                  {QStringLiteral("public_key"), s.publicKey}}));
    tx.commit();
    return s;
}

StationIdentity Registry::joinCommunity(const QString& officeKey, const Actor& actor)
{
    const auto me = station();
    if (!me)
        refuse(RefusalCode::StationNotSetUp);
    if (!me->standsAlone())
        refuse(RefusalCode::AlreadyInCommunity, RefusalField::None, {me->community});
    const QByteArray key = crypto::keyFromHex(officeKey.trimmed());
    if (key.isEmpty())
        refuse(RefusalCode::NotAPublicKey, RefusalField::PublicKey);
    if (crypto::keyToHex(key) == me->publicKey)
        refuse(RefusalCode::OwnPublicKey, RefusalField::PublicKey);
    const auto count = [this](const char* sql) {
        auto q = query(sql);
        return q->step() ? q->int64(0) : 0;
    };
    Transaction tx(m_db);
    if (count("SELECT count(*) FROM passes") > 0 || count("SELECT count(*) FROM crossings") > 0 ||
        count("SELECT count(*) FROM sync_events WHERE origin <> (SELECT station_id FROM station_identity)") >
            0)
        refuse(RefusalCode::StationNotEmpty);
    const QString root = crypto::keyToHex(key);
    const QString community = crypto::keyId(key);
    auto u = query("UPDATE station_identity SET community = ?1, root_key = ?2 WHERE id = 1");
    u->bind(1, community).bind(2, root).exec();
    auto self = query("UPDATE stations SET role = ?1 WHERE station_id = ?2");
    self->bind(1, me->gate == QLatin1String("office") ? QStringLiteral("office") : QStringLiteral("gate"));
    self->bind(2, me->stationId).exec();
    auto office = query("INSERT INTO stations (station_id, name, gate, public_key, role)"
                        " VALUES (?1, 'office', 'office', ?2, 'office') ON CONFLICT (station_id) DO NOTHING");
    office->bind(1, community).bind(2, root).exec();
    // What this station made so far was signed for its old community: made again for the new one.
    auto drop = query("DELETE FROM sync_events WHERE origin = ?1");
    drop->bind(1, me->stationId).exec();
    auto vec = query("DELETE FROM sync_vector WHERE origin = ?1");
    vec->bind(1, me->stationId).exec();
    m_db.exec("DELETE FROM sync_state WHERE key = 'hub_pushed'");
    m_db.exec(
        "INSERT OR IGNORE INTO sync_outbox (tbl, row_id) SELECT 'people', rowid FROM people;"
        "INSERT OR IGNORE INTO sync_outbox (tbl, row_id) SELECT 'quarantines', rowid FROM quarantines;"
        "INSERT OR IGNORE INTO sync_outbox (tbl, row_id) SELECT 'operators', rowid FROM operators;"
        "INSERT OR IGNORE INTO sync_outbox (tbl, row_id) SELECT 'visits', rowid FROM visits;"
        "INSERT OR IGNORE INTO sync_outbox (tbl, row_id) SELECT 'audit_trail', row_id FROM audit_trail;");
    AuditTrail(m_db, m_clock)
        .append(actor, AuditAction::StationJoin, community, {},
                AuditTrail::json({{QStringLiteral("office_public_key"), root}}));
    tx.commit();
    return *station();
}

QList<KnownStation> Registry::knownStations() const
{
    QList<KnownStation> out;
    auto q = query("SELECT station_id, name, gate, public_key, role FROM stations ORDER BY name, station_id");
    while (q->step())
        out.append({q->text(0), q->text(1), q->text(2), q->text(3), q->text(4)});
    return out;
}

} // namespace gatepost::core
