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
    return day.toString(Qt::ISODate) + u'/' + name;
}

Roster::Roster(const Policy& policy)
    : Roster(policy.shifts, policy.timeZone)
{
}

Roster::Roster(QList<ShiftDef> shifts, const QString& timeZone)
    : m_shifts(std::move(shifts))
    , m_zone(policyTimeZone(timeZone))
{
    std::stable_sort(m_shifts.begin(), m_shifts.end(),
                     [](const ShiftDef& a, const ShiftDef& b) { return a.start < b.start; });
    // Two shifts starting at the same minute: the second would last zero seconds.
    m_shifts.erase(std::unique(m_shifts.begin(), m_shifts.end(),
                               [](const ShiftDef& a, const ShiftDef& b) { return a.start == b.start; }),
                   m_shifts.end());
    if (m_shifts.isEmpty())
        m_shifts.append(ShiftDef{QStringLiteral("A"), QTime(0, 0)});
}

Shift Roster::make(QDate day, qsizetype index) const
{
    const qsizetype n = m_shifts.size();
    const ShiftDef& def = m_shifts.at(index);
    const bool wraps = index + 1 == n;
    const QDate endDay = wraps ? day.addDays(1) : day;
    const QTime endTime = m_shifts.at(wraps ? 0 : index + 1).start;
    Shift s;
    s.name = def.name;
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
    // The last shift that started at or before this local time today ...
    for (qsizetype i = m_shifts.size() - 1; i >= 0; --i) {
        if (m_shifts.at(i).start <= time)
            return make(date, i);
    }
    // ... or, before today's first start, the night shift that began yesterday.
    return make(date.addDays(-1), m_shifts.size() - 1);
}

Shift Roster::next(const Shift& shift) const
{
    return shiftAt(shift.endUtc);
}

} // namespace gatepost::core
