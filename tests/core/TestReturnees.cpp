#include "GateDeskFixture.h"

#include <QTest>

using namespace gatepost;
using namespace gatepost::core;
using namespace gatepost::test;

class TestReturnees : public QObject
{
    Q_OBJECT

private slots:
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
        const Pass pass = f.reg->issue(IssueRequest{HolderKind::Person, out.personId, {}, {}, {}, {}},
                                       gatepost::core::Actor::system());
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
        const QList<std::tuple<QString, RefusalCode, std::function<void(ReturneeArrival&)>>> cases{
            {QStringLiteral("no name"), RefusalCode::NameMissing,
             [](ReturneeArrival& a) {
                 a.name.clear();
             }},
            {QStringLiteral("no origin"), RefusalCode::OriginMissing,
             [](ReturneeArrival& a) {
                 a.origin = QStringLiteral(" ");
             }},
            {QStringLiteral("no phone"), RefusalCode::PhoneMissing,
             [](ReturneeArrival& a) {
                 a.phone.clear();
             }},
            {QStringLiteral("bad phone"), RefusalCode::PhoneInvalid,
             [](ReturneeArrival& a) {
                 a.phone = QStringLiteral("12012345678");
             }},
            {QStringLiteral("no household"), RefusalCode::HouseholdMissing,
             [](ReturneeArrival& a) {
                 a.householdId = 0;
             }},
            {QStringLiteral("unknown household"), RefusalCode::HouseholdUnknown,
             [](ReturneeArrival& a) {
                 a.householdId = 4242;
             }},
            {QStringLiteral("bad ID"), RefusalCode::IdNumberInvalid,
             [](ReturneeArrival& a) {
                 a.idNumber = idNumber(QStringLiteral("11010819900101123"));
                 a.idNumber[17] = a.idNumber[17] == u'1' ? u'2' : u'1'; // wrong check character
             }},
            {QStringLiteral("tomorrow"), RefusalCode::ArrivalInFuture,
             [](ReturneeArrival& a) {
                 a.arrivalDate = QDate(2026, 3, 2);
             }},
            {QStringLiteral("quarantine over"), RefusalCode::QuarantineAlreadyOver,
             [](ReturneeArrival& a) {
                 a.arrivalDate = QDate(2026, 2, 15);
             }},
            {QStringLiteral("no gate"), RefusalCode::GateMissing,
             [](ReturneeArrival& a) {
                 a.gate.clear();
             }},
        };
        Fixture f;
        for (const auto& [label, code, spoil] : cases) {
            ReturneeArrival a = f.returnee();
            spoil(a);
            // Refused with a code the screen translates, never a sentence.
            QCOMPARE(refusalOf([&] { f.desk->registerReturnee(a); }), str(code));
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
        const Pass pass = f.reg->issue(IssueRequest{HolderKind::Person, out.personId, {}, {}, {}, {}},
                                       gatepost::core::Actor::system());
        QCOMPARE(str(f.cp->evaluate(f.scanOf(pass, Direction::Out)).reasons),
                 QStringLiteral("[home_quarantine]"));
        QVERIFY(f.chainOk());
    }
};

QTEST_GUILESS_MAIN(TestReturnees)
#include "TestReturnees.moc"
