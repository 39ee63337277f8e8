#pragma once

// The crossing log: every scan, manual entry, visitor entry, volunteer decision and
// incident at a station, written durably (committed with synchronous=FULL before append
// returns) and chained per station with SHA-256 so that an edited or deleted row shows up
// in verify(). Rows are never updated or deleted: the schema's triggers refuse it.

#include "Clock.h"
#include "Database.h"
#include "Rules.h"
#include "Types.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace gatepost::core {

/// What a log row records. The snake_case names are what the `entry_kind` column holds.
enum class EntryKind { Scan, Manual, Visitor, Decision, Incident };

QString toString(EntryKind k);
std::optional<EntryKind> entryKindFromString(QStringView s);

/// One row of the crossing log.
struct CrossingEntry
{
    qint64 rowId = 0;
    QString uuid;
    QString stationId;
    qint64 stationSeq = 0; ///< 1, 2, 3 ... per station, no gaps
    QDateTime atUtc;
    QString gate;
    Direction direction = Direction::In;
    EntryKind kind = EntryKind::Scan;
    QString passSerial; ///< empty = none (stored as NULL)
    QString visitorId;  ///< empty = none (stored as NULL)
    SubjectKind subjectKind = SubjectKind::Person;
    Verdict verdict = Verdict::Allow;
    QList<Reason> reasons;
    QString refUuid;                ///< decision rows: the crossing decided on
    std::optional<bool> letThrough; ///< decision rows: the volunteer's final decision
    QString overrideReason;         ///< required when a deny is let through
    QString operatorName;
    QString shift;
    std::optional<double> temperature; ///< °C, kept to one decimal
    QString note;
    QString prevHash; ///< hex SHA-256 of the station's previous row, 64 zeros for the first
    QString hash;     ///< hex SHA-256 of (prevHash + canonicalEncoding(row))
};

/// The result of walking the hash chains.
struct ChainReport
{
    bool ok = true;
    qint64 rowsChecked = 0;
    QString stationId;         ///< station of the first broken row
    qint64 firstBrokenSeq = 0; ///< its station_seq (for a gap: the first missing seq)
    qint64 firstBrokenRowId = 0;
    QString problem; ///< plain English, empty when ok
};

/// Counts for a time range, for the shift lead's screens. Decision and incident rows
/// are not crossings and are not counted here except in overrides.
struct CrossingCounts
{
    qint64 total = 0; ///< scan, manual and visitor rows
    qint64 in = 0;
    qint64 out = 0;
    qint64 allow = 0;
    qint64 deny = 0;
    qint64 check = 0;
    qint64 overrides = 0; ///< decision rows that let a denied crossing through
    qint64 incidents = 0;
    /// People and vehicles that actually went through: allowed, or let through by the volunteer
    /// (an allow the volunteer then refused does not count).
    qint64 passedIn = 0;
    qint64 passedOut = 0;
};

/// The one definition of "went through", for the rules (passback, via recentForPass) and the
/// counts on the status strip: the volunteer's decision when there is one, else an allow.
bool wentThrough(Verdict verdict, std::optional<bool> decision);

/// The chain link before a station's first row.
QString genesisHash();

/**
 * The bytes that are hashed for a row (after the previous row's hash). Stable format,
 * version "gatepost-crossing-v1": the header line, then for each field in this fixed
 * order a line `name=<byte length>:<UTF-8 bytes>\n`:
 * uuid, station_id, station_seq (decimal), at_utc (yyyy-MM-ddTHH:mm:ss.zzzZ), gate,
 * direction, entry_kind, pass_serial, visitor_id, subject_kind, verdict,
 * reasons (comma-separated snake_case), ref_uuid, decision ('let_through', 'refused' or
 * empty), override_reason, operator, shift, temperature (one decimal, or empty), note.
 * The length prefixes make the encoding injective: no two different rows encode alike.
 * row_id, prev_hash and hash are not part of it (row ids are local to one file).
 */
QByteArray canonicalEncoding(const CrossingEntry& entry);

/**
 * The log of one station in one database file. One CrossingLog per connection; it
 * caches prepared statements, so it must not outlive the Database.
 */
class CrossingLog
{
public:
    CrossingLog(Database& db, QString stationId, const Clock& clock);
    ~CrossingLog();
    Q_DISABLE_COPY_MOVE(CrossingLog)

    QString stationId() const { return m_stationId; }
    /// The connection the log writes through (one gate action wraps its writes in one
    /// Transaction on it).
    Database& database() const { return m_db; }

    /**
     * Fills uuid, stationId, the next station_seq, atUtc (from the clock when null),
     * prevHash and hash, inserts and commits before returning. Decision rows take
     * pass_serial, visitor_id, subject_kind, direction, verdict and reasons from the
     * crossing they refer to (and its gate when none is given).
     * @throws DbError (disk full, busy...) and then nothing was written.
     * @throws std::invalid_argument when the draft is not a valid row (plain message).
     * @throws RefusedError (a std::invalid_argument) for a decision the volunteer cannot make:
     * on a crossing that has its decision already (already_decided; exactly one per crossing,
     * checked inside the write transaction), an unknown crossing, a deny let through without
     * an override reason, an unknown reason code, or "other" without a note.
     */
    CrossingEntry append(CrossingEntry draft);

    /// Appends many rows in one transaction (all or none). For imports and tools.
    QList<CrossingEntry> appendBatch(QList<CrossingEntry> drafts);

    /// Records the volunteer's final decision on the crossing @p refUuid. @p overrideReason is
    /// empty or an OverrideReason name; for "other" @p note is the volunteer's short text.
    CrossingEntry appendDecision(const QString& refUuid, bool letThrough, const QString& overrideReason,
                                 const QString& operatorName, const QString& note = {});

    /// The decision row on @p crossingUuid, if it has one.
    std::optional<CrossingEntry> decisionOn(const QString& crossingUuid) const;

    /// Rows with fromUtc <= atUtc < toUtc, ordered by atUtc then rowId; a null bound is open.
    QList<CrossingEntry> query(const QDateTime& fromUtc, const QDateTime& toUtc, int limit = -1) const;

    /// The rows of query() one at a time, so that memory does not grow with the log (exports).
    void forEach(const QDateTime& fromUtc, const QDateTime& toUtc,
                 const std::function<void(const CrossingEntry&)>& visit) const;

    std::optional<CrossingEntry> byUuid(const QString& uuid) const;

    /**
     * This pass's crossings (scan, manual, visitor rows) at or after sinceUtc, oldest first.
     * passedThrough: wentThrough(verdict, its decision).
     */
    QList<RecentCrossing> recentForPass(const QString& serial, const QDateTime& sinceUtc) const;

    /// Number of rows in the file, every station.
    qint64 count() const;

    /// Walks every station's chain in station_seq order and reports the first broken row.
    ChainReport verify() const;

    /// Counts for fromUtc <= atUtc < toUtc (null bounds are open).
    CrossingCounts counts(const QDateTime& fromUtc, const QDateTime& toUtc) const;

private:
    struct Statements;
    CrossingEntry insertLocked(CrossingEntry draft);

    Database& m_db;
    QString m_stationId;
    const Clock& m_clock;
    std::unique_ptr<Statements> m_st;
};

} // namespace gatepost::core
