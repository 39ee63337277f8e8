#include "Schema.h"

#include "Database.h"

#include <functional>
#include <vector>

namespace gatepost::core {

namespace {

// Version 1: registry, operators, station identity and the crossing log.
// Dates are ISO 'YYYY-MM-DD' text, instants ISO-8601 UTC text with milliseconds and 'Z'.
void migrateTo1(Database& db)
{
    db.exec(R"sql(
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

-- The identity of the station that owns this file (exactly one row).
CREATE TABLE station_identity (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    station_id  TEXT NOT NULL,
    name        TEXT NOT NULL,
    gate        TEXT NOT NULL,
    created_utc TEXT NOT NULL
) STRICT;

CREATE TABLE gates (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('gate', 'office', 'courtyard'))
) STRICT;
INSERT INTO gates (code, name, kind) VALUES
    ('north', 'North gate', 'gate'),
    ('south', 'South gate', 'gate'),
    ('office', 'Office', 'office');

CREATE TABLE stations (
    station_id TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    gate       TEXT NOT NULL REFERENCES gates(code)
) STRICT;

CREATE TABLE households (
    id        INTEGER PRIMARY KEY,
    address   TEXT NOT NULL UNIQUE,
    courtyard INTEGER NOT NULL DEFAULT 0 CHECK (courtyard BETWEEN 0 AND 6),
    note      TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE people (
    id           INTEGER PRIMARY KEY,
    household_id INTEGER REFERENCES households(id),
    name         TEXT NOT NULL,
    category     TEXT NOT NULL CHECK (category IN ('registered_resident', 'migrant_resident',
                                      'external_worker', 'visitor')),
    phone        TEXT NOT NULL DEFAULT '',
    id_number    TEXT UNIQUE,
    photo_path   TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX people_household ON people(household_id);
CREATE INDEX people_name ON people(name);

CREATE TABLE quarantines (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES people(id),
    kind        TEXT NOT NULL CHECK (kind IN ('home', 'central')),
    start_date  TEXT NOT NULL,
    end_date    TEXT NOT NULL,
    origin      TEXT NOT NULL DEFAULT '',
    created_utc TEXT NOT NULL,
    CHECK (end_date >= start_date)
) STRICT;
CREATE INDEX quarantines_person ON quarantines(person_id, end_date);

CREATE TABLE vehicles (
    id           INTEGER PRIMARY KEY,
    household_id INTEGER REFERENCES households(id),
    plate        TEXT NOT NULL UNIQUE,
    internal     INTEGER NOT NULL CHECK (internal IN (0, 1))
) STRICT;

CREATE TABLE passes (
    id            INTEGER PRIMARY KEY,
    serial        TEXT NOT NULL UNIQUE,
    holder_kind   TEXT NOT NULL CHECK (holder_kind IN ('person', 'vehicle')),
    person_id     INTEGER REFERENCES people(id),
    vehicle_id    INTEGER REFERENCES vehicles(id),
    category      TEXT NOT NULL,
    valid_from    TEXT NOT NULL,
    valid_until   TEXT NOT NULL,
    gates         TEXT NOT NULL DEFAULT '',
    generation    INTEGER NOT NULL DEFAULT 1 CHECK (generation >= 1),
    secret        TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'active'
                  CHECK (status IN ('active', 'revoked', 'lost', 'suspended')),
    status_reason TEXT NOT NULL DEFAULT '',
    issued_utc    TEXT NOT NULL,
    updated_utc   TEXT NOT NULL,
    CHECK ((holder_kind = 'person') = (person_id IS NOT NULL)),
    CHECK ((holder_kind = 'vehicle') = (vehicle_id IS NOT NULL)),
    CHECK (valid_until >= valid_from)
) STRICT;
CREATE INDEX passes_person ON passes(person_id);
CREATE INDEX passes_vehicle ON passes(vehicle_id);
CREATE INDEX passes_status ON passes(status, category);

-- Every generation's secret, so an old code can be told apart from a forged one.
CREATE TABLE pass_generations (
    pass_id    INTEGER NOT NULL REFERENCES passes(id),
    generation INTEGER NOT NULL,
    secret     TEXT NOT NULL,
    issued_utc TEXT NOT NULL,
    PRIMARY KEY (pass_id, generation)
) STRICT;

CREATE TABLE operators (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE,
    role     TEXT NOT NULL CHECK (role IN ('volunteer', 'shift_lead', 'staff', 'admin')),
    pin_hash TEXT NOT NULL,
    active   INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;

-- The crossing log: append-only, hash-chained per station.
CREATE TABLE crossings (
    row_id          INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    station_id      TEXT NOT NULL,
    station_seq     INTEGER NOT NULL,
    at_utc          TEXT NOT NULL,
    gate            TEXT NOT NULL,
    direction       TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    entry_kind      TEXT NOT NULL CHECK (entry_kind IN ('scan', 'manual', 'visitor', 'decision', 'incident')),
    pass_serial     TEXT,
    visitor_id      TEXT,
    subject_kind    TEXT NOT NULL CHECK (subject_kind IN ('person', 'vehicle', 'visitor')),
    verdict         TEXT NOT NULL CHECK (verdict IN ('allow', 'deny', 'check')),
    reasons         TEXT NOT NULL DEFAULT '',
    ref_uuid        TEXT,
    decision        TEXT CHECK (decision IS NULL OR decision IN ('let_through', 'refused')),
    override_reason TEXT NOT NULL DEFAULT '',
    operator        TEXT NOT NULL DEFAULT '',
    shift           TEXT NOT NULL DEFAULT '',
    temperature     REAL,
    note            TEXT NOT NULL DEFAULT '',
    prev_hash       TEXT NOT NULL,
    hash            TEXT NOT NULL,
    UNIQUE (station_id, station_seq)
) STRICT;
CREATE INDEX crossings_pass ON crossings(pass_serial, at_utc);
CREATE INDEX crossings_time ON crossings(at_utc);
CREATE TRIGGER crossings_no_update BEFORE UPDATE ON crossings
BEGIN SELECT RAISE(ABORT, 'the crossing log is append-only'); END;
CREATE TRIGGER crossings_no_delete BEFORE DELETE ON crossings
BEGIN SELECT RAISE(ABORT, 'the crossing log is append-only'); END;
)sql");
}

// Version 2: visitors and returnees registered at the gate. A visitor or returnee crossing
// names its row here by visit_id (crossings.visitor_id); the crossings table itself is
// unchanged, because its hash encoding covers a fixed set of columns.
void migrateTo2(Database& db)
{
    db.exec(R"sql(
CREATE TABLE visits (
    id           INTEGER PRIMARY KEY,
    visit_id     TEXT NOT NULL UNIQUE,
    kind         TEXT NOT NULL CHECK (kind IN ('visitor', 'returnee')),
    name         TEXT NOT NULL,
    phone        TEXT NOT NULL DEFAULT '',
    household_id INTEGER REFERENCES households(id),
    reason       TEXT NOT NULL DEFAULT '',
    plate        TEXT NOT NULL DEFAULT '',
    person_id    INTEGER REFERENCES people(id),
    created_utc  TEXT NOT NULL
) STRICT;
CREATE INDEX visits_created ON visits(created_utc);
)sql");
}

// Version 3: the audit trail, PIN lockout kept per operator, and one decision per crossing.
// The audit table's free-text columns are plain TEXT without CHECKs: verify-log, not the
// schema, is what finds an edited row. A second decision is refused by a trigger rather than a
// unique index because files written before v3 may already hold two.
void migrateTo3(Database& db)
{
    db.exec(R"sql(
CREATE TABLE audit_trail (
    row_id       INTEGER PRIMARY KEY,
    station_id   TEXT NOT NULL,
    station_seq  INTEGER NOT NULL,
    at_utc       TEXT NOT NULL,
    actor        TEXT NOT NULL,
    actor_kind   TEXT NOT NULL,
    action       TEXT NOT NULL,
    target       TEXT NOT NULL DEFAULT '',
    before_value TEXT NOT NULL DEFAULT '',
    after_value  TEXT NOT NULL DEFAULT '',
    prev_hash    TEXT NOT NULL,
    hash         TEXT NOT NULL,
    UNIQUE (station_id, station_seq)
) STRICT;
CREATE INDEX audit_trail_time ON audit_trail(at_utc);
CREATE TRIGGER audit_trail_no_update BEFORE UPDATE ON audit_trail
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_trail_no_delete BEFORE DELETE ON audit_trail
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

ALTER TABLE operators ADD COLUMN failed_pins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE operators ADD COLUMN locked_until_utc TEXT;

CREATE INDEX crossings_ref ON crossings(ref_uuid) WHERE ref_uuid IS NOT NULL;
CREATE TRIGGER crossings_one_decision BEFORE INSERT ON crossings
WHEN NEW.entry_kind = 'decision'
     AND EXISTS (SELECT 1 FROM crossings WHERE entry_kind = 'decision' AND ref_uuid = NEW.ref_uuid)
BEGIN SELECT RAISE(ABORT, 'decision_exists'); END;
)sql");
}

} // namespace

void migrate(Database& db)
{
    const std::vector<std::function<void(Database&)>> steps{migrateTo1, migrateTo2, migrateTo3};
    static_assert(kSchemaVersion == 3, "add the new migration step above");

    int version = db.userVersion();
    if (version > kSchemaVersion)
        throw DbError(DbError::Kind::NewerSchema,
                      QStringLiteral("%1 was written by a newer Gatepost (schema %2, this one knows %3)")
                          .arg(db.path())
                          .arg(version)
                          .arg(kSchemaVersion));
    while (version < kSchemaVersion) {
        Transaction tx(db);
        steps[static_cast<std::size_t>(version)](db);
        db.setUserVersion(version + 1);
        tx.commit();
        ++version;
    }
}

} // namespace gatepost::core
