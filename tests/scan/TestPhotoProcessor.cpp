// A person's photo from a camera frame or a picture file: a small portrait JPEG of the face
// frame, that the registry stores; anything that is not a JPEG or PNG picture is refused.

#include "FakeClock.h"
#include "TempDb.h"
#include "core/Refusal.h"
#include "core/Registry.h"
#include "scan/PhotoProcessor.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

#include <optional>

using namespace gatepost;
using gatepost::scan::PhotoProcessor;

namespace {

QByteArray readData(const char* name)
{
    QFile f(QStringLiteral(GATEPOST_TEST_DATA "/frames/") + QLatin1StringView(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", name);
    return f.readAll();
}

QByteArray encoded(const QImage& image, const char* format)
{
    QByteArray out;
    QBuffer b(&out);
    b.open(QIODevice::WriteOnly);
    image.save(&b, format);
    return out;
}

template<typename F> std::optional<core::Refusal> refusalOf(F&& f)
{
    try {
        f();
    } catch (const core::RefusedError& e) {
        return e.refusal();
    }
    return std::nullopt;
}

// The stored photo as a picture: a JPEG of 240x320 that fits the registry.
QImage checkedPhoto(const QByteArray& jpeg)
{
    if (jpeg.size() > core::Registry::kMaxPhotoBytes || !jpeg.startsWith("\xFF\xD8\xFF"))
        return {};
    QImage image;
    if (!image.loadFromData(jpeg, "JPEG") || image.size() != QSize(240, 320))
        return {};
    return image;
}

bool near(QRgb a, QColor b)
{
    return std::abs(qRed(a) - b.red()) < 40 && std::abs(qGreen(a) - b.green()) < 40 &&
           std::abs(qBlue(a) - b.blue()) < 40;
}

} // namespace

class TestPhotoProcessor : public QObject
{
    Q_OBJECT

private slots:
    void aJpegFileBecomesASmallPortraitTheRegistryKeeps()
    {
        const QByteArray file = readData("clean_720p.jpg");
        const QByteArray jpeg = PhotoProcessor::fromFileBytes(file);
        QVERIFY(!checkedPhoto(jpeg).isNull());
        QVERIFY(jpeg.size() < file.size());

        test::TempDb t;
        test::FakeClock clock;
        core::Registry reg(t.db(), clock);
        core::Person p;
        p.name = QStringLiteral("王芳");
        const qint64 id = reg.addPerson(p);
        reg.setPhoto(id, jpeg, core::Actor::system());
        QCOMPARE(reg.photo(id), jpeg);
    }

    void aPngFileToo()
    {
        QVERIFY(!checkedPhoto(PhotoProcessor::fromFileBytes(readData("clean.png"))).isNull());
    }

    void whatIsNotAJpegOrPngIsRefused()
    {
        const QByteArray bmp = readData("clean_small.bmp");
        QVERIFY(!QImage::fromData(bmp).isNull()); // a picture, but not one we take
        for (const QByteArray& bytes :
             QList<QByteArray>{QByteArray("name,phone\n王芳,13812345678\n"), bmp, QByteArray(),
                               QByteArray("\xFF\xD8\xFF\xE0 not really a jpeg"),
                               QByteArray("\x89PNG\r\n\x1A\n") + QByteArray(64, 'x')}) {
            const auto r = refusalOf([&] { PhotoProcessor::fromFileBytes(bytes); });
            QVERIFY(r);
            QCOMPARE(toString(r->code), toString(core::RefusalCode::PhotoInvalid));
            QCOMPARE(toString(r->field), toString(core::RefusalField::Photo));
        }
        const auto huge = refusalOf([&] {
            PhotoProcessor::fromFileBytes(QByteArray("\xFF\xD8\xFF") + QByteArray(21 * 1024 * 1024, '\0'));
        });
        QCOMPARE(toString(huge->code), toString(core::RefusalCode::PhotoTooLarge));
        QCOMPARE(toString(refusalOf([] { PhotoProcessor::fromImage(QImage()); })->code),
                 toString(core::RefusalCode::PhotoInvalid));
    }

    void theFaceFrameIsWhatIsKept()
    {
        // A landscape camera frame: blue, with a red 3:4 box in the middle and a green face box.
        QImage frame(640, 480, QImage::Format_RGB32);
        frame.fill(Qt::blue);
        const QRect centre = PhotoProcessor::defaultFaceFrame(frame.size());
        QCOMPARE(centre, QRect(140, 0, 360, 480));
        const QRect face(40, 60, 150, 200);
        {
            QPainter painter(&frame);
            painter.fillRect(centre, Qt::red);
            painter.fillRect(face, Qt::green);
        }
        // Default: the centred 3:4 box, and nothing of the blue beside it.
        const QImage byDefault = checkedPhoto(PhotoProcessor::fromImage(frame));
        QVERIFY(!byDefault.isNull());
        for (const QPoint pt :
             {QPoint(2, 2), QPoint(237, 2), QPoint(120, 160), QPoint(2, 317), QPoint(237, 317)})
            QVERIFY2(near(byDefault.pixel(pt), Qt::red), qPrintable(QColor(byDefault.pixel(pt)).name()));
        // The frame the user fitted to the face.
        const QImage fitted = checkedPhoto(PhotoProcessor::fromImage(frame, face));
        for (const QPoint pt :
             {QPoint(3, 3), QPoint(236, 3), QPoint(120, 160), QPoint(3, 316), QPoint(236, 316)})
            QVERIFY2(near(fitted.pixel(pt), Qt::green), qPrintable(QColor(fitted.pixel(pt)).name()));
        // A frame reaching past the picture is clipped to it; one beside it is refused.
        QVERIFY(!checkedPhoto(PhotoProcessor::fromImage(frame, QRect(500, 300, 300, 400))).isNull());
        QCOMPARE(toString(refusalOf([&] { PhotoProcessor::fromImage(frame, QRect(700, 0, 30, 40)); })->code),
                 toString(core::RefusalCode::PhotoInvalid));
    }

    void aNoisyPhotoStillFits()
    {
        QImage noise(1200, 1600, QImage::Format_RGB32);
        QRandomGenerator rng(42);
        for (int y = 0; y < noise.height(); ++y) {
            auto* line = reinterpret_cast<QRgb*>(noise.scanLine(y));
            for (int x = 0; x < noise.width(); ++x)
                line[x] = rng.generate() | 0xFF000000u;
        }
        const QByteArray png = encoded(noise, "PNG");
        QVERIFY(png.size() > 4 * 1024 * 1024);
        QVERIFY(!checkedPhoto(PhotoProcessor::fromFileBytes(png)).isNull());
    }
};

QTEST_GUILESS_MAIN(TestPhotoProcessor)
#include "TestPhotoProcessor.moc"
