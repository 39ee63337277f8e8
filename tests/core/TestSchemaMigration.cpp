#include "FakeClock.h"
#include "TempDb.h"
#include "core/Database.h"
#include "core/PassCode.h"
#include "core/Registry.h"
#include "core/Schema.h"
#include "core/SyncTables.h"

#include <QTest>

using namespace gatepost;
using namespace gatepost::core;

namespace {

qint64 scalar(Database& db, const char* sql)
{
    Statement q = db.prepare(sql);
    return q.step() ? q.int64(0) : -1;
}

bool hasVisitsTable(Database& db)
{
    return scalar(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'visits'") == 1;
}

// Turns a fresh file back into what schema 5 was: the policy back in settings, and none of
// schema 6's tables (the replicated ones' capture triggers name sync_outbox, which version 3
// drops), the later ones first (their foreign keys point to earlier ones).
void makeVersion5(Database& db)
{
    db.exec("INSERT INTO settings (key, value) SELECT 'policy', policy FROM community_policy"
            " ORDER BY sync_hlc DESC, id DESC LIMIT 1;");
    const auto replicated = synctables::tables();
    for (auto t = replicated.rbegin(); t != replicated.rend(); ++t)
        if (t->sinceSchema >= 6)
            db.exec(QStringLiteral("DROP TABLE %1").arg(QLatin1StringView(t->name)).toUtf8().constData());
    db.setUserVersion(5);
}

// Turns a fresh file back into what schema 4 was: no pinyin, photos, temperature reports,
// quarantine checks or health certificates.
void makeVersion4(Database& db)
{
    makeVersion5(db);
    db.exec("DROP TRIGGER people_pinyin_insert; DROP TRIGGER people_pinyin_update;"
            "ALTER TABLE people DROP COLUMN pinyin; DROP INDEX vehicles_household;"
            "DROP TABLE person_photos; DROP TABLE temperature_reports; DROP TABLE quarantine_checks;"
            "DROP TABLE health_certificates;");
    db.setUserVersion(4);
}

// Turns a fresh file back into what schema 3 was: no sync tables, keys, uids or secret hashes.
void makeVersion3(Database& db)
{
    makeVersion4(db);
    for (const char* t :
         {"stations", "households", "people", "vehicles", "quarantines", "passes", "operators", "visits"}) {
        const QString sql =
            QStringLiteral("DROP TRIGGER %1_uid; DROP TRIGGER %1_out_insert; DROP TRIGGER %1_out_update;"
                           "DROP INDEX %1_sync_uid; ALTER TABLE %1 DROP COLUMN sync_uid;"
                           "ALTER TABLE %1 DROP COLUMN sync_hlc; ALTER TABLE %1 DROP COLUMN sync_origin;")
                .arg(QLatin1String(t));
        db.exec(sql.toUtf8().constData());
    }
    db.exec("DROP TRIGGER pass_generations_out; DROP TRIGGER crossings_out; DROP TRIGGER audit_trail_out;"
            "DROP TABLE sync_events; DROP TABLE sync_vector; DROP TABLE sync_outbox; DROP TABLE sync_state;"
            "ALTER TABLE station_identity DROP COLUMN public_key;"
            "ALTER TABLE station_identity DROP COLUMN secret_key;"
            "ALTER TABLE station_identity DROP COLUMN community; ALTER TABLE station_identity DROP COLUMN "
            "root_key;"
            "ALTER TABLE stations DROP COLUMN public_key; ALTER TABLE stations DROP COLUMN role;"
            "ALTER TABLE pass_generations DROP COLUMN secret_hash;");
    db.setUserVersion(3);
}

// Turns a fresh file back into what schema 2 was: no audit trail, no PIN lockout columns, no
// one-decision trigger.
void makeVersion2(Database& db)
{
    makeVersion3(db);
    db.exec(
        "DROP TRIGGER crossings_one_decision; DROP INDEX crossings_ref;"
        "DROP TRIGGER audit_trail_no_update; DROP TRIGGER audit_trail_no_delete; DROP TABLE audit_trail;"
        "ALTER TABLE operators DROP COLUMN failed_pins; ALTER TABLE operators DROP COLUMN locked_until_utc;");
    db.setUserVersion(2);
}

// Turns a fresh file back into what Gatepost 1 wrote: no visits table, user_version 1.
void makeVersion1(Database& db)
{
    makeVersion2(db);
    db.exec("DROP TABLE visits");
    db.setUserVersion(1);
}

void insertCrossing(Database& db, const char* uuid, qint64 seq, const char* kind, const char* ref)
{
    Statement q = db.prepare("INSERT INTO crossings (uuid, station_id, station_seq, at_utc, gate, direction, "
                             "entry_kind, subject_kind,"
                             " verdict, ref_uuid, decision, prev_hash, hash) VALUES (?1, 's', ?2, "
                             "'2026-03-01T02:00:00.000Z', 'north',"
                             " 'in', ?3, 'person', 'check', ?4, ?5, '', 'h')");
    q.bind(1, uuid).bind(2, seq).bind(3, kind);
    if (ref) {
        q.bind(4, ref).bind(5, "let_through");
    }
    q.exec();
}

} // namespace

class TestSchemaMigration : public QObject
{
    Q_OBJECT

private slots:
    void freshFileIsVersion6WithAuditTrail()
    {
        QCOMPARE(kSchemaVersion, 6);
        test::TempDb t;
        QCOMPARE(t.db().userVersion(), 6);
        QVERIFY(t.db().hasTable("sync_events"));
        QVERIFY(t.db().hasTable("audit_trail"));
        // Free-text columns are plain TEXT: verify-log, not a CHECK, finds an edited row.
        QCOMPARE(scalar(t.db(), "SELECT count(*) FROM pragma_table_info('audit_trail') WHERE type <> 'TEXT'"
                                " AND name NOT IN ('row_id', 'station_seq')"),
                 0);
        QCOMPARE(scalar(t.db(), "SELECT count(*) FROM sqlite_master WHERE tbl_name = 'audit_trail'"
                                " AND sql LIKE '%CHECK%'"),
                 0);
        QCOMPARE(scalar(t.db(), "SELECT count(*) FROM pragma_table_info('operators')"
                                " WHERE name IN ('failed_pins', 'locked_until_utc')"),
                 2);
        t.db().exec("INSERT INTO audit_trail (station_id, station_seq, at_utc, actor, actor_kind, action,"
                    " prev_hash, hash) VALUES ('s', 1, 't', 'a', 'system', 'x', '', 'h')");
        QVERIFY_THROWS_EXCEPTION(DbError, t.db().exec("UPDATE audit_trail SET action = 'y'"));
        QVERIFY_THROWS_EXCEPTION(DbError, t.db().exec("DELETE FROM audit_trail"));
        QCOMPARE(scalar(t.db(), "SELECT count(*) FROM audit_trail WHERE action = 'x'"), 1);
    }

    void version2FileUpgradesAndRefusesASecondDecisionFromNowOn()
    {
        test::TempDb t;
        makeVersion2(t.db());
        t.db().exec("INSERT INTO operators (name, role, pin_hash) VALUES ('v', 'volunteer', 'h')");
        insertCrossing(t.db(), "c1", 1, "scan", nullptr);
        insertCrossing(t.db(), "d1", 2, "decision", "c1");
        insertCrossing(t.db(), "d2", 3, "decision", "c1"); // an old file may hold two
        t.reopen();
        QCOMPARE(t.db().userVersion(), kSchemaVersion);
        QCOMPARE(scalar(t.db(), "SELECT count(*) FROM crossings WHERE ref_uuid = 'c1'"), 2);
        QCOMPARE(scalar(t.db(), "SELECT failed_pins FROM operators WHERE name = 'v'"), 0);
        try {
            insertCrossing(t.db(), "d3", 4, "decision", "c1");
            QFAIL("a third decision was written");
        } catch (const DbError& e) {
            QVERIFY2(e.message().contains(QStringLiteral("decision_exists")), qPrintable(e.message()));
        }
        insertCrossing(t.db(), "c2", 4, "scan", nullptr);
        insertCrossing(t.db(), "d4", 5, "decision", "c2"); // the first decision on another crossing
        QCOMPARE(t.db().integrityCheck(), QStringLiteral("ok"));
    }

    void version3FileGetsKeysUidsAndSecretHashes()
    {
        test::TempDb t;
        makeVersion3(t.db());
        t.db().exec(
            "INSERT INTO station_identity (id, station_id, name, gate, created_utc)"
            " VALUES (1, '0b8e6f1c-0000-4000-8000-000000000001', 'north', 'north', 't');"
            "INSERT INTO households (id, address) VALUES (1, '1排1号');"
            "INSERT INTO people (id, household_id, name, category) VALUES (1, 1, '张三', "
            "'registered_resident');"
            "INSERT INTO passes (id, serial, holder_kind, person_id, category, valid_from, valid_until,"
            " generation, secret, issued_utc, updated_utc) VALUES (1, '0000001', 'person', 1,"
            " 'registered_resident', '2026-01-01', '2026-12-31', 2, 'BBBBBBBBBBBBBBBB', 't', 't');"
            "INSERT INTO pass_generations (pass_id, generation, secret, issued_utc) VALUES"
            " (1, 1, 'AAAAAAAAAAAAAAAA', 't'), (1, 2, 'BBBBBBBBBBBBBBBB', 't');");
        t.reopen();
        QCOMPARE(t.db().userVersion(), kSchemaVersion);
        Statement g =
            t.db().prepare("SELECT generation, secret_hash FROM pass_generations ORDER BY generation");
        QVERIFY(g.step());
        QCOMPARE(g.text(1), passcode::secretHash(u"0000001", 1, u"AAAAAAAAAAAAAAAA"));
        QVERIFY(g.step());
        QCOMPARE(g.text(1), passcode::secretHash(u"0000001", 2, u"BBBBBBBBBBBBBBBB"));
        // Every row has a uid, and waits in the outbox to become an event.
        QCOMPARE(scalar(t.db(), "SELECT count(*) FROM people WHERE sync_uid IS NULL"), 0);
        QCOMPARE(scalar(t.db(), "SELECT count(*) FROM sync_outbox"), 3);
        // The old station got a key and stands alone; its UUID id stays (its log is chained on it).
        Statement id =
            t.db().prepare("SELECT station_id, length(public_key), community, root_key = public_key"
                           " FROM station_identity");
        QVERIFY(id.step());
        QCOMPARE(id.text(0), QStringLiteral("0b8e6f1c-0000-4000-8000-000000000001"));
        QCOMPARE(id.int64(1), 64);
        QCOMPARE(id.text(2).size(), 32);
        QCOMPARE(id.int64(3), 1);
        QCOMPARE(t.db().integrityCheck(), QStringLiteral("ok"));
    }

    void freshFileHasVisits()
    {
        test::TempDb t;
        QVERIFY(hasVisitsTable(t.db()));
        QCOMPARE(scalar(t.db(), "SELECT count(*) FROM sqlite_master WHERE type = 'index'"
                                " AND name = 'visits_created' AND tbl_name = 'visits'"),
                 1);
    }

    void version5PolicyIsReadReadOnlyAndMovedIntoItsReplicatedRow()
    {
        test::TempDb t;
        test::FakeClock clock;
        Policy p = Policy::defaults();
        p.passbackWindowMinutes = 30;
        Registry(t.db(), clock).setPolicy(p, Actor::system());
        makeVersion5(t.db());
        QCOMPARE(scalar(t.db(), "SELECT count(*) FROM settings WHERE key = 'policy'"), 1);
        {
            // The CLI's log and audit read an older file as it is.
            const auto readOnly = Database::openReadOnly(t.path());
            QCOMPARE(Registry(*readOnly, clock).policy().passbackWindowMinutes, 30);
        }
        t.reopen();
        QCOMPARE(scalar(t.db(), "SELECT count(*) FROM settings WHERE key = 'policy'"), 0);
        QCOMPARE(scalar(t.db(), "SELECT count(*) FROM community_policy WHERE changed_by = 'migration'"), 1);
        QCOMPARE(Registry(t.db(), clock).policy().passbackWindowMinutes, 30);
    }

    void version1FileUpgradesKeepingItsData()
    {
        test::TempDb t;
        t.db().exec("INSERT INTO households (address) VALUES ('1排1号');"
                    "INSERT INTO settings (key, value) VALUES ('policy', '{}');");
        makeVersion1(t.db());
        QCOMPARE(t.db().userVersion(), 1);
        QVERIFY(!hasVisitsTable(t.db()));
        t.reopen();
        QCOMPARE(t.db().userVersion(), kSchemaVersion);
        QVERIFY(hasVisitsTable(t.db()));
        QCOMPARE(scalar(t.db(), "SELECT count(*) FROM households WHERE address = '1排1号'"), 1);
        // Schema 6 moved the policy into its replicated row (docs/rules.md).
        QCOMPARE(scalar(t.db(), "SELECT count(*) FROM settings WHERE key = 'policy'"), 0);
        QCOMPARE(scalar(t.db(), "SELECT count(*) FROM community_policy WHERE policy = '{}'"), 1);
        QCOMPARE(t.db().integrityCheck(), QStringLiteral("ok"));
    }

    void upgradedTableTakesRowsAndKeepsItsConstraints()
    {
        test::TempDb t;
        makeVersion1(t.db());
        t.reopen();
        t.db().exec("INSERT INTO households (id, address) VALUES (1, '1排1号')");
        t.db().exec("INSERT INTO visits (visit_id, kind, name, household_id, created_utc)"
                    " VALUES ('v-1', 'visitor', '张三', 1, '2026-03-01T02:00:00.000Z')");
        QCOMPARE(scalar(t.db(), "SELECT count(*) FROM visits"), 1);
        // Same visit id twice, an unknown kind, a household that does not exist.
        QVERIFY_THROWS_EXCEPTION(DbError, t.db().exec("INSERT INTO visits (visit_id, kind, name, created_utc)"
                                                      " VALUES ('v-1', 'visitor', 'x', 't')"));
        QVERIFY_THROWS_EXCEPTION(DbError, t.db().exec("INSERT INTO visits (visit_id, kind, name, created_utc)"
                                                      " VALUES ('v-2', 'tourist', 'x', 't')"));
        QVERIFY_THROWS_EXCEPTION(
            DbError, t.db().exec("INSERT INTO visits (visit_id, kind, name, household_id, created_utc)"
                                 " VALUES ('v-3', 'visitor', 'x', 99, 't')"));
        QCOMPARE(scalar(t.db(), "SELECT count(*) FROM visits"), 1);
    }

    void version4FileUpgradesWithPinyinForEveryoneAlreadyThere()
    {
        test::TempDb t;
        makeVersion4(t.db());
        t.db().exec("INSERT INTO people (name, category) VALUES ('王小明', 'registered_resident')");
        t.reopen();
        QCOMPARE(t.db().userVersion(), 6);
        // Found by initials and by full pinyin, whoever wrote the row: the old one, a new one, a renamed one.
        Statement q = t.db().prepare("SELECT pinyin FROM people WHERE name = '王小明'");
        QVERIFY(q.step());
        QCOMPARE(q.text(0), QStringLiteral("WXM WANGXIAOMING"));
        t.db().exec("INSERT INTO people (name, category) VALUES ('李娜', 'migrant_resident')");
        t.db().exec("UPDATE people SET name = '张伟' WHERE name = '王小明'");
        QCOMPARE(scalar(t.db(), "SELECT count(*) FROM people WHERE pinyin = 'LN LINA'"), 1);
        QCOMPARE(scalar(t.db(), "SELECT count(*) FROM people WHERE pinyin = 'ZW ZHANGWEI'"), 1);
        QVERIFY(t.db().hasTable("person_photos"));
        QVERIFY(t.db().hasTable("health_certificates"));
        QCOMPARE(t.db().integrityCheck(), QStringLiteral("ok"));
    }

    void newerFileIsRefused()
    {
        test::TempDb t;
        t.db().setUserVersion(kSchemaVersion + 1);
        try {
            t.reopen();
            QFAIL("opened a file from a newer Gatepost");
        } catch (const DbError& e) {
            QVERIFY(e.kind() == DbError::Kind::NewerSchema);
            QVERIFY2(e.message().contains(QStringLiteral("newer Gatepost")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("schema %1").arg(kSchemaVersion + 1)),
                     qPrintable(e.message()));
        }
        QVERIFY_THROWS_EXCEPTION(DbError, Database::openReadOnly(t.path()));
        // The refused file is left as it was.
        auto raw = Database::openRaw(t.path());
        QCOMPARE(raw->userVersion(), kSchemaVersion + 1);
    }
};

QTEST_GUILESS_MAIN(TestSchemaMigration)
#include "TestSchemaMigration.moc"
