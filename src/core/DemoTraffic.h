#pragma once

// Realistic gate traffic for a demo file (gatepost-cli demo-crossings, the review benchmark):
// rush hours, both gates, in and out, the demo community's real passes, every verdict with
// realistic reasons, volunteers' decisions and overrides, incidents, fevers and unknown passes.
// Rows are written in the crossing log's own format (hash-chained per station, one station per
// gate: "demo-north" and "demo-south"), in large transactions. Deterministic for a seed and an
// end instant (uuids included: they come from the seeded generator).

#include "Policy.h"

#include <QDateTime>
#include <QString>

#include <functional>

namespace gatepost::core {

class Database;

struct DemoTrafficOptions
{
    int days = 60;
    int perDay = 2000; ///< crossings (scan, manual, visitor rows) per day, decisions and incidents extra
    quint32 seed = 1;
    QDateTime endUtc; ///< the traffic ends here; null = now
    qint64 rowsPerCommit = 100000;
};

struct DemoTrafficSummary
{
    qint64 rows = 0; ///< every row written
    qint64 crossings = 0;
    qint64 decisions = 0;
    qint64 overrides = 0;
    qint64 incidents = 0;
    qint64 fevers = 0;
    qint64 unknownPasses = 0;
    QDateTime fromUtc;
    QDateTime toUtc;
};

/// The station id of the demo traffic of a gate ("demo-north").
QString demoStationFor(const QString& gate);

/**
 * Appends the traffic to the file's crossing log. Refuses (std::invalid_argument, plain message)
 * a file without the demo marker, a file without passes (run demo-community first), days < 1 or
 * perDay < 1. Chains continue where earlier demo rows of the same station ended. @p progress gets
 * the rows written so far after each commit.
 */
DemoTrafficSummary generateDemoTraffic(Database& db, const Policy& policy, const DemoTrafficOptions& options,
                                       const std::function<void(qint64)>& progress = {});

} // namespace gatepost::core
