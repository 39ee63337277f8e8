// Registry: passes, snapshots for the rules, manual search and counts.

#include "AuditTrail.h"
#include "Formats.h"
#include "PassCode.h"
#include "Registry.h"

#include <QJsonObject>

#include <algorithm>
#include <stdexcept>

namespace gatepost::core {

namespace {

[[noreturn]] void refuse(const QString& message)
{
    throw std::invalid_argument(message.toStdString());
}

QString dateText(QDate d)
{
    return d.toString(Qt::ISODate);
}

// "1234" and " 0001234 " mean pass 0001234; anything else is looked up as typed.
QString normaliseSerial(const QString& serial)
{
    const QString s = serial.trimmed();
    if (s.isEmpty() || s.size() > passcode::kSerialDigits)
        return s;
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return s;
    }
    return s.rightJustified(passcode::kSerialDigits, u'0');
}

// LIKE pattern for "contains text", with the pattern characters taken literally.
QString containsPattern(const QString& text)
{
    QString escaped;
    for (QChar c : text) {
        if (c == u'%' || c == u'_' || c == u'\\')
            escaped += u'\\';
        escaped += c;
    }
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// The 13 pass columns read by Registry::passFromRow, in order.
#define GP_PASS_COLUMNS                                                                                      \
    "p.id, p.serial, p.holder_kind, p.person_id, p.vehicle_id, p.category, p.valid_from, p.valid_until,"     \
    " p.gates, p.generation, p.secret, p.status, p.status_reason"
constexpr int kPassColumnCount = 13;

} // namespace

Pass Registry::passFromRow(const Statement& row)
{
    Pass p;
    p.id = row.int64(0);
    p.serial = row.text(1);
    p.holderKind = holderKindFromString(row.text(2)).value_or(HolderKind::Person);
    p.holderId = p.holderKind == HolderKind::Person ? row.int64(3) : row.int64(4);
    p.category = categoryFromString(row.text(5)).value_or(Category::Visitor);
    p.validFrom = QDate::fromString(row.text(6), Qt::ISODate);
    p.validUntil = QDate::fromString(row.text(7), Qt::ISODate);
    const QString gates = row.text(8);
    if (!gates.isEmpty())
        p.gates = gates.split(u',');
    p.generation = row.int32(9);
    p.secret = row.text(10);
    p.status = passStatusFromString(row.text(11)).value_or(PassStatus::Suspended);
    p.statusReason = row.text(12);
    return p;
}

Pass Registry::requirePass(const QString& serial) const
{
    std::optional<Pass> p = pass(serial);
    if (!p)
        refuse(QStringLiteral("no pass %1").arg(normaliseSerial(serial)));
    return *p;
}

Pass Registry::issue(const IssueRequest& request, const Actor& actor)
{
    Transaction tx(m_db);
    Category category = Category::Visitor;
    if (request.holderKind == HolderKind::Person) {
        const std::optional<Person> holder = person(request.holderId);
        if (!holder)
            refuse(QStringLiteral("there is no person %1").arg(request.holderId));
        category = request.category.value_or(holder->category);
        if (isVehicleCategory(category))
            refuse(QStringLiteral("a person cannot get a %1 pass").arg(toString(category)));
    } else {
        const std::optional<Vehicle> holder = vehicle(request.holderId);
        if (!holder)
            refuse(QStringLiteral("there is no vehicle %1").arg(request.holderId));
        category = request.category.value_or(holder->internal ? Category::InternalVehicle
                                                              : Category::ExternalVehicle);
        if (!isVehicleCategory(category))
            refuse(QStringLiteral("a vehicle cannot get a %1 pass").arg(toString(category)));
    }

    QStringList gates;
    for (const QString& g : request.gates) {
        const QString code = g.trimmed();
        if (!gateExists(code))
            refuse(QStringLiteral("there is no gate \"%1\"").arg(code));
        if (!gates.contains(code))
            gates << code;
    }

    const QDate from = request.validFrom.isValid() ? request.validFrom : today();
    const QDate until =
        request.validUntil.isValid() ? request.validUntil : from.addDays(policy().validityDaysOf(category));
    if (until < from)
        refuse(QStringLiteral("the pass would end (%1) before it starts (%2)")
                   .arg(dateText(until), dateText(from)));

    qint64 next = 1;
    {
        // Serials are fixed-width, so the text maximum is the numeric maximum (and uses the index).
        auto q = query("SELECT max(serial) FROM passes");
        if (q->step() && !q->isNull(0))
            next = q->text(0).toLongLong() + 1;
    }
    const QString serial = passcode::serialFromNumber(next);
    if (serial.isEmpty())
        refuse(QStringLiteral("every pass serial up to %1 is used").arg(passcode::kMaxSerial));

    const QString secret = passcode::newSecret();
    const QString stamp = nowText();
    auto ins =
        query("INSERT INTO passes (serial, holder_kind, person_id, vehicle_id, category, valid_from,"
              " valid_until, gates, generation, secret, status, status_reason, issued_utc, updated_utc)"
              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 1, ?9, 'active', '', ?10, ?10)");
    ins->bind(1, serial).bind(2, toString(request.holderKind));
    ins->bind(request.holderKind == HolderKind::Person ? 3 : 4, request.holderId);
    ins->bind(5, toString(category))
        .bind(6, dateText(from))
        .bind(7, dateText(until))
        .bind(8, gates.join(u','))
        .bind(9, secret)
        .bind(10, stamp)
        .exec();
    const qint64 passId = m_db.lastInsertId();
    auto gen = query("INSERT INTO pass_generations (pass_id, generation, secret, issued_utc, secret_hash)"
                     " VALUES (?1, ?2, ?3, ?4, ?5)");
    gen->bind(1, passId).bind(2, 1).bind(3, secret).bind(4, stamp);
    gen->bind(5, passcode::secretHash(serial, 1, secret)).exec();
    AuditTrail(m_db, m_clock)
        .append(actor, AuditAction::PassIssue, serial, {},
                AuditTrail::json({{QStringLiteral("holder_kind"), toString(request.holderKind)},
                                  {QStringLiteral("holder_id"), request.holderId},
                                  {QStringLiteral("category"), toString(category)},
                                  {QStringLiteral("valid_from"), dateText(from)},
                                  {QStringLiteral("valid_until"), dateText(until)},
                                  {QStringLiteral("gates"), gates.join(u',')}}));
    tx.commit();

    Pass p;
    p.id = passId;
    p.serial = serial;
    p.holderKind = request.holderKind;
    p.holderId = request.holderId;
    p.category = category;
    p.validFrom = from;
    p.validUntil = until;
    p.gates = gates;
    p.generation = 1;
    p.secret = secret;
    return p;
}

Pass Registry::reissue(const QString& serial, const Actor& actor)
{
    Transaction tx(m_db);
    Pass p = requirePass(serial);
    const QJsonObject before{{QStringLiteral("generation"), p.generation},
                             {QStringLiteral("status"), toString(p.status)}};
    if (p.generation >= passcode::kMaxGeneration)
        refuse(
            QStringLiteral("pass %1 has been reissued %2 times, the most a code can show: issue a new pass")
                .arg(p.serial)
                .arg(passcode::kMaxGeneration - 1));
    p.generation += 1;
    p.secret = passcode::newSecret();
    p.status = PassStatus::Active;
    p.statusReason.clear();
    const QString stamp = nowText();
    auto upd = query("UPDATE passes SET generation = ?1, secret = ?2, status = 'active', status_reason = '',"
                     " updated_utc = ?3 WHERE id = ?4");
    upd->bind(1, p.generation).bind(2, p.secret).bind(3, stamp).bind(4, p.id).exec();
    auto gen = query("INSERT INTO pass_generations (pass_id, generation, secret, issued_utc, secret_hash)"
                     " VALUES (?1, ?2, ?3, ?4, ?5)");
    gen->bind(1, p.id).bind(2, p.generation).bind(3, p.secret).bind(4, stamp);
    gen->bind(5, passcode::secretHash(p.serial, p.generation, p.secret)).exec();
    AuditTrail(m_db, m_clock)
        .append(actor, AuditAction::PassReissue, p.serial, AuditTrail::json(before),
                AuditTrail::json({{QStringLiteral("generation"), p.generation},
                                  {QStringLiteral("status"), toString(p.status)}}));
    tx.commit();
    return p;
}

Pass Registry::setStatus(const QString& serial, PassStatus status, const QString& reason, const Actor& actor)
{
    Transaction tx(m_db);
    const Pass p = requirePass(serial);
    if (status == PassStatus::Revoked && reason.trimmed().isEmpty())
        refuse(QStringLiteral("say why pass %1 is revoked").arg(p.serial));
    Pass out = changeStatus(p, status, reason, actor);
    tx.commit();
    return out;
}

std::optional<Pass> Registry::pass(const QString& serial) const
{
    auto q = query("SELECT " GP_PASS_COLUMNS " FROM passes p WHERE p.serial = ?1");
    q->bind(1, normaliseSerial(serial));
    if (!q->step())
        return std::nullopt;
    return passFromRow(*q);
}

QList<Pass> Registry::passes(const PassFilter& filter) const
{
    auto q = query("SELECT " GP_PASS_COLUMNS " FROM passes p"
                   " WHERE (?1 IS NULL OR p.status = ?1) AND (?2 IS NULL OR p.category = ?2)"
                   " ORDER BY p.serial LIMIT ?3 OFFSET ?4");
    if (filter.status)
        q->bind(1, toString(*filter.status));
    if (filter.category)
        q->bind(2, toString(*filter.category));
    q->bind(3, filter.limit < 0 ? -1 : filter.limit).bind(4, std::max(0, filter.offset));
    QList<Pass> out;
    while (q->step())
        out << passFromRow(*q);
    return out;
}

QList<Pass> Registry::passesOfHolder(HolderKind kind, qint64 holderId) const
{
    auto q =
        kind == HolderKind::Person
            ? query("SELECT " GP_PASS_COLUMNS " FROM passes p WHERE p.person_id = ?1 ORDER BY p.serial")
            : query("SELECT " GP_PASS_COLUMNS " FROM passes p WHERE p.vehicle_id = ?1 ORDER BY p.serial");
    q->bind(1, holderId);
    QList<Pass> out;
    while (q->step())
        out << passFromRow(*q);
    return out;
}

std::optional<PassSnapshot> Registry::snapshot(const QString& serial) const
{
    PassSnapshot snap;
    {
        auto q = query("SELECT " GP_PASS_COLUMNS ", pe.name, pe.phone, pe.photo_path, pe.category, v.plate,"
                       " v.internal, h.address, h.courtyard"
                       " FROM passes p LEFT JOIN people pe ON pe.id = p.person_id"
                       " LEFT JOIN vehicles v ON v.id = p.vehicle_id"
                       " LEFT JOIN households h ON h.id = coalesce(pe.household_id, v.household_id)"
                       " WHERE p.serial = ?1");
        q->bind(1, normaliseSerial(serial));
        if (!q->step())
            return std::nullopt;
        snap.pass = passFromRow(*q);
        constexpr int c = kPassColumnCount;
        HolderInfo& h = snap.holder;
        h.kind = snap.pass.holderKind;
        h.id = snap.pass.holderId;
        h.address = q->text(c + 6);
        h.courtyard = q->isNull(c + 7) ? 0 : q->int32(c + 7);
        if (h.kind == HolderKind::Person) {
            h.name = q->text(c + 0);
            const QString phone = q->text(c + 1);
            h.phoneMasked = phone.isEmpty() ? QString() : formats::maskPhone(phone);
            h.photoPath = q->text(c + 2);
            h.category = categoryFromString(q->text(c + 3)).value_or(snap.pass.category);
        } else {
            h.plate = q->text(c + 4);
            // A vehicle is known by its household; one without a household by its plate.
            h.name = h.address.isEmpty() ? formats::displayPlate(h.plate) : h.address;
            h.category = q->int64(c + 5) != 0 ? Category::InternalVehicle : Category::ExternalVehicle;
        }
    }
    {
        auto q = query("SELECT generation, secret_hash FROM pass_generations WHERE pass_id = ?1");
        q->bind(1, snap.pass.id);
        while (q->step())
            snap.secretHashes.insert(q->int32(0), q->text(1));
    }
    if (snap.pass.holderKind == HolderKind::Person)
        snap.quarantines = quarantinesOf(snap.pass.holderId);
    return snap;
}

QMap<int, QString> Registry::secretsOf(const QString& serial) const
{
    QMap<int, QString> out;
    auto q = query("SELECT g.generation, g.secret FROM pass_generations g JOIN passes p ON p.id = g.pass_id"
                   " WHERE p.serial = ?1");
    q->bind(1, serial);
    while (q->step())
        out.insert(q->int32(0), q->text(1));
    return out;
}

QString Registry::qrText(const Pass& pass)
{
    return passcode::format(PassCode{pass.serial, pass.generation, pass.secret});
}

RegistryCounts Registry::counts() const
{
    RegistryCounts c;
    const QString day = dateText(today());
    {
        auto q = query("SELECT (SELECT count(*) FROM households), (SELECT count(*) FROM people),"
                       " (SELECT count(*) FROM vehicles), (SELECT count(*) FROM passes),"
                       " (SELECT count(DISTINCT person_id) FROM quarantines"
                       "    WHERE start_date <= ?1 AND end_date > ?1),"
                       " (SELECT count(*) FROM passes WHERE valid_until < ?1),"
                       " (SELECT coalesce(sum(generation - 1), 0) FROM passes)");
        q->bind(1, day);
        q->step();
        c.households = q->int64(0);
        c.people = q->int64(1);
        c.vehicles = q->int64(2);
        c.passes = q->int64(3);
        c.activeQuarantines = q->int64(4);
        c.expiredPasses = q->int64(5);
        c.supersededCodes = q->int64(6);
    }
    for (Category cat : allCategories()) {
        if (!isVehicleCategory(cat))
            c.peopleByCategory.insert(cat, 0);
        c.passesByCategory.insert(cat, 0);
    }
    for (PassStatus s : allPassStatuses())
        c.passesByStatus.insert(s, 0);
    {
        auto q = query("SELECT category, count(*) FROM people GROUP BY category");
        while (q->step()) {
            if (const auto cat = categoryFromString(q->text(0)))
                c.peopleByCategory[*cat] = q->int64(1);
        }
    }
    {
        auto q = query("SELECT category, count(*) FROM passes GROUP BY category");
        while (q->step()) {
            if (const auto cat = categoryFromString(q->text(0)))
                c.passesByCategory[*cat] = q->int64(1);
        }
    }
    {
        auto q = query("SELECT status, count(*) FROM passes GROUP BY status");
        while (q->step()) {
            if (const auto s = passStatusFromString(q->text(0)))
                c.passesByStatus[*s] = q->int64(1);
        }
    }
    return c;
}

QList<PassSnapshot> Registry::search(const QString& text, int limit) const
{
    const QString t = text.trimmed();
    if (t.isEmpty() || limit <= 0)
        return {};

    QString serial;
    if (const ParsedCode parsed = passcode::parse(t); parsed.ok())
        serial = parsed.code->serial;
    else
        serial = normaliseSerial(t);
    const std::optional<QString> plate = formats::normalisePlate(t);
    QString platePart = t.toUpper();
    platePart.remove(u'\u00B7').remove(u' ');

    QStringList serials;
    {
        auto q = query("SELECT serial, min(rank) AS best FROM ("
                       " SELECT serial, 0 AS rank FROM passes WHERE serial = ?1"
                       " UNION ALL SELECT p.serial, 1 FROM passes p JOIN people pe ON pe.id = p.person_id"
                       "   WHERE pe.name LIKE ?2 ESCAPE '\\'"
                       " UNION ALL SELECT p.serial, 2 FROM passes p JOIN vehicles v ON v.id = p.vehicle_id"
                       "   WHERE v.plate = ?3 OR v.plate LIKE ?4 ESCAPE '\\'"
                       " UNION ALL SELECT p.serial, 3 FROM passes p JOIN people pe ON pe.id = p.person_id"
                       "   JOIN households h ON h.id = pe.household_id WHERE h.address LIKE ?2 ESCAPE '\\'"
                       " UNION ALL SELECT p.serial, 3 FROM passes p JOIN vehicles v ON v.id = p.vehicle_id"
                       "   JOIN households h ON h.id = v.household_id WHERE h.address LIKE ?2 ESCAPE '\\'"
                       ") GROUP BY serial ORDER BY best, serial LIMIT ?5");
        q->bind(1, serial).bind(2, containsPattern(t)).bind(4, containsPattern(platePart)).bind(5, limit);
        if (plate)
            q->bind(3, *plate);
        while (q->step())
            serials << q->text(0);
    }
    QList<PassSnapshot> out;
    for (const QString& s : serials) {
        if (std::optional<PassSnapshot> snap = snapshot(s))
            out << std::move(*snap);
    }
    return out;
}

} // namespace gatepost::core
