#include "FakeClock.h"
#include "TempDb.h"
#include "core/CrossingLog.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace gatepost;
using namespace gatepost::core;
using namespace Qt::StringLiterals;

namespace {

CrossingEntry scan(const QString& serial, Verdict verdict, Direction direction = Direction::In,
                   QList<Reason> reasons = {})
{
    CrossingEntry e;
    e.gate = QStringLiteral("north");
    e.direction = direction;
    e.kind = EntryKind::Scan;
    e.passSerial = serial;
    e.verdict = verdict;
    e.reasons = std::move(reasons);
    e.operatorName = QStringLiteral("王芳");
    e.shift = QStringLiteral("A");
    return e;
}

// Reason names, for readable comparisons (QCOMPARE cannot print a QList of our enums).
QStringList names(const QList<Reason>& reasons)
{
    QStringList out;
    for (Reason r : reasons)
        out << toString(r);
    return out;
}

// Drops the append-only triggers, as someone with the file and the sqlite3 shell could.
void dropTriggers(Database& db)
{
    db.exec("DROP TRIGGER crossings_no_update; DROP TRIGGER crossings_no_delete;");
}

} // namespace

class TestCrossingLog : public QObject
{
    Q_OBJECT

private slots:
    void entryKindNamesMatchTheSchema()
    {
        const QStringList names{QStringLiteral("scan"), QStringLiteral("manual"), QStringLiteral("visitor"),
                                QStringLiteral("decision"), QStringLiteral("incident")};
        for (const QString& name : names) {
            const auto k = entryKindFromString(name);
            QVERIFY2(k.has_value(), qPrintable(name));
            QCOMPARE(toString(*k), name);
        }
        QVERIFY(!entryKindFromString(u"Scan").has_value());
    }

    void appendThenReadBackEveryField()
    {
        test::TempDb t;
        test::FakeClock clock;
        CrossingLog log(t.db(), QStringLiteral("north-1"), clock);
        CrossingEntry d;
        d.gate = QStringLiteral("south");
        d.direction = Direction::Out;
        d.kind = EntryKind::Visitor;
        d.passSerial = QStringLiteral("0001234");
        d.visitorId = QStringLiteral("V-17");
        d.subjectKind = SubjectKind::Visitor;
        d.verdict = Verdict::Check;
        d.reasons = {Reason::MissingTemperature, Reason::OutsideHours};
        d.operatorName = QStringLiteral("李明");
        d.shift = QStringLiteral("夜班");
        d.temperature = 36.54; // kept to one decimal
        d.note = QStringLiteral("快递, \"line\"\nsecond line");
        const CrossingEntry w = log.append(d);

        QVERIFY(!QUuid::fromString(w.uuid).isNull());
        QCOMPARE(w.stationId, QStringLiteral("north-1"));
        QCOMPARE(w.stationSeq, 1);
        QCOMPARE(w.atUtc, clock.nowUtc());
        QCOMPARE(w.prevHash, genesisHash());
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(w.hash).hasMatch());
        QCOMPARE(*w.temperature, 36.5);

        const auto r = log.byUuid(w.uuid);
        QVERIFY(r.has_value());
        QCOMPARE(r->rowId, w.rowId);
        QCOMPARE(r->uuid, w.uuid);
        QCOMPARE(r->stationId, w.stationId);
        QCOMPARE(r->stationSeq, 1);
        QCOMPARE(r->atUtc, clock.nowUtc());
        QCOMPARE(r->atUtc.timeSpec(), Qt::UTC);
        QCOMPARE(r->gate, d.gate);
        QCOMPARE(toString(r->direction), toString(Direction::Out));
        QCOMPARE(toString(r->kind), toString(EntryKind::Visitor));
        QCOMPARE(r->passSerial, d.passSerial);
        QCOMPARE(r->visitorId, d.visitorId);
        QCOMPARE(toString(r->subjectKind), toString(SubjectKind::Visitor));
        QCOMPARE(toString(r->verdict), toString(Verdict::Check));
        QCOMPARE(names(r->reasons), names(d.reasons));
        QVERIFY(r->refUuid.isEmpty());
        QVERIFY(!r->letThrough.has_value());
        QCOMPARE(r->operatorName, d.operatorName);
        QCOMPARE(r->shift, d.shift);
        QCOMPARE(*r->temperature, 36.5);
        QCOMPARE(r->note, d.note);
        QCOMPARE(r->prevHash, w.prevHash);
        QCOMPARE(r->hash, w.hash);
        // The stored time is ISO-8601 UTC with milliseconds and 'Z'.
        auto q = t.db().prepare("SELECT at_utc, reasons FROM crossings");
        QVERIFY(q.step());
        QCOMPARE(q.text(0), QStringLiteral("2026-03-01T02:00:00.000Z"));
        QCOMPARE(q.text(1), QStringLiteral("missing_temperature,outside_hours"));
        QVERIFY(!log.byUuid(QUuid::createUuid().toString(QUuid::WithoutBraces)).has_value());
    }

    void givenTimeIsKeptAndConvertedToUtc()
    {
        test::TempDb t;
        test::FakeClock clock;
        CrossingLog log(t.db(), QStringLiteral("s1"), clock);
        CrossingEntry d = scan(QStringLiteral("0000001"), Verdict::Allow);
        d.atUtc = QDateTime(QDate(2026, 2, 28), QTime(23, 30, 15, 250), QTimeZone(8 * 3600));
        const auto w = log.append(d);
        QCOMPARE(log.byUuid(w.uuid)->atUtc, QDateTime(QDate(2026, 2, 28), QTime(15, 30, 15, 250), Qt::UTC));
    }

    void sequenceAndChainArePerStation()
    {
        test::TempDb t;
        test::FakeClock clock;
        CrossingLog north(t.db(), QStringLiteral("north-1"), clock);
        CrossingLog south(t.db(), QStringLiteral("south-1"), clock);
        QList<CrossingEntry> n, s;
        for (int i = 0; i < 5; ++i) {
            n << north.append(scan(QStringLiteral("0000001"), Verdict::Allow));
            s << south.append(scan(QStringLiteral("0000002"), Verdict::Allow));
            if (i % 2)
                s << south.append(scan(QStringLiteral("0000003"), Verdict::Deny));
            clock.advanceSecs(10);
        }
        for (const auto* chain : {&n, &s}) {
            for (qsizetype i = 0; i < chain->size(); ++i) {
                QCOMPARE(chain->at(i).stationSeq, i + 1);
                QCOMPARE(chain->at(i).prevHash, i == 0 ? genesisHash() : chain->at(i - 1).hash);
            }
        }
        QCOMPARE(s.size(), 7);
        QCOMPARE(north.count(), 12); // count() is the whole file
        const ChainReport r = north.verify();
        QVERIFY2(r.ok, qPrintable(r.problem));
        QCOMPARE(r.rowsChecked, 12);
    }

    void twoConnectionsOnOneFileShareTheChain()
    {
        // Another process (a second connection) may write the same station's log:
        // the seq and the link are read inside the write transaction, never cached.
        test::TempDb t;
        test::FakeClock clock;
        auto other = Database::open(t.path());
        CrossingLog a(t.db(), QStringLiteral("s1"), clock);
        CrossingLog b(*other, QStringLiteral("s1"), clock);
        QList<qint64> seqs;
        for (int i = 0; i < 4; ++i) {
            seqs << a.append(scan(QStringLiteral("0000001"), Verdict::Allow)).stationSeq;
            seqs << b.append(scan(QStringLiteral("0000001"), Verdict::Allow)).stationSeq;
        }
        QCOMPARE(seqs, (QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8}));
        QVERIFY(a.verify().ok);
    }

    void verifyCatchesAChangedField_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::newRow("verdict") << QByteArray(
            "UPDATE crossings SET verdict = 'allow' WHERE station_seq = ?1");
        QTest::newRow("time") << QByteArray(
            "UPDATE crossings SET at_utc = '2026-03-01T01:00:00.000Z' WHERE station_seq = ?1");
        QTest::newRow("serial") << QByteArray(
            "UPDATE crossings SET pass_serial = '7654321' WHERE station_seq = ?1");
        QTest::newRow("reasons") << QByteArray("UPDATE crossings SET reasons = '' WHERE station_seq = ?1");
        QTest::newRow("note") << QByteArray("UPDATE crossings SET note = note || ' ' WHERE station_seq = ?1");
        QTest::newRow("temperature 2nd decimal")
            << QByteArray("UPDATE crossings SET temperature = 37.34 WHERE station_seq = ?1");
        QTest::newRow("temperature") << QByteArray(
            "UPDATE crossings SET temperature = 36.6 WHERE station_seq = ?1");
        QTest::newRow("operator") << QByteArray("UPDATE crossings SET operator = 'x' WHERE station_seq = ?1");
    }

    void verifyCatchesAChangedField()
    {
        QFETCH(QByteArray, sql);
        test::TempDb t;
        test::FakeClock clock;
        CrossingLog log(t.db(), QStringLiteral("s1"), clock);
        QList<CrossingEntry> rows;
        for (int i = 0; i < 10; ++i) {
            CrossingEntry d = scan(QStringLiteral("0000042"), Verdict::Deny, Direction::In, {Reason::Fever});
            d.temperature = 37.3;
            rows << log.append(d);
            clock.advanceSecs(60);
        }
        QVERIFY(log.verify().ok);
        dropTriggers(t.db());
        const qint64 k = 6;
        auto up = t.db().prepare(sql.constData());
        up.bind(1, k).exec();
        QCOMPARE(t.db().changes(), 1);

        const ChainReport r = log.verify();
        QVERIFY(!r.ok);
        QCOMPARE(r.stationId, QStringLiteral("s1"));
        QCOMPARE(r.firstBrokenSeq, k);
        QCOMPARE(r.firstBrokenRowId, rows[k - 1].rowId);
        QVERIFY2(r.problem.contains(QStringLiteral("changed")), qPrintable(r.problem));
    }

    void rewritingTheHashToo_isCaughtAtTheNextRow()
    {
        test::TempDb t;
        test::FakeClock clock;
        CrossingLog log(t.db(), QStringLiteral("s1"), clock);
        for (int i = 0; i < 5; ++i)
            log.append(scan(QStringLiteral("0000042"), Verdict::Deny));
        dropTriggers(t.db());
        // A careful attacker recomputes row 3's hash after editing it.
        CrossingEntry e = log.query({}, {})[2];
        e.verdict = Verdict::Allow;
        const QByteArray hash =
            QCryptographicHash::hash(QByteArray(e.prevHash.toLatin1() + canonicalEncoding(e)),
                                     QCryptographicHash::Sha256)
                .toHex();
        auto up = t.db().prepare("UPDATE crossings SET verdict = 'allow', hash = ?1 WHERE station_seq = 3");
        up.bind(1, QString::fromLatin1(hash)).exec();
        const ChainReport r = log.verify();
        QVERIFY(!r.ok);
        QCOMPARE(r.firstBrokenSeq, 4);
        QVERIFY2(r.problem.contains(QStringLiteral("does not link")), qPrintable(r.problem));
    }

    void deletingARowIsReportedAsAGap_data()
    {
        QTest::addColumn<qint64>("deleted");
        QTest::newRow("first") << qint64(1);
        QTest::newRow("middle") << qint64(4);
    }

    void deletingARowIsReportedAsAGap()
    {
        QFETCH(qint64, deleted);
        test::TempDb t;
        test::FakeClock clock;
        CrossingLog log(t.db(), QStringLiteral("s1"), clock);
        QList<CrossingEntry> rows;
        for (int i = 0; i < 8; ++i)
            rows << log.append(scan(QStringLiteral("0000042"), Verdict::Allow));
        dropTriggers(t.db());
        auto del = t.db().prepare("DELETE FROM crossings WHERE station_seq = ?1");
        del.bind(1, deleted).exec();
        const ChainReport r = log.verify();
        QVERIFY(!r.ok);
        QCOMPARE(r.firstBrokenSeq, deleted);
        QCOMPARE(r.firstBrokenRowId, rows[deleted].rowId); // the row after the gap
        QVERIFY2(r.problem.contains(QStringLiteral("entry %1 is missing").arg(deleted)),
                 qPrintable(r.problem));
    }

    void updateAndDeleteAreRefused()
    {
        test::TempDb t;
        test::FakeClock clock;
        CrossingLog log(t.db(), QStringLiteral("s1"), clock);
        const auto w = log.append(scan(QStringLiteral("0000042"), Verdict::Deny));
        auto up = t.db().prepare("UPDATE crossings SET verdict = 'allow' WHERE uuid = ?1");
        up.bind(1, w.uuid);
        QVERIFY_THROWS_EXCEPTION(DbError, up.exec());
        auto del = t.db().prepare("DELETE FROM crossings WHERE uuid = ?1");
        del.bind(1, w.uuid);
        QVERIFY_THROWS_EXCEPTION(DbError, del.exec());
        QCOMPARE(toString(log.byUuid(w.uuid)->verdict), toString(Verdict::Deny));
        QVERIFY(log.verify().ok);
        // The log keeps working after the refused statements.
        QCOMPARE(log.append(scan(QStringLiteral("0000042"), Verdict::Allow)).stationSeq, 2);
    }

    void decisionRowRecordsTheOverride()
    {
        test::TempDb t;
        test::FakeClock clock;
        CrossingLog log(t.db(), QStringLiteral("s1"), clock);
        const auto denied =
            log.append(scan(QStringLiteral("0000042"), Verdict::Deny, Direction::In, {Reason::Expired}));
        clock.advanceSecs(20);
        const auto d = log.appendDecision(denied.uuid, true, QStringLiteral("renewal confirmed by phone"),
                                          QStringLiteral("张伟"), QStringLiteral("called the office"));
        QCOMPARE(d.stationSeq, 2);
        const auto r = log.byUuid(d.uuid);
        QCOMPARE(toString(r->kind), toString(EntryKind::Decision));
        QCOMPARE(r->refUuid, denied.uuid);
        QCOMPARE(r->letThrough, std::optional<bool>(true));
        QCOMPARE(r->overrideReason, QStringLiteral("renewal confirmed by phone"));
        QCOMPARE(r->operatorName, QStringLiteral("张伟"));
        QCOMPARE(r->note, QStringLiteral("called the office"));
        QCOMPARE(r->atUtc, clock.nowUtc());
        // It repeats what was decided on.
        QCOMPARE(r->passSerial, QStringLiteral("0000042"));
        QCOMPARE(toString(r->verdict), toString(Verdict::Deny));
        QCOMPARE(names(r->reasons), QStringList{QStringLiteral("expired")});
        QCOMPARE(r->gate, QStringLiteral("north"));
        QCOMPARE(log.counts({}, {}).overrides, 1);
        QVERIFY(log.verify().ok);
    }

    void overrideOfADenyNeedsAReason()
    {
        test::TempDb t;
        test::FakeClock clock;
        CrossingLog log(t.db(), QStringLiteral("s1"), clock);
        const auto denied = log.append(scan(QStringLiteral("0000042"), Verdict::Deny));
        const auto checked = log.append(scan(QStringLiteral("0000043"), Verdict::Check));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, log.appendDecision(denied.uuid, true, {}, u"王"_s));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 log.appendDecision(denied.uuid, true, QStringLiteral("  "), u"王"_s));
        QCOMPARE(log.count(), 2);
        // Refusing a deny, or letting a check through, needs no reason.
        log.appendDecision(denied.uuid, false, {}, u"王"_s);
        log.appendDecision(checked.uuid, true, {}, u"王"_s);
        QCOMPARE(log.count(), 4);
        QVERIFY(log.verify().ok);
    }

    void malformedDecisionsAreRefused()
    {
        test::TempDb t;
        test::FakeClock clock;
        CrossingLog log(t.db(), QStringLiteral("s1"), clock);
        const auto c = log.append(scan(QStringLiteral("0000042"), Verdict::Check));
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument,
            log.appendDecision(QUuid::createUuid().toString(QUuid::WithoutBraces), true, {}, u"王"_s));
        CrossingEntry noChoice;
        noChoice.kind = EntryKind::Decision;
        noChoice.refUuid = c.uuid;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, log.append(noChoice));
        CrossingEntry noRef;
        noRef.kind = EntryKind::Decision;
        noRef.letThrough = true;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, log.append(noRef));
        CrossingEntry scanWithChoice = scan(QStringLiteral("0000042"), Verdict::Check);
        scanWithChoice.letThrough = true;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, log.append(scanWithChoice));
        const auto d = log.appendDecision(c.uuid, true, {}, u"王"_s);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, log.appendDecision(d.uuid, true, {}, u"王"_s));
        CrossingEntry noGate = scan(QStringLiteral("0000042"), Verdict::Allow);
        noGate.gate.clear();
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, log.append(noGate));
        QCOMPARE(log.count(), 2);
        QVERIFY(log.verify().ok);
    }

    void recentForPassComputesPassedThrough()
    {
        test::TempDb t;
        test::FakeClock clock;
        CrossingLog log(t.db(), QStringLiteral("s1"), clock);
        const QString me = QStringLiteral("0000042");
        log.append(scan(me, Verdict::Allow)); // before the window
        clock.advanceSecs(3600);
        const QDateTime since = clock.nowUtc();
        const auto allow = log.append(scan(me, Verdict::Allow, Direction::Out));
        clock.advanceSecs(60);
        const auto checkOpen = log.append(scan(me, Verdict::Check));
        clock.advanceSecs(60);
        const auto checkLet = log.append(scan(me, Verdict::Check));
        log.appendDecision(checkLet.uuid, true, {}, u"王"_s);
        clock.advanceSecs(60);
        const auto denyRefused = log.append(scan(me, Verdict::Deny));
        log.appendDecision(denyRefused.uuid, false, {}, u"王"_s);
        clock.advanceSecs(60);
        const auto denyLetThenRefused = log.append(scan(me, Verdict::Deny));
        log.appendDecision(denyLetThenRefused.uuid, true, QStringLiteral("lead said yes"), u"王"_s);
        clock.advanceSecs(5);
        // One decision per crossing (schema 3): a second is refused, the first stands.
        QVERIFY_THROWS_EXCEPTION(DbError, log.appendDecision(denyLetThenRefused.uuid, false, {}, u"李"_s));
        clock.advanceSecs(60);
        const auto denyOverridden = log.append(scan(me, Verdict::Deny));
        log.appendDecision(denyOverridden.uuid, true, QStringLiteral("medical emergency"), u"王"_s);
        clock.advanceSecs(60);
        const auto allowRefused = log.append(scan(me, Verdict::Allow));
        log.appendDecision(allowRefused.uuid, false, {}, u"王"_s); // photo did not match
        CrossingEntry incident = scan(me, Verdict::Deny);
        incident.kind = EntryKind::Incident;
        log.append(incident);
        log.append(scan(QStringLiteral("0000043"), Verdict::Allow)); // someone else

        const auto recent = log.recentForPass(me, since);
        QStringList uuids;
        QList<bool> passed;
        for (const auto& r : recent) {
            uuids << r.uuid;
            passed << r.passedThrough;
            QCOMPARE(r.stationId, QStringLiteral("s1"));
        }
        QCOMPARE(uuids, (QStringList{allow.uuid, checkOpen.uuid, checkLet.uuid, denyRefused.uuid,
                                     denyLetThenRefused.uuid, denyOverridden.uuid, allowRefused.uuid}));
        QCOMPARE(passed, (QList<bool>{true, false, true, false, true, true, false}));
        QCOMPARE(toString(recent[0].direction), toString(Direction::Out));
        QCOMPARE(recent[0].atUtc, allow.atUtc);
        QCOMPARE(toString(recent[1].verdict), toString(Verdict::Check));
        QCOMPARE(log.recentForPass(me, {}).size(), 8);
        QVERIFY(log.recentForPass(QStringLiteral("9999999"), {}).isEmpty());
    }

    void queryReturnsAHalfOpenRangeInTimeOrder()
    {
        test::TempDb t;
        test::FakeClock clock;
        CrossingLog log(t.db(), QStringLiteral("s1"), clock);
        const QDateTime t0 = clock.nowUtc();
        QList<CrossingEntry> rows;
        // Appended out of time order (a late manual entry), and two at the same instant.
        for (int minute : {0, 1, 2, 5, 3, 4, 4, 6, 7, 8, 9}) {
            CrossingEntry d = scan(QStringLiteral("0000042"), Verdict::Allow);
            d.atUtc = t0.addSecs(60 * minute);
            rows << log.append(d);
        }
        const auto mid = log.query(t0.addSecs(120), t0.addSecs(300));
        QList<int> minutes;
        for (const auto& e : mid)
            minutes << static_cast<int>(t0.secsTo(e.atUtc) / 60);
        QCOMPARE(minutes, (QList<int>{2, 3, 4, 4}));
        QCOMPARE(mid[2].rowId, rows[5].rowId); // same instant: row order
        QCOMPARE(mid[3].rowId, rows[6].rowId);
        QCOMPARE(log.query({}, t0.addSecs(120)).size(), 2);
        QCOMPARE(log.query(t0.addSecs(9 * 60), {}).size(), 1);
        QCOMPARE(log.query({}, {}).size(), rows.size());
        const auto firstThree = log.query({}, {}, 3);
        QCOMPARE(firstThree.size(), 3);
        QCOMPARE(firstThree.last().atUtc, t0.addSecs(120));
        QVERIFY(log.query(t0.addDays(1), {}).isEmpty());
    }

    void aRowSurvivesClosingAndReopening()
    {
        test::TempDb t;
        test::FakeClock clock;
        CrossingEntry first;
        {
            CrossingLog log(t.db(), QStringLiteral("s1"), clock);
            first = log.append(scan(QStringLiteral("0000042"), Verdict::Allow));
        }
        t.reopen();
        CrossingLog log(t.db(), QStringLiteral("s1"), clock);
        const auto r = log.byUuid(first.uuid);
        QVERIFY(r.has_value());
        QCOMPARE(r->hash, first.hash);
        QCOMPARE(r->passSerial, first.passSerial);
        const auto second = log.append(scan(QStringLiteral("0000042"), Verdict::Allow, Direction::Out));
        QCOMPARE(second.stationSeq, 2);
        QCOMPARE(second.prevHash, first.hash);
        QVERIFY(log.verify().ok);
    }

    void diskFullLosesNothingAlreadyWritten()
    {
        test::TempDb t;
        test::FakeClock clock;
        CrossingLog log(t.db(), QStringLiteral("s1"), clock);
        QList<CrossingEntry> written;
        for (int i = 0; i < 5; ++i)
            written << log.append(scan(QStringLiteral("0000042"), Verdict::Allow));
        auto pages = t.db().prepare("PRAGMA page_count");
        QVERIFY(pages.step());
        const qint64 full = pages.int64(0);
        pages.reset();
        // PRAGMA takes no bound parameters; the number comes from SQLite itself.
        t.db().exec(QByteArray("PRAGMA max_page_count = " + QByteArray::number(full)).constData());
        bool sawDiskFull = false;
        for (int i = 0; i < 5000 && !sawDiskFull; ++i) {
            CrossingEntry d = scan(QStringLiteral("0000042"), Verdict::Allow);
            d.note = QString(200, QLatin1Char('x'));
            try {
                written << log.append(d);
            } catch (const DbError& e) {
                QVERIFY2(e.isDiskFull(), qPrintable(e.message()));
                QVERIFY2(e.message().contains(QStringLiteral("disk is full")), qPrintable(e.message()));
                sawDiskFull = true;
            }
        }
        QVERIFY(sawDiskFull);
        QCOMPARE(log.count(), written.size());
        for (const auto& w : written)
            QCOMPARE(log.byUuid(w.uuid)->hash, w.hash);
        QVERIFY(log.verify().ok);
        // Space freed: the chain continues where it stopped.
        t.db().exec("PRAGMA max_page_count = 1073741823");
        const auto next = log.append(scan(QStringLiteral("0000042"), Verdict::Allow));
        QCOMPARE(next.stationSeq, written.size() + 1);
        QCOMPARE(next.prevHash, written.last().hash);
        QVERIFY(log.verify().ok);
        QCOMPARE(t.db().integrityCheck(), QStringLiteral("ok"));
    }

    void batchIsAllOrNothing()
    {
        test::TempDb t;
        test::FakeClock clock;
        CrossingLog log(t.db(), QStringLiteral("s1"), clock);
        QList<CrossingEntry> drafts(3, scan(QStringLiteral("0000042"), Verdict::Allow));
        drafts[2].gate.clear(); // invalid
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, log.appendBatch(drafts));
        QCOMPARE(log.count(), 0);
        drafts[2].gate = QStringLiteral("south");
        const auto w = log.appendBatch(drafts);
        QCOMPARE(w.size(), 3);
        QCOMPARE(w[2].stationSeq, 3);
        QCOMPARE(w[2].prevHash, w[1].hash);
        QVERIFY(log.verify().ok);
    }

    void canonicalEncodingIsStableAndUnambiguous()
    {
        CrossingEntry e;
        e.uuid = QStringLiteral("u");
        e.stationId = QStringLiteral("s1");
        e.stationSeq = 12;
        e.atUtc = QDateTime(QDate(2026, 3, 1), QTime(2, 0, 0, 7), Qt::UTC);
        e.gate = QStringLiteral("north");
        e.passSerial = QStringLiteral("0000042");
        e.reasons = {Reason::Fever, Reason::Passback};
        e.temperature = 37.5;
        e.note = QStringLiteral("门");
        // The documented v1 format: changing it breaks verification of every existing file.
        const QByteArray expected = "gatepost-crossing-v1\n"
                                    "uuid=1:u\nstation_id=2:s1\nstation_seq=2:12\n"
                                    "at_utc=24:2026-03-01T02:00:00.007Z\ngate=5:north\ndirection=2:in\n"
                                    "entry_kind=4:scan\npass_serial=7:0000042\nvisitor_id=0:\n"
                                    "subject_kind=6:person\nverdict=5:allow\nreasons=14:fever,passback\n"
                                    "ref_uuid=0:\ndecision=0:\noverride_reason=0:\noperator=0:\nshift=0:\n"
                                    "temperature=4:37.5\nnote=3:\xe9\x97\xa8\n";
        QCOMPARE(canonicalEncoding(e), expected);

        // Moving text across a field boundary changes the encoding.
        CrossingEntry a = e, b = e;
        a.operatorName = QStringLiteral("ab");
        b.operatorName = QStringLiteral("a");
        b.shift = QStringLiteral("b");
        QVERIFY(canonicalEncoding(a) != canonicalEncoding(b));
        CrossingEntry c = e;
        c.note = QStringLiteral("门\nshift=0:");
        QVERIFY(canonicalEncoding(c) != canonicalEncoding(e));
        CrossingEntry noTemp = e;
        noTemp.temperature.reset();
        QVERIFY(canonicalEncoding(noTemp).contains("\ntemperature=0:\n"));
    }
};

QTEST_GUILESS_MAIN(TestCrossingLog)
#include "TestCrossingLog.moc"
