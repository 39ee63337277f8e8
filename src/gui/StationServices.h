#pragma once

// The core services a gate screen works with, handed to every widget by reference from the
// composition root (src/app). No globals: a test builds its own on a temporary database.

namespace gatepost::core {
class Auth;
class Checkpoint;
class Clock;
class CrossingLog;
class Database;
class EventLog;
class GateDesk;
class Registry;
} // namespace gatepost::core

namespace gatepost::gui {

struct StationServices
{
    core::Database& db;
    core::Registry& registry;
    core::CrossingLog& log;
    core::Checkpoint& checkpoint;
    core::GateDesk& desk;
    core::Auth& auth;
    const core::Clock& clock;
    /// The station's sync events (attached: every commit writes them): USB bundles, status.
    core::EventLog& events;
};

} // namespace gatepost::gui
