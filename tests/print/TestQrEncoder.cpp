#include "print/QrEncoder.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gatepost::print;

namespace {

const QString kPass = QStringLiteral("GP1:0001234:01:0123456789ABCDEF");

// The 15 format-information bits next to the top-left finder pattern, read back from the
// matrix in the order of ISO/IEC 18004 figure 25 (bit 0 at row 0 of column 8).
int readFormatBits(const QList<QList<bool>>& m)
{
    int bits = 0;
    auto put = [&](int i, int row, int col) {
        bits |= (m[row][col] ? 1 : 0) << i;
    };
    for (int i = 0; i < 6; ++i)
        put(i, i, 8);
    put(6, 7, 8);
    put(7, 8, 8);
    put(8, 8, 7);
    for (int i = 9; i < 15; ++i)
        put(i, 8, 14 - i);
    return bits;
}

// BCH(15,5) format word for 2 level bits + 3 mask bits, masked with 0x5412 (spec annex C).
int formatWord(int level, int mask)
{
    const int data = (level << 3) | mask;
    int rem = data << 10;
    for (int i = 14; i >= 10; --i)
        if (rem & (1 << i))
            rem ^= 0x537 << (i - 10);
    return ((data << 10) | rem) ^ 0x5412;
}

QString zbarRead(const QString& png)
{
    QProcess p;
    p.start(QStringLiteral("zbarimg"), {QStringLiteral("-q"), QStringLiteral("--raw"), png});
    if (!p.waitForFinished(20000))
        return QStringLiteral("<zbarimg timed out>");
    QString out = QString::fromUtf8(p.readAllStandardOutput());
    if (out.endsWith(u'\n'))
        out.chop(1);
    return out;
}

} // namespace

class TestQrEncoder : public QObject
{
    Q_OBJECT

private slots:
    void passCodeIsVersion2LevelM()
    {
        QCOMPARE(kPass.size(), 31);
        QCOMPARE(QrEncoder::version(kPass), 2);
        const auto m = QrEncoder::modules(kPass);
        QCOMPARE(m.size(), 25); // version 2 = 25x25 modules
        for (const auto& row : m)
            QCOMPARE(row.size(), 25);
        // The format bits must be a valid level-M word (level bits 00) for one of 8 masks.
        const int read = readFormatBits(m);
        int matchedLevel = -1;
        for (int level = 0; level < 4; ++level)
            for (int mask = 0; mask < 8; ++mask)
                if (formatWord(level, mask) == read)
                    matchedLevel = level;
        QCOMPARE(matchedLevel, 0); // 00 = M (01 L, 11 Q, 10 H)
    }

    void levelMCapacityBoundary()
    {
        // Version 2-M holds 38 alphanumeric characters; at level L it would hold 47.
        QCOMPARE(QrEncoder::version(QString(34, u'7')), 1); // numeric mode: 1-M holds 34 digits
        QCOMPARE(QrEncoder::version(QString(35, u'7')), 2);
        QCOMPARE(QrEncoder::version(QStringLiteral("GP1:0001234:01:0123456789ABCDEFGHJ")), 2);
        QCOMPARE(QrEncoder::version(QString(38, u'A')), 2);
        QCOMPARE(QrEncoder::version(QString(39, u'A')), 3);
        // Lower case is not alphanumeric: 31 bytes need version 3-M (2-M holds 26 bytes).
        QCOMPARE(QrEncoder::version(QString(31, u'a')), 3);
    }

    void pngDecodesWithZbar_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("pass") << kPass;
        QTest::newRow("other pass") << QStringLiteral("GP1:9999999:99:ZYXWVTSRQPNMKJHG");
        QTest::newRow("url") << QStringLiteral("https://example.org/x?a=1&b=2");
        QTest::newRow("utf8") << QStringLiteral("清河四街 出入证 №12");
    }

    void pngDecodesWithZbar()
    {
        QFETCH(QString, text);
        if (QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty())
            QSKIP("zbarimg (zbar-tools) is not installed");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("card.png"));
        QString error;
        QVERIFY2(QrEncoder::savePng(text, path, &error), qPrintable(error));
        QVERIFY(error.isEmpty());
        const QImage back(path);
        QVERIFY(!back.isNull());
        QCOMPARE(back.width(), (QrEncoder::modules(text).size() + 8) * 8);
        QCOMPARE(zbarRead(path), text);
    }

    void quietZoneIsFourWhiteModules()
    {
        const int ms = 5;
        const QImage img = QrEncoder::render(kPass, ms, 4);
        QCOMPARE(img.width(), (25 + 8) * ms);
        QCOMPARE(img.height(), img.width());
        const int q = 4 * ms;
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < img.width(); ++x)
                if (x < q || y < q || x >= img.width() - q || y >= img.height() - q)
                    QVERIFY2(qGray(img.pixel(x, y)) == 255,
                             qPrintable(QStringLiteral("(%1,%2)").arg(x).arg(y)));
        // The finder patterns start right after the quiet zone, in three corners.
        QCOMPARE(qGray(img.pixel(q, q)), 0);
        QCOMPARE(qGray(img.pixel(img.width() - q - 1, q)), 0);
        QCOMPARE(qGray(img.pixel(q, img.height() - q - 1)), 0);
    }

    void pixelsMatchModules()
    {
        const auto m = QrEncoder::modules(kPass);
        const QImage img = QrEncoder::render(kPass, 3, 0);
        QCOMPARE(img.width(), 25 * 3);
        int darkCount = 0;
        for (int y = 0; y < 25; ++y)
            for (int x = 0; x < 25; ++x) {
                QCOMPARE(qGray(img.pixel(x * 3 + 1, y * 3 + 1)) == 0, m[y][x]);
                darkCount += m[y][x] ? 1 : 0;
            }
        // A real QR symbol is roughly half dark; bit 0 alone marks dark (the other bits of
        // libqrencode's bytes would make almost every module "dark").
        QVERIFY2(darkCount > 625 * 3 / 10 && darkCount < 625 * 7 / 10,
                 qPrintable(QString::number(darkCount)));
    }

    void unwritablePathGivesErrorAndNoFile()
    {
        QTemporaryDir dir;
        const QString missingDir = dir.filePath(QStringLiteral("no/such/dir/card.png"));
        QString error;
        QVERIFY(!QrEncoder::savePng(kPass, missingDir, &error));
        QVERIFY2(error.startsWith(QStringLiteral("cannot write ")), qPrintable(error));
        QVERIFY(error.contains(missingDir));
        QVERIFY(!QFile::exists(missingDir));

        // A path that is a directory cannot be replaced by a PNG (also when running as root).
        error.clear();
        QVERIFY(!QrEncoder::savePng(kPass, dir.path(), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(QFileInfo(dir.path()).isDir());
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList{});
    }

    void unencodableTextGivesError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.png"));
        const QString tooLong(8000, u'x'); // version 40-M holds 2331 bytes
        QString error;
        QVERIFY(!QrEncoder::savePng(tooLong, path, &error));
        QVERIFY2(error.contains(QStringLiteral("too long")), qPrintable(error));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QrEncoder::version(tooLong), 0);
        QVERIFY(QrEncoder::render(tooLong).isNull());
        QVERIFY(QrEncoder::modules(tooLong).isEmpty());

        QVERIFY(!QrEncoder::savePng(QString(), path, &error));
        QVERIFY2(error.contains(QStringLiteral("empty")), qPrintable(error));
        QVERIFY(QrEncoder::render(QStringLiteral("A") + QChar(u'\0') + QStringLiteral("B")).isNull());
        QVERIFY(QrEncoder::savePng(kPass, path, nullptr) && QFile::exists(path)); // null error is allowed
    }

    void largestVersion40StillEncodes()
    {
        QCOMPARE(QrEncoder::version(QString(2331, u'x')), 40);
        QCOMPARE(QrEncoder::version(QString(2332, u'x')), 0);
    }
};

QTEST_GUILESS_MAIN(TestQrEncoder)
#include "TestQrEncoder.moc"
