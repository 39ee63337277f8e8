#include "Roster.h"

#include <algorithm>

namespace gatepost::core {

QTimeZone policyTimeZone(const QString& name)
{
    // Only known ids: QTimeZone("Beijing") would be a POSIX TZ string meaning UTC.
    const QByteArray id = name.toUtf8();
    if (QTimeZone::isTimeZoneIdAvailable(id))
        return QTimeZone(id);
    return QTimeZone(8 * 3600);
}

QString Shift::id() const
{
    return day.toString(Qt::ISODate) + u'/' + QString::number(number);
}

namespace {

// Sorted, duplicate starts dropped (keeping the first entry and its cycle slot), never empty.
RosterPattern cleaned(RosterPattern p)
{
    p = normalised(std::move(p));
    for (qsizetype i = p.shifts.size() - 1; i > 0; --i) {
        if (p.shifts.at(i).start == p.shifts.at(i - 1).start) {
            p.shifts.removeAt(i);
            for (QStringList& day : p.cycle)
                if (i < day.size())
                    day.removeAt(i);
        }
    }
    if (p.shifts.isEmpty()) {
        p.shifts.append(ShiftDef{QStringLiteral("A"), QTime(0, 0)});
        p.cycle.clear();
    }
    return p;
}

} // namespace

Roster::Roster(const Policy& policy)
    : Roster(policy.rosterPatterns, policy.timeZone)
{
}

Roster::Roster(QList<ShiftDef> shifts, const QString& timeZone)
    : Roster(QList<RosterPattern>{RosterPattern{QDate(), std::move(shifts), {}, {}}}, timeZone)
{
}

Roster::Roster(QList<RosterPattern> patterns, const QString& timeZone)
    : m_zone(policyTimeZone(timeZone))
{
    std::stable_sort(patterns.begin(), patterns.end(),
                     [](const RosterPattern& a, const RosterPattern& b) { return a.from < b.from; });
    for (RosterPattern& p : patterns)
        m_patterns.append(cleaned(std::move(p)));
    if (m_patterns.isEmpty()) // as an empty shift list: one all-day shift, no teams
        m_patterns.append(cleaned(RosterPattern{}));
}

const RosterPattern& Roster::patternOn(QDate day) const
{
    // The last pattern dated on or before the day; the first one before them all.
    for (qsizetype i = m_patterns.size() - 1; i > 0; --i)
        if (m_patterns.at(i).from.isValid() && m_patterns.at(i).from <= day)
            return m_patterns.at(i);
    return m_patterns.first();
}

Shift Roster::make(QDate day, qsizetype index) const
{
    const QList<ShiftDef>& shifts = shiftsOn(day);
    const ShiftDef& def = shifts.at(index);
    const bool wraps = index + 1 == shifts.size();
    const QDate endDay = wraps ? day.addDays(1) : day;
    // The last shift lasts until the first one of the next day, by the NEXT day's pattern.
    const QTime endTime = wraps ? shiftsOn(endDay).first().start : shifts.at(index + 1).start;
    Shift s;
    s.name = def.name;
    s.number = int(index) + 1;
    s.day = day;
    s.startUtc = QDateTime(day, def.start, m_zone).toUTC();
    s.endUtc = QDateTime(endDay, endTime, m_zone).toUTC();
    return s;
}

Shift Roster::shiftAt(const QDateTime& instant) const
{
    const QDateTime local = instant.toTimeZone(m_zone);
    const QDate date = local.date();
    const QTime time = local.time();
    const QList<ShiftDef>& shifts = shiftsOn(date);
    // The last shift that started at or before this local time today ...
    for (qsizetype i = shifts.size() - 1; i >= 0; --i) {
        if (shifts.at(i).start <= time)
            return make(date, i);
    }
    // ... or, before today's first start, the night shift that began yesterday.
    const QDate yesterday = date.addDays(-1);
    return make(yesterday, shiftsOn(yesterday).size() - 1);
}

Shift Roster::next(const Shift& shift) const
{
    return shiftAt(shift.endUtc);
}

std::optional<Shift> Roster::shift(QDate day, int number) const
{
    if (!day.isValid() || number < 1 || number > shiftsOn(day).size())
        return std::nullopt;
    return make(day, number - 1);
}

std::optional<Shift> Roster::shiftById(QStringView id) const
{
    const auto parsed = parseShiftId(id);
    if (!parsed)
        return std::nullopt;
    return shift(parsed->first, parsed->second);
}

QString Roster::teamFor(const Shift& shift) const
{
    return patternOn(shift.day).teamOn(shift.day, shift.number);
}

QList<RosterDay> Roster::calendar(QDate from, QDate to) const
{
    QList<RosterDay> days;
    if (!from.isValid() || !to.isValid() || to < from)
        return days;
    to = std::min(to, from.addDays(399));
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        RosterDay day{d, {}};
        const RosterPattern& p = patternOn(d);
        for (qsizetype i = 0; i < p.shifts.size(); ++i)
            day.shifts.append(RosterSlot{make(d, i), p.teamOn(d, int(i) + 1)});
        days.append(day);
    }
    return days;
}

std::optional<std::pair<QDate, int>> parseShiftId(QStringView id)
{
    const qsizetype slash = id.indexOf(u'/');
    if (slash != 10)
        return std::nullopt;
    const QDate day = QDate::fromString(id.left(slash).toString(), Qt::ISODate);
    bool ok = false;
    const int number = id.mid(slash + 1).toInt(&ok);
    if (!day.isValid() || !ok || number < 1 || id.mid(slash + 1).startsWith(u'+'))
        return std::nullopt;
    return std::pair{day, number};
}

} // namespace gatepost::core
