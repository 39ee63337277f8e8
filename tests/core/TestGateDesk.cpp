#include "GateDeskFixture.h"

#include <QTest>

using namespace gatepost;
using namespace gatepost::core;
using namespace gatepost::test;

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
        // The scan's reasons, plus: no card in hand, so the face is checked (policy default).
        QCOMPARE(str(scan.verdict), str(Verdict::Allow));
        QCOMPARE(str(out.decision.verdict), str(Verdict::Check));
        QCOMPARE(str(out.decision.reasons), QStringLiteral("[manual_entry]"));
        QCOMPARE(out.decision.holder->name, QStringLiteral("王建国"));
        QVERIFY(out.logged);
        QVERIFY(out.logged->kind == EntryKind::Manual);
        QCOMPARE(out.logged->passSerial, f.wangPass.serial);
        QCOMPARE(out.logged->operatorName, kOperator);
        QCOMPARE(out.logged->shift, QStringLiteral("2026-03-01/2"));
        QCOMPARE(*out.logged->temperature, 36.6);
        QCOMPARE(f.log->byUuid(out.logged->uuid)->uuid, out.logged->uuid); // committed
    }

    void manualCheckSharesDuplicateAndPassbackWithScans()
    {
        Fixture f;
        const QString bare = QString::number(f.wangPass.serial.toLongLong()); // leading zeros dropped
        const CheckOutcome first = f.desk->manualCheck(bare, kGate, Direction::In, {}, kOperator);
        QVERIFY(first.logged);
        // Amber (no card: check the face); the volunteer lets the holder through.
        f.desk->decide(first.logged->uuid, true, {}, kOperator);
        // The card scanned a moment later repeats the manual entry: not a second crossing.
        f.clock.advanceSecs(2);
        const CheckOutcome again = f.cp->process(f.scanOf(f.wangPass));
        QVERIFY(again.decision.isDuplicate());
        QVERIFY(!again.logged);
        f.clock.advanceSecs(600);
        const CheckOutcome back = f.desk->manualCheck(f.wangPass.serial, kGate, Direction::In, {}, kOperator);
        QCOMPARE(str(back.decision.verdict), str(Verdict::Check));
        QCOMPARE(str(back.decision.reasons), QStringLiteral("[passback,manual_entry]"));
        QCOMPARE(f.crossings(), 3); // two manual entries and the decision on the first
    }

    void manualEntryIsAPolicySwitchAwayFromGreen()
    {
        Fixture f;
        f.setPolicy([](Policy& p) { p.manualEntryVerdict = Verdict::Allow; });
        const CheckOutcome in = f.desk->manualCheck(f.wangPass.serial, kGate, Direction::In, {}, kOperator);
        QCOMPARE(str(in.decision.verdict), str(Verdict::Allow));
        QCOMPARE(str(in.decision.reasons), QStringLiteral("[]"));
        // Going out is never held for the face.
        f.setPolicy([](Policy& p) { p.manualEntryVerdict = Verdict::Check; });
        f.clock.advanceSecs(60);
        const CheckOutcome out = f.desk->manualCheck(f.wangPass.serial, kGate, Direction::Out, {}, kOperator);
        QCOMPARE(str(out.decision.verdict), str(Verdict::Allow));
    }

    void manualCheckOfAnUnknownSerialWritesNothing()
    {
        Fixture f;
        QCOMPARE(refusalOf([&] {
                     f.desk->manualCheck(QStringLiteral("9999999"), kGate, Direction::In, {}, kOperator);
                 }),
                 str(RefusalCode::SerialUnknown));
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
        QCOMPARE(c.shift, QStringLiteral("2026-03-01/2"));
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
        QCOMPARE(out.logged.shift, QStringLiteral("2026-03-01/4"));
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
        QTest::addColumn<QString>("code");
        QTest::newRow("no name") << "name"
                                 << "  " << str(RefusalCode::NameMissing);
        QTest::newRow("short phone") << "phone"
                                     << "1381234" << str(RefusalCode::PhoneInvalid);
        QTest::newRow("landline") << "phone"
                                  << "010-62345678" << str(RefusalCode::PhoneInvalid);
        QTest::newRow("bad plate") << "plate"
                                   << "ABC123" << str(RefusalCode::PlateInvalid);
        QTest::newRow("unknown household") << "household"
                                           << "99999" << str(RefusalCode::HouseholdUnknown);
        QTest::newRow("no gate") << "gate"
                                 << "" << str(RefusalCode::GateMissing);
    }
    void invalidVisitorWritesNothing()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, code);
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
        QCOMPARE(refusalOf([&] { f.desk->logVisitor(e); }), code);
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
        // The rolled-back transaction leaves the connection usable (no half-open savepoint).
        QCOMPARE(f.visits(), 0);
        QCOMPARE(f.people(), 1);
        QCOMPARE(f.quarantines(), 0);
        QCOMPARE(f.crossings(), 0);
        f.t.db().exec("DROP TRIGGER refuse_crossings");
        f.desk->logVisitor(f.visitor());
        QCOMPARE(f.visits(), 1);
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
            QCOMPARE(c.shift, QStringLiteral("2026-03-01/2"));
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
        QCOMPARE(str(amber.decision.reasons), QStringLiteral("[missing_temperature,manual_entry]"));
        const CrossingEntry let = f.desk->decide(amber.logged->uuid, true, {}, QStringLiteral("组长"));
        QVERIFY(let.kind == EntryKind::Decision);
        QCOMPARE(let.refUuid, amber.logged->uuid);
        QCOMPARE(let.operatorName, QStringLiteral("组长"));

        // Red: letting a revoked pass through needs a reason; refusing does not.
        f.reg->setStatus(f.wangPass.serial, PassStatus::Revoked, QStringLiteral("moved away"),
                         gatepost::core::Actor::system());
        f.clock.advanceSecs(60);
        const CheckOutcome red = f.desk->manualCheck(f.wangPass.serial, kGate, Direction::Out, {}, kOperator);
        QCOMPARE(str(red.decision.verdict), str(Verdict::Deny));
        const qint64 before = f.crossings();
        const QString redId = red.logged->uuid;
        QCOMPARE(refusalOf([&] { f.desk->decide(redId, true, {}, kOperator); }),
                 str(RefusalCode::OverrideReasonMissing));
        QCOMPARE(refusalOf([&] { f.desk->decide(redId, true, QStringLiteral("   "), kOperator); }),
                 str(RefusalCode::OverrideReasonMissing));
        // Reasons are the core's codes, not free text; "other" needs a few words.
        QCOMPARE(refusalOf([&] { f.desk->decide(redId, true, QStringLiteral("急诊送医"), kOperator); }),
                 str(RefusalCode::OverrideReasonUnknown));
        QCOMPARE(refusalOf([&] {
                     f.desk->decide(redId, true, QStringLiteral("other"), kOperator, QStringLiteral(" "));
                 }),
                 str(RefusalCode::OverrideTextMissing));
        QCOMPARE(refusalOf([&] { f.desk->decide(QStringLiteral("no-such-crossing"), false, {}, kOperator); }),
                 str(RefusalCode::CrossingUnknown));
        QCOMPARE(f.crossings(), before);
        const CrossingEntry over =
            f.desk->decide(redId, true, QStringLiteral(" other "), kOperator, QStringLiteral(" 急诊送医 "));
        QCOMPARE(over.overrideReason, QStringLiteral("other"));
        QCOMPARE(over.note, QStringLiteral("急诊送医"));
        // Exactly one decision per crossing: a second one is refused and writes nothing.
        QCOMPARE(refusalOf([&] { f.desk->decide(redId, false, {}, kOperator); }),
                 str(RefusalCode::AlreadyDecided));
        QCOMPARE(refusalOf([&] { f.desk->decide(let.refUuid, false, {}, kOperator); }),
                 str(RefusalCode::AlreadyDecided));
        QCOMPARE(f.crossings(), before + 1);
        QCOMPARE(f.log->decisionOn(redId)->uuid, over.uuid);
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
        QVERIFY(scan.incident);
        QCOMPARE(scan.incident->refUuid, scan.logged->uuid);
        QCOMPARE(scan.incident->passSerial, f.wangPass.serial);
        QCOMPARE(f.log->counts({}, {}).incidents, 1);
        QVERIFY(!feverIncidentFor(*scan.incident, f.clock.nowUtc())); // an incident is not a crossing

        // A manual check with a fever writes the incident itself.
        f.clock.advanceSecs(60);
        const CheckOutcome manual =
            f.desk->manualCheck(f.wangPass.serial, kGate, Direction::In, 39.0, kOperator);
        QCOMPARE(str(manual.decision.reasons), QStringLiteral("[fever,manual_entry]"));
        QCOMPARE(f.log->counts({}, {}).incidents, 2);
        // No fever, no incident.
        f.clock.advanceSecs(60);
        const CheckOutcome cool =
            f.desk->manualCheck(f.wangPass.serial, kGate, Direction::Out, 36.4, kOperator);
        QVERIFY(!cool.incident);
        QCOMPARE(f.log->counts({}, {}).incidents, 2);
        QVERIFY(f.chainOk());
    }
};

QTEST_GUILESS_MAIN(TestGateDesk)
#include "TestGateDesk.moc"
