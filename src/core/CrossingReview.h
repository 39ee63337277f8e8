#pragma once

// The shift lead's review of the crossing log: filters, keyset paging (never OFFSET: a page
// costs the same on row 10 and row 10,000,000), counts, the hourly chart, denials by reason,
// who is inside now, anomalies and the history of one pass or household. Read-only: works on a
// read-only connection beside a running station.

#include "CrossingLog.h"
#include "Types.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gatepost::core {

class Database;

/// Which rows to show. Empty lists and null values do not filter.
struct CrossingFilter
{
    QDateTime fromUtc; ///< inclusive; null = open
    QDateTime toUtc;   ///< exclusive; null = open
    QStringList gates;
    std::optional<Direction> direction;
    QList<Verdict> verdicts;
    QList<Reason> reasons;            ///< rows with any of these reasons
    std::optional<Category> category; ///< the pass's category; Visitor also matches visitor rows
    QString operatorName;
    QList<EntryKind> kinds;
    QString serial; ///< exact
    /// Serial, holder's name, plate or household address (substring, case-insensitive for ASCII).
    QString text;
};

enum class ReviewOrder { OldestFirst, NewestFirst };

/// Where a page ended: the next page starts after this row. A null cursor is the start.
struct ReviewCursor
{
    QDateTime atUtc;
    qint64 rowId = 0;
    bool isNull() const { return rowId == 0; }
};

struct ReviewPage
{
    QList<CrossingEntry> rows;
    ReviewCursor next; ///< the last row of this page
    bool atEnd = true; ///< no row after this page
};

/// Crossings (scan, manual, visitor rows) in one hour at one gate in one direction.
struct HourlyCount
{
    QDateTime hourUtc; ///< start of the hour
    QString gate;
    Direction direction = Direction::In;
    qint64 count = 0;
};

struct ReasonCount
{
    Reason reason = Reason::BadFormat;
    qint64 count = 0;
};

/// People and vehicles whose last crossing that went through was an entry, by where they live
/// (courtyard 0 is the main area).
struct AreaCount
{
    int courtyard = 0;
    qint64 people = 0;
    qint64 vehicles = 0;
};

struct InsideNow
{
    QList<AreaCount> areas; ///< by courtyard, areas with nobody inside left out
    /// The last contact of the station heard from longest ago (null when none is known): rows of
    /// stations that have not synced since are missing from the count.
    QDateTime oldestStationContactUtc;
    QString oldestStation;
};

enum class AnomalyKind { Override, Passback, Fever, Incident, UnknownPass, TwoGates, SyncConflict };
QString toString(AnomalyKind k);

struct Anomaly
{
    AnomalyKind kind = AnomalyKind::Override;
    CrossingEntry row;
    /// TwoGates: the other crossing (at the other gate); SyncConflict: the earlier green crossing
    /// the same way at another station; otherwise empty.
    std::optional<CrossingEntry> other;
};

class CrossingReview
{
public:
    explicit CrossingReview(Database& db);

    qint64 count(const CrossingFilter& filter) const;
    /// Up to @p limit rows after @p cursor in @p order (time, then row id).
    ReviewPage page(const CrossingFilter& filter, const ReviewCursor& cursor, int limit,
                    ReviewOrder order = ReviewOrder::OldestFirst) const;
    /// Every matching row, oldest first, one at a time (exports: memory does not grow).
    void forEach(const CrossingFilter& filter, const std::function<void(const CrossingEntry&)>& visit) const;

    /// Crossings per hour × gate × direction (kinds scan, manual, visitor), oldest hour first.
    QList<HourlyCount> hourly(const CrossingFilter& filter) const;
    /// Denied crossings by reason (a row with two reasons counts for each), most first.
    QList<ReasonCount> denialsByReason(const CrossingFilter& filter) const;
    /// From each pass's last crossing that went through at or after @p sinceUtc (null = ever).
    InsideNow insideNow(const QDateTime& sinceUtc = {}) const;
    /// Overrides, passback denials, fevers, incidents, unknown passes, a pass used at two gates
    /// within @p twoGatesMinutes, and sync conflicts (a pass let through twice the same way at two
    /// stations that had not yet synced); oldest first.
    QList<Anomaly> anomalies(const CrossingFilter& filter, int twoGatesMinutes = 10) const;
    /// Every row of one pass, newest first.
    QList<CrossingEntry> history(const QString& serial, int limit = 500) const;
    /// Every row of the passes of one household's people and vehicles, newest first.
    QList<CrossingEntry> householdHistory(qint64 householdId, int limit = 500) const;

private:
    Database& m_db;
};

} // namespace gatepost::core
