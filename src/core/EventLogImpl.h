#pragma once

// Private to EventLog.cpp and EventApply.cpp.

#include "EventLog.h"
#include "SyncTables.h"

#include <QJsonObject>

#include <QHash>

#include <functional>
#include <optional>
#include <unordered_map>

namespace gatepost::core {

/// The columns of the append-only logs that travel as "crossing" and "audit" events (every
/// column but the local row id).
inline constexpr const char* kCrossingColumns[] = {
    "uuid",      "station_id", "station_seq", "at_utc",     "gate",
    "direction", "entry_kind", "pass_serial", "visitor_id", "subject_kind",
    "verdict",   "reasons",    "ref_uuid",    "decision",   "override_reason",
    "operator",  "shift",      "temperature", "note",       "prev_hash",
    "hash"};
inline constexpr const char* kAuditColumns[] = {"station_id",  "station_seq", "at_utc", "actor",
                                                "actor_kind",  "action",      "target", "before_value",
                                                "after_value", "prev_hash",   "hash"};

/// The columns of sync_events that make a SyncEvent, in eventFromRow's order.
#define GP_EVENT_COLUMNS "origin, seq, community, hlc, at_utc, kind, payload, signature"
SyncEvent eventFromRow(const Statement& q);

/// Runs work(0 … count-1) on the machine's cores (in order on one thread for small counts).
/// @p work must not touch the database.
void parallelFor(qsizetype count, const std::function<void(qsizetype)>& work);

struct EventLog::Impl
{
    Impl(Database& db, const Clock& clock)
        : db(db)
        , clock(clock)
    {
    }

    Database& db;
    const Clock& clock;
    std::function<void()> onEventsMade;

    struct Identity
    {
        QString stationId;
        QString community;
        QByteArray secretKey;
        bool office = false; // the community's root: may change the registry
    };
    std::optional<Identity> identity; // loaded on first use
    const Identity* loadIdentity();

    // Statements built per table on first use, keyed by their SQL text.
    std::unordered_map<std::string, std::unique_ptr<Statement>> statements;
    Statement& stmt(const QString& sql);
    /// Ends every cached statement's read, so no snapshot outlives the transaction.
    void resetAll()
    {
        for (auto& [sql, s] : statements)
            s->reset();
    }

    // --- hybrid logical clock: "PPPPPPPPPPPPP.CCCCC" (ms since the epoch, counter) ---------
    // Kept in memory for one flush or apply (beginClock … endClock), stored once at its end:
    // another connection of the station may have moved it since the last batch.
    QString hlc;
    bool hlcDirty = false;
    void beginClock();
    void endClock();
    QString tick();
    void observe(const QString& remoteHlc);
    // Public keys of the stations, read once per apply (a station row applied clears it).
    QHash<QString, QByteArray> keys;
    QByteArray keyFor(const QString& stationId);
    QString stateValue(const char* key);
    void setState(const char* key, const QString& value);

    // --- making events (EventLog.cpp) ---
    std::optional<QJsonObject> rowPayload(const synctables::Table& t, qint64 rowId, QString* uid);
    QJsonObject logPayload(const char* table, std::span<const char* const> columns, qint64 rowId);
    bool mayEmit(const synctables::Table& t, const QString& uid) const;
    void store(const SyncEvent& e, const char* state, EventProblem problem, const QString& detail);
    void advanceVector(const QString& origin);

    // --- applying events (EventApply.cpp) ---
    /// @p signatureOk: the signature was verified beforehand (in parallel); nullopt = verify here.
    EventProblem process(const SyncEvent& e, QString* detail, std::optional<bool> signatureOk = std::nullopt);
    EventProblem applyRow(const SyncEvent& e, const synctables::Table& t, const QJsonObject& payload,
                          QString* detail);
    EventProblem applyLog(const SyncEvent& e, const char* table, std::span<const char* const> columns,
                          const QJsonObject& payload);
};

} // namespace gatepost::core
