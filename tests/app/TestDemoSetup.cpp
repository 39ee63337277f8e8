// --demo only on a demo file: a real station's file is refused before anything is written to it.

#include "app/DemoSetup.h"
#include "app/Station.h"
#include "core/Auth.h"
#include "core/Database.h"
#include "core/DemoCommunity.h"
#include "core/Registry.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace gatepost;

namespace {

QByteArray digest(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

} // namespace

class TestDemoSetup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void aRealStationsFileIsRefusedUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("real.db"));
        {
            auto station = app::Station::open(path, app::Station::Mode::CreateIfMissing);
            station->registry().initStation(QStringLiteral("北门一号"), QStringLiteral("north"));
            // Schema 2, as an older station's file: a write-mode open would migrate it.
            station->db().exec("PRAGMA user_version = 2");
        }
        const QByteArray before = digest(path);
        try {
            app::ensureDemoDatabase(path);
            QFAIL("--demo opened a real station's file");
        } catch (const core::DbError& e) {
            QVERIFY(e.kind() == core::DbError::Kind::NotDemo);
            QVERIFY2(e.message().contains(QStringLiteral("not a demo file")), qPrintable(e.message()));
        }
        QCOMPARE(digest(path), before); // no operator, no migration, nothing
        // A read-only open may leave SQLite's empty -wal index beside the file, never a page.
        QCOMPARE(QFile(path + QStringLiteral("-wal")).size(), 0);
    }

    void aFileThatIsNotADatabaseIsRefusedToo()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("shopping list\n");
        f.close();
        QVERIFY_THROWS_EXCEPTION(core::DbError, app::ensureDemoDatabase(path));
        QCOMPARE(QFile(path).size(), 14);
    }

    void aNewFileBecomesADemoFileAndIsAcceptedAgain()
    {
        const QString path = m_dir.filePath(QStringLiteral("new/demo.db"));
        app::ensureDemoDatabase(path);
        app::ensureDemoDatabase(path); // a second start on its own file
        auto station =
            app::Station::open(path, app::Station::Mode::MustExist, app::Station::Access::ReadOnly);
        QVERIFY(core::isDemoFile(station->db()));
        QCOMPARE(station->auth().operators().size(), 2);
        QVERIFY(station->registry().counts().households > 0);
    }

    void aFileFromDemoCommunityIsAccepted()
    {
        const QString path = m_dir.filePath(QStringLiteral("cli-demo.db"));
        {
            auto station = app::Station::open(path, app::Station::Mode::CreateIfMissing);
            core::DemoOptions opts;
            opts.today = QDate(2026, 3, 1);
            core::generateDemoCommunity(station->db(), opts);
        }
        app::requireDemoFile(path);
        app::ensureDemoDatabase(path);
    }
};

QTEST_GUILESS_MAIN(TestDemoSetup)
#include "TestDemoSetup.moc"
