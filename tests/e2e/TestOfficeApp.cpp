// The office started in-process as `gatepost --demo --gate office` starts it (app::StationApp):
// the office window with the demo clerk signed on and the registry's tabs; on a real station
// file with operators, the office waits at its sign-on.

#include "app/DemoSetup.h"
#include "app/Station.h"
#include "app/gui/StationApp.h"
#include "core/Auth.h"
#include "core/Duty.h"
#include "core/Registry.h"
#include "gui/office/OfficeSignOn.h"
#include "gui/office/OfficeWindow.h"
#include "gui/office/RegistryPage.h"

#include <QApplication>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace gatepost;

class TestOfficeApp : public QObject
{
    Q_OBJECT

private slots:
    void theDemoOfficeOpensWithTheClerkSignedOn()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("demo.db"));
        app::ensureDemoDatabase(db);
        app::StationApp office;
        QCOMPARE(office.start({QStringLiteral("gatepost"), QStringLiteral("--demo"), QStringLiteral("--db"),
                               db, QStringLiteral("--gate"), QStringLiteral("office"),
                               QStringLiteral("--camera"), QStringLiteral(GATEPOST_TEST_DATA "/frames"),
                               QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--windowed")}),
                 0);
        QVERIFY(office.gateWindow() == nullptr);
        gui::OfficeWindow* w = office.officeWindow();
        QVERIFY(w);
        QVERIFY(w->isVisible());
        QVERIFY(w->signedOn());
        QCOMPARE(w->signedOn()->name, QStringLiteral("office"));
        QCOMPARE(core::toString(w->signedOn()->role), QStringLiteral("staff"));
        // The registry's four tabs, then the import and the returnees.
        QCOMPARE(w->tabs()->count(), 6);
        QVERIFY(w->tabs()->findChild<QWidget*>(QStringLiteral("importPanel")));
        QVERIFY(w->tabs()->findChild<QWidget*>(QStringLiteral("returneesPanel")));
        gui::office::RegistryPage* people = w->page("peoplePage");
        QVERIFY(people);
        QVERIFY(people->model()->rowCount() > 0); // the demo community's first rows
    }

    void aRealOfficeWaitsAtItsSignOn()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("office.db"));
        {
            auto station = app::Station::open(db, app::Station::Mode::CreateIfMissing);
            station->registry().initStation(QStringLiteral("office"), QStringLiteral("office"));
            station->auth().createFirstAdmin(QStringLiteral("admin"), QStringLiteral("9876"));
        }
        app::StationApp office;
        QCOMPARE(office.start({QStringLiteral("gatepost"), QStringLiteral("--db"), db,
                               QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--windowed")}),
                 0);
        gui::OfficeWindow* w = office.officeWindow();
        QVERIFY(w);
        QVERIFY(!w->signedOn());
        QVERIFY(w->signOnPage()->isVisible());
        QCOMPARE(w->tabs()->count(), 0);
    }

    void staffAtTheOfficeAreOnDutyUntilTheySignOff()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("office.db"));
        {
            auto station = app::Station::open(db, app::Station::Mode::CreateIfMissing);
            station->registry().initStation(QStringLiteral("office"), QStringLiteral("office"));
            station->auth().createFirstAdmin(QStringLiteral("admin"), QStringLiteral("9876"));
        }
        const auto sessions = [&] {
            auto reader =
                app::Station::open(db, app::Station::Mode::MustExist, app::Station::Access::ReadOnly);
            return core::DutyLog(reader->db(), reader->clock()).sessions();
        };
        {
            app::StationApp office;
            QCOMPARE(
                office.start({QStringLiteral("gatepost"), QStringLiteral("--db"), db,
                              QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--windowed")}),
                0);
            gui::OfficeWindow* w = office.officeWindow();
            std::optional<core::Operator> admin;
            {
                auto reader =
                    app::Station::open(db, app::Station::Mode::MustExist, app::Station::Access::ReadOnly);
                for (const core::Operator& op : reader->auth().operators())
                    if (op.name == QStringLiteral("admin"))
                        admin = op;
            }
            QVERIFY(admin);
            QVERIFY(w->signOn(*admin));
            QList<core::DutySession> s = sessions();
            QCOMPARE(s.size(), 1);
            QCOMPARE(s.first().operatorName, QStringLiteral("admin"));
            QCOMPARE(s.first().gate, QStringLiteral("office"));
            QVERIFY(s.first().isOpen());

            w->signOff();
            s = sessions();
            QCOMPARE(core::toString(s.first().closedHow), QStringLiteral("sign_off"));

            QVERIFY(w->signOn(*admin)); // on again; closing the office ends it
        }
        const QList<core::DutySession> s = sessions();
        QCOMPARE(s.size(), 2);
        QCOMPARE(core::toString(s.last().closedHow), QStringLiteral("sign_off"));
    }
};

QTEST_MAIN(TestOfficeApp)
#include "TestOfficeApp.moc"
