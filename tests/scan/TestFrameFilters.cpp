// The picture operations behind the decoder's passes (src/scan/FrameFilters.h): each checked on
// frames small enough to work out by hand, padded rows included (a camera buffer's stride).
#include "scan/FrameFilters.h"

#include <QTest>

using namespace gatepost::scan;

namespace {

// A frame of @p w x @p h with rows padded to w + 3 bytes of 0xEE (never a pixel).
Frame make(int w, int h, const std::function<int(int, int)>& value)
{
    Frame f;
    f.width = w;
    f.height = h;
    f.stride = w + 3;
    f.gray = QByteArray(qsizetype(f.stride) * h, char(0xEE));
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            f.gray[qsizetype(y) * f.stride + x] = char(value(x, y));
    return f;
}

int at(const Frame& f, int x, int y)
{
    return uchar(f.gray[qsizetype(y) * f.stride + x]);
}

} // namespace

class TestFrameFilters : public QObject
{
    Q_OBJECT

private slots:
    void halvedAveragesEachTwoByTwoBlock()
    {
        const Frame f = make(5, 4, [](int x, int y) { return x * 10 + y * 50; });
        const Frame h = filters::halved(f);
        QCOMPARE(h.width, 2); // the odd last column is dropped
        QCOMPARE(h.height, 2);
        QVERIFY(!h.isNull());
        QCOMPARE(at(h, 0, 0), (0 + 10 + 50 + 60 + 2) / 4);
        QCOMPARE(at(h, 1, 1), (120 + 130 + 170 + 180 + 2) / 4); // x 2-3, y 2-3
    }

    void spanIgnoresTheTwoPercentAtEachEnd()
    {
        // A grey card (100-140) with a few specks of pure black and white.
        const Frame f = make(400, 400, [](int x, int y) {
            if (x % 100 == 0 && y % 100 == 0)
                return (x / 100) % 2 ? 255 : 0;
            return 100 + (x * 41 / 400);
        });
        const filters::Span s = filters::span(f);
        QVERIFY2(s.lo >= 100 && s.lo <= 102, qPrintable(QString::number(s.lo)));
        QVERIFY2(s.hi >= 138 && s.hi <= 140, qPrintable(QString::number(s.hi)));
    }

    void stretchedMapsTheSpanToTheFullRangeAndNegates()
    {
        const Frame f = make(3, 1, [](int x, int) { return 100 + x * 20; }); // 100, 120, 140
        const auto s = filters::stretched(f, {100, 140});
        QVERIFY(s.has_value());
        QCOMPARE(at(*s, 0, 0), 0);
        QCOMPARE(at(*s, 1, 0), 127);
        QCOMPARE(at(*s, 2, 0), 255);
        const auto n = filters::stretched(f, {100, 140}, true);
        QCOMPARE(at(*n, 0, 0), 255);
        QCOMPARE(at(*n, 2, 0), 0);
        const auto clipped = filters::stretched(f, {110, 130});
        QCOMPARE(at(*clipped, 0, 0), 0);
        QCOMPARE(at(*clipped, 2, 0), 255);
        QVERIFY(!filters::stretched(f, {120, 120}).has_value()); // a flat frame: nothing to stretch
    }

    void adaptiveThresholdFollowsTheLocalLevel()
    {
        // Dark ink (40 below its paper) on paper that darkens from left (200) to right (60): one
        // global threshold cannot separate both ends, the local mean can.
        const Frame f = make(120, 30, [](int x, int y) {
            const int paper = 200 - x * 140 / 119;
            return (x / 5 + y / 5) % 2 ? paper - 40 : paper;
        });
        const Frame t = filters::adaptiveThreshold(f, 21, 3);
        QCOMPARE(t.width, 120);
        int agree = 0;
        for (int y = 0; y < 30; ++y)
            for (int x = 0; x < 120; ++x)
                agree += (at(t, x, y) == 255) == ((x / 5 + y / 5) % 2 == 0);
        QVERIFY2(agree > 120 * 30 * 95 / 100, qPrintable(QString::number(agree)));
        for (int y = 0; y < 30; ++y)
            for (int x = 0; x < 120; ++x)
                QVERIFY(at(t, x, y) == 0 || at(t, x, y) == 255);
        // A flat frame is all "paper": nothing is darker than its surroundings.
        const Frame flat = filters::adaptiveThreshold(make(40, 40, [](int, int) { return 90; }), 21, 3);
        for (int i = 0; i < flat.gray.size(); ++i)
            QCOMPARE(uchar(flat.gray[i]), uchar(255));
    }

    void sharpenedSteepensEdgesAndLeavesFlatAreas()
    {
        // A soft step from 80 to 160 over 6 pixels.
        const Frame f = make(40, 8, [](int x, int) { return std::clamp(80 + (x - 17) * 80 / 6, 80, 160); });
        const Frame s = filters::sharpened(f, 7, 100);
        QCOMPARE(at(s, 2, 4), 80);            // flat dark side unchanged
        QCOMPARE(at(s, 37, 4), 160);          // flat light side unchanged
        QVERIFY(at(s, 18, 4) < at(f, 18, 4)); // the dark shoulder of the edge goes darker
        QVERIFY(at(s, 22, 4) > at(f, 22, 4)); // the light shoulder lighter
        // Clamped, never wrapped.
        const Frame hard = make(20, 4, [](int x, int) { return x < 10 ? 5 : 250; });
        const Frame h = filters::sharpened(hard, 7, 150);
        QCOMPARE(at(h, 9, 1), 0);
        QCOMPARE(at(h, 10, 1), 255);
    }
};

QTEST_GUILESS_MAIN(TestFrameFilters)
#include "TestFrameFilters.moc"
