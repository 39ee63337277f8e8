// The station started in-process exactly as `gatepost --demo` starts it (app::StationApp, the
// composition root the binary runs): the demo community and volunteer, a folder of camera frames
// with a real pass card in them, the real scan pipeline. The pass gets its green verdict and is
// logged once.

#include "CameraFrames.h"
#include "app/DemoSetup.h"
#include "app/Station.h"
#include "app/gui/StationApp.h"
#include "core/Auth.h"
#include "core/Checkpoint.h"
#include "core/CrossingLog.h"
#include "core/Registry.h"
#include "gui/StationWindow.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace gatepost;

class TestStationApp : public QObject
{
    Q_OBJECT

private slots:
    void demoStationStartsAndScansAPass()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(QStringLiteral("demo.db"));
        app::ensureDemoDatabase(db); // what --demo does on the first start

        // A resident's pass that is green at the north gate going in, now.
        QString code, serial;
        {
            auto station = app::Station::open(db, app::Station::Mode::MustExist);
            core::PassFilter filter;
            filter.status = core::PassStatus::Active;
            filter.category = core::Category::RegisteredResident;
            filter.limit = 50;
            for (const core::Pass& p : station->registry().passes(filter)) {
                core::CheckInput in;
                in.codeText = core::Registry::qrText(p);
                in.gate = QStringLiteral("north");
                in.direction = core::Direction::In;
                if (station->checkpoint().evaluate(in).verdict == core::Verdict::Allow) {
                    code = in.codeText;
                    serial = p.serial;
                    break;
                }
            }
        }
        QVERIFY2(!code.isEmpty(), "no demo pass is green now");
        test::CameraFrames frames(dir.filePath(QStringLiteral("camera")));
        frames.addEmpty(3);
        frames.add(
            test::CameraFrames::frameWith(test::CameraFrames::card(code, serial, QStringLiteral("demo"))),
            12);

        app::StationApp stationApp;
        QCOMPARE(
            stationApp.start({QStringLiteral("gatepost"), QStringLiteral("--demo"), QStringLiteral("--db"),
                              db, QStringLiteral("--camera"), frames.folder(), QStringLiteral("--direction"),
                              QStringLiteral("in"), QStringLiteral("--windowed")}),
            0);
        gui::StationWindow* window = stationApp.gateWindow();
        QVERIFY(window);
        QCOMPARE(window->signedOn().name, QStringLiteral("demo"));
        QCOMPARE(window->gate(), QStringLiteral("north"));

        QList<core::Verdict> shown;
        connect(window, &gui::StationWindow::verdictShown, this, [&shown](core::Verdict v) { shown << v; });
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 30000);
        QCOMPARE(core::toString(shown.first()), QStringLiteral("allow"));
        QCOMPARE(window->currentPage(), gui::StationWindow::Page::Verdict);

        // The card stays in view for a while: still one crossing, as the app's log shows it.
        QTest::qWait(1500);
        auto reader = app::Station::open(db, app::Station::Mode::MustExist, app::Station::Access::ReadOnly);
        int crossings = 0;
        for (const core::CrossingEntry& e : reader->log().query({}, {})) {
            if (e.passSerial == serial) {
                ++crossings;
                QCOMPARE(e.operatorName, QStringLiteral("demo"));
                QCOMPARE(core::toString(e.verdict), QStringLiteral("allow"));
            }
        }
        QCOMPARE(crossings, 1);
    }

    // A new station (gatepost-cli init, nobody added yet) opens the first-run step, not a sign-on
    // list nobody can pass; the admin created there is the one signed on at the gate.
    void aNewStationStartsWithTheFirstAdmin()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("south.db"));
        {
            auto station = app::Station::open(db, app::Station::Mode::CreateIfMissing);
            station->registry().initStation(QStringLiteral("south-1"), QStringLiteral("south"));
            QVERIFY(!station->auth().hasOperators());
        }
        bool sawFirstRun = false;
        QTimer::singleShot(0, this, [&sawFirstRun] {
            QWidget* dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            sawFirstRun = dialog->objectName() == QLatin1String("FirstRunDialog");
            QVERIFY(sawFirstRun);
            dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setText(QStringLiteral("刘主任"));
            dialog->findChild<QLineEdit*>(QStringLiteral("pinEdit"))->setText(QStringLiteral("2580"));
            dialog->findChild<QLineEdit*>(QStringLiteral("pinAgainEdit"))->setText(QStringLiteral("2580"));
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("createButton")),
                              Qt::LeftButton);
        });
        app::StationApp stationApp;
        QCOMPARE(stationApp.start(
                     {QStringLiteral("gatepost"), QStringLiteral("--db"), db, QStringLiteral("--windowed")}),
                 0);
        QVERIFY(sawFirstRun);
        QVERIFY(stationApp.gateWindow());
        QCOMPARE(stationApp.gateWindow()->signedOn().name, QStringLiteral("刘主任"));
        QVERIFY(stationApp.gateWindow()->signedOn().role == core::Role::Admin);
        QCOMPARE(stationApp.gateWindow()->gate(), QStringLiteral("south"));
    }
};

QTEST_MAIN(TestStationApp)
#include "TestStationApp.moc"
