// demo-crossings' core: realistic, deterministic, valid chains, and only ever in a demo file.

#include "FakeClock.h"
#include "TempDb.h"
#include "core/CrossingLog.h"
#include "core/CrossingReview.h"
#include "core/DemoCommunity.h"
#include "core/DemoTraffic.h"
#include "core/Roster.h"

#include <QTest>

#include <stdexcept>

using namespace gatepost;
using namespace gatepost::core;

namespace {

const QDate kToday(2026, 11, 28);
const QDateTime kEnd(QDate(2026, 11, 28), QTime(9, 30), Qt::UTC);

DemoTrafficOptions options(quint32 seed)
{
    DemoTrafficOptions o;
    o.days = 3;
    o.perDay = 400;
    o.seed = seed;
    o.endUtc = kEnd;
    o.rowsPerCommit = 500; // several commits
    return o;
}

QStringList hashes(Database& db)
{
    QStringList out;
    Statement q = db.prepare("SELECT hash FROM crossings ORDER BY station_id, station_seq");
    while (q.step())
        out << q.text(0);
    return out;
}

} // namespace

class TestDemoTraffic : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempDb> m_db;
    DemoTrafficSummary m_sum;

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<test::TempDb>();
        generateDemoCommunity(m_db->db(), DemoOptions{4, kToday});
        m_sum = generateDemoTraffic(m_db->db(), Policy::defaults(), options(10));
    }

    void everyKindOfRowIsThere()
    {
        QCOMPARE(m_sum.toUtc, kEnd);
        QCOMPARE(m_sum.fromUtc, kEnd.addDays(-3));
        QVERIFY2(m_sum.crossings > 1000 && m_sum.crossings <= 1600,
                 qPrintable(QString::number(m_sum.crossings)));
        QVERIFY(m_sum.decisions > 0);
        QVERIFY(m_sum.overrides > 0);
        QVERIFY(m_sum.incidents > 0);
        QVERIFY(m_sum.fevers > 0);
        QVERIFY(m_sum.unknownPasses > 0);
        CrossingReview review(m_db->db());
        QCOMPARE(review.count({}), m_sum.rows);
        for (Verdict v : {Verdict::Allow, Verdict::Deny, Verdict::Check}) {
            CrossingFilter f;
            f.verdicts = {v};
            QVERIFY2(review.count(f) > 0, qPrintable(toString(v)));
        }
        for (const char* gate : {"north", "south"}) {
            for (Direction d : {Direction::In, Direction::Out}) {
                CrossingFilter f;
                f.gates = {QString::fromLatin1(gate)};
                f.direction = d;
                QVERIFY(review.count(f) > 0);
            }
        }
        CrossingFilter visitors;
        visitors.kinds = {EntryKind::Visitor};
        QVERIFY(review.count(visitors) > 0);
        // Every row lies in the window and carries the roster's shift id.
        const Roster roster(Policy::defaults());
        review.forEach({}, [&](const CrossingEntry& e) {
            QVERIFY(e.atUtc >= m_sum.fromUtc && e.atUtc < m_sum.toUtc);
            QCOMPARE(e.shift, roster.shiftAt(e.atUtc).id());
            QCOMPARE(e.stationId, demoStationFor(e.gate));
        });
    }

    void rushHoursAreBusy()
    {
        CrossingReview review(m_db->db());
        CrossingFilter f;
        f.fromUtc = QDateTime(QDate(2026, 11, 27), QTime(0, 0), Qt::UTC).addSecs(-8 * 3600);
        f.toUtc = f.fromUtc.addDays(1);
        qint64 rush = 0, night = 0;
        for (const HourlyCount& h : review.hourly(f)) {
            const int local = h.hourUtc.toTimeZone(QTimeZone("Asia/Shanghai")).time().hour();
            if (local == 7 || local == 8)
                rush += h.count;
            if (local == 2 || local == 3)
                night += h.count;
        }
        QVERIFY2(rush > 5 * night, qPrintable(QStringLiteral("%1 vs %2").arg(rush).arg(night)));
    }

    void chainsVerify()
    {
        test::FakeClock clock;
        const ChainReport r = CrossingLog(m_db->db(), QStringLiteral("office"), clock).verify();
        QVERIFY2(r.ok, qPrintable(r.problem));
        QCOMPARE(r.rowsChecked, m_sum.rows);
    }

    void sameSeedSameLog()
    {
        test::TempDb again;
        generateDemoCommunity(again.db(), DemoOptions{4, kToday});
        generateDemoTraffic(again.db(), Policy::defaults(), options(10));
        QCOMPARE(hashes(again.db()), hashes(m_db->db()));
        test::TempDb other;
        generateDemoCommunity(other.db(), DemoOptions{4, kToday});
        generateDemoTraffic(other.db(), Policy::defaults(), options(11));
        QVERIFY(hashes(other.db()) != hashes(m_db->db()));
    }

    void aSecondRunContinuesTheChains()
    {
        test::TempDb t;
        generateDemoCommunity(t.db(), DemoOptions{4, kToday});
        DemoTrafficOptions o = options(1);
        o.days = 1;
        const DemoTrafficSummary a = generateDemoTraffic(t.db(), Policy::defaults(), o);
        o.seed = 2;
        o.endUtc = kEnd.addDays(1);
        const DemoTrafficSummary b = generateDemoTraffic(t.db(), Policy::defaults(), o);
        test::FakeClock clock;
        const ChainReport r = CrossingLog(t.db(), QStringLiteral("office"), clock).verify();
        QVERIFY2(r.ok, qPrintable(r.problem));
        QCOMPARE(r.rowsChecked, a.rows + b.rows);
    }

    void refusedOnARealFile()
    {
        test::TempDb t; // no demo marker
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 generateDemoTraffic(t.db(), Policy::defaults(), options(1)));
        Statement q = t.db().prepare("SELECT count(*) FROM crossings");
        q.step();
        QCOMPARE(q.int64(0), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestDemoTraffic)
#include "TestDemoTraffic.moc"
