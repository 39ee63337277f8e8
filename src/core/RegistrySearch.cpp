// Manual search for people and households at the gate: a person without a card is found by
// name, address, phone or ID tail, or plate, and then judged by their own state.

#include "Formats.h"
#include "Registry.h"
#include "Rules.h"

#include <QSet>

namespace gatepost::core {

namespace {

// "%" and "_" typed by the volunteer are literal characters, not wildcards.
QString likeEscaped(const QString& s)
{
    QString out = s;
    out.replace(QLatin1String("\\"), QLatin1String("\\\\"));
    out.replace(QLatin1String("%"), QLatin1String("\\%"));
    out.replace(QLatin1String("_"), QLatin1String("\\_"));
    return out;
}

bool isDigits(const QString& s)
{
    for (QChar c : s)
        if (!c.isDigit() || c.unicode() > 127)
            return false;
    return !s.isEmpty();
}

} // namespace

PersonFound Registry::personFound(const Person& person) const
{
    PersonFound f;
    f.person = person;
    if (person.householdId != 0) {
        if (const auto h = household(person.householdId))
            f.address = h->address;
    }
    const QDate day = today();
    for (const Pass& p : passesOfHolder(HolderKind::Person, person.id)) {
        const bool valid = p.status == PassStatus::Active && (!p.validFrom.isValid() || p.validFrom <= day) &&
                           (!p.validUntil.isValid() || day <= p.validUntil);
        if (valid) {
            f.validPassSerial = p.serial;
            break;
        }
    }
    for (const QuarantineRecord& q : quarantinesOf(person.id)) {
        const bool active =
            (!q.startDate.isValid() || q.startDate <= day) && (!q.endDate.isValid() || day < q.endDate);
        if (!active)
            continue;
        // Central outranks home; within a kind the later end wins.
        const bool better =
            !f.quarantineUntil.isValid() ||
            (q.kind != f.quarantineKind ? q.kind == QuarantineKind::Central : q.endDate > f.quarantineUntil);
        if (better) {
            f.quarantineUntil = q.endDate;
            f.quarantineKind = q.kind;
        }
    }
    return f;
}

QList<PersonFound> Registry::searchPeople(const QString& text, int limit) const
{
    const QString t = text.simplified();
    if (t.isEmpty() || limit <= 0)
        return {};
    QList<Person> people;
    QSet<qint64> seen;
    auto collect = [&](Query& q) {
        while (q->step() && people.size() < limit) {
            Person p = personFromRow(*q);
            if (!seen.contains(p.id)) {
                seen.insert(p.id);
                people << p;
            }
        }
    };
    const QString like = QLatin1Char('%') + likeEscaped(t) + QLatin1Char('%');
    {
        auto q = query("SELECT id, household_id, name, category, phone, id_number, photo_path FROM people"
                       " WHERE name LIKE ?1 ESCAPE '\\' ORDER BY (name = ?2) DESC, id LIMIT ?3");
        q->bind(1, like).bind(2, t).bind(3, limit);
        collect(q);
    }
    // Tails: at least 4 characters, so "1" does not list the whole community.
    const QString compact = QString(t).remove(QLatin1Char(' ')).remove(QLatin1Char('-')).toUpper();
    if (compact.size() >= 4 && people.size() < limit) {
        const QString tail = QLatin1Char('%') + likeEscaped(compact);
        auto q = query("SELECT id, household_id, name, category, phone, id_number, photo_path FROM people"
                       " WHERE (?2 AND phone LIKE ?1 ESCAPE '\\') OR id_number LIKE ?1 ESCAPE '\\'"
                       " ORDER BY id LIMIT ?3");
        q->bind(1, tail).bind(2, isDigits(compact)).bind(3, limit);
        collect(q);
    }
    if (people.size() < limit) {
        for (const Household& h : searchHouseholds(t, limit)) {
            for (const Person& p : peopleOfHousehold(h.id)) {
                if (people.size() >= limit)
                    break;
                if (!seen.contains(p.id)) {
                    seen.insert(p.id);
                    people << p;
                }
            }
        }
    }
    QList<PersonFound> out;
    out.reserve(people.size());
    for (const Person& p : people)
        out << personFound(p);
    return out;
}

QList<Household> Registry::searchHouseholds(const QString& text, int limit) const
{
    const QString t = text.simplified();
    if (t.isEmpty() || limit <= 0)
        return {};
    QList<Household> out;
    QSet<qint64> seen;
    if (const auto plate = formats::normalisePlate(t)) {
        if (const auto v = vehicleByPlate(*plate); v && v->householdId != 0) {
            if (const auto h = household(v->householdId)) {
                seen.insert(h->id);
                out << *h;
            }
        }
    }
    auto q = query("SELECT id, address, courtyard, note FROM households WHERE address LIKE ?1 ESCAPE '\\'"
                   " ORDER BY id LIMIT ?2");
    q->bind(1, QLatin1Char('%') + likeEscaped(t) + QLatin1Char('%')).bind(2, limit);
    while (q->step() && out.size() < limit) {
        Household h = householdFromRow(*q);
        if (!seen.contains(h.id)) {
            seen.insert(h.id);
            out << h;
        }
    }
    return out;
}

} // namespace gatepost::core
