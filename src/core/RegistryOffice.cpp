// Registry: the office's listings, searched as the user types. Each listing is one scan of its
// table (at most ~12,000 rows: no full-text index needed) for the page and its total; the rows
// carry what a table shows, with ID and phone numbers masked.

#include "Formats.h"
#include "PassCode.h"
#include "Pinyin.h"
#include "Registry.h"

#include <algorithm>

namespace gatepost::core {

namespace {

constexpr int kMaxPage = 1000;

QString likeEscaped(const QString& s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (c == u'%' || c == u'_' || c == u'\\')
            out += u'\\';
        out += c;
    }
    return out;
}

QString contains(const QString& s)
{
    return s.isEmpty() ? QString() : QLatin1Char('%') + likeEscaped(s) + QLatin1Char('%');
}

bool isAsciiDigits(const QString& s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// What one typed text is matched as, worked out once per keystroke.
struct Needle
{
    QString text;        // simplified, as typed
    QString like;        // %text% (empty when no text)
    QString pinyin;      // %PINYIN% of a text that can be pinyin, else empty
    QString tail;        // %TAIL of a phone or ID number: 4+ characters, else empty
    bool digits = false; // the tail is all digits (a phone tail)
    QString plate;       // %PLATE% with separators removed, else empty
    QString serial;      // a serial (exact) when the text is one, or a code's serial
};

Needle needleFor(const QString& typed)
{
    Needle n;
    n.text = typed.simplified();
    if (n.text.isEmpty())
        return n;
    n.like = contains(n.text);
    n.pinyin = contains(pinyin::normaliseQuery(n.text));
    const QString compact = QString(n.text).remove(u' ').remove(u'-').toUpper();
    if (compact.size() >= 4) {
        n.tail = QLatin1Char('%') + likeEscaped(compact);
        n.digits = isAsciiDigits(compact);
    }
    const QString plate = formats::plateSearchText(n.text);
    if (plate.size() >= 2)
        n.plate = contains(plate);
    if (const ParsedCode parsed = passcode::parse(n.text); parsed.ok())
        n.serial = parsed.code->serial;
    else if (isAsciiDigits(compact) && compact.size() <= passcode::kSerialDigits)
        n.serial = compact.rightJustified(passcode::kSerialDigits, u'0');
    return n;
}

int pageLimit(const OfficeQuery& q)
{
    return std::clamp(q.limit, 0, kMaxPage);
}

// The filters every listing shares, bound by number: ?1 text, ?2 like, ?3 pinyin, ?4 tail,
// ?5 digits, ?6 plate, ?7 serial, ?8 household, ?9 courtyard, ?10 category, ?11 status,
// ?12 holder kind, ?13 today, ?14 limit, ?15 offset. A listing uses some of them; each one's
// WHERE ends with "?13 IS NOT NULL" (today is always bound), which makes 13 the statement's
// parameter count, so that binding the ones it does not use is not an error.
template<typename Q> void bindQuery(Q& q, const Needle& n, const OfficeQuery& query, const QString& today)
{
    q->bind(1, n.text);
    if (!n.like.isEmpty())
        q->bind(2, n.like);
    if (!n.pinyin.isEmpty())
        q->bind(3, n.pinyin);
    if (!n.tail.isEmpty())
        q->bind(4, n.tail);
    q->bind(5, n.digits);
    if (!n.plate.isEmpty())
        q->bind(6, n.plate);
    if (!n.serial.isEmpty())
        q->bind(7, n.serial);
    q->bind(8, query.householdId);
    if (query.courtyard)
        q->bind(9, *query.courtyard);
    if (query.category)
        q->bind(10, toString(*query.category));
    if (query.status)
        q->bind(11, toString(*query.status));
    if (query.holderKind)
        q->bind(12, toString(*query.holderKind));
    q->bind(13, today);
}

// A valid pass of a holder: active and in date today.
#define GP_VALID_PASS(column, id)                                                                            \
    "(SELECT p.serial FROM passes p WHERE p." column " = " id " AND p.status = 'active'"                     \
    " AND p.valid_from <= ?13 AND p.valid_until >= ?13 ORDER BY p.serial LIMIT 1)"

// The filters read one table and find related rows through IN (subquery), which SQLite runs
// once per statement: a join for every row costs two to four times as much on each keystroke.
// The page's own columns (address, pass, photo) are read in an outer query, for its rows only;
// the total comes with every row (count(*) OVER ()), so a keystroke scans the table once. A
// page without rows (past the end) counts on its own.
#define GP_HOUSEHOLDS_WITH(condition) "(SELECT id FROM households WHERE " condition ")"

#define GP_PEOPLE_WHERE                                                                                      \
    " WHERE (?1 = '' OR pe.name LIKE ?2 ESCAPE '\\' OR pe.pinyin LIKE ?3 ESCAPE '\\'"                        \
    "        OR pe.household_id IN " GP_HOUSEHOLDS_WITH(                                                     \
        "address LIKE ?2 ESCAPE '\\'") "        OR (?5 AND pe.phone LIKE ?4 ESCAPE '\\') OR pe.id_number "   \
                                       "LIKE ?4 ESCAPE '\\')"                                                \
                                       "   AND (?8 = 0 OR pe.household_id = ?8)"                             \
                                       "   AND (?9 IS NULL OR pe.household_id IN " GP_HOUSEHOLDS_WITH(       \
                                           "courtyard = ?9") ")"                                             \
                                                             "   AND (?10 IS NULL OR pe.category = ?10) "    \
                                                             "AND ?13 IS NOT NULL"

#define GP_HOUSEHOLDS_WHERE                                                                                  \
    " WHERE (?1 = '' OR h.address LIKE ?2 ESCAPE '\\'"                                                       \
    "        OR h.id IN (SELECT household_id FROM vehicles WHERE plate LIKE ?6 ESCAPE '\\'))"                \
    "   AND (?8 = 0 OR h.id = ?8) AND (?9 IS NULL OR h.courtyard = ?9) AND ?13 IS NOT NULL"

#define GP_VEHICLES_WHERE                                                                                    \
    " WHERE (?1 = '' OR v.plate LIKE ?6 ESCAPE '\\'"                                                         \
    "        OR v.household_id IN " GP_HOUSEHOLDS_WITH(                                                      \
        "address LIKE ?2 ESCAPE '\\'") ")"                                                                   \
                                       "   AND (?8 = 0 OR v.household_id = ?8)"                              \
                                       "   AND (?9 IS NULL OR v.household_id IN " GP_HOUSEHOLDS_WITH(        \
                                           "courtyard = ?9") ")"                                             \
                                                             "   AND (?10 IS NULL OR ?10 = CASE WHEN "       \
                                                             "v.internal THEN 'internal_vehicle' ELSE "      \
                                                             "'external_vehicle' END)"                       \
                                                             "   AND ?13 IS NOT NULL"

#define GP_PASSES_WHERE                                                                                                                                                                  \
    " WHERE (?1 = '' OR p.serial = ?7"                                                                                                                                                   \
    "        OR p.person_id IN (SELECT id FROM people WHERE name LIKE ?2 ESCAPE '\\'"                                                                                                    \
    "           OR pinyin LIKE ?3 ESCAPE '\\'"                                                                                                                                           \
    "           OR household_id IN " GP_HOUSEHOLDS_WITH(                                                                                                                                 \
        "address LIKE ?2 ESCAPE '\\'") ")"                                                                                                                                               \
                                       "        OR p.vehicle_id IN (SELECT id FROM vehicles WHERE plate "                                                                                \
                                       "LIKE ?6 ESCAPE '\\'"                                                                                                                             \
                                       "           OR household_id IN " GP_HOUSEHOLDS_WITH(                                                                                              \
                                           "address LIKE ?2 ESCAPE '\\'") "))"                                                                                                           \
                                                                          "   AND (?8 = 0 OR p.person_id "                                                                               \
                                                                          "IN (SELECT id FROM people WHERE "                                                                             \
                                                                          "household_id = ?8)"                                                                                           \
                                                                          "        OR p.vehicle_id IN "                                                                                  \
                                                                          "(SELECT id FROM vehicles WHERE "                                                                              \
                                                                          "household_id = ?8))"                                                                                          \
                                                                          "   AND (?9 IS NULL"                                                                                           \
                                                                          "        OR p.person_id IN "                                                                                   \
                                                                          "(SELECT id FROM people WHERE "                                                                                \
                                                                          "household_id "                                                                                                \
                                                                          "IN " GP_HOUSEHOLDS_WITH(                                                                                      \
                                                                              "courtyard = ?9") ")"                                                                                      \
                                                                                                "        "                                                                               \
                                                                                                "OR "                                                                                    \
                                                                                                "p.vehicle_"                                                                             \
                                                                                                "id IN "                                                                                 \
                                                                                                "(SELECT "                                                                               \
                                                                                                "id FROM "                                                                               \
                                                                                                "vehicles "                                                                              \
                                                                                                "WHERE "                                                                                 \
                                                                                                "household_"                                                                             \
                                                                                                "id "                                                                                    \
                                                                                                "IN"                                                                                     \
                                                                                                " " GP_HOUSEHOLDS_WITH(                                                                  \
                                                                                                    "courty"                                                                             \
                                                                                                    "ard = "                                                                             \
                                                                                                    "?9") "))"                                                                           \
                                                                                                          "   AND (?10 IS NULL OR p.category = ?10) AND (?11 IS NULL OR p.status = ?11)" \
                                                                                                          "   AND (?12 IS NULL OR p.holder_kind = ?12) AND ?13 IS NOT NULL"

} // namespace

OfficePage<PersonRow> Registry::listPeople(const OfficeQuery& query) const
{
    const Needle n = needleFor(query.text);
    const QString day = today().toString(Qt::ISODate);
    OfficePage<PersonRow> page;
    auto q = this->query(
        "SELECT pe.id, pe.household_id, pe.name, pe.category, pe.phone, pe.id_number, h.address, h.courtyard,"
        " EXISTS (SELECT 1 FROM person_photos ph WHERE ph.person_id = pe.id), " GP_VALID_PASS(
            "person_id",
            "pe.id") ", pg.total FROM (SELECT pe.id AS pid, pe.name = ?1 AS exact, count(*) OVER () AS total "
                     "FROM people pe" GP_PEOPLE_WHERE
                     "       ORDER BY exact DESC, pe.id LIMIT ?14 OFFSET ?15) pg"
                     " JOIN people pe ON pe.id = pg.pid LEFT JOIN households h ON h.id = pe.household_id"
                     " ORDER BY pg.exact DESC, pe.id");
    bindQuery(q, n, query, day);
    q->bind(14, pageLimit(query)).bind(15, std::max(0, query.offset));
    while (q->step()) {
        PersonRow r;
        r.id = q->int64(0);
        r.householdId = q->isNull(1) ? 0 : q->int64(1);
        r.name = q->text(2);
        r.category = categoryFromString(q->text(3)).value_or(Category::Visitor);
        const QString phone = q->text(4);
        r.phoneMasked = phone.isEmpty() ? QString() : formats::maskPhone(phone);
        const QString id = q->isNull(5) ? QString() : q->text(5);
        r.idNumberMasked = id.isEmpty() ? QString() : formats::maskIdNumber(id);
        r.address = q->text(6);
        r.courtyard = q->isNull(7) ? 0 : q->int32(7);
        r.hasPhoto = q->int64(8) != 0;
        r.passSerial = q->text(9);
        page.total = q->int64(10);
        page.rows.append(r);
    }
    if (page.rows.isEmpty() && (query.offset > 0 || pageLimit(query) == 0)) {
        auto c = this->query("SELECT count(*) FROM people pe" GP_PEOPLE_WHERE);
        bindQuery(c, n, query, day);
        c->step();
        page.total = c->int64(0);
    }
    return page;
}

OfficePage<HouseholdRow> Registry::listHouseholds(const OfficeQuery& query) const
{
    const Needle n = needleFor(query.text);
    const QString day = today().toString(Qt::ISODate);
    OfficePage<HouseholdRow> page;
    auto q = this->query("SELECT h.id, h.address, h.courtyard, h.note,"
                         " (SELECT count(*) FROM people pe WHERE pe.household_id = h.id),"
                         " (SELECT count(*) FROM vehicles v WHERE v.household_id = h.id), pg.total"
                         " FROM (SELECT h.id AS hid, h.address = ?1 AS exact, count(*) OVER () AS total FROM "
                         "households h" GP_HOUSEHOLDS_WHERE
                         "       ORDER BY exact DESC, h.id LIMIT ?14 OFFSET ?15) pg"
                         " JOIN households h ON h.id = pg.hid ORDER BY pg.exact DESC, h.id");
    bindQuery(q, n, query, day);
    q->bind(14, pageLimit(query)).bind(15, std::max(0, query.offset));
    while (q->step()) {
        HouseholdRow r;
        r.household = householdFromRow(*q);
        r.people = q->int32(4);
        r.vehicles = q->int32(5);
        page.total = q->int64(6);
        page.rows.append(r);
    }
    if (page.rows.isEmpty() && (query.offset > 0 || pageLimit(query) == 0)) {
        auto c = this->query("SELECT count(*) FROM households h" GP_HOUSEHOLDS_WHERE);
        bindQuery(c, n, query, day);
        c->step();
        page.total = c->int64(0);
    }
    return page;
}

OfficePage<VehicleRow> Registry::listVehicles(const OfficeQuery& query) const
{
    const Needle n = needleFor(query.text);
    const QString day = today().toString(Qt::ISODate);
    OfficePage<VehicleRow> page;
    auto q = this->query(
        "SELECT v.id, v.household_id, v.plate, v.internal, h.address, h.courtyard, " GP_VALID_PASS(
            "vehicle_id", "v.id") ", pg.total FROM (SELECT v.id AS vid, count(*) OVER () AS total FROM "
                                  "vehicles v" GP_VEHICLES_WHERE " ORDER BY v.id LIMIT ?14 OFFSET ?15) pg"
                                  " JOIN vehicles v ON v.id = pg.vid LEFT JOIN households h ON h.id = "
                                  "v.household_id ORDER BY v.id");
    bindQuery(q, n, query, day);
    q->bind(14, pageLimit(query)).bind(15, std::max(0, query.offset));
    while (q->step()) {
        VehicleRow r;
        r.vehicle.id = q->int64(0);
        r.vehicle.householdId = q->isNull(1) ? 0 : q->int64(1);
        r.vehicle.plate = q->text(2);
        r.vehicle.internal = q->int64(3) != 0;
        r.address = q->text(4);
        r.courtyard = q->isNull(5) ? 0 : q->int32(5);
        r.passSerial = q->text(6);
        page.total = q->int64(7);
        page.rows.append(r);
    }
    if (page.rows.isEmpty() && (query.offset > 0 || pageLimit(query) == 0)) {
        auto c = this->query("SELECT count(*) FROM vehicles v" GP_VEHICLES_WHERE);
        bindQuery(c, n, query, day);
        c->step();
        page.total = c->int64(0);
    }
    return page;
}

OfficePage<PassRow> Registry::listPasses(const OfficeQuery& query) const
{
    const Needle n = needleFor(query.text);
    const QDate today = this->today();
    const QString day = today.toString(Qt::ISODate);
    OfficePage<PassRow> page;
    auto q = this->query(
        "SELECT p.id, p.serial, p.holder_kind, p.person_id, p.vehicle_id, p.category, p.valid_from, "
        "p.valid_until,"
        " p.gates, p.generation, '', p.status, p.status_reason, pe.name, v.plate, h.address, h.courtyard, "
        "pg.total"
        " FROM (SELECT p.id AS pid, p.serial = ?7 AS exact, count(*) OVER () AS total FROM passes "
        "p" GP_PASSES_WHERE "       ORDER BY exact DESC, p.serial LIMIT ?14 OFFSET ?15) pg"
        " JOIN passes p ON p.id = pg.pid LEFT JOIN people pe ON pe.id = p.person_id"
        " LEFT JOIN vehicles v ON v.id = p.vehicle_id"
        " LEFT JOIN households h ON h.id = coalesce(pe.household_id, v.household_id)"
        " ORDER BY pg.exact DESC, p.serial");
    bindQuery(q, n, query, day);
    q->bind(14, pageLimit(query)).bind(15, std::max(0, query.offset));
    while (q->step()) {
        PassRow r;
        r.pass = passFromRow(*q);
        r.plate = q->text(14);
        r.holderName = r.pass.holderKind == HolderKind::Person ? q->text(13) : formats::displayPlate(r.plate);
        r.address = q->text(15);
        r.courtyard = q->isNull(16) ? 0 : q->int32(16);
        r.inDate = (!r.pass.validFrom.isValid() || r.pass.validFrom <= today) &&
                   (!r.pass.validUntil.isValid() || today <= r.pass.validUntil);
        page.total = q->int64(17);
        page.rows.append(r);
    }
    if (page.rows.isEmpty() && (query.offset > 0 || pageLimit(query) == 0)) {
        auto c = this->query("SELECT count(*) FROM passes p" GP_PASSES_WHERE);
        bindQuery(c, n, query, day);
        c->step();
        page.total = c->int64(0);
    }
    return page;
}

} // namespace gatepost::core
