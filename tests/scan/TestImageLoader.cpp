#include "scan/ImageLoader.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace gatepost::scan;

namespace {

QString frames(const char* name)
{
    return QStringLiteral(GATEPOST_TEST_DATA "/frames/") + QLatin1StringView(name);
}

QString writeFile(const QTemporaryDir& dir, const char* name, const QByteArray& bytes)
{
    const QString path = dir.filePath(QLatin1StringView(name));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", name);
    return path;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

} // namespace

class TestImageLoader : public QObject
{
    Q_OBJECT

private slots:
    void readsPngJpegAndBmp_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::newRow("png") << frames("clean.png") << 640 << 480;
        QTest::newRow("jpeg") << frames("clean_720p.jpg") << 1280 << 720;
        QTest::newRow("bmp") << frames("clean_small.bmp") << 320 << 240;
    }

    void readsPngJpegAndBmp()
    {
        QFETCH(QString, path);
        QFETCH(int, width);
        QFETCH(int, height);
        QString error;
        const auto frame = ImageLoader::load(path, &error);
        QVERIFY2(frame.has_value(), qPrintable(error));
        QVERIFY(error.isEmpty());
        QCOMPARE(frame->width, width);
        QCOMPARE(frame->height, height);
        QVERIFY(frame->stride >= width);
        QVERIFY(!frame->isNull());
        QCOMPARE(frame->sequence, 0);
        // A real picture: both dark ink and light card are present.
        const auto [lo, hi] = std::minmax_element(frame->gray.begin(), frame->gray.end(),
                                                  [](char a, char b) { return uchar(a) < uchar(b); });
        QVERIFY(uchar(*lo) < 80);
        QVERIFY(uchar(*hi) > 180);
    }

    void colourIsConvertedToLuminance()
    {
        // Red, green, blue and white stripes: OpenCV's BT.601 weights give 76, 150, 29, 255.
        QImage img(40, 10, QImage::Format_RGB32);
        const QRgb colours[] = {qRgb(255, 0, 0), qRgb(0, 255, 0), qRgb(0, 0, 255), qRgb(255, 255, 255)};
        for (int x = 0; x < 40; ++x)
            for (int y = 0; y < 10; ++y)
                img.setPixel(x, y, colours[x / 10]);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rgb.png"));
        QVERIFY(img.save(path));
        QString error;
        const auto frame = ImageLoader::load(path, &error);
        QVERIFY2(frame.has_value(), qPrintable(error));
        const int expected[] = {76, 150, 29, 255};
        for (int i = 0; i < 4; ++i) {
            const int v = uchar(frame->gray.at(5 * frame->stride + i * 10 + 5));
            QVERIFY2(std::abs(v - expected[i]) <= 1,
                     qPrintable(QStringLiteral("stripe %1: %2").arg(i).arg(v)));
        }
    }

    void nonImagesGivePlainErrors_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("why");
        const QByteArray png = readAll(frames("clean.png"));
        QTest::newRow("text renamed .png")
            << QStringLiteral("notes.png") << QByteArray("GP1:0001234:01:0123456789ABCDEF\nnot a picture\n")
            << QStringLiteral("not an image");
        QTest::newRow("truncated png")
            << QStringLiteral("cut.png") << png.left(png.size() / 3) << QStringLiteral("not an image");
        QTest::newRow("png header only")
            << QStringLiteral("head.png") << png.left(8) << QStringLiteral("not an image");
        QTest::newRow("empty file") << QStringLiteral("empty.png") << QByteArray()
                                    << QStringLiteral("empty file");
        QTest::newRow("zeros") << QStringLiteral("zeros.jpg") << QByteArray(5000, '\0')
                               << QStringLiteral("not an image");
    }

    void nonImagesGivePlainErrors()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, why);
        QTemporaryDir dir;
        const QString path = writeFile(dir, qPrintable(name), bytes);
        QString error;
        QVERIFY(!ImageLoader::load(path, &error).has_value());
        QCOMPARE(error, QStringLiteral("cannot read image: ") + path + QStringLiteral(": ") + why);
        QVERIFY(!ImageLoader::load(path, nullptr).has_value()); // a null error pointer is allowed
    }

    void missingPathAndFolderAreErrors()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("nope.png"));
        QString error;
        QVERIFY(!ImageLoader::load(missing, &error).has_value());
        QCOMPARE(error, QStringLiteral("cannot read image: ") + missing + QStringLiteral(": file not found"));
        QVERIFY(!ImageLoader::load(dir.path(), &error).has_value());
        QVERIFY2(error.endsWith(QStringLiteral(": not a file")), qPrintable(error));
        QVERIFY(!ImageLoader::load(QString(), &error).has_value());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImageLoader)
#include "TestImageLoader.moc"
