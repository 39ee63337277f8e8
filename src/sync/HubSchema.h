#pragma once

// The hub's tables, row-level security and grants (docs/hub.md explains them).
//   gatepost.events   the signed events, one row per (community, origin, seq); RLS enabled and forced
//   gatepost.stations station role -> community; only its owner reads it
//   gatepost.station_community()  SECURITY DEFINER: the logged-in station's community, for the policy

#include <QByteArray>

namespace gatepost::sync {

class PgConnection;

namespace hubschema {

/// True when the tables and the policy function exist (read from pg_catalog: any role may ask).
bool isPresent(PgConnection& pg);
/// Creates what is missing, in one transaction serialised by an advisory lock. Throws HubError
/// (Denied when this role may not create it).
void create(PgConnection& pg);
/// Grants a station role what it needs in this database: CONNECT, USAGE, SELECT and INSERT on the
/// events, EXECUTE on the policy function. `quotedRole` comes from escapeIdentifier.
void grantStation(PgConnection& pg, const QByteArray& quotedRole);

} // namespace hubschema
} // namespace gatepost::sync
