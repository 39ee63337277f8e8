#include "print/QrEncoder.h"
#include "scan/DemoClip.h"
#include "scan/FrameSource.h"
#include "scan/QrDecoder.h"

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace gatepost::scan;

namespace {

QImage passCard(const QString& text)
{
    const QImage code = gatepost::print::QrEncoder::render(text, 6, 4);
    QImage canvas(480, 360, QImage::Format_Grayscale8);
    canvas.fill(190);
    QPainter p(&canvas);
    p.drawImage((canvas.width() - code.width()) / 2, (canvas.height() - code.height()) / 2, code);
    return canvas;
}

QImage plain(int value, int width = 64)
{
    QImage img(width, 48, QImage::Format_Grayscale8);
    img.fill(value);
    return img;
}

bool writeText(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

SourceSpec folderSpec(const QString& dir, bool loop)
{
    SourceSpec s;
    QString error;
    if (!SourceSpec::parse(dir, &s, &error))
        qFatal("parse: %s", qPrintable(error));
    s.loop = loop;
    return s;
}

} // namespace

class TestFrameSource : public QObject
{
    Q_OBJECT

private slots:
    void parseTellsTheKinds()
    {
        QTemporaryDir dir;
        QVERIFY(writeText(dir.filePath(QStringLiteral("clip.avi")), "x"));
        SourceSpec s;
        QString error;

        QVERIFY(SourceSpec::parse(QStringLiteral("0"), &s, &error));
        QCOMPARE(s.kind, SourceSpec::Kind::Device);
        QCOMPARE(s.index, 0);
        QVERIFY(s.location.isEmpty());
        QCOMPARE(s.describe(), QStringLiteral("camera 0"));

        QVERIFY(SourceSpec::parse(QStringLiteral(" 2 "), &s, &error));
        QCOMPARE(s.index, 2);

        QVERIFY(SourceSpec::parse(QStringLiteral("/dev/v4l/by-id/usb-cam-video-index0"), &s, &error));
        QCOMPARE(s.kind, SourceSpec::Kind::Device);
        QCOMPARE(s.location, QStringLiteral("/dev/v4l/by-id/usb-cam-video-index0"));
        QCOMPARE(s.describe(), QStringLiteral("camera /dev/v4l/by-id/usb-cam-video-index0"));

        QVERIFY(SourceSpec::parse(dir.path() + QStringLiteral("/"), &s, &error));
        QCOMPARE(s.kind, SourceSpec::Kind::ImageFolder);
        QCOMPARE(s.location, QDir::cleanPath(dir.path()));
        QCOMPARE(s.describe(), QStringLiteral("image folder ") + QDir::cleanPath(dir.path()));

        QVERIFY(SourceSpec::parse(dir.filePath(QStringLiteral("clip.avi")), &s, &error));
        QCOMPARE(s.kind, SourceSpec::Kind::VideoFile);
        QCOMPARE(s.describe(), QStringLiteral("video file ") + dir.filePath(QStringLiteral("clip.avi")));

        QVERIFY(!SourceSpec::parse(QStringLiteral("no/such/clip.avi"), &s, &error));
        QCOMPARE(error, QStringLiteral("camera source not found: no/such/clip.avi"));
        QVERIFY(!SourceSpec::parse(QStringLiteral("-1"), &s, &error));
        QCOMPARE(error, QStringLiteral("camera source not found: -1"));
        QVERIFY(!SourceSpec::parse(QString(), &s, &error));
    }

    void folderIsReadInNameOrderSkippingOtherFiles()
    {
        QTemporaryDir dir;
        // Name order, not number order: "10" sorts before "2".
        QVERIFY(plain(10).save(dir.filePath(QStringLiteral("2.png"))));
        QVERIFY(plain(20).save(dir.filePath(QStringLiteral("10.png"))));
        QVERIFY(plain(30).save(dir.filePath(QStringLiteral("b.JPG")), "JPG", 100));
        QVERIFY(plain(40).save(dir.filePath(QStringLiteral("a.bmp"))));
        QVERIFY(writeText(dir.filePath(QStringLiteral("notes.txt")), "not a frame"));

        FrameSource source(folderSpec(dir.path(), false));
        QString error;
        QVERIFY2(source.open(&error), qPrintable(error));
        QCOMPARE(source.pacingFps(), 15.0);
        QList<int> seen;
        Frame f;
        while (source.read(&f, &error) == FrameSource::ReadStatus::Frame)
            seen << int(uchar(f.gray.at(0)));
        QCOMPARE(seen.size(), 4);
        QCOMPARE(seen.at(0), 20);
        QCOMPARE(seen.at(1), 10);
        QCOMPARE(seen.at(2), 40);
        QVERIFY(qAbs(seen.at(3) - 30) <= 2); // JPEG
        QCOMPARE(source.read(&f, &error), FrameSource::ReadStatus::End);
    }

    void aLoopingFolderStartsAgain()
    {
        QTemporaryDir dir;
        QVERIFY(plain(1).save(dir.filePath(QStringLiteral("a.png"))));
        QVERIFY(plain(2).save(dir.filePath(QStringLiteral("b.png"))));
        FrameSource source(folderSpec(dir.path(), true));
        QString error;
        QVERIFY(source.open(&error));
        QList<int> seen;
        Frame f;
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(source.read(&f, &error), FrameSource::ReadStatus::Frame);
            seen << int(uchar(f.gray.at(0)));
        }
        QCOMPARE(seen, (QList<int>{1, 2, 1, 2, 1}));
    }

    void garbageInAFolderIsSkippedOrReported()
    {
        QTemporaryDir dir;
        QVERIFY(writeText(dir.filePath(QStringLiteral("a.png")), "this is text, not a PNG"));
        FrameSource source(folderSpec(dir.path(), true));
        QString error;
        QVERIFY(source.open(&error)); // the file is there ...
        Frame f;
        QCOMPARE(source.read(&f, &error), FrameSource::ReadStatus::Failed); // ... but unreadable
        QCOMPARE(error,
                 QStringLiteral("image folder %1 has no readable images").arg(QDir::cleanPath(dir.path())));

        QVERIFY(plain(77).save(dir.filePath(QStringLiteral("b.png"))));
        QVERIFY(source.open(&error));
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(source.read(&f, &error), FrameSource::ReadStatus::Frame);
            QCOMPARE(int(uchar(f.gray.at(0))), 77);
        }
    }

    void missingAndEmptyFolders()
    {
        QTemporaryDir dir;
        const QString empty = QDir::cleanPath(dir.path());
        FrameSource source(folderSpec(empty, true));
        QString error;
        QVERIFY(!source.open(&error));
        QCOMPARE(error, QStringLiteral("image folder %1 has no images").arg(empty));

        SourceSpec gone = folderSpec(empty, true);
        gone.location = empty + QStringLiteral("/gone");
        FrameSource missing(gone);
        QVERIFY(!missing.open(&error));
        QCOMPARE(error, QStringLiteral("image folder %1/gone is missing").arg(empty));
        Frame f;
        QCOMPARE(missing.read(&f, &error), FrameSource::ReadStatus::Failed);
    }

    void aVideoFileGivesEveryFrameAtItsOwnRate()
    {
        QTemporaryDir dir;
        const QString clip = dir.filePath(QStringLiteral("clip.avi"));
        const QString text = QStringLiteral("GP1:0000042:01:0123456789ABCDEF");
        QString error;
        QVERIFY2(writeDemoClip({passCard(text), plain(128, 480)}, clip, &error, 10, 1), qPrintable(error));

        SourceSpec spec;
        QVERIFY(SourceSpec::parse(clip, &spec, &error));
        spec.loop = false;
        spec.fps = 99; // the file's own rate wins
        FrameSource source(spec);
        QVERIFY2(source.open(&error), qPrintable(error));
        QCOMPARE(source.pacingFps(), 10.0);
        int frames = 0;
        Frame f;
        Frame first;
        while (source.read(&f, &error) == FrameSource::ReadStatus::Frame) {
            if (frames++ == 0)
                first = f;
            QCOMPARE(f.width, 480);
            QCOMPARE(f.height, 368); // rounded up to 16
        }
        QCOMPARE(frames, demoClipFrameCount(2, 10, 1));
        const DecodeResult r = QrDecoder().decode(first);
        QVERIFY(r.found);
        QCOMPARE(r.text, text);

        // Looping seeks back to the first frame.
        spec.loop = true;
        FrameSource looping(spec);
        QVERIFY(looping.open(&error));
        for (int i = 0; i < frames + 3; ++i)
            QCOMPARE(looping.read(&f, &error), FrameSource::ReadStatus::Frame);
    }

    void anUnreadableVideoSaysSo()
    {
        QTemporaryDir dir;
        const QString clip = dir.filePath(QStringLiteral("clip.avi"));
        QVERIFY(writeText(clip, QByteArray("RIFF but really just text ").repeated(100)));
        SourceSpec spec;
        QString error;
        QVERIFY(SourceSpec::parse(clip, &spec, &error));
        FrameSource source(spec);
        QVERIFY(!source.open(&error));
        QCOMPARE(error,
                 QStringLiteral("video file %1 cannot be opened (not a video OpenCV can read)").arg(clip));
    }

    void aMissingCameraCannotBeOpened()
    {
        FrameSource::prepareEnvironment();
        SourceSpec spec;
        QString error;
        QVERIFY(SourceSpec::parse(QStringLiteral("/dev/video99"), &spec, &error));
        FrameSource source(spec);
        QVERIFY(!source.open(&error));
        QCOMPARE(error, QStringLiteral("camera /dev/video99 cannot be opened"));
        QCOMPARE(source.pacingFps(), 0.0);
        QCOMPARE(qgetenv("OPENCV_VIDEOIO_V4L_SELECT_TIMEOUT"), QByteArray("2"));
    }
};

QTEST_GUILESS_MAIN(TestFrameSource)
#include "TestFrameSource.moc"
