#include "TempDb.h"
#include "core/Database.h"
#include "core/Schema.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <sys/stat.h>

using namespace gatepost;
using namespace gatepost::core;

namespace {

int modeOf(const QString& path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? static_cast<int>(st.st_mode & 0777) : -1;
}

// Sets the umask for one scope.
class Umask
{
public:
    explicit Umask(mode_t mask)
        : m_old(::umask(mask))
    {
    }
    ~Umask() { ::umask(m_old); }
    Q_DISABLE_COPY_MOVE(Umask)

private:
    mode_t m_old;
};

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void migratesToCurrentVersionWithForeignKeysAndWal()
    {
        test::TempDb t;
        QCOMPARE(t.db().userVersion(), kSchemaVersion);
        auto fk = t.db().prepare("PRAGMA foreign_keys");
        QVERIFY(fk.step());
        QCOMPARE(fk.int32(0), 1);
        auto wal = t.db().prepare("PRAGMA journal_mode");
        QVERIFY(wal.step());
        QCOMPARE(wal.text(0), QStringLiteral("wal"));
        auto sync = t.db().prepare("PRAGMA synchronous");
        QVERIFY(sync.step());
        QCOMPARE(sync.int32(0), 2); // FULL
    }

    void reopeningDoesNotMigrateTwice()
    {
        test::TempDb t;
        t.db().exec("INSERT INTO households (address) VALUES ('1排1号')");
        t.reopen();
        auto q = t.db().prepare("SELECT count(*) FROM households");
        QVERIFY(q.step());
        QCOMPARE(q.int64(0), 1);
    }

    void refusesFileFromNewerSchema()
    {
        test::TempDb t;
        t.db().setUserVersion(kSchemaVersion + 1);
        QVERIFY_THROWS_EXCEPTION(DbError, t.reopen());
    }

    void refusesFileThatIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        try {
            Database::open(path);
            QFAIL("opened a file that is not a database");
        } catch (const DbError& e) {
            QVERIFY2(e.message().contains(QStringLiteral("not a Gatepost database")),
                     qPrintable(e.message()));
        }
    }

    void missingFolderIsAClearError()
    {
        try {
            Database::open(QStringLiteral("/nonexistent-gatepost-dir/x.db"));
            QFAIL("opened a file in a missing folder");
        } catch (const DbError& e) {
            QVERIFY(e.message().contains(QStringLiteral("does not exist")));
        }
    }

    void foreignKeysAreEnforced()
    {
        test::TempDb t;
        QVERIFY_THROWS_EXCEPTION(
            DbError,
            t.db().exec("INSERT INTO people (household_id, name, category) VALUES (999, 'x', 'visitor')"));
    }

    void crossingLogRefusesUpdateAndDelete()
    {
        test::TempDb t;
        t.db().exec(
            "INSERT INTO crossings (uuid, station_id, station_seq, at_utc, gate, direction, entry_kind,"
            " subject_kind, verdict, prev_hash, hash) VALUES ('u1', 's', 1, '2026-01-01T00:00:00.000Z',"
            " 'north', 'in', 'scan', 'person', 'allow', '', 'h')");
        try {
            t.db().exec("UPDATE crossings SET verdict = 'deny'");
            QFAIL("update allowed");
        } catch (const DbError& e) {
            QVERIFY(e.message().contains(QStringLiteral("append-only")));
        }
        QVERIFY_THROWS_EXCEPTION(DbError, t.db().exec("DELETE FROM crossings"));
        auto q = t.db().prepare("SELECT verdict FROM crossings");
        QVERIFY(q.step());
        QCOMPARE(q.text(0), QStringLiteral("allow"));
    }

    void transactionRollsBackWhenNotCommitted()
    {
        test::TempDb t;
        {
            Transaction tx(t.db());
            t.db().exec("INSERT INTO households (address) VALUES ('2排2号')");
        }
        auto q = t.db().prepare("SELECT count(*) FROM households");
        QVERIFY(q.step());
        QCOMPARE(q.int64(0), 0);
    }

    // One user action wraps services that open their own transactions: what they did is
    // kept only when the action commits as a whole.
    void nestedTransactionGoesWithTheOuterOne()
    {
        test::TempDb t;
        auto households = [&t] {
            auto q = t.db().prepare("SELECT count(*) FROM households");
            q.step();
            return q.int64(0);
        };
        {
            Transaction outer(t.db());
            t.db().exec("INSERT INTO households (address) VALUES ('3排1号')");
            {
                Transaction inner(t.db());
                QVERIFY(inner.isNested());
                t.db().exec("INSERT INTO households (address) VALUES ('3排2号')");
                inner.commit();
            }
            // outer leaves scope uncommitted: a power cut before the last write
        }
        QCOMPARE(households(), 0);
        QVERIFY(!t.db().inTransaction());

        {
            Transaction outer(t.db());
            t.db().exec("INSERT INTO households (address) VALUES ('4排1号')");
            {
                Transaction inner(t.db());
                t.db().exec("INSERT INTO households (address) VALUES ('4排2号')");
            } // the inner step failed: only its own rows go
            {
                Transaction again(t.db());
                t.db().exec("INSERT INTO households (address) VALUES ('4排3号')");
                again.commit();
            }
            outer.commit();
        }
        auto q = t.db().prepare("SELECT group_concat(address, ',') FROM households ORDER BY id");
        QVERIFY(q.step());
        QCOMPARE(q.text(0), QStringLiteral("4排1号,4排3号"));
        QVERIFY(!t.db().inTransaction());
    }

    void filesArePrivateWhateverTheUmask()
    {
        const Umask anyMask(0);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("station.db"));
        auto db = Database::open(path);
        db->exec("INSERT INTO households (address) VALUES ('1排1号')"); // the -wal and -shm exist now
        for (const QString& f : QStringList{path, path + QStringLiteral("-wal"),
                                            path + QStringLiteral("-shm"), path + QStringLiteral(".lock")}) {
            QVERIFY2(QFileInfo::exists(f), qPrintable(f));
            QCOMPARE(modeOf(f), 0600);
        }
    }

    void aFileOthersCanReadIsMadePrivateWithAWarning()
    {
        test::TempDb t;
        t.db().exec("INSERT INTO households (address) VALUES ('1排1号')");
        QVERIFY(::chmod(QFile::encodeName(t.path()).constData(), 0644) == 0);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("could be read by other accounts")));
        auto ro = Database::openReadOnly(t.path()); // also a read-only open
        QCOMPARE(modeOf(t.path()), 0600);
        QVERIFY(::chmod(QFile::encodeName(t.path()).constData(), 0640) == 0);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("mode 640")));
        t.reopen();
        QCOMPARE(modeOf(t.path()), 0600);
    }

    void readOnlyOpenWritesNothingAndDoesNotMigrate()
    {
        test::TempDb t;
        t.db().setUserVersion(kSchemaVersion - 1); // as an older file would be
        auto ro = Database::openReadOnly(t.path());
        QVERIFY(ro->isReadOnly());
        QCOMPARE(ro->userVersion(), kSchemaVersion - 1);
        try {
            ro->exec("INSERT INTO households (address) VALUES ('2排2号')");
            QFAIL("a read-only connection wrote");
        } catch (const DbError& e) {
            QVERIFY(e.kind() == DbError::Kind::Sqlite);
        }
        QVERIFY_THROWS_EXCEPTION(DbError, Transaction tx(*ro));
        QVERIFY_THROWS_EXCEPTION(DbError, Database::openReadOnly(t.dirPath() + QStringLiteral("/none.db")));
        QVERIFY(!QFileInfo::exists(t.dirPath() + QStringLiteral("/none.db")));
    }

    void connectionsOfOneProcessShareTheWriterLock()
    {
        test::TempDb t;
        auto second = Database::open(t.path());
        second->exec("INSERT INTO households (address) VALUES ('5排1号')");
        QVERIFY(!second->isReadOnly());
    }

    void aSecondWritingProcessIsRefusedAndReadersStillRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("station.db"));
        QProcess holder;
        holder.start(QStringLiteral(LOCK_HOLDER_PATH), {path});
        QVERIFY(holder.waitForStarted());
        QVERIFY(holder.waitForReadyRead(10000));
        QCOMPARE(holder.readLine().trimmed(), QByteArray("ready"));

        try {
            Database::open(path);
            QFAIL("a second writing process was let in");
        } catch (const DbError& e) {
            QVERIFY(e.isLockedByOtherProgram());
            QVERIFY(e.holder());
            QCOMPARE(e.holder()->pid, holder.processId());
            QCOMPARE(e.holder()->program, QStringLiteral("lock_holder"));
            QCOMPARE(e.holder()->station, QStringLiteral("北门一号"));
            QCOMPARE(e.holder()->gate, QStringLiteral("north"));
            QVERIFY2(e.message().contains(QString::number(holder.processId())), qPrintable(e.message()));
        }
        auto reader = Database::openReadOnly(path);
        auto q = reader->prepare("SELECT name FROM station_identity");
        QVERIFY(q.step());
        QCOMPARE(q.text(0), QStringLiteral("北门一号"));

        // A holder that dies (here: killed, as by a power cut of the process) leaves no lock behind.
        holder.kill();
        QVERIFY(holder.waitForFinished(10000));
        auto writer = Database::open(path);
        writer->exec("INSERT INTO households (address) VALUES ('6排1号')");
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
