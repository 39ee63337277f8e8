// One user action, one transaction: each write of a gate action is made to fail in turn (a
// temporary trigger on the same connection) and no row of the action may be left behind.

#include "GateDeskFixture.h"

#include <QTest>

#include <functional>

using namespace gatepost;
using namespace gatepost::core;
using namespace gatepost::test;

namespace {

struct Counts
{
    qint64 people = 0, quarantines = 0, visits = 0, crossings = 0, passes = 0, households = 0;
    bool operator==(const Counts&) const = default;
};

Counts countsOf(Fixture& f)
{
    return Counts{f.people(),
                  f.quarantines(),
                  f.visits(),
                  f.crossings(),
                  f.count("SELECT count(*) FROM passes"),
                  f.count("SELECT count(*) FROM households")};
}

QString describe(const Counts& c)
{
    return QStringLiteral("people %1, quarantines %2, visits %3, crossings %4, passes %5, households %6")
        .arg(c.people)
        .arg(c.quarantines)
        .arg(c.visits)
        .arg(c.crossings)
        .arg(c.passes)
        .arg(c.households);
}

// A write that fails: the table, and which of its rows (empty = every insert).
struct Fault
{
    const char* name;
    const char* table;
    const char* when;
};

void inject(Fixture& f, const Fault& fault)
{
    const QByteArray sql = QByteArray("CREATE TEMP TRIGGER injected_fault BEFORE INSERT ON main.") +
                           fault.table + ' ' + fault.when + " BEGIN SELECT RAISE(ABORT, 'injected'); END";
    f.t.db().exec(sql.constData());
}

void heal(Fixture& f)
{
    f.t.db().exec("DROP TRIGGER temp.injected_fault");
}

const Fault kCrossing{"crossing", "crossings", "WHEN NEW.entry_kind NOT IN ('incident', 'decision')"};
const Fault kIncident{"fever incident", "crossings", "WHEN NEW.entry_kind = 'incident'"};

} // namespace

class TestGateTransactions : public QObject
{
    Q_OBJECT

    // Runs @p action once per fault: it must come back NotLogged and leave every table as it
    // was; then, healed, the same action must go through (the connection is not left inside a
    // half-finished transaction).
    void eachWriteFailsInTurn(Fixture& f, const QList<Fault>& faults,
                              const std::function<GateOutcome(Fixture&)>& action)
    {
        for (const Fault& fault : faults) {
            const Counts before = countsOf(f);
            inject(f, fault);
            const GateOutcome o = action(f);
            heal(f);
            QVERIFY2(o.step == GateOutcome::Step::NotLogged, fault.name);
            QVERIFY2(o.dbProblem.has_value(), fault.name);
            const Counts after = countsOf(f);
            QVERIFY2(after == before,
                     qPrintable(QStringLiteral("%1 failed, left: %2 (before: %3)")
                                    .arg(QLatin1String(fault.name), describe(after), describe(before))));
        }
        const Counts before = countsOf(f);
        const GateOutcome ok = action(f);
        QVERIFY2(ok.step == GateOutcome::Step::Verdict || ok.step == GateOutcome::Step::Decided,
                 qPrintable(QString::number(static_cast<int>(ok.step))));
        QVERIFY(!(countsOf(f) == before));
        QVERIFY(f.chainOk());
    }

private slots:
    void aReturneeWithFeverIsAllOrNothing()
    {
        Fixture f;
        ReturneeArrival a = f.returnee();
        a.temperature = 38.6;
        eachWriteFailsInTurn(f,
                             {{"person", "people", ""},
                              {"quarantine", "quarantines", ""},
                              {"visit", "visits", ""},
                              kCrossing,
                              kIncident},
                             [&](Fixture& fx) { return fx.gate->registerReturnee(a); });
        // Written once, whole: person, quarantine, visit, crossing and its incident.
        QCOMPARE(f.people(), 2);
        QCOMPARE(f.quarantines(), 1);
        QCOMPARE(f.visits(), 1);
        QCOMPARE(f.crossings(), 2);
    }

    void aVisitorWithFeverIsAllOrNothing()
    {
        Fixture f;
        VisitorEntry v = f.visitor();
        v.temperature = 38.0;
        eachWriteFailsInTurn(f, {{"visit", "visits", ""}, kCrossing, kIncident},
                             [&](Fixture& fx) { return fx.gate->registerVisitor(v); });
        QCOMPARE(f.visits(), 1);
        QCOMPARE(f.crossings(), 2);
    }

    void aScanWithFeverAndItsIncidentAreAllOrNothing()
    {
        Fixture f;
        eachWriteFailsInTurn(f, {kCrossing, kIncident}, [&](Fixture& fx) {
            fx.gate->submitTemperature(39.1);
            return fx.gate->scan(Registry::qrText(fx.wangPass));
        });
        QCOMPARE(f.crossings(), 2);
        QCOMPARE(f.log->counts({}, {}).incidents, 1);
    }

    void aPersonWithoutAPassWithFeverIsAllOrNothing()
    {
        Fixture f;
        Person p;
        p.householdId = f.home;
        p.name = QStringLiteral("无证者");
        const qint64 id = f.reg->addPerson(p);
        eachWriteFailsInTurn(f, {kCrossing, kIncident}, [&](Fixture& fx) {
            fx.gate->submitTemperature(38.9);
            return fx.gate->manualPerson(id);
        });
        QCOMPARE(f.crossings(), 2);
    }

    void aDecisionIsAllOrNothing()
    {
        Fixture f;
        const GateOutcome amber = f.gate->manualPass(f.wangPass.serial);
        QVERIFY(amber.actions.letThrough);
        const Counts before = countsOf(f);
        inject(f, Fault{"decision", "crossings", "WHEN NEW.entry_kind = 'decision'"});
        const GateOutcome failed = f.gate->letThrough();
        heal(f);
        QVERIFY(failed.step == GateOutcome::Step::NotLogged);
        QVERIFY(countsOf(f) == before);
        QVERIFY(f.gate->decisionOpen()); // not written, so still open
        QVERIFY(f.gate->letThrough().step == GateOutcome::Step::Decided);
        QCOMPARE(f.crossings(), 2);
        QVERIFY(f.chainOk());
    }

    void databaseFailuresAreNamedByKind()
    {
        QVERIFY(dbProblemOf(DbError(13, {})) == DbProblem::DiskFull);
        QVERIFY(dbProblemOf(DbError(5, {})) == DbProblem::Busy);
        QVERIFY(dbProblemOf(DbError(5 | (2 << 8), {})) == DbProblem::Busy); // an extended code
        QVERIFY(dbProblemOf(DbError(8, {})) == DbProblem::ReadOnly);
        QVERIFY(dbProblemOf(DbError(11, {})) == DbProblem::Damaged);
        QVERIFY(dbProblemOf(DbError(26, {})) == DbProblem::Damaged);
        QVERIFY(dbProblemOf(DbError(6, {})) == DbProblem::LockedByOtherProgram);
        QVERIFY(dbProblemOf(DbError(19, {})) == DbProblem::Other);
    }
};

QTEST_GUILESS_MAIN(TestGateTransactions)
#include "TestGateTransactions.moc"
