#include "print/QrEncoder.h"
#include "scan/DemoClip.h"
#include "scan/ScanPipeline.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace gatepost::scan;

namespace {

const QStringList kPasses = {QStringLiteral("GP1:0000101:01:0123456789ABCDEF"),
                             QStringLiteral("GP1:0000102:01:GHJKMNPQRSTVWXYZ"),
                             QStringLiteral("GP1:0000103:03:ABCDEFGHJKMNPQRS")};

// A pass code on a grey background, like a card held up to a webcam.
QImage passFrame(const QString& text)
{
    QImage canvas(640, 480, QImage::Format_Grayscale8);
    canvas.fill(170);
    const QImage code = gatepost::print::QrEncoder::render(text, 6, 4);
    QPainter p(&canvas);
    p.drawImage((canvas.width() - code.width()) / 2, (canvas.height() - code.height()) / 2, code);
    return canvas;
}

QImage emptyFrame()
{
    QImage canvas(640, 480, QImage::Format_Grayscale8);
    canvas.fill(170);
    return canvas;
}

// Writes a numbered image sequence: each pass held for `hold` frames, `gap` empty frames after
// it. Each distinct picture is encoded once and copied, as a camera folder of JPEG dumps would be.
int writeFolder(const QString& dir, const QStringList& passes, int hold, int gap)
{
    QDir().mkpath(dir);
    const QString emptyPath = dir + QStringLiteral("/empty.tmp");
    emptyFrame().save(emptyPath, "PNG");
    int n = 0;
    auto copy = [&](const QString& from) {
        QFile::copy(from, dir + QStringLiteral("/%1.png").arg(n++, 5, 10, QLatin1Char('0')));
    };
    for (const QString& text : passes) {
        const QString held = dir + QStringLiteral("/held.tmp");
        passFrame(text).save(held, "PNG");
        for (int i = 0; i < hold; ++i)
            copy(held);
        QFile::remove(held);
        for (int i = 0; i < gap; ++i)
            copy(emptyPath);
    }
    QFile::remove(emptyPath);
    return n;
}

SourceSpec specFor(const QString& location, double fps, bool loop)
{
    SourceSpec s;
    QString error;
    if (!SourceSpec::parse(location, &s, &error))
        qFatal("parse: %s", qPrintable(error));
    s.fps = fps;
    s.loop = loop;
    return s;
}

QStringList texts(const QSignalSpy& spy)
{
    QStringList out;
    for (const QList<QVariant>& args : spy)
        out << args.at(0).toString();
    return out;
}

CameraState lastState(const QSignalSpy& spy)
{
    return spy.isEmpty() ? CameraState::Stopped : spy.last().at(0).value<CameraState>();
}

} // namespace

class TestScanPipeline : public QObject
{
    Q_OBJECT

private slots:
    void threePassesHeldInAFolderAreThreeReadsInOrder()
    {
        QTemporaryDir dir;
        writeFolder(dir.path(), kPasses, 12, 6);
        ScanPipeline pipeline;
        QSignalSpy reads(&pipeline, &ScanPipeline::codeRead);
        QSignalSpy states(&pipeline, &ScanPipeline::stateChanged);
        const qint64 before = ScanPipeline::monotonicMs();
        pipeline.start(specFor(dir.path(), 50, false)); // 12 frames = 240 ms per pass
        QCOMPARE(toString(pipeline.state()), QStringLiteral("opening"));
        QTRY_COMPARE_WITH_TIMEOUT(toString(pipeline.state()), QStringLiteral("stopped"), 10000);
        QCOMPARE(states.last().at(1).toString(), QStringLiteral("end of clip"));
        QCOMPARE(texts(reads), kPasses);
        QVERIFY(pipeline.stats().sightings > 3); // each pass was decoded more than once ...
        QCOMPARE(pipeline.stats().reads, 3);     // ... and read once

        const auto timing = reads.first().at(1).value<ReadTiming>();
        QVERIFY(timing.capturedMs >= before);
        QVERIFY(timing.decodedMs >= timing.capturedMs);
        QVERIFY(timing.frameSequence >= 1 && timing.frameSequence <= 12);
        QVERIFY(timing.decodeMs > 0);
    }

    void aPassBackAfterLongerThanTheHoldIsANewRead()
    {
        QTemporaryDir dir;
        const int frames = writeFolder(dir.path(), kPasses, 12, 20); // gaps of 200 ms at 100 fps
        ScanPipeline::Options o;
        o.repeatHoldMs = 150;
        ScanPipeline pipeline(o);
        QSignalSpy reads(&pipeline, &ScanPipeline::codeRead);
        pipeline.start(specFor(dir.path(), 100, true));
        QTRY_VERIFY_WITH_TIMEOUT(reads.count() >= 6, 10000);
        QVERIFY(pipeline.stats().framesCaptured > frames); // the second loop
        QCOMPARE(texts(reads).mid(0, 6), kPasses + kPasses);
    }

    void aPassBackWithinTheHoldIsNotReadAgain()
    {
        QTemporaryDir dir;
        const int frames = writeFolder(dir.path(), kPasses.mid(0, 1), 12, 6);
        ScanPipeline pipeline; // hold 3 s; one loop takes 180 ms
        QSignalSpy reads(&pipeline, &ScanPipeline::codeRead);
        pipeline.start(specFor(dir.path(), 100, true));
        QTRY_VERIFY_WITH_TIMEOUT(pipeline.stats().framesCaptured > 3 * frames, 10000);
        QCOMPARE(texts(reads), kPasses.mid(0, 1));
    }

    void thirtySecondsOfOnePassIsOneRead()
    {
        // 30 s at 30 fps = 900 frames, played as fast as the folder can be read (about 2 s).
        // With a 1 s hold this also shows that the hold is about gaps between sightings, not
        // a window from the first one: the pass stays in view longer than the hold.
        QTemporaryDir dir;
        const int frames = writeFolder(dir.path(), kPasses.mid(1, 1), 900, 3);
        ScanPipeline::Options o;
        o.repeatHoldMs = 1000;
        ScanPipeline pipeline(o);
        QSignalSpy reads(&pipeline, &ScanPipeline::codeRead);
        QElapsedTimer t;
        t.start();
        pipeline.start(specFor(dir.path(), 500, false));
        QTRY_COMPARE_WITH_TIMEOUT(toString(pipeline.state()), QStringLiteral("stopped"), 20000);
        QVERIFY2(t.elapsed() > 1000, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(pipeline.stats().framesCaptured, frames);
        QVERIFY2(pipeline.stats().sightings > 100, qPrintable(QString::number(pipeline.stats().sightings)));
        QCOMPARE(texts(reads), kPasses.mid(1, 1));
    }

    void resetRepeatReadsTheHeldPassAgain()
    {
        QTemporaryDir dir;
        writeFolder(dir.path(), kPasses.mid(0, 1), 300, 0);
        ScanPipeline pipeline;
        QSignalSpy reads(&pipeline, &ScanPipeline::codeRead);
        pipeline.start(specFor(dir.path(), 100, false));
        QTRY_COMPARE_WITH_TIMEOUT(reads.count(), 1, 5000);
        pipeline.resetRepeat(); // the volunteer dismissed the verdict; the card is still up
        QTRY_COMPARE_WITH_TIMEOUT(reads.count(), 2, 5000);
        QCOMPARE(texts(reads), kPasses.mid(0, 1) + kPasses.mid(0, 1));
        pipeline.stop();
    }

    void aVideoClipIsDecoded()
    {
        QTemporaryDir dir;
        QList<QImage> cards;
        for (const QString& t : kPasses)
            cards << passFrame(t);
        const QString clip = dir.filePath(QStringLiteral("demo.avi"));
        QString error;
        QVERIFY2(writeDemoClip(cards, clip, &error, 50, 0.4), qPrintable(error));
        ScanPipeline pipeline;
        QSignalSpy reads(&pipeline, &ScanPipeline::codeRead);
        QSignalSpy previews(&pipeline, &ScanPipeline::framePreview);
        pipeline.start(specFor(clip, 15, false));
        QTRY_COMPARE_WITH_TIMEOUT(toString(pipeline.state()), QStringLiteral("stopped"), 10000);
        QCOMPARE(texts(reads), kPasses);
        QCOMPARE(pipeline.stats().framesCaptured, demoClipFrameCount(3, 50, 0.4));
        // A preview about every 100 ms of a 2.7 s clip, 320 px wide.
        QVERIFY2(previews.count() >= 15 && previews.count() <= 30,
                 qPrintable(QString::number(previews.count())));
        const QImage preview = previews.first().at(0).value<QImage>();
        QCOMPARE(preview.width(), 320);
        QCOMPARE(preview.height(), 240);
    }

    void aMissingCameraIsLostAndRetried()
    {
        ScanPipeline pipeline;
        QSignalSpy states(&pipeline, &ScanPipeline::stateChanged);
        QElapsedTimer t;
        t.start();
        pipeline.start(specFor(QStringLiteral("/dev/video99"), 15, true));
        QTRY_COMPARE_WITH_TIMEOUT(toString(pipeline.state()), QStringLiteral("lost"), 3000);
        QVERIFY(t.elapsed() < 3000);
        QCOMPARE(states.last().at(1).toString(), QStringLiteral("camera /dev/video99 cannot be opened"));
        // Backoff 500 ms, then 1000 ms: the third attempt comes about 1.5 s after the first.
        QTRY_VERIFY_WITH_TIMEOUT(pipeline.stats().openAttempts >= 3, 3000);
        QVERIFY(t.elapsed() >= 1400);
        // Lost was reported once, not on every retry.
        QCOMPARE(states.count(), 2); // opening, lost
        QElapsedTimer stopping;
        stopping.start();
        pipeline.stop();
        QVERIFY(stopping.elapsed() < 1000);
        QCOMPARE(toString(pipeline.state()), QStringLiteral("stopped"));
    }

    void aFolderThatGoesAwayIsLostAndComesBackByItself()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("frames"));
        const QString aside = tmp.filePath(QStringLiteral("aside"));
        writeFolder(dir, kPasses, 12, 20);
        ScanPipeline::Options o;
        o.reopenMinMs = 100;
        o.reopenMaxMs = 400;
        o.repeatHoldMs = 150;
        ScanPipeline pipeline(o);
        QSignalSpy reads(&pipeline, &ScanPipeline::codeRead);
        QSignalSpy states(&pipeline, &ScanPipeline::stateChanged);
        pipeline.start(specFor(dir, 100, true));
        QTRY_COMPARE_WITH_TIMEOUT(toString(pipeline.state()), QStringLiteral("live"), 3000);
        QTRY_VERIFY_WITH_TIMEOUT(reads.count() >= 1, 3000);

        QVERIFY(QDir().rename(dir, aside)); // the USB stick is pulled
        QTRY_COMPARE_WITH_TIMEOUT(toString(pipeline.state()), QStringLiteral("lost"), 3000);
        QCOMPARE(states.last().at(1).toString(), QStringLiteral("image folder %1 is missing").arg(dir));
        const int attempts = pipeline.stats().openAttempts;
        QTRY_VERIFY_WITH_TIMEOUT(pipeline.stats().openAttempts >= attempts + 2, 3000);

        const int readsBefore = int(reads.count());
        QVERIFY(QDir().rename(aside, dir)); // and put back
        QTRY_COMPARE_WITH_TIMEOUT(toString(pipeline.state()), QStringLiteral("live"), 3000);
        QTRY_VERIFY_WITH_TIMEOUT(reads.count() > readsBefore, 5000);
    }

    void aSourceThatStopsDeliveringIsStalledThenLiveAgain()
    {
        // A folder paced at one picture every 1.2 s stands in for a camera whose read hangs: the
        // watchdog, not the (waiting) capture thread, notices the missing frames.
        QTemporaryDir dir;
        writeFolder(dir.path(), kPasses.mid(0, 1), 1, 1);
        ScanPipeline::Options o;
        o.stallTimeoutMs = 500;
        ScanPipeline pipeline(o);
        QSignalSpy states(&pipeline, &ScanPipeline::stateChanged);
        pipeline.start(specFor(dir.path(), 1 / 1.2, true));
        QTRY_COMPARE_WITH_TIMEOUT(toString(pipeline.state()), QStringLiteral("live"), 2000);
        QTRY_COMPARE_WITH_TIMEOUT(toString(pipeline.state()), QStringLiteral("stalled"), 2000);
        QCOMPARE(states.last().at(1).toString(), QStringLiteral("no new frame for 0.5 s"));
        QTRY_COMPARE_WITH_TIMEOUT(toString(pipeline.state()), QStringLiteral("live"), 2000);
    }

    void garbageGivesAPlainDetailAndNoCrash()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("frames"));
        QDir().mkpath(folder);
        QFile text(folder + QStringLiteral("/0001.png"));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("hello, I am not a picture");
        text.close();
        QFile video(dir.filePath(QStringLiteral("clip.avi")));
        QVERIFY(video.open(QIODevice::WriteOnly));
        video.write(QByteArray(4096, 'x'));
        video.close();

        ScanPipeline pipeline;
        QSignalSpy states(&pipeline, &ScanPipeline::stateChanged);
        pipeline.start(specFor(folder, 15, true));
        QTRY_COMPARE_WITH_TIMEOUT(toString(pipeline.state()), QStringLiteral("lost"), 3000);
        QCOMPARE(states.last().at(1).toString(),
                 QStringLiteral("image folder %1 has no readable images").arg(QDir::cleanPath(folder)));

        pipeline.start(specFor(video.fileName(), 15, true));
        QTRY_COMPARE_WITH_TIMEOUT(toString(pipeline.state()), QStringLiteral("lost"), 3000);
        QCOMPARE(states.last().at(1).toString(),
                 QStringLiteral("video file %1 cannot be opened (not a video OpenCV can read)")
                     .arg(video.fileName()));
        QCOMPARE(toString(lastState(states)), QStringLiteral("lost"));
    }

    void stopReturnsQuicklyEvenWhenAReadBlocks()
    {
        // A named pipe with no writer: opening it blocks inside OpenCV/FFmpeg, like a stalled driver.
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("stuck.avi"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        SourceSpec spec;
        spec.kind = SourceSpec::Kind::VideoFile;
        spec.location = fifo;
        auto* pipeline = new ScanPipeline;
        pipeline->start(spec);
        QTest::qWait(300); // let the capture thread get stuck in open()
        QCOMPARE(pipeline->stats().openAttempts, 1);
        QElapsedTimer t;
        t.start();
        delete pipeline; // the destructor stops too
        QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
        // Unblock the abandoned thread so it can finish (it posts nothing: the pipeline is gone).
        const int fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK);
        if (fd >= 0)
            ::close(fd);
        QTest::qWait(200);
    }
};

QTEST_MAIN(TestScanPipeline)
#include "TestScanPipeline.moc"
