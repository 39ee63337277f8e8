// The kiosk window takes the whole screen by itself, as it must on a gate PC with no window
// manager, and follows the window to another screen. The offscreen platform is given two
// screens of the sizes gate PCs have (a 1366x768 laptop and a 1920x1080 monitor).

#include "StationFixture.h"

#include <QFile>
#include <QScreen>
#include <QTemporaryDir>
#include <QWindow>

using namespace gatepost;

class TestKiosk : public QObject, protected test::StationFixture
{
    Q_OBJECT

private:
    std::unique_ptr<gui::StationWindow> kiosk()
    {
        core::StationSettings settings;
        settings.kiosk = true;
        settings.muted = true;
        core::Operator op;
        op.name = QStringLiteral("Li Wei");
        return std::make_unique<gui::StationWindow>(*m_services, settings, op, nullptr);
    }

private slots:
    void initTestCase() { setUp(); }
    void cleanupTestCase() { tearDown(); }

    void theScreensAreThoseOfAGatePc()
    {
        const auto screens = QGuiApplication::screens();
        QCOMPARE(screens.size(), 2);
        QCOMPARE(screens.at(0)->geometry(), QRect(0, 0, 1366, 768));
        QCOMPARE(screens.at(1)->geometry(), QRect(1366, 0, 1920, 1080));
    }

    void kioskTakesTheWholeScreen()
    {
        auto w = kiosk();
        QCOMPARE(w->size(), QSize(1280, 800)); // its own size before it is shown
        w->present();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QVERIFY(w->isFullScreen());
        QCOMPARE(w->screen(), QGuiApplication::screens().at(0));
        QCOMPARE(w->geometry(), QRect(0, 0, 1366, 768));
        // The bottom row is on the screen, not cut off below it.
        auto* incident = child<QPushButton>(w.get(), "incidentButton");
        const QRect r(incident->mapTo(w.get(), QPoint()), incident->size());
        QVERIFY2(QRect(QPoint(), w->size()).contains(r),
                 qPrintable(QStringLiteral("%1,%2").arg(r.bottom()).arg(r.right())));
    }

    void kioskFollowsTheWindowToAnotherScreen()
    {
        auto w = kiosk();
        w->present();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QScreen* monitor = QGuiApplication::screens().at(1);
        w->windowHandle()->setScreen(monitor);
        QTRY_COMPARE(w->screen(), monitor);
        QTRY_COMPARE(w->geometry(), monitor->geometry());
        // And back to the laptop's own screen.
        w->windowHandle()->setScreen(QGuiApplication::screens().at(0));
        QTRY_COMPARE(w->geometry(), QRect(0, 0, 1366, 768));
    }

    void aWindowedStationFitsTheScreenToo()
    {
        core::StationSettings settings;
        settings.kiosk = false;
        settings.muted = true;
        gui::StationWindow w(*m_services, settings, core::Operator{}, nullptr);
        QCOMPARE(w.size(), QSize(1280, 800));
        w.present();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!w.isFullScreen());
        QCOMPARE(w.size(), QSize(1280, 768)); // no taller than the laptop's screen
    }
};

int main(int argc, char** argv)
{
    // Two screens for the offscreen platform, before the application exists.
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screens.json"));
    QFile f(config);
    if (!f.open(QIODevice::WriteOnly))
        return 2;
    f.write(R"({"screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "logicalBpi": 96, "dpr": 1},
        {"name": "monitor", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "logicalBpi": 96, "dpr": 1}
    ]})");
    f.close();
    qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + config.toUtf8());
    QApplication app(argc, argv);
    TestKiosk test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestKiosk.moc"
