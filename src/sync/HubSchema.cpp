#include "HubSchema.h"

#include "sync/PgConnection.h"

namespace gatepost::sync::hubschema {

namespace {

// Serialises concurrent ensureSchema() calls on one database ("gatepost" in ASCII).
constexpr auto kSchemaLock = "SELECT pg_advisory_xact_lock(444016649584)";

// The policy compares with an uncorrelated sub-select so the function runs once per statement
// (an InitPlan), not once per row: a 100,000-event push stays fast under RLS.
const char* const kCreate[] = {
    "CREATE SCHEMA IF NOT EXISTS gatepost",
    "REVOKE ALL ON SCHEMA gatepost FROM PUBLIC",
    "CREATE TABLE IF NOT EXISTS gatepost.events ("
    " community text COLLATE \"C\" NOT NULL,"
    " origin text COLLATE \"C\" NOT NULL,"
    " seq bigint NOT NULL CHECK (seq > 0),"
    " hlc text NOT NULL,"
    " at_utc text NOT NULL,"
    " kind text NOT NULL,"
    " payload bytea NOT NULL,"
    " signature bytea NOT NULL,"
    " received_at timestamptz NOT NULL DEFAULT now(),"
    " PRIMARY KEY (community, origin, seq))",
    "CREATE TABLE IF NOT EXISTS gatepost.stations ("
    " role text COLLATE \"C\" PRIMARY KEY,"
    " community text COLLATE \"C\" NOT NULL)",
    "REVOKE ALL ON gatepost.events, gatepost.stations FROM PUBLIC",
    // session_user, not current_user: inside a SECURITY DEFINER function current_user is the owner.
    "CREATE OR REPLACE FUNCTION gatepost.station_community() RETURNS text"
    " LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp"
    " AS $$ SELECT community FROM gatepost.stations WHERE role = session_user::text $$",
    "REVOKE ALL ON FUNCTION gatepost.station_community() FROM PUBLIC",
    "ALTER TABLE gatepost.events ENABLE ROW LEVEL SECURITY",
    "ALTER TABLE gatepost.events FORCE ROW LEVEL SECURITY",
    // No policy at all on the membership table: nobody but its owner (and superusers) reads it.
    "ALTER TABLE gatepost.stations ENABLE ROW LEVEL SECURITY",
    "DROP POLICY IF EXISTS station_rows ON gatepost.events",
    "CREATE POLICY station_rows ON gatepost.events FOR ALL TO PUBLIC"
    " USING (community = (SELECT gatepost.station_community()))"
    " WITH CHECK (community = (SELECT gatepost.station_community()))",
    // FORCE makes the owner obey the policies too: it gets its own, for every community.
    "DROP POLICY IF EXISTS hub_admin ON gatepost.events",
    "CREATE POLICY hub_admin ON gatepost.events FOR ALL TO CURRENT_USER USING (true) WITH CHECK (true)",
};

} // namespace

bool isPresent(PgConnection& pg)
{
    const PgResult r = pg.exec("SELECT (SELECT count(*) FROM pg_catalog.pg_class c"
                               "  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                               "  WHERE n.nspname = 'gatepost' AND c.relname IN ('events', 'stations')),"
                               " (SELECT count(*) FROM pg_catalog.pg_proc p"
                               "  JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace"
                               "  WHERE n.nspname = 'gatepost' AND p.proname = 'station_community')");
    return r.int64(0, 0) == 2 && r.int64(0, 1) == 1;
}

void create(PgConnection& pg)
{
    pg.exec("BEGIN");
    try {
        pg.exec(kSchemaLock);
        if (!isPresent(pg)) {
            for (const char* statement : kCreate)
                pg.exec(statement);
        }
        pg.exec("COMMIT");
    } catch (...) {
        pg.rollbackQuietly();
        throw;
    }
}

void grantStation(PgConnection& pg, const QByteArray& quotedRole)
{
    const QByteArray database = pg.escapeIdentifier(pg.exec("SELECT current_database()").text(0, 0));
    pg.exec("GRANT CONNECT ON DATABASE " + database + " TO " + quotedRole);
    pg.exec("GRANT USAGE ON SCHEMA gatepost TO " + quotedRole);
    pg.exec("GRANT SELECT, INSERT ON gatepost.events TO " + quotedRole);
    pg.exec("GRANT EXECUTE ON FUNCTION gatepost.station_community() TO " + quotedRole);
}

} // namespace gatepost::sync::hubschema
