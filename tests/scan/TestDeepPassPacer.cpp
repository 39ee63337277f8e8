// Which frames get the decoder's idle-time passes at the gate (src/scan/DeepPassPacer.h): a new or
// changed scene at once, an unchanged one every few frames, sensor noise never counted as change.
#include "scan/DeepPassPacer.h"

#include <QRandomGenerator>
#include <QTest>

using namespace gatepost::scan;

namespace {

// A 1280x720 scene: a grey gradient (a wall), with sensor noise of @p noise levels, and a dark card
// of 200x130 px at (@p cardX, 300) when @p cardX >= 0.
Frame scene(QRandomGenerator& rng, int noise, int cardX = -1)
{
    Frame f;
    f.width = 1280;
    f.height = 720;
    f.stride = 1280;
    f.gray.resize(1280 * 720);
    for (int y = 0; y < 720; ++y)
        for (int x = 0; x < 1280; ++x) {
            int v = 90 + x / 16;
            if (cardX >= 0 && x >= cardX && x < cardX + 200 && y >= 300 && y < 430)
                v = 30;
            v += noise ? int(rng.bounded(2 * noise + 1)) - noise : 0;
            f.gray[y * 1280 + x] = char(std::clamp(v, 0, 255));
        }
    return f;
}

} // namespace

class TestDeepPassPacer : public QObject
{
    Q_OBJECT

private slots:
    void anUnchangedSceneGetsTheDeepTierEveryFewFrames()
    {
        QRandomGenerator rng(1);
        DeepPassPacer pacer; // defaults: every 8th frame of a static scene
        QString admitted;
        for (int i = 0; i < 25; ++i)
            admitted += pacer.admit(scene(rng, 12)) ? u'x' : u'.'; // noisy: a dark gate's sensor
        QCOMPARE(admitted, QStringLiteral("x.......x.......x.......x"));
    }

    void aCardComingMovingOrLeavingIsAChange()
    {
        QRandomGenerator rng(2);
        DeepPassPacer pacer;
        QVERIFY(pacer.admit(scene(rng, 3)));       // the first frame
        QVERIFY(!pacer.admit(scene(rng, 3)));      // the same empty scene
        QVERIFY(pacer.admit(scene(rng, 3, 500)));  // a card comes into view
        QVERIFY(!pacer.admit(scene(rng, 3, 500))); // held still
        QVERIFY(pacer.admit(scene(rng, 3, 560)));  // moved by 60 px
        QVERIFY(pacer.admit(scene(rng, 3)));       // gone again
    }

    void theLightChangingIsAChange()
    {
        QRandomGenerator rng(3);
        DeepPassPacer pacer;
        Frame f = scene(rng, 2);
        QVERIFY(pacer.admit(f));
        for (char& c : f.gray)
            c = char(std::min(255, uchar(c) + 20)); // auto-exposure steps up
        QVERIFY(pacer.admit(f));
    }

    void theSignatureIsTheBlockMeans()
    {
        QRandomGenerator rng(4);
        const DeepPassPacer::Signature s = DeepPassPacer::signature(scene(rng, 0, 0));
        // Block (0, 0) is wall: x 0-39 -> 90 + x / 16 averages 91 over the sampled columns.
        QCOMPARE(int(s[0]), 91);
        // Block row 9 (y 360-399) at x 0-39 is inside the card: 30.
        QCOMPARE(int(s[9 * DeepPassPacer::kGridW]), 30);
        QCOMPARE(DeepPassPacer::signature(Frame{}), DeepPassPacer::Signature{});
    }
};

QTEST_GUILESS_MAIN(TestDeepPassPacer)
#include "TestDeepPassPacer.moc"
