#pragma once

#include <QString>

namespace gatepost::core {
class Auth;
}

namespace gatepost::app {

// <data dir>/demo.db
QString defaultDemoDatabasePath();

// Creates the demo community in `path` when the file has no registry yet: a station
// "demo" at the north gate, the seeded community as of today, and two demo operators
// (volunteer "demo" PIN 1234, shift lead "lead" PIN 2468). Does nothing to a file that
// already has households. Throws like Station::open.
void ensureDemoDatabase(const QString& path);

// The demo operators (volunteer "demo" PIN 1234, shift lead "lead" PIN 2468), created when
// missing, e.g. in a file made with gatepost-cli demo-community.
void ensureDemoOperators(core::Auth& auth);

} // namespace gatepost::app
