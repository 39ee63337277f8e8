#include "Patrols.h"

#include "Clock.h"
#include "Database.h"
#include "Duty.h"
#include "Formats.h"

#include <array>

namespace gatepost::core {

namespace {

template<typename E, std::size_t N> struct Names
{
    std::array<std::pair<E, const char*>, N> items;
    QString name(E e) const
    {
        for (const auto& [v, n] : items)
            if (v == e)
                return QString::fromLatin1(n);
        return {};
    }
    std::optional<E> value(QStringView s) const
    {
        for (const auto& [v, n] : items)
            if (s == QLatin1StringView(n))
                return v;
        return std::nullopt;
    }
};

constexpr Names<PatrolKind, 2> kKinds{{{{PatrolKind::Scheduled, "scheduled"}, {PatrolKind::Spot, "spot"}}}};
constexpr Names<PatrolMethod, 3> kMethods{{{{PatrolMethod::InPerson, "in_person"},
                                            {PatrolMethod::Phone, "phone"},
                                            {PatrolMethod::Video, "video"}}}};
constexpr Names<PatrolResult, 3> kResults{
    {{{PatrolResult::Ok, "ok"}, {PatrolResult::Problem, "problem"}, {PatrolResult::NoAnswer, "no_answer"}}}};

QDateTime parseUtc(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

// Milliseconds are what the rows keep.
QDateTime stored(const QDateTime& t)
{
    return parseUtc(formats::utcText(t));
}

} // namespace

QString toString(PatrolKind k)
{
    return kKinds.name(k);
}
QString toString(PatrolMethod m)
{
    return kMethods.name(m);
}
QString toString(PatrolResult r)
{
    return kResults.name(r);
}
std::optional<PatrolKind> patrolKindFromString(QStringView s)
{
    return kKinds.value(s);
}
std::optional<PatrolMethod> patrolMethodFromString(QStringView s)
{
    return kMethods.value(s);
}
std::optional<PatrolResult> patrolResultFromString(QStringView s)
{
    return kResults.value(s);
}

Patrols::Patrols(Database& db, const Clock& clock, std::chrono::minutes interval)
    : m_db(db)
    , m_clock(clock)
    , m_interval(interval)
{
}

PatrolRecord Patrols::record(const PatrolCheck& check, const Actor& actor)
{
    const QDateTime now = stored(m_clock.nowUtc());
    if (check.courtyard < 1 || check.courtyard > kCourtyards)
        refuse(RefusalCode::CourtyardUnknown, RefusalField::Courtyard, {QString::number(check.courtyard)});
    const QString note = check.note.trimmed();
    if (check.result == PatrolResult::Problem && note.isEmpty())
        refuse(RefusalCode::PatrolNoteMissing, RefusalField::Note);
    const QDateTime at = check.checkedUtc.isValid() ? stored(check.checkedUtc) : now;
    if (at > now)
        refuse(RefusalCode::CheckInFuture, RefusalField::CheckedAt,
               {formats::utcText(at), formats::utcText(now)});

    PatrolRecord r;
    r.check = check;
    r.check.note = note;
    r.check.checkedUtc = at;
    r.checkedBy = actor.name;
    r.shiftId = shiftIdAt(m_db, m_clock, at);
    r.station = ownStationId(m_db);

    Transaction tx(m_db);
    Statement ins =
        m_db.prepare("INSERT INTO patrol_checks (courtyard, kind, method, result, note, checked_by,"
                     " checked_utc, shift, station) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    ins.bind(1, check.courtyard)
        .bind(2, toString(check.kind))
        .bind(3, toString(check.method))
        .bind(4, toString(check.result))
        .bind(5, note)
        .bind(6, r.checkedBy)
        .bind(7, formats::utcText(at))
        .bind(8, r.shiftId)
        .bind(9, r.station)
        .exec();
    r.id = m_db.lastInsertId();
    AuditTrail(m_db, m_clock)
        .append(actor, AuditAction::PatrolCheck, QStringLiteral("courtyard:%1").arg(check.courtyard), {},
                AuditTrail::json({{QStringLiteral("kind"), toString(check.kind)},
                                  {QStringLiteral("method"), toString(check.method)},
                                  {QStringLiteral("result"), toString(check.result)},
                                  {QStringLiteral("note"), note},
                                  {QStringLiteral("checked_utc"), formats::utcText(at)},
                                  {QStringLiteral("shift"), r.shiftId}}));
    tx.commit();
    return r;
}

QList<PatrolRecord> Patrols::checks(const QDateTime& fromUtc, const QDateTime& toUtc) const
{
    Statement q =
        m_db.prepare("SELECT id, courtyard, kind, method, result, note, checked_by, checked_utc, shift,"
                     " station FROM patrol_checks WHERE checked_utc >= ?1 AND checked_utc < ?2"
                     " ORDER BY checked_utc, id");
    q.bind(1, formats::utcLowerBound(fromUtc)).bind(2, formats::utcUpperBound(toUtc));
    QList<PatrolRecord> out;
    while (q.step()) {
        PatrolRecord r;
        r.id = q.int64(0);
        r.check.courtyard = q.int32(1);
        r.check.kind = patrolKindFromString(q.text(2)).value_or(PatrolKind::Spot);
        r.check.method = patrolMethodFromString(q.text(3)).value_or(PatrolMethod::InPerson);
        r.check.result = patrolResultFromString(q.text(4)).value_or(PatrolResult::Problem);
        r.check.note = q.text(5);
        r.checkedBy = q.text(6);
        r.check.checkedUtc = parseUtc(q.text(7));
        r.shiftId = q.text(8);
        r.station = q.text(9);
        out << r;
    }
    return out;
}

QList<CourtyardStatus> Patrols::schedule(const QDateTime& nowUtc) const
{
    // A check written down later with an earlier time counts by its own time; only checks up
    // to now count (a row from a station whose clock runs ahead does not hide a due check).
    Statement q = m_db.prepare("SELECT MAX(checked_utc) FROM patrol_checks"
                               " WHERE courtyard = ?1 AND kind = 'scheduled' AND checked_utc <= ?2");
    const QString now = formats::utcText(nowUtc);
    QList<CourtyardStatus> out;
    for (int c = 1; c <= kCourtyards; ++c) {
        q.bind(1, c).bind(2, now);
        CourtyardStatus s;
        s.courtyard = c;
        if (q.step() && !q.isNull(0)) {
            s.lastScheduledUtc = parseUtc(q.text(0));
            s.dueUtc = s.lastScheduledUtc.addSecs(
                std::chrono::duration_cast<std::chrono::seconds>(m_interval).count());
        }
        q.reset();
        s.overdue = !s.dueUtc.isValid() || nowUtc > s.dueUtc;
        out << s;
    }
    return out;
}

QList<CourtyardStatus> Patrols::overdue(const QDateTime& nowUtc) const
{
    QList<CourtyardStatus> out;
    for (const CourtyardStatus& s : schedule(nowUtc))
        if (s.overdue)
            out << s;
    return out;
}

} // namespace gatepost::core
