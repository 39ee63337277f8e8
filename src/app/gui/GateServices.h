#pragma once

// The one place the gate screen's services are taken from an open station: the station app and
// the GUI tests both build their screens through here, so a test cannot wire a station the app
// would not.

#include "gui/StationServices.h"

namespace gatepost::app {

class Station;

/// The station's core services for a gate screen. @p station must have its identity
/// (gatepost-cli init) and must outlive every screen built on the result.
gui::StationServices gateServices(Station& station);

} // namespace gatepost::app
