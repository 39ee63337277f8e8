// EventLog: what a station can say about its sync (status, and the conflicts of a partition).

#include "EventLog.h"
#include "EventLogImpl.h"
#include "Formats.h"

namespace gatepost::core {

SyncStatus EventLog::status() const
{
    SyncStatus s;
    s.stationId = stationId();
    s.community = community();
    s.vector = vector();
    s.ownSeq = s.vector.value(s.stationId);
    const qint64 pushed = d->stateValue("hub_pushed").toLongLong();
    s.waiting = std::max<qint64>(0, s.ownSeq - pushed);
    {
        Statement q = d->db.prepare("SELECT count(*) FROM sync_events WHERE origin = ?1 AND seq > ?2"
                                    " AND kind = 'crossing'");
        q.bind(1, s.stationId).bind(2, pushed);
        s.waitingCrossings = q.step() ? q.int64(0) : 0;
    }
    const QString contact = d->stateValue("last_contact_utc");
    if (!contact.isEmpty())
        s.lastContactUtc = QDateTime::fromString(contact, Qt::ISODateWithMs);
    s.lastError = d->stateValue("last_error");
    {
        Statement q =
            d->db.prepare("SELECT max(at_utc) FROM sync_events WHERE origin = ?1 AND kind LIKE 'row.%'");
        q.bind(1, s.community);
        if (q.step() && !q.isNull(0))
            s.lastRegistryUtc = QDateTime::fromString(q.text(0), Qt::ISODateWithMs);
    }
    {
        Statement q =
            d->db.prepare("SELECT state, count(*) FROM sync_events WHERE state <> 'applied' GROUP BY state");
        while (q.step())
            (q.text(0) == QLatin1String("held") ? s.held : s.refused) = q.int64(1);
    }
    return s;
}

QList<SyncConflict> EventLog::conflicts(const QDateTime& sinceUtc) const
{
    // Two green crossings of one pass in the same direction at different stations, with no
    // green crossing of it between them: the second station let the pass through because it
    // had not seen the first (it would have said passback).
    // (Consecutive green crossings of each pass, by LAG over its own rows: linear in the rows,
    // where a self-join would be quadratic in the crossings of one busy pass.)
    Statement q = d->db.prepare(R"sql(
WITH g AS (
    SELECT pass_serial, direction, station_id, gate, uuid, at_utc,
           lag(direction) OVER w AS p_direction, lag(station_id) OVER w AS p_station,
           lag(gate) OVER w AS p_gate, lag(uuid) OVER w AS p_uuid, lag(at_utc) OVER w AS p_at
    FROM crossings
    WHERE pass_serial IS NOT NULL AND at_utc >= ?1
      AND verdict = 'allow' AND entry_kind IN ('scan', 'manual')
    WINDOW w AS (PARTITION BY pass_serial ORDER BY at_utc, station_id, uuid))
SELECT pass_serial, direction, p_station, p_gate, p_uuid, p_at, station_id, gate, uuid, at_utc
FROM g
WHERE p_direction = direction AND p_station <> station_id
ORDER BY p_at, pass_serial
)sql");
    q.bind(1, formats::utcLowerBound(sinceUtc));
    QList<SyncConflict> out;
    while (q.step()) {
        SyncConflict c;
        c.serial = q.text(0);
        c.direction = q.text(1);
        c.firstStation = q.text(2);
        c.firstGate = q.text(3);
        c.firstUuid = q.text(4);
        c.firstAtUtc = QDateTime::fromString(q.text(5), Qt::ISODateWithMs);
        c.secondStation = q.text(6);
        c.secondGate = q.text(7);
        c.secondUuid = q.text(8);
        c.secondAtUtc = QDateTime::fromString(q.text(9), Qt::ISODateWithMs);
        out.append(c);
    }
    return out;
}

} // namespace gatepost::core
