// The office's pass actions: extend, suspend, resume, report lost, revoke (who and why, in the
// audit trail; what the gate then says) and the batch issue for a household, a courtyard or a
// category.

#include "FakeClock.h"
#include "TempDb.h"
#include "core/Refusal.h"
#include "core/Registry.h"
#include "core/Rules.h"

#include <QTest>

#include <memory>

using namespace gatepost;
using namespace gatepost::core;

namespace {

template<typename F> std::optional<Refusal> refusalOf(F&& f)
{
    try {
        f();
    } catch (const RefusedError& e) {
        return e.refusal();
    }
    return std::nullopt;
}

struct Fixture
{
    test::TempDb t;
    test::FakeClock clock; // 2026-03-01 10:00 in Beijing
    std::unique_ptr<Registry> reg = std::make_unique<Registry>(t.db(), clock);
    const Actor clerk = Actor::operatorNamed(QStringLiteral("刘会计"));
    qint64 home = 0, yard = 0;
    qint64 wang = 0, wangWife = 0, tenant = 0, yardMan = 0, car = 0, yardCar = 0;

    Fixture()
    {
        home = household(QStringLiteral("清河四街 12排 3号"));
        yard = household(QStringLiteral("一号院 4号"));
        wang = person(home, QStringLiteral("王建国"), Category::RegisteredResident);
        wangWife = person(home, QStringLiteral("李秀英"), Category::RegisteredResident);
        tenant = person(home, QStringLiteral("赵磊"), Category::MigrantResident);
        yardMan = person(yard, QStringLiteral("孙强"), Category::MigrantResident);
        car = vehicle(home, QStringLiteral("京A12345"));
        yardCar = vehicle(yard, QStringLiteral("京AD12345"));
    }
    qint64 household(const QString& address)
    {
        Household h;
        h.address = address;
        return reg->addHousehold(h, clerk);
    }
    qint64 person(qint64 h, const QString& name, Category c)
    {
        Person p;
        p.householdId = h;
        p.name = name;
        p.category = c;
        return reg->addPerson(p, clerk);
    }
    qint64 vehicle(qint64 h, const QString& plate)
    {
        Vehicle v;
        v.householdId = h;
        v.plate = plate;
        return reg->addVehicle(v, clerk);
    }
    Pass issue(qint64 personId)
    {
        IssueRequest r;
        r.holderId = personId;
        return reg->issue(r, clerk);
    }
    QList<AuditEntry> audit(AuditAction action)
    {
        QList<AuditEntry> out;
        for (const AuditEntry& e : AuditTrail(t.db(), clock).query())
            if (e.action == toString(action))
                out << e;
        return out;
    }
    // What a gate says to the pass's current code now.
    Decision atTheGate(const Pass& issued)
    {
        VerifyRequest r;
        r.codeText = Registry::qrText(issued);
        r.pass = reg->snapshot(issued.serial);
        r.nowUtc = clock.nowUtc();
        r.gate = QStringLiteral("north");
        r.direction = Direction::Out; // no temperature to take on the way out
        r.policy = reg->policy();
        return verify(r);
    }
    qint64 passCount() const { return reg->counts().passes; }
};

} // namespace

class TestRegistryPassActions : public QObject
{
    Q_OBJECT

private slots:
    void extendRefusals()
    {
        Fixture f;
        const Pass p = f.issue(f.wang);
        QCOMPARE(toString(refusalOf([&] {
                              f.reg->extend(p.serial, QDate(2027, 3, 1), QStringLiteral(" "), f.clerk);
                          })->code),
                 toString(RefusalCode::ReasonMissing));
        const auto past =
            refusalOf([&] { f.reg->extend(p.serial, QDate(2026, 2, 1), QStringLiteral("续期"), f.clerk); });
        QCOMPARE(toString(past->code), toString(RefusalCode::ValidUntilInvalid));
        QCOMPARE(toString(past->field), toString(RefusalField::ValidUntil));
        QCOMPARE(past->args.value(1), QStringLiteral("2026-03-01"));
        QCOMPARE(toString(refusalOf([&] {
                              f.reg->extend(QStringLiteral("9999"), QDate(2027, 3, 1), QStringLiteral("续期"),
                                            f.clerk);
                          })->code),
                 toString(RefusalCode::SerialUnknown));
        QCOMPARE(f.reg->pass(p.serial)->validUntil, p.validUntil);
        QVERIFY(f.audit(AuditAction::PassExtend).isEmpty());

        // An expired pass is let through again once extended.
        f.clock.advanceDays(200);
        QCOMPARE(toString(f.atTheGate(p).verdict), toString(Verdict::Deny));
        const Pass longer = f.reg->extend(p.serial, QDate(2026, 12, 31), QStringLiteral("年度续期"), f.clerk);
        QCOMPARE(longer.validUntil, QDate(2026, 12, 31));
        QCOMPARE(f.reg->pass(p.serial)->validUntil, QDate(2026, 12, 31));
        QCOMPARE(toString(f.atTheGate(p).verdict), toString(Verdict::Allow));
        const QList<AuditEntry> rows = f.audit(AuditAction::PassExtend);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().actor, QStringLiteral("刘会计"));
        QCOMPARE(rows.first().target, p.serial);
        QVERIFY(rows.first().before.contains(p.validUntil.toString(Qt::ISODate)));
        QVERIFY(rows.first().after.contains(QStringLiteral("年度续期")));

        f.reg->revoke(p.serial, QStringLiteral("搬走"), f.clerk);
        QCOMPARE(toString(refusalOf([&] {
                              f.reg->extend(p.serial, QDate(2027, 6, 1), QStringLiteral("续期"), f.clerk);
                          })->code),
                 toString(RefusalCode::PassStatusInvalid));
    }

    void suspendResumeLostRevoke()
    {
        Fixture f;
        const Pass p = f.issue(f.wang);
        QCOMPARE(toString(refusalOf([&] { f.reg->suspend(p.serial, {}, f.clerk); })->code),
                 toString(RefusalCode::ReasonMissing));
        QCOMPARE(toString(refusalOf([&] { f.reg->suspend(p.serial, {}, f.clerk); })->field),
                 toString(RefusalField::Reason));
        const auto notSuspended = refusalOf([&] { f.reg->resume(p.serial, {}, f.clerk); });
        QCOMPARE(toString(notSuspended->code), toString(RefusalCode::PassStatusInvalid));
        QCOMPARE(notSuspended->args, (QStringList{p.serial, QStringLiteral("active")}));

        QCOMPARE(toString(f.reg->suspend(p.serial, QStringLiteral("居家隔离"), f.clerk).status),
                 toString(PassStatus::Suspended));
        QCOMPARE(toString(f.atTheGate(p).verdict), toString(Verdict::Deny));
        QVERIFY(f.atTheGate(p).reasons.contains(Reason::Suspended));
        QCOMPARE(f.reg->pass(p.serial)->statusReason, QStringLiteral("居家隔离"));
        QCOMPARE(toString(f.reg->resume(p.serial, {}, f.clerk).status), toString(PassStatus::Active));
        QCOMPARE(toString(f.atTheGate(p).verdict), toString(Verdict::Allow));

        QCOMPARE(toString(f.reg->reportLost(p.serial, QStringLiteral("丢在超市"), f.clerk).status),
                 toString(PassStatus::Lost));
        QVERIFY(f.atTheGate(p).reasons.contains(Reason::Lost));
        QCOMPARE(toString(refusalOf([&] { f.reg->suspend(p.serial, QStringLiteral("x"), f.clerk); })->code),
                 toString(RefusalCode::PassStatusInvalid));
        QCOMPARE(toString(refusalOf([&] { f.reg->revoke(p.serial, QStringLiteral("  "), f.clerk); })->code),
                 toString(RefusalCode::ReasonMissing));
        QCOMPARE(toString(f.reg->revoke(p.serial, QStringLiteral("搬走"), f.clerk).status),
                 toString(PassStatus::Revoked));
        QCOMPARE(
            toString(refusalOf([&] { f.reg->revoke(p.serial, QStringLiteral("again"), f.clerk); })->code),
            toString(RefusalCode::PassStatusInvalid));

        // Who and why, one row per action.
        QCOMPARE(f.audit(AuditAction::PassSuspend).size(), 1);
        QCOMPARE(f.audit(AuditAction::PassReactivate).size(), 1);
        QCOMPARE(f.audit(AuditAction::PassReportLost).size(), 1);
        QCOMPARE(f.audit(AuditAction::PassRevoke).size(), 1);
        QVERIFY(f.audit(AuditAction::PassSuspend).first().after.contains(QStringLiteral("居家隔离")));
        QCOMPARE(f.audit(AuditAction::PassRevoke).first().actor, QStringLiteral("刘会计"));
    }

    void batchForAHouseholdSkipsHoldersWithAPass()
    {
        Fixture f;
        const Pass held = f.issue(f.wang);
        BatchIssueRequest r;
        r.householdId = f.home;
        const BatchIssueResult result = f.reg->issueBatch(r, f.clerk);
        QCOMPARE(result.issued.size(), 3); // the wife, the tenant and the car
        QCOMPARE(result.skipped, 1);       // wang holds one
        QList<qint64> people;
        for (const Pass& p : result.issued) {
            if (p.holderKind == HolderKind::Person)
                people << p.holderId;
            else
                QCOMPARE(p.holderId, f.car);
        }
        QCOMPARE(people, (QList<qint64>{f.wangWife, f.tenant}));
        QCOMPARE(f.reg->passesOfHolder(HolderKind::Person, f.wang).size(), 1);
        QCOMPARE(f.passCount(), 4);
        // Each new pass works at the gate; the audit trail has one issue row for each.
        for (const Pass& p : result.issued)
            QCOMPARE(toString(f.atTheGate(p).verdict), toString(Verdict::Allow));
        QCOMPARE(f.audit(AuditAction::PassIssue).size(), 4);
        QCOMPARE(f.reg->issueBatch(r, f.clerk).issued.size(), 0); // again: nothing new

        // An expired or suspended pass does not count as holding one.
        f.reg->suspend(held.serial, QStringLiteral("暂停"), f.clerk);
        QCOMPARE(f.reg->issueBatch(r, f.clerk).issued.size(), 1);
    }

    void batchForACourtyardOrACategory()
    {
        Fixture f;
        BatchIssueRequest yard;
        yard.courtyard = 1;
        const BatchIssueResult y = f.reg->issueBatch(yard, f.clerk);
        QCOMPARE(y.issued.size(), 2); // 孙强 and the yard's car
        QCOMPARE(y.skipped, 0);

        BatchIssueRequest migrants;
        migrants.category = Category::MigrantResident;
        const BatchIssueResult m = f.reg->issueBatch(migrants, f.clerk);
        QCOMPARE(m.issued.size(), 1); // the tenant; 孙强 has his from the courtyard batch
        QCOMPARE(m.issued.first().holderId, f.tenant);
        QCOMPARE(m.skipped, 1);

        BatchIssueRequest cars;
        cars.category = Category::InternalVehicle;
        QCOMPARE(f.reg->issueBatch(cars, f.clerk).issued.size(), 1); // the home's car
    }

    void batchRefusalsWriteNothing()
    {
        Fixture f;
        QCOMPARE(toString(refusalOf([&] { f.reg->issueBatch({}, f.clerk); })->code),
                 toString(RefusalCode::BatchScopeMissing));
        BatchIssueRequest r;
        r.householdId = f.home;
        r.gates = {QStringLiteral("north"), QStringLiteral("east")};
        const auto gate = refusalOf([&] { f.reg->issueBatch(r, f.clerk); });
        QCOMPARE(toString(gate->code), toString(RefusalCode::GateUnknown));
        QCOMPARE(gate->args, QStringList{QStringLiteral("east")});
        r.gates.clear();
        r.validUntil = QDate(2026, 1, 1);
        QCOMPARE(toString(refusalOf([&] { f.reg->issueBatch(r, f.clerk); })->code),
                 toString(RefusalCode::ValidUntilInvalid));
        r = {};
        r.householdId = 999;
        QCOMPARE(toString(refusalOf([&] { f.reg->issueBatch(r, f.clerk); })->code),
                 toString(RefusalCode::HouseholdUnknown));
        r = {};
        r.courtyard = 7;
        QCOMPARE(toString(refusalOf([&] { f.reg->issueBatch(r, f.clerk); })->code),
                 toString(RefusalCode::CourtyardInvalid));
        QCOMPARE(f.passCount(), 0);
    }

    void validityComesFromThePolicy()
    {
        Fixture f;
        Policy policy = f.reg->policy();
        policy.validityDays[Category::MigrantResident] = 90;
        policy.validityDays[Category::InternalVehicle] = 365;
        f.reg->setPolicy(policy, f.clerk);
        BatchIssueRequest r;
        r.householdId = f.home;
        for (const Pass& p : f.reg->issueBatch(r, f.clerk).issued) {
            QCOMPARE(p.validFrom, QDate(2026, 3, 1));
            const int days = p.category == Category::MigrantResident   ? 90
                             : p.category == Category::InternalVehicle ? 365
                                                                       : policy.validityDaysOf(p.category);
            QCOMPARE(p.validUntil, QDate(2026, 3, 1).addDays(days));
        }
        // An explicit last day wins.
        r.householdId = f.yard;
        r.validUntil = QDate(2026, 6, 30);
        for (const Pass& p : f.reg->issueBatch(r, f.clerk).issued)
            QCOMPARE(p.validUntil, QDate(2026, 6, 30));
    }
};

QTEST_GUILESS_MAIN(TestRegistryPassActions)
#include "TestRegistryPassActions.moc"
