#include "scan/ReadDeduplicator.h"

#include <QTest>

using gatepost::scan::ReadDeduplicator;

namespace {
const QString kA = QStringLiteral("GP1:0000001:01:AAAAAAAAAAAAAAAA");
const QString kB = QStringLiteral("GP1:0000002:01:BBBBBBBBBBBBBBBB");
} // namespace

class TestReadDeduplicator : public QObject
{
    Q_OBJECT

private slots:
    void aPassHeldForThirtySecondsIsOneRead()
    {
        ReadDeduplicator dedup(3000);
        int reads = 0;
        // 30 s at 15 fps, the decoder finding the code in every frame.
        for (qint64 t = 0; t <= 30000; t += 66)
            reads += dedup.see(kA, t) ? 1 : 0;
        QCOMPARE(reads, 1);
    }

    void gapsBelowTheHoldKeepItOneRead()
    {
        ReadDeduplicator dedup(3000);
        QVERIFY(dedup.see(kA, 1000));
        QVERIFY(!dedup.see(kA, 3999)); // 2999 ms after the last sighting
        QVERIFY(!dedup.see(kA, 6998)); // the hold runs from the LAST sighting, not the first
        QVERIFY(!dedup.see(kA, 9997));
    }

    void aPassShownAgainAfterTheHoldIsANewRead()
    {
        ReadDeduplicator dedup(3000);
        QVERIFY(dedup.see(kA, 0));
        QVERIFY(dedup.see(kA, 3000));
        QVERIFY(!dedup.see(kA, 3100));
        QVERIFY(dedup.see(kA, 10000));
    }

    void aDifferentPassIsANewReadAtOnce()
    {
        ReadDeduplicator dedup(3000);
        QVERIFY(dedup.see(kA, 0));
        QVERIFY(dedup.see(kB, 40));
        // Both cards in the picture, the decoder alternating: still two reads.
        QVERIFY(!dedup.see(kA, 80));
        QVERIFY(!dedup.see(kB, 120));
        QVERIFY(!dedup.see(kA, 160));
    }

    void resetMakesTheSamePassANewRead()
    {
        ReadDeduplicator dedup(3000);
        QVERIFY(dedup.see(kA, 0));
        QVERIFY(!dedup.see(kA, 100));
        dedup.reset();
        QVERIFY(dedup.see(kA, 200));
        QVERIFY(!dedup.see(kA, 300));
    }

    void anOlderTimestampDoesNotShortenTheHold()
    {
        ReadDeduplicator dedup(1000);
        QVERIFY(dedup.see(kA, 5000));
        QVERIFY(!dedup.see(kA, 4990)); // out of order by 10 ms
        QVERIFY(!dedup.see(kA, 5990));
        QVERIFY(dedup.see(kA, 7000));
    }
};

QTEST_GUILESS_MAIN(TestReadDeduplicator)
#include "TestReadDeduplicator.moc"
