#include "FakeClock.h"
#include "TempDb.h"
#include "core/Checkpoint.h"
#include "core/CrossingLog.h"
#include "core/DemoCommunity.h"
#include "core/Formats.h"
#include "core/GateDesk.h"
#include "core/Registry.h"

#include <QTest>

#include <functional>
#include <memory>

using namespace gatepost;
using namespace gatepost::core;

namespace {

const QString kGate = QStringLiteral("north");
const QString kOperator = QStringLiteral("李志愿");

QString str(Verdict v)
{
    return toString(v);
}
QString str(const QList<Reason>& reasons)
{
    QStringList names;
    for (Reason r : reasons)
        names.append(toString(r));
    return u'[' + names.join(u',') + u']';
}

// A valid GB 11643 number (check character computed, so the test cannot carry a typo).
QString idNumber(const QString& first17)
{
    return first17 + formats::idCheckCharacter(first17);
}

// The station's services on a real file, destroyed in reverse order (they cache statements).
struct Fixture
{
    test::TempDb t;
    test::FakeClock clock; // 2026-03-01 02:00 UTC = 10:00 Beijing, shift B
    std::unique_ptr<Registry> reg = std::make_unique<Registry>(t.db(), clock);
    QString stationId;
    std::unique_ptr<CrossingLog> log;
    std::unique_ptr<Checkpoint> cp;
    std::unique_ptr<GateDesk> desk;
    qint64 home = 0;
    qint64 wang = 0; // registered resident of home, phone 13812345678
    Pass wangPass;

    explicit Fixture(bool demo = false)
    {
        stationId = reg->initStation(QStringLiteral("北门1号"), kGate).stationId;
        log = std::make_unique<CrossingLog>(t.db(), stationId, clock);
        cp = std::make_unique<Checkpoint>(*reg, *log, clock, stationId);
        desk = std::make_unique<GateDesk>(*reg, *log, *cp, clock);
        if (demo) {
            generateDemoCommunity(t.db(), DemoOptions{1, reg->today()});
            return;
        }
        home = reg->addHousehold(Household{0, QStringLiteral("清河四街 12排 3号"), 0, {}});
        Person p;
        p.householdId = home;
        p.name = QStringLiteral("王建国");
        p.phone = QStringLiteral("13812345678");
        wang = reg->addPerson(p);
        wangPass = reg->issue(IssueRequest{HolderKind::Person, wang, {}, {}, {}, {}});
    }

    qint64 count(const char* sql)
    {
        Statement q = t.db().prepare(sql);
        return q.step() ? q.int64(0) : -1;
    }
    qint64 visits() { return count("SELECT count(*) FROM visits"); }
    qint64 crossings() { return log->count(); }
    qint64 people() { return count("SELECT count(*) FROM people"); }
    qint64 quarantines() { return count("SELECT count(*) FROM quarantines"); }

    void setPolicy(const std::function<void(Policy&)>& change)
    {
        Policy p = reg->policy();
        change(p);
        reg->setPolicy(p);
    }
    void setBeijing(int h, int mi)
    {
        clock.set(QDateTime(QDate(2026, 3, 1), QTime(h, mi), Qt::UTC).addSecs(-8 * 3600));
    }

    VisitorEntry visitor() const
    {
        VisitorEntry e;
        e.name = QStringLiteral("张三");
        e.phone = QStringLiteral("138 0013 8000");
        e.householdId = home;
        e.reason = QStringLiteral("送药");
        e.gate = kGate;
        e.operatorName = kOperator;
        return e;
    }
    ReturneeArrival returnee() const
    {
        ReturneeArrival a;
        a.name = QStringLiteral("赵敏");
        a.phone = QStringLiteral("+86 139-0000-1111");
        a.householdId = home;
        a.origin = QStringLiteral("武汉");
        a.gate = kGate;
        a.operatorName = kOperator;
        return a;
    }
    CheckInput scanOf(const Pass& pass, Direction dir = Direction::In) const
    {
        CheckInput in;
        in.codeText = Registry::qrText(pass);
        in.gate = kGate;
        in.direction = dir;
        in.operatorName = kOperator;
        return in;
    }
    bool chainOk() const { return log->verify().ok; }
};

} // namespace

class TestGateDesk : public QObject
{
    Q_OBJECT

private slots:
    // --- manual check -----------------------------------------------------------------

    void manualCheckRunsTheScanRulesAndLogsManual()
    {
        Fixture f;
        const Decision scan = f.cp->evaluate(f.scanOf(f.wangPass));
        const CheckOutcome out =
            f.desk->manualCheck(f.wangPass.serial, kGate, Direction::In, 36.6, kOperator);
        QCOMPARE(str(out.decision.verdict), str(scan.verdict));
        QCOMPARE(str(out.decision.reasons), str(scan.reasons));
        QCOMPARE(out.decision.holder->name, QStringLiteral("王建国"));
        QVERIFY(out.logged);
        QVERIFY(out.logged->kind == EntryKind::Manual);
        QCOMPARE(out.logged->passSerial, f.wangPass.serial);
        QCOMPARE(out.logged->operatorName, kOperator);
        QCOMPARE(out.logged->shift, QStringLiteral("2026-03-01/B"));
        QCOMPARE(*out.logged->temperature, 36.6);
        QCOMPARE(f.log->byUuid(out.logged->uuid)->uuid, out.logged->uuid); // committed
    }

    void manualCheckSharesDuplicateAndPassbackWithScans()
    {
        Fixture f;
        const QString bare = QString::number(f.wangPass.serial.toLongLong()); // leading zeros dropped
        QVERIFY(f.desk->manualCheck(bare, kGate, Direction::In, {}, kOperator).logged);
        // The card scanned a moment later repeats the manual entry: not a second crossing.
        f.clock.advanceSecs(2);
        const CheckOutcome again = f.cp->process(f.scanOf(f.wangPass));
        QVERIFY(again.decision.isDuplicate());
        QVERIFY(!again.logged);
        f.clock.advanceSecs(600);
        const CheckOutcome back = f.desk->manualCheck(f.wangPass.serial, kGate, Direction::In, {}, kOperator);
        QCOMPARE(str(back.decision.verdict), str(Verdict::Check));
        QCOMPARE(str(back.decision.reasons), QStringLiteral("[passback]"));
        QCOMPARE(f.crossings(), 2);
    }

    void manualCheckOfAnUnknownSerialWritesNothing()
    {
        Fixture f;
        try {
            f.desk->manualCheck(QStringLiteral("9999999"), kGate, Direction::In, {}, kOperator);
            QFAIL("an unknown serial was checked");
        } catch (const std::invalid_argument& e) {
            QCOMPARE(QString::fromUtf8(e.what()), QStringLiteral("no pass 9999999"));
        }
        QCOMPARE(f.crossings(), 0);
    }

    void manualCheckEqualsScanOnTheDemoCommunity()
    {
        Fixture f(true);
        int compared = 0;
        for (PassStatus status : allPassStatuses()) {
            PassFilter filter;
            filter.status = status;
            filter.limit = 3;
            for (const Pass& pass : f.reg->passes(filter)) {
                const Decision scan = f.cp->evaluate(f.scanOf(pass, Direction::Out));
                const CheckOutcome manual =
                    f.desk->manualCheck(pass.serial, kGate, Direction::Out, {}, kOperator);
                QCOMPARE(str(manual.decision.verdict), str(scan.verdict));
                QCOMPARE(str(manual.decision.reasons), str(scan.reasons));
                ++compared;
            }
        }
        QCOMPARE(compared, 12);
        QVERIFY(f.chainOk());
    }

    // --- visitors ---------------------------------------------------------------------

    void visitorOnFootIsAllowedAndRegistered()
    {
        Fixture f;
        const VisitOutcome out = f.desk->logVisitor(f.visitor());
        QCOMPARE(str(out.decision.verdict), str(Verdict::Allow));
        QCOMPARE(str(out.decision.reasons), QStringLiteral("[]"));
        QCOMPARE(out.decision.holder->name, QStringLiteral("张三"));
        QCOMPARE(out.decision.holder->phoneMasked, QStringLiteral("138****8000"));
        QCOMPARE(out.decision.holder->address, QStringLiteral("清河四街 12排 3号"));
        QVERIFY(!out.visitId.isEmpty());
        QVERIFY(!out.incident);

        const CrossingEntry c = *f.log->byUuid(out.logged.uuid);
        QVERIFY(c.kind == EntryKind::Visitor);
        QVERIFY(c.subjectKind == SubjectKind::Visitor);
        QCOMPARE(c.visitorId, out.visitId);
        QCOMPARE(str(c.verdict), str(Verdict::Allow));
        QCOMPARE(c.note, QStringLiteral("送药"));
        QCOMPARE(c.operatorName, kOperator);
        QCOMPARE(c.shift, QStringLiteral("2026-03-01/B"));
        QCOMPARE(c.passSerial, QString());

        Statement q = f.t.db().prepare("SELECT kind, name, phone, household_id, reason, plate, person_id "
                                       "FROM visits WHERE visit_id = ?1");
        q.bind(1, out.visitId);
        QVERIFY(q.step());
        QCOMPARE(q.text(0), QStringLiteral("visitor"));
        QCOMPARE(q.text(1), QStringLiteral("张三"));
        QCOMPARE(q.text(2), QStringLiteral("13800138000")); // stored normalised
        QCOMPARE(q.int64(3), f.home);
        QCOMPARE(q.text(4), QStringLiteral("送药"));
        QCOMPARE(q.text(5), QString());
        QVERIFY(q.isNull(6));
    }

    void externalVehicleIsCheckedByDefault()
    {
        Fixture f;
        VisitorEntry e = f.visitor();
        e.plate = QStringLiteral("冀b·66666");
        e.householdId = 0; // a delivery to the office
        const VisitOutcome out = f.desk->logVisitor(e);
        QCOMPARE(str(out.decision.verdict), str(Verdict::Check));
        QCOMPARE(out.decision.holder->plate, QStringLiteral("冀B66666"));
        QVERIFY(out.logged.subjectKind == SubjectKind::Vehicle);
        QCOMPARE(f.count("SELECT count(*) FROM visits WHERE plate = '冀B66666' AND household_id IS NULL"), 1);
        // The volunteer lets the van through: a decision row on the visitor crossing.
        const CrossingEntry d = f.desk->decide(out.logged.uuid, true, {}, kOperator);
        QCOMPARE(d.visitorId, out.visitId);
        QCOMPARE(*d.letThrough, true);
    }

    void stationPolicyDecidesVisitors()
    {
        Fixture f;
        f.setPolicy([](Policy& p) { p.visitorVerdict = Verdict::Deny; });
        QCOMPARE(str(f.desk->logVisitor(f.visitor()).decision.verdict), str(Verdict::Deny));
        VisitorEntry leaving = f.visitor();
        leaving.direction = Direction::Out;
        const VisitOutcome out = f.desk->logVisitor(leaving);
        QCOMPARE(str(out.decision.verdict), str(Verdict::Allow)); // nobody is kept in
        QVERIFY(out.logged.direction == Direction::Out);
        f.setPolicy([](Policy& p) { p.visitorVerdict = Verdict::Check; });
        QCOMPARE(str(f.desk->logVisitor(f.visitor()).decision.verdict), str(Verdict::Check));
    }

    void visitorAt2300IsDeniedOutsideHours()
    {
        Fixture f;
        f.setBeijing(23, 0);
        const VisitOutcome out = f.desk->logVisitor(f.visitor());
        QCOMPARE(str(out.decision.verdict), str(Verdict::Deny));
        QCOMPARE(str(out.logged.reasons), QStringLiteral("[outside_hours]"));
        QCOMPARE(out.logged.shift, QStringLiteral("2026-03-01/D"));
        f.setBeijing(21, 59);
        QCOMPARE(str(f.desk->logVisitor(f.visitor()).decision.verdict), str(Verdict::Allow));
    }

    void feverVisitorIsDeniedWithAnIncident()
    {
        Fixture f;
        VisitorEntry e = f.visitor();
        e.temperature = 38.2;
        const VisitOutcome out = f.desk->logVisitor(e);
        QCOMPARE(str(out.decision.verdict), str(Verdict::Deny));
        QCOMPARE(str(out.logged.reasons), QStringLiteral("[fever]"));
        QVERIFY(out.incident);
        QVERIFY(out.incident->kind == EntryKind::Incident);
        QCOMPARE(out.incident->refUuid, out.logged.uuid);
        QCOMPARE(out.incident->visitorId, out.visitId);
        QCOMPARE(str(out.incident->reasons), QStringLiteral("[fever]"));
        QCOMPARE(*out.incident->temperature, 38.2);
        QCOMPARE(f.log->counts({}, {}).incidents, 1);
        QCOMPARE(f.log->counts({}, {}).deny, 1);
    }

    void requiredTemperatureHoldsAVisitor()
    {
        Fixture f;
        f.setPolicy([](Policy& p) { p.temperatureRequired = true; });
        const VisitOutcome out = f.desk->logVisitor(f.visitor());
        QCOMPARE(str(out.decision.verdict), str(Verdict::Check));
        QCOMPARE(str(out.logged.reasons), QStringLiteral("[missing_temperature]"));
    }

    void invalidVisitorWritesNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("no name") << "name"
                                 << "  "
                                 << "needs a name";
        QTest::newRow("short phone") << "phone"
                                     << "1381234"
                                     << "not an 11-digit mobile";
        QTest::newRow("landline") << "phone"
                                  << "010-62345678"
                                  << "not an 11-digit mobile";
        QTest::newRow("bad plate") << "plate"
                                   << "ABC123"
                                   << "not a licence plate";
        QTest::newRow("unknown household") << "household"
                                           << "99999"
                                           << "no household 99999";
        QTest::newRow("no gate") << "gate"
                                 << ""
                                 << "gate";
    }
    void invalidVisitorWritesNothing()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        Fixture f;
        VisitorEntry e = f.visitor();
        if (field == u"name")
            e.name = value;
        else if (field == u"phone")
            e.phone = value;
        else if (field == u"plate")
            e.plate = value;
        else if (field == u"household")
            e.householdId = value.toLongLong();
        else
            e.gate = value;
        try {
            f.desk->logVisitor(e);
            QFAIL("an invalid visitor was logged");
        } catch (const std::invalid_argument& ex) {
            QVERIFY2(QString::fromUtf8(ex.what()).contains(message), ex.what());
        }
        QCOMPARE(f.visits(), 0);
        QCOMPARE(f.crossings(), 0);
    }

    void aFailedCrossingLeavesNoOrphanVisit()
    {
        Fixture f;
        f.t.db().exec("CREATE TEMP TRIGGER refuse_crossings BEFORE INSERT ON crossings"
                      " BEGIN SELECT RAISE(ABORT, 'disk on fire'); END;");
        QVERIFY_THROWS_EXCEPTION(DbError, f.desk->logVisitor(f.visitor()));
        QVERIFY_THROWS_EXCEPTION(DbError, f.desk->registerReturnee(f.returnee()));
        QCOMPARE(f.visits(), 0);
        QCOMPARE(f.people(), 1);
        QCOMPARE(f.quarantines(), 0);
        QCOMPARE(f.crossings(), 0);
        f.t.db().exec("DROP TRIGGER refuse_crossings");
        f.desk->logVisitor(f.visitor());
        QCOMPARE(f.visits(), 1);
        QVERIFY(f.chainOk());
    }

    // --- returnees --------------------------------------------------------------------

    void returneeStartsHomeQuarantineAndCannotGoOut()
    {
        Fixture f;
        ReturneeArrival a = f.returnee();
        a.arrivalDate = QDate(2026, 2, 27); // two days ago
        a.temperature = 36.5;
        const VisitOutcome out = f.desk->registerReturnee(a);

        QCOMPARE(str(out.decision.verdict), str(Verdict::Allow));
        QCOMPARE(str(out.decision.reasons), QStringLiteral("[home_quarantine]"));
        QCOMPARE(out.quarantineEnd, QDate(2026, 3, 13));
        const Person p = *f.reg->person(out.personId);
        QCOMPARE(p.name, QStringLiteral("赵敏"));
        QCOMPARE(p.phone, QStringLiteral("13900001111"));
        QCOMPARE(p.householdId, f.home);
        QVERIFY(p.category == Category::MigrantResident);
        const QList<QuarantineRecord> q = f.reg->quarantinesOf(out.personId);
        QCOMPARE(q.size(), 1);
        QVERIFY(q[0].kind == QuarantineKind::Home);
        QCOMPARE(q[0].startDate, QDate(2026, 2, 27));
        QCOMPARE(q[0].endDate, QDate(2026, 3, 13));
        QCOMPARE(q[0].origin, QStringLiteral("武汉"));
        QCOMPARE(f.count("SELECT count(*) FROM visits WHERE kind = 'returnee' AND reason = '武汉'"), 1);
        Statement v = f.t.db().prepare("SELECT person_id FROM visits WHERE visit_id = ?1");
        v.bind(1, out.visitId);
        QVERIFY(v.step());
        QCOMPARE(v.int64(0), out.personId);

        const CrossingEntry c = *f.log->byUuid(out.logged.uuid);
        QVERIFY(c.kind == EntryKind::Manual);
        QVERIFY(c.subjectKind == SubjectKind::Person);
        QVERIFY(c.direction == Direction::In);
        QCOMPARE(c.visitorId, out.visitId);
        QCOMPARE(c.note, QStringLiteral("returnee from 武汉"));

        // The registry now knows: a pass of the returnee going out is refused by the rules.
        const Pass pass = f.reg->issue(IssueRequest{HolderKind::Person, out.personId, {}, {}, {}, {}});
        Decision outScan = f.cp->evaluate(f.scanOf(pass, Direction::Out));
        QCOMPARE(str(outScan.verdict), str(Verdict::Deny));
        QCOMPARE(str(outScan.reasons), QStringLiteral("[home_quarantine]"));
        f.clock.set(QDateTime(QDate(2026, 3, 13), QTime(2, 0), Qt::UTC)); // first day out
        outScan = f.cp->evaluate(f.scanOf(pass, Direction::Out));
        QCOMPARE(str(outScan.verdict), str(Verdict::Allow));
        QVERIFY(f.chainOk());
    }

    void returneeIsFoundNotDuplicated()
    {
        Fixture f;
        // By name + phone in the household: 王建国 is already registered there.
        ReturneeArrival a = f.returnee();
        a.name = QStringLiteral("王建国");
        a.phone = QStringLiteral("138-1234-5678");
        QCOMPARE(f.desk->registerReturnee(a).personId, f.wang);
        // By ID number, even when the name is written differently.
        const QString id = idNumber(QStringLiteral("11010819900101123"));
        Person p;
        p.name = QStringLiteral("陈静");
        p.idNumber = id;
        const qint64 chen = f.reg->addPerson(p);
        a = f.returnee();
        a.name = QStringLiteral("陈 静");
        a.idNumber = id.toLower();
        QCOMPARE(f.desk->registerReturnee(a).personId, chen);
        QCOMPARE(f.people(), 2);
        QCOMPARE(f.quarantines(), 2);
        // A stranger: a new person, with the ID number stored.
        a = f.returnee();
        a.idNumber = idNumber(QStringLiteral("32010219850315002"));
        const VisitOutcome out = f.desk->registerReturnee(a);
        QCOMPARE(f.reg->person(out.personId)->idNumber, a.idNumber);
        QCOMPARE(f.people(), 3);
    }

    void returneeWithFeverIsDeniedWithAnIncident()
    {
        Fixture f;
        ReturneeArrival a = f.returnee();
        a.temperature = 38.0;
        const VisitOutcome out = f.desk->registerReturnee(a);
        QCOMPARE(str(out.decision.verdict), str(Verdict::Deny));
        QCOMPARE(str(out.logged.reasons), QStringLiteral("[fever,home_quarantine]"));
        QVERIFY(out.incident);
        QCOMPARE(out.incident->refUuid, out.logged.uuid);
        QCOMPARE(f.quarantines(), 1); // the arrival is still registered
    }

    void returneeQuarantineFollowsThePolicy()
    {
        Fixture f;
        f.setPolicy([](Policy& p) { p.homeQuarantineDays = 7; });
        const VisitOutcome out = f.desk->registerReturnee(f.returnee()); // arrival null = today
        QCOMPARE(out.quarantineEnd, QDate(2026, 3, 8));
        QCOMPARE(f.reg->quarantinesOf(out.personId).at(0).startDate, QDate(2026, 3, 1));
    }

    void invalidReturneeWritesNothing()
    {
        const QList<std::pair<QString, std::function<void(ReturneeArrival&)>>> cases{
            {QStringLiteral("no name"),
             [](ReturneeArrival& a) {
                 a.name.clear();
             }},
            {QStringLiteral("no origin"),
             [](ReturneeArrival& a) {
                 a.origin = QStringLiteral(" ");
             }},
            {QStringLiteral("no phone"),
             [](ReturneeArrival& a) {
                 a.phone.clear();
             }},
            {QStringLiteral("bad phone"),
             [](ReturneeArrival& a) {
                 a.phone = QStringLiteral("12012345678");
             }},
            {QStringLiteral("no household"),
             [](ReturneeArrival& a) {
                 a.householdId = 0;
             }},
            {QStringLiteral("unknown household"),
             [](ReturneeArrival& a) {
                 a.householdId = 4242;
             }},
            {QStringLiteral("bad ID"),
             [](ReturneeArrival& a) {
                 a.idNumber = idNumber(QStringLiteral("11010819900101123"));
                 a.idNumber[17] = a.idNumber[17] == u'1' ? u'2' : u'1'; // wrong check character
             }},
            {QStringLiteral("tomorrow"),
             [](ReturneeArrival& a) {
                 a.arrivalDate = QDate(2026, 3, 2);
             }},
            {QStringLiteral("quarantine over"),
             [](ReturneeArrival& a) {
                 a.arrivalDate = QDate(2026, 2, 15);
             }},
            {QStringLiteral("no gate"),
             [](ReturneeArrival& a) {
                 a.gate.clear();
             }},
        };
        Fixture f;
        for (const auto& [label, spoil] : cases) {
            ReturneeArrival a = f.returnee();
            spoil(a);
            QVERIFY_THROWS_EXCEPTION(std::invalid_argument, f.desk->registerReturnee(a));
            QVERIFY2(f.people() == 1 && f.quarantines() == 0 && f.visits() == 0 && f.crossings() == 0,
                     qPrintable(label));
        }
        // The boundary: arrived 13 days ago still has one day to go.
        ReturneeArrival a = f.returnee();
        a.arrivalDate = QDate(2026, 2, 16);
        QCOMPARE(f.desk->registerReturnee(a).quarantineEnd, QDate(2026, 3, 2));
    }

    void returneeInADemoHousehold()
    {
        Fixture f(true);
        QVERIFY(f.reg->household(1));
        ReturneeArrival a = f.returnee();
        a.householdId = 1;
        const VisitOutcome out = f.desk->registerReturnee(a);
        const Pass pass = f.reg->issue(IssueRequest{HolderKind::Person, out.personId, {}, {}, {}, {}});
        QCOMPARE(str(f.cp->evaluate(f.scanOf(pass, Direction::Out)).reasons),
                 QStringLiteral("[home_quarantine]"));
        QVERIFY(f.chainOk());
    }

    // --- incidents, decisions, fever on the scan path ----------------------------------

    void incidentsAreLogged()
    {
        Fixture f;
        const QList<std::pair<IncidentKind, QString>> kinds{
            {IncidentKind::ForcedThrough, QStringLiteral("[forced_through]")},
            {IncidentKind::Abuse, QStringLiteral("[abuse]")},
            {IncidentKind::Other, QStringLiteral("[other_incident]")}};
        for (const auto& [kind, reasons] : kinds) {
            IncidentReport r;
            r.kind = kind;
            r.note = QStringLiteral("  电动车冲卡  ");
            r.gate = kGate;
            r.direction = Direction::Out;
            r.passSerial = f.wangPass.serial;
            r.operatorName = kOperator;
            const CrossingEntry c = f.desk->logIncident(r);
            QVERIFY(c.kind == EntryKind::Incident);
            QCOMPARE(str(c.verdict), str(Verdict::Deny));
            QCOMPARE(str(c.reasons), reasons);
            QCOMPARE(c.note, QStringLiteral("电动车冲卡"));
            QCOMPARE(c.passSerial, f.wangPass.serial);
            QCOMPARE(c.gate, kGate);
            QCOMPARE(c.operatorName, kOperator);
            QCOMPARE(c.shift, QStringLiteral("2026-03-01/B"));
            QVERIFY(f.log->byUuid(c.uuid));
        }
        QCOMPARE(f.log->counts({}, {}).incidents, 3);
        QCOMPARE(f.log->counts({}, {}).total, 0); // incidents are not crossings
        // An incident does not count as a crossing of the pass: no passback afterwards.
        QCOMPARE(str(f.cp->evaluate(f.scanOf(f.wangPass, Direction::Out)).reasons), QStringLiteral("[]"));
        IncidentReport noGate;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, f.desk->logIncident(noGate));
        QCOMPARE(f.crossings(), 3);
    }

    void decisionsAndTheOverrideReason()
    {
        Fixture f;
        // Amber: the station requires a temperature and none was taken.
        f.setPolicy([](Policy& p) { p.temperatureRequired = true; });
        const CheckOutcome amber =
            f.desk->manualCheck(f.wangPass.serial, kGate, Direction::In, {}, kOperator);
        QCOMPARE(str(amber.decision.reasons), QStringLiteral("[missing_temperature]"));
        const CrossingEntry let = f.desk->decide(amber.logged->uuid, true, {}, QStringLiteral("组长"));
        QVERIFY(let.kind == EntryKind::Decision);
        QCOMPARE(let.refUuid, amber.logged->uuid);
        QCOMPARE(let.operatorName, QStringLiteral("组长"));

        // Red: letting a revoked pass through needs a reason; refusing does not.
        f.reg->setStatus(f.wangPass.serial, PassStatus::Revoked, QStringLiteral("moved away"));
        f.clock.advanceSecs(60);
        const CheckOutcome red = f.desk->manualCheck(f.wangPass.serial, kGate, Direction::Out, {}, kOperator);
        QCOMPARE(str(red.decision.verdict), str(Verdict::Deny));
        const qint64 before = f.crossings();
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 f.desk->decide(red.logged->uuid, true, {}, kOperator));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 f.desk->decide(red.logged->uuid, true, QStringLiteral("   "), kOperator));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 f.desk->decide(QStringLiteral("no-such-crossing"), false, {}, kOperator));
        QCOMPARE(f.crossings(), before);
        const CrossingEntry over =
            f.desk->decide(red.logged->uuid, true, QStringLiteral(" 急诊送医 "), kOperator);
        QCOMPARE(over.overrideReason, QStringLiteral("急诊送医"));
        QVERIFY(f.desk->decide(red.logged->uuid, false, {}, kOperator).letThrough ==
                std::optional<bool>(false));
        QCOMPARE(f.log->counts({}, {}).overrides, 1);
        QVERIFY(f.chainOk());
    }

    void feverOnTheScanPathGetsAnIncidentToo()
    {
        Fixture f;
        CheckInput in = f.scanOf(f.wangPass);
        in.temperature = 38.5;
        const CheckOutcome scan = f.cp->process(in);
        QCOMPARE(str(scan.decision.verdict), str(Verdict::Deny));
        const auto incident = f.desk->logFeverIncident(*scan.logged);
        QVERIFY(incident);
        QCOMPARE(incident->refUuid, scan.logged->uuid);
        QCOMPARE(incident->passSerial, f.wangPass.serial);
        QVERIFY(!f.desk->logFeverIncident(*incident)); // an incident is not a crossing

        // A manual check with a fever writes the incident itself.
        f.clock.advanceSecs(60);
        const CheckOutcome manual =
            f.desk->manualCheck(f.wangPass.serial, kGate, Direction::In, 39.0, kOperator);
        QCOMPARE(str(manual.decision.reasons), QStringLiteral("[fever]"));
        QCOMPARE(f.log->counts({}, {}).incidents, 2);
        // No fever, no incident.
        f.clock.advanceSecs(60);
        const CheckOutcome cool =
            f.desk->manualCheck(f.wangPass.serial, kGate, Direction::Out, 36.4, kOperator);
        QVERIFY(!f.desk->logFeverIncident(*cool.logged));
        QCOMPARE(f.log->counts({}, {}).incidents, 2);
        QVERIFY(f.chainOk());
    }
};

QTEST_GUILESS_MAIN(TestGateDesk)
#include "TestGateDesk.moc"
