#pragma once

// What the shift lead's screens work with (src/gui/lead), handed by reference from the window
// that opened them (the gate station for a lead who confirmed with a PIN, or the office) once
// the lead or admin is known. A page is made for one lead and dropped when the window closes.

#include "core/AuditTrail.h"
#include "core/Types.h"

namespace gatepost::core {
class Auth;
class Clock;
class Database;
class Registry;
} // namespace gatepost::core

namespace gatepost::gui {

struct LeadServices
{
    core::Database& db;
    core::Registry& registry;
    core::Auth& auth;
    const core::Clock& clock;
    /// The shift lead or admin who makes the changes (audit rows name them).
    core::Operator lead;
};

} // namespace gatepost::gui
