#include "print/QrEncoder.h"
#include "scan/DemoClip.h"
#include "scan/FrameSource.h"
#include "scan/QrDecoder.h"

#include <QFile>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace gatepost::scan;

namespace {

// A colour card with a code, like the demo's pass cards.
QImage card(const QString& text, QColor colour)
{
    QImage img(500, 320, QImage::Format_RGB32);
    img.fill(colour);
    QPainter p(&img);
    const QImage code = gatepost::print::QrEncoder::render(text, 6, 4);
    p.drawImage(img.width() - code.width() - 20, (img.height() - code.height()) / 2, code);
    return img;
}

} // namespace

class TestDemoClip : public QObject
{
    Q_OBJECT

private slots:
    void theClipPlaysBackWithEveryCard()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.avi"));
        const QStringList texts = {QStringLiteral("GP1:0000001:01:AAAAAAAAAAAAAAAA"),
                                   QStringLiteral("GP1:0000002:01:BBBBBBBBBBBBBBBB"),
                                   QStringLiteral("GP1:0000003:02:CCCCCCCCCCCCCCCC")};
        const QList<QImage> cards = {card(texts[0], QColor(220, 240, 220)),
                                     card(texts[1], QColor(250, 220, 200)),
                                     card(texts[2], QColor(210, 220, 250))};
        QString error;
        QVERIFY2(writeDemoClip(cards, path, &error, 12, 1.5), qPrintable(error));
        QVERIFY(QFile(path).size() > 0);

        SourceSpec spec;
        QVERIFY(SourceSpec::parse(path, &spec, &error));
        QCOMPARE(spec.kind, SourceSpec::Kind::VideoFile);
        spec.loop = false;
        FrameSource source(spec);
        QVERIFY2(source.open(&error), qPrintable(error));
        QCOMPARE(source.pacingFps(), 12.0);

        const QrDecoder decoder;
        int frames = 0;
        QStringList decoded;
        Frame f;
        while (source.read(&f, &error) == FrameSource::ReadStatus::Frame) {
            ++frames;
            QCOMPARE(f.width, 512);
            QCOMPARE(f.height, 320);
            const DecodeResult r = decoder.decode(f);
            if (r.found && (decoded.isEmpty() || decoded.last() != r.text))
                decoded << r.text;
            else if (!r.found && !decoded.isEmpty() && decoded.last() != QString())
                decoded << QString(); // an empty gap between cards
        }
        // 18 frames per card, 6 empty frames after each.
        QCOMPARE(demoClipFrameCount(3, 12, 1.5), 3 * (18 + 6));
        QCOMPARE(frames, demoClipFrameCount(3, 12, 1.5));
        QCOMPARE(decoded, (QStringList{texts[0], QString(), texts[1], QString(), texts[2], QString()}));
    }

    void badArgumentsLeaveNoFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.avi"));
        QString error;
        QVERIFY(!writeDemoClip({}, path, &error));
        QCOMPARE(error, QStringLiteral("no cards to put in the demo clip"));
        QVERIFY(!writeDemoClip({QImage()}, path, &error));
        QCOMPARE(error, QStringLiteral("a card of the demo clip is empty"));
        const QImage ok = card(QStringLiteral("x"), Qt::white);
        QVERIFY(!writeDemoClip({ok}, path, &error, 0));
        QVERIFY(!writeDemoClip({ok}, path, &error, 15, -1));
        QVERIFY(!QFile::exists(path));

        const QString nowhere = dir.filePath(QStringLiteral("no/such/dir/demo.avi"));
        QVERIFY(!writeDemoClip({ok}, nowhere, &error));
        QCOMPARE(error, QStringLiteral("cannot write the demo clip: ") + nowhere);
        QVERIFY(!QFile::exists(nowhere));
    }
};

QTEST_MAIN(TestDemoClip)
#include "TestDemoClip.moc"
