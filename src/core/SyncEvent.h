#pragma once

// One change a station made, as it travels between stations (see docs/sync.md). The origin
// signs it with its Ed25519 key; the hub and USB bundles only carry it. Every station that
// applies it verifies the signature and whether the origin may make that kind of change.

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace gatepost::core {

struct SyncEvent
{
    QString community;    ///< 32 lower-case hex characters, derived from the office's public key
    QString origin;       ///< station id of the station that made the change (UUID text)
    qint64 seq = 0;       ///< 1, 2, 3 ... per origin, without gaps
    QString hlc;          ///< hybrid logical clock at the origin: fixed-width text, sorts in order
    QString atUtc;        ///< wall time at the origin, ISO-8601 UTC with milliseconds
    QString kind;         ///< what changed, e.g. "row.passes" or "crossing"
    QByteArray payload;   ///< compact JSON, UTF-8
    QByteArray signature; ///< 64 bytes: Ed25519 over signedBytes() with the origin's key

    bool operator==(const SyncEvent&) const = default;
};

/// Origin station id -> the highest sequence number held from it (all lower ones held too).
using SyncVector = QMap<QString, qint64>;

} // namespace gatepost::core
