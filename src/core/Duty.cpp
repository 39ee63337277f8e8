#include "Duty.h"

#include "Clock.h"
#include "Database.h"
#include "Formats.h"
#include "Registry.h"
#include "Roster.h"

#include <stdexcept>

namespace gatepost::core {

namespace {

QDateTime parseUtc(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

constexpr const char* kColumns =
    "SELECT id, operator, role, station, gate, shift, on_utc, off_utc, closed_how FROM duty_sessions";

DutySession readSession(const Statement& q)
{
    DutySession s;
    s.id = q.int64(0);
    s.operatorName = q.text(1);
    s.role = roleFromString(q.text(2)).value_or(Role::Volunteer);
    s.station = q.text(3);
    s.gate = q.text(4);
    s.shiftId = q.text(5);
    s.onUtc = parseUtc(q.text(6));
    if (!q.isNull(7))
        s.offUtc = parseUtc(q.text(7));
    s.closedHow = dutyCloseFromString(q.text(8)).value_or(DutyClose::Open);
    return s;
}

} // namespace

QString toString(DutyClose c)
{
    switch (c) {
    case DutyClose::Open:
        return {};
    case DutyClose::SignOff:
        return QStringLiteral("sign_off");
    case DutyClose::NextSignOn:
        return QStringLiteral("next_sign_on");
    case DutyClose::Restart:
        return QStringLiteral("restart");
    }
    return {};
}

std::optional<DutyClose> dutyCloseFromString(QStringView s)
{
    for (DutyClose c : {DutyClose::Open, DutyClose::SignOff, DutyClose::NextSignOn, DutyClose::Restart})
        if (s == toString(c))
            return c;
    return std::nullopt;
}

QString ownStationId(Database& db)
{
    Statement q = db.prepare("SELECT station_id FROM station_identity WHERE id = 1");
    return q.step() ? q.text(0) : QStringLiteral("local");
}

QString shiftIdAt(Database& db, const Clock& clock, const QDateTime& instantUtc)
{
    try {
        return Roster(Registry(db, clock).policy()).shiftAt(instantUtc).id();
    } catch (const std::runtime_error&) {
        // A damaged stored policy: the row is still written, without its shift label.
        return {};
    }
}

DutyLog::DutyLog(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

QString DutyLog::stationId() const
{
    return ownStationId(m_db);
}

DutySession DutyLog::signOn(const Operator& op, const QString& gate)
{
    const QDateTime now = m_clock.nowUtc().toUTC();
    const QString station = stationId();
    const QString shift = shiftIdAt(m_db, m_clock, now);
    Transaction tx(m_db);
    Statement close = m_db.prepare("UPDATE duty_sessions SET off_utc = ?1, closed_how = 'next_sign_on'"
                                   " WHERE station = ?2 AND off_utc IS NULL");
    close.bind(1, formats::utcText(now)).bind(2, station).exec();
    Statement ins = m_db.prepare("INSERT INTO duty_sessions (operator, role, station, gate, shift, on_utc)"
                                 " VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    ins.bind(1, op.name)
        .bind(2, toString(op.role))
        .bind(3, station)
        .bind(4, gate)
        .bind(5, shift)
        .bind(6, formats::utcText(now))
        .exec();
    const qint64 id = m_db.lastInsertId();
    tx.commit();

    DutySession s;
    s.id = id;
    s.operatorName = op.name;
    s.role = op.role;
    s.station = station;
    s.gate = gate;
    s.shiftId = shift;
    s.onUtc = parseUtc(formats::utcText(now));
    return s;
}

bool DutyLog::signOff(const Operator& op)
{
    const QString now = formats::utcText(m_clock.nowUtc());
    Transaction tx(m_db);
    Statement close = m_db.prepare("UPDATE duty_sessions SET off_utc = ?1, closed_how = 'sign_off'"
                                   " WHERE station = ?2 AND operator = ?3 AND off_utc IS NULL");
    close.bind(1, now).bind(2, stationId()).bind(3, op.name).exec();
    const bool closed = m_db.changes() > 0;
    tx.commit();
    return closed;
}

int DutyLog::closeLeftOpen()
{
    const QString station = stationId();
    Transaction tx(m_db);
    // The last sign of life: the station's newest crossing (by its own sequence: one index
    // step, whatever the size of the log), when it is after the sign-on.
    Statement close = m_db.prepare(
        "UPDATE duty_sessions SET closed_how = 'restart', off_utc = MAX(on_utc, COALESCE("
        " (SELECT c.at_utc FROM crossings c WHERE c.station_id = ?1 ORDER BY c.station_seq DESC LIMIT 1),"
        " '')) WHERE station = ?1 AND off_utc IS NULL");
    close.bind(1, station).exec();
    const int n = m_db.changes();
    tx.commit();
    return n;
}

QList<DutySession> DutyLog::sessions(const QDateTime& fromUtc, const QDateTime& toUtc) const
{
    Statement q = m_db.prepare(QByteArray(kColumns)
                                   .append(" WHERE on_utc < ?2 AND (off_utc IS NULL OR off_utc > ?1)"
                                           " ORDER BY on_utc, id")
                                   .constData());
    q.bind(1, formats::utcLowerBound(fromUtc)).bind(2, formats::utcUpperBound(toUtc));
    QList<DutySession> out;
    while (q.step())
        out << readSession(q);
    return out;
}

std::optional<DutySession> DutyLog::current() const
{
    Statement q =
        m_db.prepare(QByteArray(kColumns)
                         .append(" WHERE station = ?1 AND off_utc IS NULL ORDER BY on_utc DESC LIMIT 1")
                         .constData());
    q.bind(1, stationId());
    if (!q.step())
        return std::nullopt;
    return readSession(q);
}

} // namespace gatepost::core
