// The gate controller as a screen uses it: what comes back for each path a code arrives by,
// which actions are open, the temperature step, decisions, people without a card.

#include "GateDeskFixture.h"

#include <QTest>

using namespace gatepost;
using namespace gatepost::core;
using namespace gatepost::test;

namespace {

using Step = GateOutcome::Step;

QString stepName(Step s)
{
    switch (s) {
    case Step::Verdict:
        return QStringLiteral("verdict");
    case Step::NeedsTemperature:
        return QStringLiteral("needs_temperature");
    case Step::TemperatureTaken:
        return QStringLiteral("temperature_taken");
    case Step::Decided:
        return QStringLiteral("decided");
    case Step::IncidentLogged:
        return QStringLiteral("incident_logged");
    case Step::Refused:
        return QStringLiteral("refused");
    case Step::NotLogged:
        return QStringLiteral("not_logged");
    }
    return {};
}

QString refusal(const GateOutcome& o)
{
    return o.refusal ? toString(o.refusal->code) : QStringLiteral("no refusal");
}

} // namespace

class TestGateController : public QObject
{
    Q_OBJECT

private slots:
    void aGreenScanIsLoggedWithNothingToDecide()
    {
        Fixture f;
        const GateOutcome o = f.gate->scan(Registry::qrText(f.wangPass));
        QCOMPARE(stepName(o.step), stepName(Step::Verdict));
        QCOMPARE(str(o.decision.verdict), str(Verdict::Allow));
        QVERIFY(o.logged);
        QCOMPARE(o.decision.holder->name, QStringLiteral("王建国"));
        const CrossingEntry row = *f.log->byUuid(o.crossingUuid);
        QCOMPARE(row.gate, kGate);
        QCOMPARE(row.operatorName, kOperator);
        QVERIFY(row.kind == EntryKind::Scan);
        QVERIFY(!o.actions.any());
        QVERIFY(!f.gate->decisionOpen());
        QCOMPARE(refusal(f.gate->letThrough()), str(RefusalCode::DecisionNotOpen));
    }

    void aRequiredTemperatureKeepsTheCodeWaiting()
    {
        Fixture f;
        f.setPolicy([](Policy& p) { p.temperatureRequired = true; });
        const GateOutcome wait = f.gate->scan(Registry::qrText(f.wangPass));
        QCOMPARE(stepName(wait.step), stepName(Step::NeedsTemperature));
        QVERIFY(f.gate->awaitingTemperature());
        QCOMPARE(f.crossings(), 0); // nothing is logged before the reading
        const GateOutcome judged = f.gate->submitTemperature(36.5);
        QCOMPARE(stepName(judged.step), stepName(Step::Verdict));
        QCOMPARE(str(judged.decision.verdict), str(Verdict::Allow));
        QCOMPARE(*f.log->byUuid(judged.crossingUuid)->temperature, 36.5);
        QVERIFY(!f.gate->awaitingTemperature());
        QCOMPARE(f.crossings(), 1);

        // A fever: denied, with its incident, in one go.
        f.clock.advanceSecs(600);
        f.gate->setDirection(Direction::Out);
        f.gate->scan(Registry::qrText(f.wangPass)); // exits never wait for a reading
        f.gate->setDirection(Direction::In);
        f.clock.advanceSecs(600);
        QCOMPARE(stepName(f.gate->scan(Registry::qrText(f.wangPass)).step), stepName(Step::NeedsTemperature));
        const GateOutcome fever = f.gate->submitTemperature(38.4);
        QCOMPARE(str(fever.decision.reasons), QStringLiteral("[fever]"));
        QVERIFY(fever.incident);
        QCOMPARE(fever.incident->refUuid, fever.crossingUuid);

        // The thermometer is broken: judged without a reading, the rules hold it amber.
        f.clock.advanceSecs(600);
        f.gate->scan(Registry::qrText(f.wangPass));
        const GateOutcome skipped = f.gate->skipTemperature();
        QCOMPARE(str(skipped.decision.reasons), QStringLiteral("[missing_temperature]"));
        QCOMPARE(refusal(f.gate->skipTemperature()), str(RefusalCode::NoTemperaturePending));
    }

    void aForgedCardNeedsNoThermometer()
    {
        Fixture f;
        f.setPolicy([](Policy& p) { p.temperatureRequired = true; });
        const GateOutcome o = f.gate->scan(QStringLiteral("GP1:0000001:01:AAAAAAAAAAAAAAAA"));
        QCOMPARE(stepName(o.step), stepName(Step::Verdict));
        QCOMPARE(str(o.decision.verdict), str(Verdict::Deny));
        QVERIFY(!f.gate->awaitingTemperature());
    }

    void aReadingTakenFirstGoesWithTheNextCrossingOnly()
    {
        Fixture f;
        const GateOutcome kept = f.gate->submitTemperature(36.7);
        QCOMPARE(stepName(kept.step), stepName(Step::TemperatureTaken));
        QCOMPARE(*f.gate->pendingTemperature(), 36.7);
        const GateOutcome first = f.gate->scan(Registry::qrText(f.wangPass));
        QCOMPARE(*f.log->byUuid(first.crossingUuid)->temperature, 36.7);
        QVERIFY(!f.gate->pendingTemperature());
        f.gate->setDirection(Direction::Out);
        f.clock.advanceSecs(60);
        const GateOutcome second = f.gate->scan(Registry::qrText(f.wangPass));
        QVERIFY(!f.log->byUuid(second.crossingUuid)->temperature);
    }

    void amberOffersLetThroughAndRefuseOnce()
    {
        Fixture f;
        // A pass chosen by manual search going in: amber, check the face.
        const GateOutcome o = f.gate->manualPass(QString::number(f.wangPass.serial.toInt()));
        QCOMPARE(str(o.decision.verdict), str(Verdict::Check));
        QCOMPARE(str(o.decision.reasons), QStringLiteral("[manual_entry]"));
        QVERIFY(o.actions.letThrough && o.actions.refuse && !o.actions.overrideDeny);
        QCOMPARE(refusal(f.gate->overrideWith(OverrideReason::Emergency, {})),
                 str(RefusalCode::DecisionNotOpen));
        const GateOutcome let = f.gate->letThrough();
        QCOMPARE(stepName(let.step), stepName(Step::Decided));
        QVERIFY(let.letThrough);
        const CrossingEntry d = *f.log->decisionOn(o.crossingUuid);
        QCOMPARE(d.operatorName, kOperator);
        // Exactly one decision: nothing is open any more.
        QCOMPARE(refusal(f.gate->refuse()), str(RefusalCode::DecisionNotOpen));
        QCOMPARE(f.log->counts({}, {}).passedIn, 1);
    }

    void redOffersAnOverrideWithTheCoresReasons()
    {
        Fixture f;
        f.reg->setStatus(f.wangPass.serial, PassStatus::Revoked, QStringLiteral("moved away"),
                         Actor::system());
        const GateOutcome o = f.gate->scan(Registry::qrText(f.wangPass));
        QCOMPARE(str(o.decision.verdict), str(Verdict::Deny));
        QVERIFY(o.actions.overrideDeny && !o.actions.letThrough && !o.actions.refuse);
        QVERIFY(!o.actions.overrideNeedsLead); // default: any signed-on volunteer
        QVERIFY(o.actions.overrideReasons == allOverrideReasons());
        QCOMPARE(refusal(f.gate->letThrough()), str(RefusalCode::DecisionNotOpen));
        QCOMPARE(refusal(f.gate->overrideWith(OverrideReason::Other, QStringLiteral("  "))),
                 str(RefusalCode::OverrideTextMissing));
        QVERIFY(f.gate->decisionOpen()); // the refusal keeps the choice open
        const GateOutcome over = f.gate->overrideWith(OverrideReason::Other, QStringLiteral("救护车"));
        QCOMPARE(stepName(over.step), stepName(Step::Decided));
        QVERIFY(over.overrideReason == OverrideReason::Other);
        const CrossingEntry d = *f.log->decisionOn(o.crossingUuid);
        QCOMPARE(d.overrideReason, QStringLiteral("other"));
        QCOMPARE(d.note, QStringLiteral("救护车"));
        QCOMPARE(d.operatorName, kOperator);
        QCOMPARE(f.log->counts({}, {}).overrides, 1);
    }

    void anOverrideNeedsTheLeadWhenThePolicySaysSo()
    {
        Fixture f;
        f.setPolicy([](Policy& p) { p.overrideNeedsLead = true; });
        f.reg->setStatus(f.wangPass.serial, PassStatus::Suspended, {}, Actor::system());
        const GateOutcome o = f.gate->scan(Registry::qrText(f.wangPass));
        QVERIFY(o.actions.overrideNeedsLead);
        QCOMPARE(refusal(f.gate->overrideWith(OverrideReason::Emergency, {})),
                 str(RefusalCode::OverrideNeedsLead));
        Operator volunteer;
        volunteer.name = QStringLiteral("张三");
        QCOMPARE(refusal(f.gate->overrideWith(OverrideReason::Emergency, {}, volunteer)),
                 str(RefusalCode::OverrideNeedsLead));
        QCOMPARE(f.crossings(), 1);
        Operator lead;
        lead.name = QStringLiteral("组长刘");
        lead.role = Role::ShiftLead;
        QCOMPARE(stepName(f.gate->overrideWith(OverrideReason::Emergency, {}, lead).step),
                 stepName(Step::Decided));
        const CrossingEntry d = *f.log->decisionOn(o.crossingUuid);
        QCOMPARE(d.operatorName, kOperator); // logged with the volunteer, the lead named with it
        QCOMPARE(d.note, QStringLiteral("lead:组长刘"));
    }

    void aDuplicateShowsTheCrossingItRepeats()
    {
        Fixture f;
        const GateOutcome first = f.gate->scan(Registry::qrText(f.wangPass));
        f.clock.advanceSecs(2);
        const GateOutcome again = f.gate->scan(Registry::qrText(f.wangPass));
        QVERIFY(again.duplicate);
        QVERIFY(!again.logged);
        QCOMPARE(again.crossingUuid, first.crossingUuid);
        QCOMPARE(again.earlier()->gate, kGate);
        QCOMPARE(again.earlier()->atUtc, first.atUtc);
        QVERIFY(again.earlier()->direction == Direction::In);
        QCOMPARE(f.crossings(), 1);
    }

    void aPassbackShowsWhenAndWhereTheCardWasUsed()
    {
        Fixture f;
        const GateOutcome first = f.gate->scan(Registry::qrText(f.wangPass));
        f.clock.advanceSecs(600);
        f.gate->setGate(QStringLiteral("south"));
        const GateOutcome back = f.gate->scan(Registry::qrText(f.wangPass));
        QCOMPARE(str(back.decision.reasons), QStringLiteral("[passback]"));
        QCOMPARE(back.earlier()->uuid, first.crossingUuid);
        QCOMPARE(back.earlier()->gate, kGate);
        QVERIFY(back.actions.letThrough);
    }

    void aDuplicateOfAnUndecidedAmberReopensItsDecision()
    {
        Fixture f;
        const GateOutcome amber = f.gate->manualPass(f.wangPass.serial);
        f.gate->closeDecision(); // the volunteer walked away from the screen
        f.clock.advanceSecs(2);
        const GateOutcome again = f.gate->scan(Registry::qrText(f.wangPass));
        QVERIFY(again.duplicate);
        QVERIFY(again.actions.letThrough);
        QCOMPARE(stepName(f.gate->refuse().step), stepName(Step::Decided));
        f.clock.advanceSecs(1);
        const GateOutcome third = f.gate->scan(Registry::qrText(f.wangPass));
        QVERIFY(third.duplicate);
        QVERIFY(!third.actions.any()); // decided once: nothing to reopen
        QCOMPARE(f.log->decisionOn(amber.crossingUuid)->letThrough, std::optional<bool>(false));
    }

    void aPersonWithoutAPassIsJudgedByTheirOwnState()
    {
        Fixture f;
        Person p;
        p.householdId = f.home;
        p.name = QStringLiteral("王小红");
        p.phone = QStringLiteral("13700001234");
        const qint64 id = f.reg->addPerson(p);
        f.gate->setDirection(Direction::Out);
        const GateOutcome free = f.gate->manualPerson(id);
        QCOMPARE(str(free.decision.verdict), str(Verdict::Check));
        QCOMPARE(str(free.decision.reasons), QStringLiteral("[no_pass]"));
        QCOMPARE(free.decision.holder->name, QStringLiteral("王小红"));
        QCOMPARE(free.decision.holder->address, QStringLiteral("清河四街 12排 3号"));
        const CrossingEntry row = *f.log->byUuid(free.crossingUuid);
        QVERIFY(row.kind == EntryKind::Manual);
        QCOMPARE(row.passSerial, QString());
        QCOMPARE(row.note, QStringLiteral("person:%1").arg(id));

        f.reg->addQuarantine(
            QuarantineRecord{0, id, QuarantineKind::Central, QDate(2026, 2, 20), QDate(2026, 3, 6), {}});
        f.clock.advanceSecs(60);
        const GateOutcome held = f.gate->manualPerson(id);
        QCOMPARE(str(held.decision.verdict), str(Verdict::Deny));
        QCOMPARE(str(held.decision.reasons), QStringLiteral("[central_quarantine,no_pass]"));
        QCOMPARE(held.quarantineEnd, QDate(2026, 3, 6));
        QCOMPARE(refusal(f.gate->manualPerson(987654)), str(RefusalCode::PersonUnknown));
    }

    void aPersonWithAValidPassIsCheckedByThePass()
    {
        Fixture f;
        const GateOutcome o = f.gate->manualPerson(f.wang);
        QCOMPARE(o.decision.serial, f.wangPass.serial);
        QCOMPARE(str(o.decision.reasons), QStringLiteral("[manual_entry]"));
        f.setPolicy([](Policy& p) { p.manualEntryVerdict = Verdict::Allow; });
        f.gate->setDirection(Direction::Out);
        f.clock.advanceSecs(60);
        QCOMPARE(str(f.gate->manualPerson(f.wang).decision.verdict), str(Verdict::Allow));
    }

    void aReturneeRegisteredAMinuteAgoIsFoundAndRefusedGoingOut()
    {
        Fixture f;
        const GateOutcome in = f.gate->registerReturnee(f.returnee());
        QCOMPARE(stepName(in.step), stepName(Step::Verdict));
        QCOMPARE(in.quarantineEnd, QDate(2026, 3, 15));
        f.clock.advanceSecs(60);
        const QList<PersonFound> found = f.reg->searchPeople(QStringLiteral("赵敏"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].quarantineUntil, QDate(2026, 3, 15));
        QVERIFY(found[0].validPassSerial.isEmpty());
        // Found by the tail of the phone too.
        QCOMPARE(f.reg->searchPeople(QStringLiteral("1111")).first().person.id, found[0].person.id);
        f.gate->setDirection(Direction::Out);
        const GateOutcome out = f.gate->manualPerson(found[0].person.id);
        QCOMPARE(str(out.decision.verdict), str(Verdict::Deny));
        QCOMPARE(str(out.decision.reasons), QStringLiteral("[home_quarantine,no_pass]"));
        QCOMPARE(out.quarantineEnd, QDate(2026, 3, 15));
        QVERIFY(out.actions.overrideDeny);
    }

    void formsAndCodesAreRefusedWithCodesNotExceptions()
    {
        Fixture f;
        VisitorEntry v = f.visitor();
        v.name = QStringLiteral("  ");
        const GateOutcome noName = f.gate->registerVisitor(v);
        QCOMPARE(refusal(noName), str(RefusalCode::NameMissing));
        QVERIFY(noName.refusal->field == RefusalField::Name);
        ReturneeArrival a = f.returnee();
        a.arrivalDate = QDate(2026, 3, 2);
        QCOMPARE(refusal(f.gate->registerReturnee(a)), str(RefusalCode::ArrivalInFuture));
        a.arrivalDate = QDate(2026, 2, 1);
        const GateOutcome over = f.gate->registerReturnee(a);
        QCOMPARE(refusal(over), str(RefusalCode::QuarantineAlreadyOver));
        QCOMPARE(over.refusal->args, (QStringList{QStringLiteral("2026-02-01"), QStringLiteral("14")}));
        QCOMPARE(refusal(f.gate->manualPass(QStringLiteral("7654321"))), str(RefusalCode::SerialUnknown));
        QCOMPARE(refusal(f.gate->scan(QStringLiteral("   "))), str(RefusalCode::CodeEmpty));
        QCOMPARE(f.crossings(), 0);
        QCOMPARE(f.visits(), 0);

        GateController nobody(*f.reg, *f.log, *f.cp, *f.desk, f.clock);
        QCOMPARE(refusal(nobody.scan(Registry::qrText(f.wangPass))), str(RefusalCode::NotSignedOn));
        QCOMPARE(refusal(nobody.registerVisitor(f.visitor())), str(RefusalCode::NotSignedOn));
        QCOMPARE(f.crossings(), 0);
    }

    void theReturneeFormsPreviewComesFromTheCore()
    {
        Fixture f;
        ReturneePreview p = f.gate->returneePreview(QDate(2026, 2, 28));
        QCOMPARE(p.today, QDate(2026, 3, 1));
        QCOMPARE(p.end, QDate(2026, 3, 14));
        QCOMPARE(p.days, 14);
        QVERIFY(!p.alreadyOver && !p.inFuture);
        f.setPolicy([](Policy& pol) { pol.homeQuarantineDays = 7; });
        p = f.gate->returneePreview(QDate(2026, 2, 20));
        QCOMPARE(p.end, QDate(2026, 2, 27));
        QVERIFY(p.alreadyOver);
    }

    void searchFindsPeopleAndHouseholdsBySeveralKeys()
    {
        Fixture f;
        Person p;
        p.householdId = f.home;
        p.name = QStringLiteral("李秀英");
        p.phone = QStringLiteral("13698765432");
        p.idNumber = idNumber(QStringLiteral("11010819850307123"));
        const qint64 id = f.reg->addPerson(p);
        f.reg->addVehicle(Vehicle{0, f.home, QStringLiteral("京N·88888"), true});
        auto ids = [&](const QString& text) {
            QList<qint64> out;
            for (const PersonFound& found : f.reg->searchPeople(text))
                out << found.person.id;
            return out;
        };
        QVERIFY(ids(QStringLiteral("秀英")).contains(id));
        QVERIFY(ids(QStringLiteral("5432")).contains(id));
        QVERIFY(ids(p.idNumber.right(6)).contains(id));
        QVERIFY(ids(QStringLiteral("12排")).contains(id));
        QVERIFY(ids(QStringLiteral("京n88888")).contains(id));
        QVERIFY(!ids(QStringLiteral("54")).contains(id)); // a tail needs 4 characters
        QVERIFY(ids(QStringLiteral("%")).isEmpty());      // typed wildcards are literal
        QCOMPARE(f.reg->searchHouseholds(QStringLiteral("四街 12")).first().id, f.home);
        QCOMPARE(f.reg->searchHouseholds(QStringLiteral("京N 88888")).first().id, f.home);
        const PersonFound wang = f.reg->personFound(*f.reg->person(f.wang));
        QCOMPARE(wang.validPassSerial, f.wangPass.serial);
        QCOMPARE(wang.address, QStringLiteral("清河四街 12排 3号"));
    }

    void anIncidentComesBackWithItsTime()
    {
        Fixture f;
        const GateOutcome o = f.gate->logIncident(IncidentKind::Abuse, QStringLiteral("骂人"));
        QCOMPARE(stepName(o.step), stepName(Step::IncidentLogged));
        QCOMPARE(o.atUtc, f.clock.nowUtc());
        QCOMPARE(f.log->counts({}, {}).incidents, 1);
    }
};

QTEST_GUILESS_MAIN(TestGateController)
#include "TestGateController.moc"
