#include "Schema.h"

#include "Crypto.h"
#include "Database.h"
#include "PassCode.h"
#include "SyncTables.h"

#include <QString>

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

// The capture of one replicated table (docs/sync.md): a uid naming the row at every station,
// the hybrid logical clock and origin of its last write, and triggers that note each changed
// row in sync_outbox. Rows already there get their uid and go out with the next commit.
void addSyncCapture(Database& db, const synctables::Table& t)
{
    const QString name = QString::fromLatin1(t.name);
    QStringList cols;
    for (const char* c : t.columns)
        cols << QString::fromLatin1(c);
    // A new row's uid names the station where it was born, so others can tell who may
    // change it; a station is named by its own id.
    const QString uid =
        name == QLatin1String("stations")
            ? QStringLiteral("NEW.station_id")
            : QStringLiteral("COALESCE((SELECT station_id FROM station_identity WHERE id = 1),"
                             " 'local') || '.' || lower(hex(randomblob(8)))");
    const QString sql = QStringLiteral(R"sql(
ALTER TABLE %1 ADD COLUMN sync_uid TEXT;
ALTER TABLE %1 ADD COLUMN sync_hlc TEXT NOT NULL DEFAULT '';
ALTER TABLE %1 ADD COLUMN sync_origin TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX %1_sync_uid ON %1(sync_uid);
CREATE TRIGGER %1_uid AFTER INSERT ON %1 WHEN NEW.sync_uid IS NULL
BEGIN UPDATE %1 SET sync_uid = %3 WHERE rowid = NEW.rowid; END;
CREATE TRIGGER %1_out_insert AFTER INSERT ON %1
BEGIN INSERT INTO sync_outbox (tbl, row_id) SELECT '%1', NEW.rowid WHERE NOT EXISTS
  (SELECT 1 FROM sync_outbox WHERE tbl = '%1' AND row_id = NEW.rowid); END;
CREATE TRIGGER %1_out_update AFTER UPDATE OF %2 ON %1
BEGIN INSERT INTO sync_outbox (tbl, row_id) SELECT '%1', NEW.rowid WHERE NOT EXISTS
  (SELECT 1 FROM sync_outbox WHERE tbl = '%1' AND row_id = NEW.rowid); END;
UPDATE %1 SET sync_uid = %4 WHERE sync_uid IS NULL;
INSERT OR IGNORE INTO sync_outbox (tbl, row_id) SELECT '%1', rowid FROM %1;
)sql")
                            .arg(name, cols.join(QStringLiteral(", ")), uid,
                                 QString(uid).replace(QStringLiteral("NEW."), QString()));
    db.exec(sql.toUtf8().constData());
}

// Version 4: sync (docs/sync.md). The station's signing key and community; the signed events
// it made and received; the vector of what it holds per origin; and, on every replicated
// table, a uid that names the row at every station, the hybrid logical clock and origin of
// its last write, and triggers that note each changed row in sync_outbox so the commit that
// changed it also writes its event. Each pass generation keeps the hash of its secret: a gate
// holds only hashes.
void migrateTo4(Database& db)
{
    db.exec(R"sql(
ALTER TABLE station_identity ADD COLUMN public_key TEXT NOT NULL DEFAULT '';
ALTER TABLE station_identity ADD COLUMN secret_key TEXT NOT NULL DEFAULT '';
ALTER TABLE station_identity ADD COLUMN community TEXT NOT NULL DEFAULT '';
ALTER TABLE station_identity ADD COLUMN root_key TEXT NOT NULL DEFAULT '';
ALTER TABLE stations ADD COLUMN public_key TEXT NOT NULL DEFAULT '';
ALTER TABLE stations ADD COLUMN role TEXT NOT NULL DEFAULT 'gate' CHECK (role IN ('office', 'gate'));
ALTER TABLE pass_generations ADD COLUMN secret_hash TEXT NOT NULL DEFAULT '';

CREATE TABLE sync_events (
    origin    TEXT NOT NULL,
    seq       INTEGER NOT NULL CHECK (seq >= 1),
    community TEXT NOT NULL,
    hlc       TEXT NOT NULL,
    at_utc    TEXT NOT NULL,
    kind      TEXT NOT NULL,
    payload   BLOB NOT NULL,
    signature BLOB NOT NULL,
    state     TEXT NOT NULL CHECK (state IN ('applied', 'held', 'refused')),
    problem   TEXT NOT NULL DEFAULT '',
    received_utc TEXT NOT NULL,
    PRIMARY KEY (origin, seq)
) STRICT;
CREATE INDEX sync_events_state ON sync_events(state) WHERE state <> 'applied';

-- Per origin: the highest sequence number held with none missing below it.
CREATE TABLE sync_vector (
    origin TEXT PRIMARY KEY,
    seq    INTEGER NOT NULL
) STRICT;

-- Rows changed by the open transaction, in order, until the commit turns them into events.
CREATE TABLE sync_outbox (
    id     INTEGER PRIMARY KEY,
    tbl    TEXT NOT NULL,
    row_id INTEGER NOT NULL,
    UNIQUE (tbl, row_id)
) STRICT;

CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

-- (Not INSERT OR IGNORE: an upsert that fires a trigger imposes its own conflict policy on it.)
CREATE TRIGGER pass_generations_out AFTER INSERT ON pass_generations
BEGIN INSERT INTO sync_outbox (tbl, row_id) SELECT 'passes', NEW.pass_id WHERE NOT EXISTS
      (SELECT 1 FROM sync_outbox WHERE tbl = 'passes' AND row_id = NEW.pass_id); END;
CREATE TRIGGER crossings_out AFTER INSERT ON crossings
BEGIN INSERT INTO sync_outbox (tbl, row_id) VALUES ('crossings', NEW.row_id); END;
CREATE TRIGGER audit_trail_out AFTER INSERT ON audit_trail
BEGIN INSERT INTO sync_outbox (tbl, row_id) VALUES ('audit_trail', NEW.row_id); END;
)sql");

    for (const synctables::Table& t : synctables::tables())
        if (t.sinceSchema == 4)
            addSyncCapture(db, t);

    // Secrets of passes issued before version 4 get their hashes.
    {
        Statement read =
            db.prepare("SELECT g.pass_id, g.generation, g.secret, p.serial FROM pass_generations g"
                       " JOIN passes p ON p.id = g.pass_id");
        Statement write =
            db.prepare("UPDATE pass_generations SET secret_hash = ?1 WHERE pass_id = ?2 AND generation = ?3");
        while (read.step()) {
            write.bind(1, passcode::secretHash(read.text(3), read.int32(1), read.text(2)))
                .bind(2, read.int64(0))
                .bind(3, read.int64(1))
                .exec();
            write.reset();
        }
    }
    // A station set up before version 4 gets its key now, and stands alone (its own community)
    // until it is enrolled.
    {
        Statement q = db.prepare("SELECT station_id FROM station_identity WHERE id = 1");
        if (q.step()) {
            const crypto::KeyPair k = crypto::newSigningKey();
            Statement u =
                db.prepare("UPDATE station_identity SET public_key = ?1, secret_key = ?2, community = ?3,"
                           " root_key = ?1 WHERE id = 1");
            u.bind(1, crypto::keyToHex(k.publicKey))
                .bind(2, crypto::keyToHex(k.secretKey))
                .bind(3, crypto::keyId(k.publicKey))
                .exec();
        }
    }
}

// Version 5: the pass office (docs/office.md). People carry the pinyin of their name for
// search as you type (filled by a trigger through the SQL function gatepost_pinyin, which
// every connection registers); a person's photo, the returnees' temperature reports and door
// or video checks, and the health certificates the office issues travel like the registry.
void migrateTo5(Database& db)
{
    db.exec(R"sql(
ALTER TABLE people ADD COLUMN pinyin TEXT NOT NULL DEFAULT '';
UPDATE people SET pinyin = gatepost_pinyin(name);
CREATE TRIGGER people_pinyin_insert AFTER INSERT ON people
BEGIN UPDATE people SET pinyin = gatepost_pinyin(NEW.name) WHERE id = NEW.id; END;
CREATE TRIGGER people_pinyin_update AFTER UPDATE OF name ON people
BEGIN UPDATE people SET pinyin = gatepost_pinyin(NEW.name) WHERE id = NEW.id; END;
CREATE INDEX vehicles_household ON vehicles(household_id);

-- A small JPEG (base64: events travel as JSON), the face framed; the newest row counts.
CREATE TABLE person_photos (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES people(id),
    jpeg_base64 TEXT NOT NULL,
    updated_utc TEXT NOT NULL
) STRICT;
CREATE INDEX person_photos_person ON person_photos(person_id, updated_utc);

-- Twice-daily temperatures of people in home quarantine; the newest row per slot counts.
CREATE TABLE temperature_reports (
    id           INTEGER PRIMARY KEY,
    person_id    INTEGER NOT NULL REFERENCES people(id),
    report_date  TEXT NOT NULL,
    slot         TEXT NOT NULL CHECK (slot IN ('morning', 'afternoon')),
    celsius      REAL NOT NULL CHECK (celsius BETWEEN 30 AND 45),
    recorded_by  TEXT NOT NULL,
    recorded_utc TEXT NOT NULL
) STRICT;
CREATE INDEX temperature_reports_person ON temperature_reports(person_id, report_date, slot);

-- Door checks and video spot checks of home-quarantined households, per person.
CREATE TABLE quarantine_checks (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES people(id),
    check_date  TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('door', 'video')),
    result      TEXT NOT NULL CHECK (result IN ('present', 'absent', 'unwell')),
    note        TEXT NOT NULL DEFAULT '',
    checked_by  TEXT NOT NULL,
    checked_utc TEXT NOT NULL
) STRICT;
CREATE INDEX quarantine_checks_person ON quarantine_checks(person_id, check_date);

-- 健康证明: issued by the office when a quarantine ended without fever.
CREATE TABLE health_certificates (
    id            INTEGER PRIMARY KEY,
    number        TEXT NOT NULL UNIQUE,
    person_id     INTEGER NOT NULL REFERENCES people(id),
    quarantine_id INTEGER REFERENCES quarantines(id),
    issued_date   TEXT NOT NULL,
    issued_by     TEXT NOT NULL,
    issued_utc    TEXT NOT NULL
) STRICT;
CREATE INDEX health_certificates_person ON health_certificates(person_id);
)sql");
    for (const synctables::Table& t : synctables::tables())
        if (t.sinceSchema == 5)
            addSyncCapture(db, t);
}

// Version 6 (the shift leads): the community's rules as a replicated row, teams and the roster's
// people, duty sign-ons, courtyard patrols, signed handovers, and the indexes the crossing review
// filters by. Each block below belongs to one part of the work (docs/architecture.md).
void migrateTo6(Database& db)
{
    // --- review: indexes for the crossing filters -------------------------------------------
    // --- rules: the community policy as a replicated row ------------------------------------
    // One row per station that held a policy of its own before version 6 (moved from settings
    // "policy"); the row with the newest write (sync_hlc, sync_origin) is the community's
    // policy, and a change rewrites that row, so every station converges on it (docs/rules.md).
    db.exec(R"sql(
CREATE TABLE community_policy (
    id          INTEGER PRIMARY KEY,
    policy      TEXT NOT NULL,
    changed_by  TEXT NOT NULL DEFAULT '',
    changed_utc TEXT NOT NULL DEFAULT ''
) STRICT;
INSERT INTO community_policy (policy, changed_by, changed_utc)
    SELECT value, 'migration', '' FROM settings WHERE key = 'policy';
DELETE FROM settings WHERE key = 'policy';
)sql");
    // --- roster: teams, members, duty sessions, courtyard patrols ---------------------------
    // --- duty and patrols: who was on duty, the courtyards' checks (docs/patrols.md) ----------
    db.exec(R"sql(
-- One operator signed on at one station, from on_utc until off_utc (NULL while on duty).
-- closed_how: sign_off, next_sign_on (another sign-on at the station closed it), restart (the
-- station found it open when it started: the process had been killed; off_utc is an estimate).
CREATE TABLE duty_sessions (
    id         INTEGER PRIMARY KEY,
    operator   TEXT NOT NULL,
    role       TEXT NOT NULL CHECK (role IN ('volunteer', 'shift_lead', 'staff', 'admin')),
    station    TEXT NOT NULL,
    gate       TEXT NOT NULL,
    shift      TEXT NOT NULL DEFAULT '',
    on_utc     TEXT NOT NULL,
    off_utc    TEXT,
    closed_how TEXT NOT NULL DEFAULT ''
               CHECK (closed_how IN ('', 'sign_off', 'next_sign_on', 'restart'))
) STRICT;
CREATE INDEX duty_sessions_on ON duty_sessions(on_utc);
CREATE INDEX duty_sessions_open ON duty_sessions(station) WHERE off_utc IS NULL;

-- Checks of the 6 outlying courtyards (households.courtyard 1..6), scheduled or spot.
CREATE TABLE patrol_checks (
    id          INTEGER PRIMARY KEY,
    courtyard   INTEGER NOT NULL CHECK (courtyard BETWEEN 1 AND 6),
    kind        TEXT NOT NULL CHECK (kind IN ('scheduled', 'spot')),
    method      TEXT NOT NULL CHECK (method IN ('in_person', 'phone', 'video')),
    result      TEXT NOT NULL CHECK (result IN ('ok', 'problem', 'no_answer')),
    note        TEXT NOT NULL DEFAULT '',
    checked_by  TEXT NOT NULL,
    checked_utc TEXT NOT NULL,
    shift       TEXT NOT NULL DEFAULT '',
    station     TEXT NOT NULL
) STRICT;
CREATE INDEX patrol_checks_time ON patrol_checks(checked_utc);
CREATE INDEX patrol_checks_courtyard ON patrol_checks(courtyard, kind, checked_utc);
)sql");
    // The teams of the rotation and who is in which (docs/roster.md). No default rows: two
    // stations would each make their own "A"; Teams::ensure stores the policy's codes on the
    // first change. A member who leaves keeps a row with team_id NULL (deletions do not travel).
    db.exec(R"sql(
CREATE TABLE teams (
    id      INTEGER PRIMARY KEY,
    code    TEXT NOT NULL UNIQUE,
    name    TEXT NOT NULL,
    lead_id INTEGER REFERENCES operators(id)
) STRICT;
CREATE TABLE team_members (
    id          INTEGER PRIMARY KEY,
    operator_id INTEGER NOT NULL UNIQUE REFERENCES operators(id),
    team_id     INTEGER REFERENCES teams(id),
    gate        TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX team_members_team ON team_members(team_id);
)sql");
    // --- handover: signed reports and their acknowledgements --------------------------------
    // One signature per shift and gate (gate '' = every gate); the numbers as signed are kept
    // (report_json and its SHA-256) so that a later look can tell whether the log changed since.
    db.exec(R"sql(
CREATE TABLE handovers (
    id            INTEGER PRIMARY KEY,
    shift_id      TEXT NOT NULL,
    gate          TEXT NOT NULL DEFAULT '',
    station_id    TEXT NOT NULL,
    report_json   TEXT NOT NULL,
    report_sha256 TEXT NOT NULL,
    crossings     INTEGER NOT NULL,
    notes         TEXT NOT NULL DEFAULT '',
    open_matters  TEXT NOT NULL DEFAULT '',
    signed_by     TEXT NOT NULL,
    signed_utc    TEXT NOT NULL
) STRICT;
CREATE INDEX handovers_shift ON handovers(shift_id, gate);
CREATE TABLE handover_acks (
    id               INTEGER PRIMARY KEY,
    handover_id      INTEGER NOT NULL REFERENCES handovers(id),
    station_id       TEXT NOT NULL,
    acknowledged_by  TEXT NOT NULL,
    acknowledged_utc TEXT NOT NULL,
    note             TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX handover_acks_handover ON handover_acks(handover_id);
)sql");
    for (const synctables::Table& t : synctables::tables())
        if (t.sinceSchema == 6)
            addSyncCapture(db, t);
}

} // namespace

void migrate(Database& db)
{
    const std::vector<std::function<void(Database&)>> steps{migrateTo1, migrateTo2, migrateTo3,
                                                            migrateTo4, migrateTo5, migrateTo6};
    static_assert(kSchemaVersion == 6, "add the new migration step above");

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
