#pragma once

// The station's side of sync (docs/sync.md): every change this station commits becomes a
// signed event in the same transaction, and events from other stations are verified and
// applied here. The transport (PostgreSQL hub, USB bundle) only moves SyncEvents; whatever
// arrives, this class decides whether it may change anything.

#include "AuditTrail.h"
#include "Bundle.h"
#include "Clock.h"
#include "Database.h"
#include "SyncEvent.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace gatepost::core {

/// Why an event was not applied. Held events may apply later (a station or a row they need
/// has not arrived yet); refused ones never will.
enum class EventProblem {
    None,
    WrongCommunity, ///< refused: the event belongs to another community
    BadSignature,   ///< refused: the signature does not match the origin's key (forged or damaged)
    NotAllowed,     ///< refused: the origin may not make that kind of change (a gate revoking a pass)
    Malformed,      ///< refused: the payload cannot be read
    Conflict,       ///< refused: the change collides with a row here (a plate or address twice)
    UnknownStation, ///< held: the office has not registered the origin (yet)
    MissingRow,     ///< held: a row it points to has not arrived yet
};
QString toString(EventProblem p); // snake_case
bool isHeld(EventProblem p);

struct EventRefusal
{
    QString origin;
    qint64 seq = 0;
    QString kind;
    EventProblem problem = EventProblem::None;
    QString detail; ///< the table or field concerned, for logs
};

struct ApplyReport
{
    int received = 0;
    int applied = 0; ///< new events that changed (or were weighed against) this station's data
    int known = 0;   ///< already held before: replays add nothing
    int held = 0;    ///< kept, not applied yet (see EventProblem)
    int refused = 0;
    QList<EventRefusal> problems; ///< the held and refused ones of this call
};

/// A pass used the same way at two stations while they had not seen each other's crossing:
/// both crossings are kept; the shift leads review the pair.
struct SyncConflict
{
    QString serial;
    QString direction;
    QString firstStation, firstGate, firstUuid;
    QDateTime firstAtUtc;
    QString secondStation, secondGate, secondUuid;
    QDateTime secondAtUtc;
};

struct SyncStatus
{
    QString stationId;
    QString community;
    SyncVector vector;
    qint64 ownSeq = 0;           ///< events this station made
    qint64 waiting = 0;          ///< own events the hub has not confirmed
    qint64 waitingCrossings = 0; ///< of those, crossings
    QDateTime lastContactUtc;    ///< last successful exchange with the hub; null = never
    QDateTime lastRegistryUtc;   ///< newest registry change from the office held here; null = none
    QString lastError;           ///< the hub's last failure (no password in it), empty after a success
    qint64 held = 0;
    qint64 refused = 0;
};

class EventLog
{
public:
    EventLog(Database& db, const Clock& clock);
    ~EventLog();
    Q_DISABLE_COPY_MOVE(EventLog)

    /// Makes every outermost commit on the connection write the events of the rows it changed
    /// (Database::setBeforeCommit). Until the station has an identity the changes wait in the
    /// outbox and become events with the first commit after it.
    void attach();
    /// Turns the outbox into signed events now, inside the caller's transaction.
    void flush();
    /// Called at the end of a flush that made events (still inside the transaction): the station
    /// app wakes its sync worker so that a revocation leaves at once, not at the next interval.
    void setOnEventsMade(std::function<void()> callback);

    /// The canonical bytes an event's signature covers.
    static QByteArray signedBytes(const SyncEvent& e);

    SyncVector vector() const;
    /// Events of @p origin above @p afterSeq, in order, at most @p limit.
    QList<SyncEvent> eventsFrom(const QString& origin, qint64 afterSeq, int limit) const;
    /// Every event held (own and relayed), ordered by origin and sequence.
    QList<SyncEvent> allEvents() const;

    /// Verifies and applies events from another station (any order, any repeats) in one
    /// transaction. Never throws for a bad event: it is held or refused and reported.
    ApplyReport apply(const QList<SyncEvent>& events);

    /// A signed bundle of every event this station holds (its own and those it relays), handed
    /// to @p write (which puts it on the stick); only when that returns true is the export an
    /// audit row by @p actor. Throws std::runtime_error before the station is set up.
    bool exportBundle(const Actor& actor, const std::function<bool(const QByteArray&)>& write);
    /// The same, returning the bundle (audited at once).
    QByteArray exportBundle(const Actor& actor);
    struct BundleImport
    {
        BundleError error = BundleError::None; ///< set: nothing was written
        QString origin;                        ///< the station that wrote it
        ApplyReport report;
    };
    /// Reads a bundle and, when the whole of it verifies, applies its events and writes an
    /// audit row by @p actor in one transaction. Importing the same bundle again adds nothing.
    BundleImport importBundle(const QByteArray& data, const Actor& actor);

    /// Own events above what the hub confirmed, at most @p limit.
    QList<SyncEvent> unpushed(int limit) const;
    void markPushed(qint64 seq);
    void recordContact(const QDateTime& atUtc);
    void recordFailure(const QString& error);

    SyncStatus status() const;
    /// Passes used the same way at two stations while apart, crossings since @p sinceUtc.
    QList<SyncConflict> conflicts(const QDateTime& sinceUtc) const;

    /// The station's own community and id (empty before it is set up).
    QString community() const;
    QString stationId() const;
    /// The public key (raw 32 bytes) of a station this one trusts; empty for an unknown one.
    QByteArray keyOf(const QString& stationId) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace gatepost::core
