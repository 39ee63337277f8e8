// The review's filters, paging and aggregates against answers worked out by hand on a small log.

#include "FakeClock.h"
#include "TempDb.h"
#include "core/CrossingLog.h"
#include "core/CrossingReview.h"
#include "core/CsvExport.h"
#include "core/Database.h"

#include <QSet>
#include <QTimeZone>

#include <QTest>
#include <algorithm>

using namespace gatepost;
using namespace gatepost::core;

namespace {

const QDateTime kT0(QDate(2026, 11, 28), QTime(0, 0), Qt::UTC);

// Three passes: 0000001 王小明 (1号楼101, main area), 0000002 李四 (东院3号, courtyard 2),
// 0000003 the car 京A12345 of 1号楼101; and a visitor 赵访客.
void registry(Database& db)
{
    db.exec(
        "INSERT INTO households (id, address, courtyard) VALUES (1, '1号楼101', 0), (2, '东院3号', 2);"
        "INSERT INTO people (id, household_id, name, category, phone, id_number) VALUES"
        " (1, 1, '王小明', 'registered_resident', '13812345678', '110108199001011234'),"
        " (2, 2, '李四', 'migrant_resident', '', NULL);"
        "INSERT INTO vehicles (id, household_id, plate, internal) VALUES (1, 1, '京A12345', 1);"
        "INSERT INTO passes (serial, holder_kind, person_id, vehicle_id, category, valid_from, valid_until,"
        " secret, issued_utc, updated_utc) VALUES"
        " ('0000001', 'person', 1, NULL, 'registered_resident', '2026-01-01', '2026-12-31', 'x', 'x', 'x'),"
        " ('0000002', 'person', 2, NULL, 'migrant_resident', '2026-01-01', '2026-12-31', 'x', 'x', 'x'),"
        " ('0000003', 'vehicle', NULL, 1, 'internal_vehicle', '2026-01-01', '2026-12-31', 'x', 'x', 'x');"
        "INSERT INTO visits (visit_id, kind, name, phone, created_utc) VALUES"
        " ('v-1', 'visitor', '赵访客', '13900001111', '2026-11-28T00:50:00.000Z');");
}

struct Fixture
{
    test::TempDb t;
    test::FakeClock clock;
    CrossingLog north{t.db(), QStringLiteral("s-north"), clock};
    CrossingLog south{t.db(), QStringLiteral("s-south"), clock};
    QList<CrossingEntry> rows; // rows[i] is row #i+1 of the table below

    CrossingEntry add(int minutes, const char* gate, Direction dir, EntryKind kind, const char* serial,
                      Verdict verdict, QList<Reason> reasons, const char* op)
    {
        CrossingEntry e;
        e.atUtc = kT0.addSecs(minutes * 60);
        e.gate = QString::fromUtf8(gate);
        e.direction = dir;
        e.kind = kind;
        e.passSerial = QString::fromUtf8(serial);
        e.subjectKind = e.passSerial == QLatin1String("0000003") ? SubjectKind::Vehicle : SubjectKind::Person;
        e.verdict = verdict;
        e.reasons = reasons;
        e.operatorName = QString::fromUtf8(op);
        return put(e);
    }
    CrossingEntry put(const CrossingEntry& e)
    {
        rows << (e.gate == QLatin1String("south") ? south : north).append(e);
        return rows.last();
    }
    CrossingEntry decide(int minutes, int rowNumber, bool through, const char* reason, const char* op)
    {
        clock.set(kT0.addSecs(minutes * 60));
        const CrossingEntry& ref = rows.at(rowNumber - 1);
        rows << (ref.gate == QLatin1String("south") ? south : north)
                    .appendDecision(ref.uuid, through, QString::fromUtf8(reason), QString::fromUtf8(op));
        return rows.last();
    }

    Fixture()
    {
        registry(t.db());
        using D = Direction;
        using K = EntryKind;
        add(0, "north", D::In, K::Scan, "0000001", Verdict::Allow, {}, "A");                            // 1
        add(5, "north", D::Out, K::Scan, "0000002", Verdict::Allow, {}, "A");                           // 2
        add(10, "south", D::In, K::Scan, "0000003", Verdict::Allow, {}, "B");                           // 3
        add(15, "north", D::In, K::Scan, "0000001", Verdict::Deny, {Reason::Passback}, "A");            // 4
        decide(16, 4, true, "emergency", "A");                                                          // 5
        add(20, "north", D::In, K::Scan, "9999999", Verdict::Deny, {Reason::UnknownPass}, "A");         // 6
        add(25, "south", D::Out, K::Scan, "0000002", Verdict::Deny, {Reason::Expired}, "B");            // 7
        decide(26, 7, false, "", "B");                                                                  // 8
        add(30, "north", D::In, K::Scan, "0000002", Verdict::Check, {Reason::MissingTemperature}, "A"); // 9
        decide(31, 9, true, "", "A");                                                                   // 10
        CrossingEntry fever =
            add(40, "north", D::In, K::Scan, "0000001", Verdict::Deny, {Reason::Fever}, "A"); // 11
        fever.kind = K::Incident;                                                             // 12
        fever.refUuid = fever.uuid;
        fever.temperature = 38.2;
        put(fever);
        CrossingEntry visitor; // 13
        visitor.atUtc = kT0.addSecs(50 * 60);
        visitor.gate = QStringLiteral("south");
        visitor.kind = K::Visitor;
        visitor.subjectKind = SubjectKind::Visitor;
        visitor.visitorId = QStringLiteral("v-1");
        visitor.operatorName = QStringLiteral("B");
        put(visitor);
        add(60, "north", D::In, K::Manual, "0000002", Verdict::Check, {Reason::ManualEntry}, "A"); // 14
        add(45, "south", D::Out, K::Scan, "0000001", Verdict::Allow, {}, "B");                     // 15
        CrossingEntry forced;                                                                      // 16
        forced.atUtc = kT0.addSecs(65 * 60);
        forced.gate = QStringLiteral("north");
        forced.kind = K::Incident;
        forced.verdict = Verdict::Deny;
        forced.reasons = {Reason::ForcedThrough};
        forced.note = QStringLiteral("=冲卡");
        forced.operatorName = QStringLiteral("A");
        put(forced);
        add(90, "north", D::Out, K::Scan, "0000003", Verdict::Allow, {}, "A");                        // 17
        add(120, "south", D::In, K::Scan, "0000002", Verdict::Allow, {}, "B");                        // 18
        add(24 * 60, "north", D::In, K::Scan, "0000001", Verdict::Allow, {}, "A");                    // 19
        add(24 * 60 + 5, "north", D::In, K::Scan, "0000001", Verdict::Deny, {Reason::Passback}, "A"); // 20
    }
};

CrossingFilter day1()
{
    CrossingFilter f;
    f.fromUtc = kT0;
    f.toUtc = kT0.addDays(1);
    return f;
}

} // namespace

class TestCrossingReview : public QObject
{
    Q_OBJECT

private slots:
    void filtersMatchTheHandCount_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("everything") << 0 << qint64(20);
        QTest::newRow("day one") << 1 << qint64(18);
        QTest::newRow("south gate") << 2 << qint64(6);
        QTest::newRow("denied on day one (decisions repeat the verdict)") << 3 << qint64(8);
        QTest::newRow("crossings on day one") << 4 << qint64(13);
        QTest::newRow("passback, any day") << 5 << qint64(3);
        QTest::newRow("migrant residents") << 6 << qint64(7);
        QTest::newRow("visitors") << 7 << qint64(1);
        QTest::newRow("operator B") << 8 << qint64(6);
        QTest::newRow("holder name") << 9 << qint64(8);
        QTest::newRow("plate") << 10 << qint64(2);
        QTest::newRow("household address") << 11 << qint64(7);
        QTest::newRow("visitor's name") << 12 << qint64(1);
        QTest::newRow("serial") << 13 << qint64(2);
        QTest::newRow("out on day one") << 14 << qint64(5);
        QTest::newRow("south, out, denied") << 15 << qint64(2);
        QTest::newRow("a LIKE wildcard is a plain character") << 16 << qint64(0);
        // Over a day the plan differs (a look-up per row): the same answers.
        QTest::newRow("holder name on day one") << 17 << qint64(6);
        QTest::newRow("migrant residents on day one") << 18 << qint64(7);
        QTest::newRow("visitors on day one") << 19 << qint64(1);
    }
    void filtersMatchTheHandCount()
    {
        QFETCH(int, which);
        QFETCH(qint64, expected);
        Fixture fx;
        CrossingFilter f =
            which == 0 || which == 2 || which == 5 || (which >= 6 && which <= 13) || which == 16
                ? CrossingFilter{}
                : day1();
        switch (which) {
        case 2:
            f.gates = {QStringLiteral("south")};
            break;
        case 3:
            f.verdicts = {Verdict::Deny};
            break;
        case 4:
            f.kinds = {EntryKind::Scan, EntryKind::Manual, EntryKind::Visitor};
            break;
        case 5:
            f.reasons = {Reason::Passback};
            break;
        case 6:
            f.category = Category::MigrantResident;
            break;
        case 7:
            f.category = Category::Visitor;
            break;
        case 8:
            f.operatorName = QStringLiteral("B");
            break;
        case 9:
            f.text = QStringLiteral("小明");
            break;
        case 10:
            f.text = QStringLiteral("京A");
            break;
        case 11:
            f.text = QStringLiteral("东院");
            break;
        case 12:
            f.text = QStringLiteral("赵访");
            break;
        case 13:
            f.serial = QStringLiteral("0000003");
            break;
        case 14:
            f.direction = Direction::Out;
            break;
        case 15:
            f.gates = {QStringLiteral("south")};
            f.direction = Direction::Out;
            f.verdicts = {Verdict::Deny};
            break;
        case 16:
            f.text = QStringLiteral("%");
            break;
        case 17:
            f.text = QStringLiteral("小明");
            break;
        case 18:
            f.category = Category::MigrantResident;
            break;
        case 19:
            f.category = Category::Visitor;
            break;
        default:
            break;
        }
        CrossingReview review(fx.t.db());
        QCOMPARE(review.count(f), expected);
        qint64 seen = 0;
        review.forEach(f, [&](const CrossingEntry&) { ++seen; });
        QCOMPARE(seen, expected);
    }

    void pagingNeverRepeatsOrSkipsARow()
    {
        Fixture fx;
        CrossingReview review(fx.t.db());
        QList<QString> all;
        review.forEach({}, [&](const CrossingEntry& e) { all << e.uuid; });
        QCOMPARE(all.size(), 20);
        for (ReviewOrder order : {ReviewOrder::OldestFirst, ReviewOrder::NewestFirst}) {
            for (int size : {1, 3, 7, 20, 50}) {
                QList<QString> paged;
                ReviewCursor cursor;
                for (int guard = 0; guard < 100; ++guard) {
                    const ReviewPage p = review.page({}, cursor, size, order);
                    for (const CrossingEntry& e : p.rows)
                        paged << e.uuid;
                    cursor = p.next;
                    if (p.atEnd)
                        break;
                }
                QList<QString> expected = all;
                if (order == ReviewOrder::NewestFirst)
                    std::reverse(expected.begin(), expected.end());
                QCOMPARE(paged, expected);
            }
        }
        // Rows 11 and 12 share their instant: the row id orders them.
        const ReviewPage first = review.page(day1(), {}, 20);
        QCOMPARE(first.rows.size(), 18);
        QVERIFY(first.atEnd);
    }

    void hourlyCountsByGateAndDirection()
    {
        Fixture fx;
        const QList<HourlyCount> h = CrossingReview(fx.t.db()).hourly(day1());
        QStringList got;
        for (const HourlyCount& c : h)
            got << QStringLiteral("%1 %2 %3 %4")
                       .arg(c.hourUtc.toUTC().time().hour())
                       .arg(c.gate, toString(c.direction))
                       .arg(c.count);
        QCOMPARE(got.join(QLatin1Char('|')),
                 QStringLiteral("0 north in 5|0 north out 1|0 south in 2|0 south out 2|"
                                "1 north in 1|1 north out 1|2 south in 1"));
    }

    void denialsByReason()
    {
        Fixture fx;
        CrossingReview review(fx.t.db());
        QList<ReasonCount> d = review.denialsByReason(day1());
        QCOMPARE(d.size(), 4);
        for (const ReasonCount& r : d)
            QCOMPARE(r.count, qint64(1));
        d = review.denialsByReason({});
        QCOMPARE(int(d.first().reason), int(Reason::Passback));
        QCOMPARE(d.first().count, qint64(2));
    }

    void anomaliesOfTheDay()
    {
        Fixture fx;
        const QList<Anomaly> a = CrossingReview(fx.t.db()).anomalies(day1(), 10);
        QStringList kinds;
        for (const Anomaly& x : a)
            kinds << toString(x.kind);
        // 李四 out at the south gate at 00:25 and in at the north gate at 00:30; 王小明 north 00:40, south
        // 00:45.
        QCOMPARE(kinds.join(QLatin1Char(' ')),
                 QStringLiteral("passback override unknown_pass two_gates fever two_gates incident"));
        QCOMPARE(a.at(1).row.overrideReason, QStringLiteral("emergency"));
        QCOMPARE(a.at(3).row.uuid, fx.rows.at(8).uuid);
        QCOMPARE(a.at(3).other->uuid, fx.rows.at(6).uuid);
        QCOMPARE(a.at(5).row.uuid, fx.rows.at(14).uuid);
        QCOMPARE(a.at(5).other->uuid, fx.rows.at(10).uuid);
        // Five minutes apart: not within a window of four.
        const QList<Anomaly> narrow = CrossingReview(fx.t.db()).anomalies(day1(), 4);
        QCOMPARE(narrow.size(), 5);
    }

    void syncConflictsOfStationsThatWereApart()
    {
        Fixture fx;
        // Two hours later: 0000005 goes in at the north gate and, the stations cut off from each
        // other, in again at the south gate (the south station could not say passback).
        // 0000006 goes in north, out south, in south: a proper sequence, no conflict.
        using D = Direction;
        using K = EntryKind;
        const CrossingEntry first = fx.add(200, "north", D::In, K::Scan, "0000005", Verdict::Allow, {}, "A");
        const CrossingEntry second = fx.add(220, "south", D::In, K::Scan, "0000005", Verdict::Allow, {}, "B");
        fx.add(201, "north", D::In, K::Scan, "0000006", Verdict::Allow, {}, "A");
        fx.add(230, "south", D::Out, K::Scan, "0000006", Verdict::Allow, {}, "B");
        fx.add(240, "south", D::In, K::Scan, "0000006", Verdict::Allow, {}, "B");
        QList<Anomaly> conflicts;
        for (const Anomaly& a : CrossingReview(fx.t.db()).anomalies(day1(), 10))
            if (a.kind == AnomalyKind::SyncConflict)
                conflicts << a;
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().row.uuid, second.uuid);
        QCOMPARE(conflicts.first().other->uuid, first.uuid);
        QCOMPARE(toString(conflicts.first().kind), QStringLiteral("sync_conflict"));
    }

    void insideNowByArea()
    {
        Fixture fx;
        const InsideNow in = CrossingReview(fx.t.db()).insideNow();
        QCOMPARE(in.areas.size(), 2);
        QCOMPARE(in.areas.at(0).courtyard, 0); // 王小明, back in on day two
        QCOMPARE(in.areas.at(0).people, qint64(1));
        QCOMPARE(in.areas.at(0).vehicles, qint64(0)); // the car went out at 01:30
        QCOMPARE(in.areas.at(1).courtyard, 2);        // 李四, in at 02:00
        QCOMPARE(in.areas.at(1).people, qint64(1));
    }

    void historyNewestFirst()
    {
        Fixture fx;
        CrossingReview review(fx.t.db());
        const QList<CrossingEntry> h = review.history(QStringLiteral("0000001"));
        QCOMPARE(h.size(), 8);
        QCOMPARE(h.first().uuid, fx.rows.at(19).uuid);
        for (qsizetype i = 1; i < h.size(); ++i)
            QVERIFY(h[i - 1].atUtc >= h[i].atUtc);
        QCOMPARE(review.householdHistory(1).size(), 10);
        QCOMPARE(review.householdHistory(2).size(), 7);
    }

    void csvExportReadsBack()
    {
        Fixture fx;
        QByteArray file;
        const qint64 n = csvexport::exportCrossings(fx.t.db(), day1(), Role::ShiftLead,
                                                    [&](const QByteArray& b) { file += b; });
        QCOMPARE(n, qint64(18));
        QVERIFY(file.startsWith("\xEF\xBB\xBF"
                                "at_utc,station,"));
        const QString text = QString::fromUtf8(file.mid(3));
        QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 19);
        QVERIFY(text.contains(QStringLiteral("王小明,138****5678,110***********1234")));
        QVERIFY(!text.contains(QStringLiteral("13812345678")));
        QVERIFY(text.contains(QStringLiteral(",'=冲卡,")));
        QVERIFY(text.contains(QStringLiteral("赵访客,139****1111")));
        QByteArray full;
        csvexport::exportCrossings(fx.t.db(), day1(), Role::Admin, [&](const QByteArray& b) { full += b; });
        QVERIFY(QString::fromUtf8(full).contains(QStringLiteral("王小明,13812345678,110108199001011234")));
    }
};

QTEST_GUILESS_MAIN(TestCrossingReview)
#include "TestCrossingReview.moc"
