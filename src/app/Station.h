#pragma once

// The composition root: opens one station database and wires the core services to it
// and to the system clock. The GUI and the CLI both start here.

#include "core/Clock.h"

#include <QString>

#include <memory>

namespace gatepost::core {
class Auth;
class Checkpoint;
class CrossingLog;
class Database;
class GateDesk;
class Registry;
} // namespace gatepost::core

namespace gatepost::app {

// <data dir>/gatepost.db, where <data dir> is the platform's application data folder.
QString defaultDatabasePath();

class Station
{
public:
    enum class Mode { CreateIfMissing, MustExist };

    // Throws core::DbError with a readable message when the file cannot be used.
    static std::unique_ptr<Station> open(const QString& path, Mode mode,
                                         std::unique_ptr<core::Clock> clock = {});
    ~Station();

    core::Database& db() { return *m_db; }
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
    std::unique_ptr<core::Registry> m_registry;
    std::unique_ptr<core::Auth> m_auth;
    std::unique_ptr<core::CrossingLog> m_log;
    std::unique_ptr<core::Checkpoint> m_checkpoint;
    std::unique_ptr<core::GateDesk> m_desk;
};

} // namespace gatepost::app
