#include "TempDb.h"
#include "core/Database.h"
#include "core/Schema.h"

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

// Turns a fresh file back into what Gatepost 1 wrote: no visits table, user_version 1.
void makeVersion1(Database& db)
{
    db.exec("DROP TABLE visits");
    db.setUserVersion(1);
}

} // namespace

class TestSchemaMigration : public QObject
{
    Q_OBJECT

private slots:
    void freshFileIsVersion2WithVisits()
    {
        QCOMPARE(kSchemaVersion, 2);
        test::TempDb t;
        QCOMPARE(t.db().userVersion(), 2);
        QVERIFY(hasVisitsTable(t.db()));
        QCOMPARE(scalar(t.db(), "SELECT count(*) FROM sqlite_master WHERE type = 'index'"
                                " AND name = 'visits_created' AND tbl_name = 'visits'"),
                 1);
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
        QCOMPARE(t.db().userVersion(), 2);
        QVERIFY(hasVisitsTable(t.db()));
        QCOMPARE(scalar(t.db(), "SELECT count(*) FROM households WHERE address = '1排1号'"), 1);
        QCOMPARE(scalar(t.db(), "SELECT count(*) FROM settings WHERE key = 'policy'"), 1);
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

    void newerFileIsRefused()
    {
        test::TempDb t;
        t.db().setUserVersion(3);
        try {
            t.reopen();
            QFAIL("opened a file from a newer Gatepost");
        } catch (const DbError& e) {
            QVERIFY2(e.message().contains(QStringLiteral("newer Gatepost")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("schema 3")), qPrintable(e.message()));
        }
        // The refused file is left as it was.
        auto raw = Database::openRaw(t.path());
        QCOMPARE(raw->userVersion(), 3);
    }
};

QTEST_GUILESS_MAIN(TestSchemaMigration)
#include "TestSchemaMigration.moc"
