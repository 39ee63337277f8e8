// Pass cards: the printed QR must be readable by an independent decoder (zbar), at print
// and at screen resolution, and the card must carry its colour band.

#include "print/PassCard.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gatepost::print;

class TestPassCard : public QObject
{
    Q_OBJECT

private:
    static PassCardData sample()
    {
        PassCardData c;
        c.code = QStringLiteral("GP1:0001234:01:0123456789ABCDEF");
        c.serial = QStringLiteral("0001234");
        c.title = QStringLiteral("清河四街社区 出入证");
        c.holderLine = QStringLiteral("王建国");
        c.categoryText = QStringLiteral("户籍居民");
        c.address = QStringLiteral("清河四街 12排 3号");
        c.validUntil = QDate(2027, 3, 31);
        c.band = QColor(0xc0, 0x30, 0x30);
        return c;
    }

    static QString zbar(const QString& png)
    {
        QProcess p;
        p.start(QStringLiteral("zbarimg"), {QStringLiteral("-q"), QStringLiteral("--raw"), png});
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty())
            QSKIP("zbarimg (zbar-tools) is not installed");
    }

    void cardHasCr80ProportionsAndItsBand()
    {
        const QImage img = PassCard::render(sample(), 300);
        QCOMPARE(img.width(), qRound(85.6 / 25.4 * 300));
        QCOMPARE(img.height(), qRound(54.0 / 25.4 * 300));
        QCOMPARE(img.pixelColor(img.width() / 2, 5), QColor(0xc0, 0x30, 0x30));
    }

    void printedCodeDecodesWithZbar_data()
    {
        QTest::addColumn<int>("dpi");
        QTest::newRow("print 300 dpi") << 300;
        QTest::newRow("screen 120 dpi") << 120;
    }

    void printedCodeDecodesWithZbar()
    {
        QFETCH(int, dpi);
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("card.png"));
        QVERIFY(PassCard::render(sample(), dpi).save(png));
        QCOMPARE(zbar(png), sample().code);
    }

    void vehicleCardDecodesToo()
    {
        PassCardData c = sample();
        c.vehicle = true;
        c.holderLine = QStringLiteral("京A·12345");
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("car.png"));
        QVERIFY(PassCard::render(c, 200).save(png));
        QCOMPARE(zbar(png), c.code);
    }
};

QTEST_MAIN(TestPassCard)
#include "TestPassCard.moc"
