#pragma once

// What every screen of the office station works with, handed by reference from the
// composition root (src/app) once a staff member has signed on. A panel is made after the
// sign-on and dropped at sign-off, so the actor it writes as never changes under it.

#include "core/AuditTrail.h"
#include "core/Types.h"

namespace gatepost::core {
class Auth;
class Clock;
class Database;
class EventLog;
class Registry;
} // namespace gatepost::core

namespace gatepost::gui {

struct OfficeServices
{
    core::Database& db;
    core::Registry& registry;
    /// The station's sync events (attached: every commit writes them).
    core::EventLog& events;
    core::Auth& auth;
    const core::Clock& clock;
    /// The staff member signed on: every write is theirs (audit rows name them).
    core::Actor actor;
    /// Staff or Admin. The core checks permissions itself; panels use it to offer less.
    core::Role role = core::Role::Staff;
    /// The station's database file (folders for dialogs, the demo camera).
    QString databasePath;
};

} // namespace gatepost::gui
