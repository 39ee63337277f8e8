#pragma once

#include <QString>

namespace gatepost::core {
class Auth;
}

namespace gatepost::app {

// <data dir>/demo.db
QString defaultDemoDatabasePath();

// Creates the demo community in `path` when the file does not exist yet: a station "demo" at
// the north gate, the seeded community as of today (the file is marked as a demo file), and two
// demo operators (volunteer "demo" PIN 1234, shift lead "lead" PIN 2468). An existing file must
// be a demo file (made by gatepost-cli demo-community or by this function): that is checked
// read-only before anything writes, and any other file is refused with DbError::Kind::NotDemo,
// untouched. Throws like Station::open.
void ensureDemoDatabase(const QString& path);

// Throws DbError::Kind::NotDemo unless the existing file at `path` is a demo file. Read-only:
// no lock, no migration.
void requireDemoFile(const QString& path);

// The demo operators (volunteer "demo" PIN 1234, shift lead "lead" PIN 2468), created when
// missing, e.g. in a file made with gatepost-cli demo-community.
void ensureDemoOperators(core::Auth& auth);

} // namespace gatepost::app
