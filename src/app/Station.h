#pragma once

// The composition root: opens one station database and wires the core services to it
// and to the system clock. The GUI and the CLI both start here.

#include "core/Clock.h"

#include <QString>

#include <exception>
#include <memory>

namespace gatepost::core {
class AuditTrail;
class Auth;
class Checkpoint;
class CrossingLog;
class Database;
class EventLog;
class GateDesk;
class Registry;
} // namespace gatepost::core

namespace gatepost::app {

// An exception's own (English, technical) words, for stderr and logs only: a screen shows
// translated words chosen from a code instead.
QString technicalDetail(const std::exception& e);

// <data dir>/gatepost.db, where <data dir> is the platform's application data folder.
QString defaultDatabasePath();

// Creates @p dir and its missing parents with mode 0700 (whatever the umask). False when it
// cannot.
bool makePrivateFolder(const QString& dir);

class Station
{
public:
    enum class Mode { CreateIfMissing, MustExist };
    /// ReadWrite takes the file's writer lock (a second writing process is refused with
    /// DbError::Kind::Locked); ReadOnly opens it read-only beside a running station (no lock,
    /// no migration; every write fails), and needs an existing file.
    enum class Access { ReadWrite, ReadOnly };

    // Throws core::DbError with a readable message when the file cannot be used. A folder it
    // creates for the file is 0700.
    static std::unique_ptr<Station> open(const QString& path, Mode mode, Access access = Access::ReadWrite,
                                         std::unique_ptr<core::Clock> clock = {});
    ~Station();

    bool isReadOnly() const;
    /// Writes the acts other programs deferred while this one held the file (an export read
    /// beside the running station) into the audit trail; done on opening for writing, and by
    /// the station app every minute. Returns how many; 0 for a read-only station.
    int importDeferredAudit();
    core::AuditTrail& audit() { return *m_audit; }

    core::Database& db() { return *m_db; }
    /// Every commit of a station opened for writing also writes the events of what it changed.
    core::EventLog& events() { return *m_events; }
    core::Registry& registry() { return *m_registry; }
    core::Auth& auth() { return *m_auth; }
    const core::Clock& clock() const { return *m_clock; }
    bool hasIdentity() const;
    QString stationId() const;
    // The log and the checkpoint need the station identity (gatepost-cli init): they
    // throw std::runtime_error with the hint when it is missing.
    core::CrossingLog& log();
    core::Checkpoint& checkpoint();
    core::GateDesk& desk();

private:
    Station() = default;
    std::unique_ptr<core::Clock> m_clock;
    std::unique_ptr<core::Database> m_db;
    std::unique_ptr<core::EventLog> m_events;
    std::unique_ptr<core::Registry> m_registry;
    std::unique_ptr<core::Auth> m_auth;
    std::unique_ptr<core::AuditTrail> m_audit;
    std::unique_ptr<core::CrossingLog> m_log;
    std::unique_ptr<core::Checkpoint> m_checkpoint;
    std::unique_ptr<core::GateDesk> m_desk;
};

} // namespace gatepost::app
