// CrossingReview: who is inside now, and the anomalies.

#include "CrossingReview.h"

#include "CrossingReviewSql.h"
#include "Database.h"
#include "Formats.h"

#include <QMap>

#include <algorithm>

namespace gatepost::core {

QString toString(AnomalyKind k)
{
    switch (k) {
    case AnomalyKind::Override:
        return QStringLiteral("override");
    case AnomalyKind::Passback:
        return QStringLiteral("passback");
    case AnomalyKind::Fever:
        return QStringLiteral("fever");
    case AnomalyKind::Incident:
        return QStringLiteral("incident");
    case AnomalyKind::UnknownPass:
        return QStringLiteral("unknown_pass");
    case AnomalyKind::TwoGates:
        return QStringLiteral("two_gates");
    case AnomalyKind::SyncConflict:
        return QStringLiteral("sync_conflict");
    }
    return {};
}

InsideNow CrossingReview::insideNow(const QDateTime& sinceUtc) const
{
    // Each pass's last crossing that went through (an allow nobody refused, or a let-through),
    // then where its holder lives. SQLite's max() takes the bare columns from the max row.
    Statement q = m_db.prepare(
        "WITH went AS (SELECT c.pass_serial AS serial, c.direction AS direction, max(c.at_utc) AS at"
        "  FROM crossings c INDEXED BY crossings_time"
        "  LEFT JOIN crossings d ON d.ref_uuid = c.uuid AND d.entry_kind = 'decision'"
        "  WHERE c.entry_kind IN ('scan', 'manual') AND c.pass_serial IS NOT NULL AND c.at_utc >= ?1"
        "  AND ((c.verdict = 'allow' AND (d.decision IS NULL OR d.decision <> 'refused'))"
        "    OR d.decision = 'let_through')"
        "  GROUP BY c.pass_serial)"
        " SELECT coalesce(h.courtyard, 0), p.holder_kind, count(*) FROM went JOIN passes p ON p.serial = "
        "went.serial"
        " LEFT JOIN people pe ON pe.id = p.person_id LEFT JOIN vehicles v ON v.id = p.vehicle_id"
        " LEFT JOIN households h ON h.id = coalesce(pe.household_id, v.household_id)"
        " WHERE went.direction = 'in' GROUP BY 1, 2 ORDER BY 1");
    q.bind(1, formats::utcLowerBound(sinceUtc));
    QMap<int, AreaCount> areas;
    while (q.step()) {
        AreaCount& a = areas[q.int32(0)];
        a.courtyard = q.int32(0);
        (q.text(1) == QLatin1String("vehicle") ? a.vehicles : a.people) += q.int64(2);
    }
    InsideNow out;
    out.areas = areas.values();
    // The caveat: the gate station heard from longest ago (its newest row held here).
    if (m_db.hasTable("stations")) {
        Statement s = m_db.prepare(
            "SELECT s.station_id, s.name, (SELECT c.at_utc FROM crossings c WHERE c.station_id = s.station_id"
            " ORDER BY c.station_seq DESC LIMIT 1) AS last FROM stations s WHERE s.role = 'gate'"
            " ORDER BY last IS NOT NULL, last LIMIT 1");
        if (s.step()) {
            out.oldestStation = s.text(1).isEmpty() ? s.text(0) : s.text(1);
            out.oldestStationContactUtc = QDateTime::fromString(s.text(2), Qt::ISODateWithMs);
        }
    }
    return out;
}

QList<Anomaly> CrossingReview::anomalies(const CrossingFilter& filter, int twoGatesMinutes) const
{
    QList<Anomaly> out;
    {
        review::Where w = review::where(filter);
        w.add(QStringLiteral(
            "((entry_kind = 'decision' AND override_reason <> '') OR entry_kind = 'incident'"
            " OR (entry_kind IN ('scan', 'manual') AND verdict = 'deny' AND ((',' || reasons || ',') LIKE"
            " '%,passback,%' OR (',' || reasons || ',') LIKE '%,unknown_pass,%')))"));
        const QString sql = QStringLiteral("SELECT %1 FROM crossings%2 ORDER BY at_utc, row_id")
                                .arg(QLatin1String(review::kColumns), w.sql);
        Statement q = m_db.prepare(sql.toUtf8().constData());
        w.bind(q);
        while (q.step()) {
            Anomaly a;
            a.row = review::readRow(q);
            if (a.row.kind == EntryKind::Decision)
                a.kind = AnomalyKind::Override;
            else if (a.row.kind == EntryKind::Incident)
                a.kind = a.row.reasons.contains(Reason::Fever) ? AnomalyKind::Fever : AnomalyKind::Incident;
            else if (a.row.reasons.contains(Reason::Passback))
                a.kind = AnomalyKind::Passback;
            else
                a.kind = AnomalyKind::UnknownPass;
            out << a;
        }
    }
    // A pass used at two gates within minutes: the rows of each pass in time order, neighbours
    // compared. In the same pass a sync conflict: two green crossings the same way at different
    // stations with no green between them (EventLog::conflicts): the second station let the pass
    // through because it had not yet seen the first (it would have said passback).
    {
        review::Where w = review::where(filter);
        w.add(QStringLiteral("entry_kind IN ('scan', 'manual') AND pass_serial IS NOT NULL"));
        const QString sql = QStringLiteral("SELECT %1 FROM crossings%2 ORDER BY pass_serial, at_utc, row_id")
                                .arg(QLatin1String(review::kColumns), w.sql);
        Statement q = m_db.prepare(sql.toUtf8().constData());
        w.bind(q);
        std::optional<CrossingEntry> prev;
        std::optional<CrossingEntry> prevGreen;
        const qint64 windowMs = qint64(twoGatesMinutes) * 60 * 1000;
        while (q.step()) {
            CrossingEntry c = review::readRow(q);
            if (prevGreen && prevGreen->passSerial != c.passSerial)
                prevGreen.reset();
            if (c.verdict == Verdict::Allow) {
                if (prevGreen && prevGreen->direction == c.direction && prevGreen->stationId != c.stationId) {
                    Anomaly a;
                    a.kind = AnomalyKind::SyncConflict;
                    a.row = c;
                    a.other = *prevGreen;
                    out << a;
                }
                prevGreen = c;
            }
            if (prev && prev->passSerial == c.passSerial && prev->gate != c.gate &&
                prev->atUtc.msecsTo(c.atUtc) <= windowMs) {
                Anomaly a;
                a.kind = AnomalyKind::TwoGates;
                a.row = c;
                a.other = *prev;
                out << a;
            }
            prev = std::move(c);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Anomaly& a, const Anomaly& b) {
        return a.row.atUtc != b.row.atUtc ? a.row.atUtc < b.row.atUtc : a.row.rowId < b.row.rowId;
    });
    return out;
}

} // namespace gatepost::core
