#pragma once

// One exchange with the hub: push this station's events the hub has not confirmed, then pull
// and apply everything above this station's vector. Safe to stop at any point: a push the hub
// stored but the station did not mark is pushed again and ignored (ON CONFLICT DO NOTHING); a
// pull that was not applied is pulled again; an applied one is never applied twice.

#include "Hub.h"
#include "core/EventLog.h"

#include <QString>

#include <functional>

namespace gatepost::sync {

struct ExchangeResult
{
    bool ok = false;
    HubError::Kind errorKind = HubError::Kind::Other; ///< when !ok
    QString error;                                    ///< when !ok: plain English, no password
    int pushed = 0;                                   ///< events the hub did not have
    int pulled = 0;                                   ///< events fetched from the hub
    core::ApplyReport report;                         ///< what applying them did
};

/// @p batch events per round trip. Never throws for a hub failure (the result says it, and the
/// event log records it for the status strip); a local database failure (a full disk) throws.
struct ExchangeOptions
{
    int batch = 5000; ///< events per round trip to the hub
    /// Events per local write transaction. The CLI, alone on the file, applies a whole batch at
    /// once; the station app's background worker applies short chunks so that a crossing at the
    /// gate never waits long for the write lock.
    int applyChunk = 5000;
    /// When given, runs after every 8 chunks and at the end (a background connection does not
    /// checkpoint by itself, see core::Database::setBackground).
    std::function<void()> checkpoint;
};

/// The options of the station app's background worker.
ExchangeOptions backgroundOptions(std::function<void()> checkpoint);

ExchangeResult exchangeOnce(core::EventLog& log, Hub& hub, const QDateTime& nowUtc,
                            const ExchangeOptions& options = {});

/// Connects and exchanges once; a connection failure is a result too.
ExchangeResult connectAndExchange(core::EventLog& log, const HubSettings& settings, const QDateTime& nowUtc,
                                  const ExchangeOptions& options = {});

} // namespace gatepost::sync
