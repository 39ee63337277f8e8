#pragma once

// How a station reaches its hub, and what the status strip says about sync. Kept in the
// station's own file (settings key "sync"); the file is private to the station's account
// (0600), which is where the hub password lives too — never on a command line or in a log.

#include "AuditTrail.h"
#include "Clock.h"
#include "EventLog.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace gatepost::core {

class Database;

struct SyncSettings
{
    QString hubUrl;          ///< postgresql://USER@HOST:PORT/DB[?sslmode=…]; empty = no hub (standalone)
    QString hubPassword;     ///< empty = from GATEPOST_HUB_PASSWORD or ~/.pgpass
    int intervalSeconds = 5; ///< between exchanges (1-3600)
    int staleRegistryHours = 24; ///< warn when the newest office change held is older (1-720)

    bool hubConfigured() const { return !hubUrl.trimmed().isEmpty(); }
    /// Keys hub_url, hub_password, interval_seconds, stale_registry_hours. Like
    /// StationSettings::fromJson: a present key with a wrong type or range is an error naming it.
    QJsonObject toJson() const;
    static SyncSettings fromJson(const QJsonObject& json, QString* error = nullptr);
    bool operator==(const SyncSettings&) const = default;

    static SyncSettings load(Database& db, QString* error = nullptr);
    /// Refuses (RefusedError, nothing written) a value out of range (value_out_of_range with
    /// the field), an address that is not postgresql://USER@HOST… (hub_url_invalid) or that
    /// carries a password (hub_url_has_password). A change is an audit row by @p actor that names what
    /// changed but never the password.
    static void save(Database& db, const SyncSettings& settings, const Actor& actor, const Clock& clock);
};

/// What the status strip shows about sync, decided here so every screen says the same.
struct SyncHealth
{
    enum class State {
        Standalone, ///< no hub configured: nothing to say
        Connecting, ///< configured, never reached yet
        Synced,     ///< the last exchange succeeded recently
        Offline,    ///< the hub cannot be reached (or has not been for 3 intervals)
    };
    State state = State::Standalone;
    qint64 secondsSinceContact = -1; ///< -1 = never
    QDateTime offlineSinceUtc;       ///< the last contact when Offline (null = never reached)
    qint64 waiting = 0;              ///< own events the hub has not confirmed
    qint64 waitingCrossings = 0;
    bool registryStale = false; ///< the newest office change held is older than the setting
    QDateTime lastRegistryUtc;
    qint64 conflicts = 0;
    qint64 refused = 0; ///< events refused (forged or not allowed): the lead should know
};

SyncHealth syncHealth(const SyncStatus& status, const SyncSettings& settings, const QDateTime& nowUtc,
                      qint64 conflicts = 0);

} // namespace gatepost::core
