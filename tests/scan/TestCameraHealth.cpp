#include "scan/CameraHealth.h"

#include <QTest>

using namespace gatepost::scan;

namespace {

CameraHealth::Options deviceOptions(int frozenFrames = 5)
{
    CameraHealth::Options o;
    o.frozenFrames = frozenFrames;
    o.detectFrozen = true;
    return o;
}

Frame grey(int value, int w = 320, int h = 240)
{
    QImage img(w, h, QImage::Format_Grayscale8);
    img.fill(value);
    return Frame::fromImage(img);
}

} // namespace

class TestCameraHealth : public QObject
{
    Q_OBJECT

private slots:
    void liveOnTheFirstFrame()
    {
        CameraHealth h(deviceOptions());
        QVERIFY(h.opening(QStringLiteral("opening camera 0")));
        QCOMPARE(toString(h.state()), QStringLiteral("opening"));
        QVERIFY(!h.opened(1000)); // open is not yet live: no frame seen
        QVERIFY(h.frame(1030, 1));
        QCOMPARE(toString(h.state()), QStringLiteral("live"));
        QVERIFY(h.detail().isEmpty());
    }

    void stalledAfterTwoSecondsWithoutAFrame()
    {
        CameraHealth h(deviceOptions());
        h.opening({});
        h.opened(0);
        h.frame(100, 1);
        QVERIFY(!h.tick(2099));
        QCOMPARE(toString(h.state()), QStringLiteral("live"));
        QVERIFY(h.tick(2100));
        QCOMPARE(toString(h.state()), QStringLiteral("stalled"));
        QCOMPARE(h.detail(), QStringLiteral("no new frame for 2 s"));
        QVERIFY(!h.tick(2600)); // reported once
        QVERIFY(h.frame(2700, 2));
        QCOMPARE(toString(h.state()), QStringLiteral("live"));
    }

    void anOpenCameraThatNeverSendsStalls()
    {
        CameraHealth h(deviceOptions());
        h.opening({});
        h.opened(500);
        QVERIFY(!h.tick(2499));
        QVERIFY(h.tick(2500));
        QCOMPARE(toString(h.state()), QStringLiteral("stalled"));
    }

    void noStallWhileClosedOrStopped()
    {
        CameraHealth h(deviceOptions());
        h.opening({});
        QVERIFY(!h.tick(60000)); // never opened
        h.opened(0);
        h.frame(0, 1);
        QVERIFY(h.stopped(QStringLiteral("end of clip")));
        QVERIFY(!h.tick(60000));
        QCOMPARE(toString(h.state()), QStringLiteral("stopped"));
        QCOMPARE(h.detail(), QStringLiteral("end of clip"));
    }

    void frozenAfterNIdenticalFramesOnADevice()
    {
        CameraHealth h(deviceOptions(5));
        h.opening({});
        h.opened(0);
        for (int i = 0; i < 4; ++i)
            h.frame(i * 33, 42);
        QCOMPARE(toString(h.state()), QStringLiteral("live"));
        QVERIFY(!h.takeReopenRequest());
        QVERIFY(h.frame(4 * 33, 42)); // the fifth identical picture in a row
        QCOMPARE(toString(h.state()), QStringLiteral("frozen"));
        QCOMPARE(h.detail(), QStringLiteral("the camera repeats the same picture"));
        QVERIFY(h.takeReopenRequest());
        QVERIFY(!h.takeReopenRequest()); // once
        QCOMPARE(h.lastBackoffMs(), 500);

        // Reopened, and the driver still repeats the last frame: stays Frozen, backs off more.
        h.opened(700);
        for (int i = 0; i < 5; ++i)
            QVERIFY(!h.frame(700 + i * 33, 42));
        QCOMPARE(toString(h.state()), QStringLiteral("frozen"));
        QVERIFY(h.takeReopenRequest());
        QCOMPARE(h.lastBackoffMs(), 1000);

        h.opened(2000);
        QVERIFY(h.frame(2000, 43)); // a changing picture again
        QCOMPARE(toString(h.state()), QStringLiteral("live"));
        QCOMPARE(h.failuresInARow(), 0);
    }

    void anyChangeResetsTheIdenticalCount()
    {
        CameraHealth h(deviceOptions(5));
        h.opening({});
        h.opened(0);
        for (int i = 0; i < 100; ++i)
            h.frame(i * 33, quint64(i / 4)); // never five in a row
        QCOMPARE(toString(h.state()), QStringLiteral("live"));
    }

    void imageFoldersAreNeverFrozen()
    {
        CameraHealth::Options o = deviceOptions(5);
        o.detectFrozen = false; // a folder of copies of one JPEG is identical on purpose
        CameraHealth h(o);
        h.opening({});
        h.opened(0);
        for (int i = 0; i < 1000; ++i)
            h.frame(i * 5, 42);
        QCOMPARE(toString(h.state()), QStringLiteral("live"));
        QVERIFY(!h.takeReopenRequest());
    }

    void backoffDoublesUpToTheCap()
    {
        CameraHealth h(deviceOptions());
        h.opening({});
        const QString why = QStringLiteral("camera /dev/video0 cannot be opened");
        QList<int> delays;
        qint64 now = 0;
        for (int i = 0; i < 6; ++i) {
            const bool changed = h.openFailed(now, why);
            QCOMPARE(changed, i == 0); // Lost is reported once, not on every retry
            delays << h.lastBackoffMs();
            QCOMPARE(h.reopenAtMs(), now + h.lastBackoffMs());
            now = h.reopenAtMs();
        }
        QCOMPARE(delays, (QList<int>{500, 1000, 2000, 4000, 8000, 8000}));
        QCOMPARE(toString(h.state()), QStringLiteral("lost"));
        QCOMPARE(h.detail(), why);
    }

    void aWorkingCameraResetsTheBackoff()
    {
        CameraHealth h(deviceOptions());
        h.opening({});
        h.openFailed(0, QStringLiteral("x"));
        h.openFailed(500, QStringLiteral("x"));
        QCOMPARE(h.lastBackoffMs(), 1000);
        h.opened(1500);
        QVERIFY(h.frame(1520, 7));
        QCOMPARE(toString(h.state()), QStringLiteral("live"));
        QVERIFY(h.readFailed(5000, QStringLiteral("camera 0 stopped sending pictures")));
        QCOMPARE(h.lastBackoffMs(), 500);
        QCOMPARE(toString(h.state()), QStringLiteral("lost"));
        QCOMPARE(h.detail(), QStringLiteral("camera 0 stopped sending pictures"));
    }

    void hashTellsPicturesApart()
    {
        const Frame a = grey(100);
        QCOMPARE(CameraHealth::hashFrame(a), CameraHealth::hashFrame(grey(100)));
        QVERIFY(CameraHealth::hashFrame(a) != CameraHealth::hashFrame(grey(101)));
        QVERIFY(CameraHealth::hashFrame(a) != CameraHealth::hashFrame(grey(100, 240, 320)));
        // Sensor noise: a few grey levels here and there change the hash.
        QImage noisy = a.toImage();
        for (int y = 0; y < noisy.height(); y += 3)
            for (int x = 0; x < noisy.width(); x += 3)
                noisy.scanLine(y)[x] = uchar(100 + (x / 3 + y / 3) % 2);
        QVERIFY(CameraHealth::hashFrame(a) != CameraHealth::hashFrame(Frame::fromImage(noisy)));
    }
};

QTEST_GUILESS_MAIN(TestCameraHealth)
#include "TestCameraHealth.moc"
