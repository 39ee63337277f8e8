#pragma once

// The one place the office window's services are taken from an open station (like
// gateServices for a gate): the station app and the office GUI tests both build through here.

#include "core/Types.h"
#include "gui/office/OfficeServices.h"

#include <optional>

namespace gatepost::core {
class Auth;
}

namespace gatepost::app {

class Station;

/// The station's services for the office window, signed off (the window sets actor and role
/// at each sign-on). @p station must outlive the window.
gui::OfficeServices officeServices(Station& station);

/// --demo at the office: the demo office clerk ("office", PIN 1357, staff), created when
/// missing, signed on. nullopt when the account exists but cannot sign on (a changed PIN).
std::optional<core::Operator> demoOfficeOperator(core::Auth& auth);

} // namespace gatepost::app
