#pragma once

// The gate desk on a real file: registry, log, checkpoint and desk of one station, with one
// household and one resident holding a pass (or the demo community). Shared by the gate desk tests.

#include "FakeClock.h"
#include "TempDb.h"
#include "core/Checkpoint.h"
#include "core/CrossingLog.h"
#include "core/DemoCommunity.h"
#include "core/Formats.h"
#include "core/GateController.h"
#include "core/GateDesk.h"
#include "core/Refusal.h"
#include "core/Registry.h"

#include <functional>
#include <memory>

namespace gatepost::test {

using namespace gatepost::core;

inline const QString kGate = QStringLiteral("north");
inline const QString kOperator = QStringLiteral("李志愿");

inline QString str(Verdict v)
{
    return toString(v);
}
inline QString str(const QList<Reason>& reasons)
{
    QStringList names;
    for (Reason r : reasons)
        names.append(toString(r));
    return u'[' + names.join(u',') + u']';
}

inline QString str(RefusalCode c)
{
    return toString(c);
}

// The name of the refusal code @p action throws (RefusedError), or "no refusal".
template<typename F> QString refusalOf(F&& action)
{
    try {
        action();
    } catch (const RefusedError& e) {
        return toString(e.refusal().code);
    }
    return QStringLiteral("no refusal");
}

// A valid GB 11643 number (check character computed, so the test cannot carry a typo).
inline QString idNumber(const QString& first17)
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
    std::unique_ptr<GateController> gate; // north gate, going in, kOperator signed on
    qint64 home = 0;
    qint64 wang = 0; // registered resident of home, phone 13812345678
    Pass wangPass;

    explicit Fixture(bool demo = false)
    {
        stationId = reg->initStation(QStringLiteral("北门1号"), kGate).stationId;
        log = std::make_unique<CrossingLog>(t.db(), stationId, clock);
        cp = std::make_unique<Checkpoint>(*reg, *log, clock, stationId);
        desk = std::make_unique<GateDesk>(*reg, *log, *cp, clock);
        gate = std::make_unique<GateController>(*reg, *log, *cp, *desk, clock);
        Operator op;
        op.name = kOperator;
        gate->signOn(op);
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
        wangPass = reg->issue(IssueRequest{HolderKind::Person, wang, {}, {}, {}, {}},
                              gatepost::core::Actor::system());
    }

    ~Fixture()
    {
        gate.reset();
        desk.reset();
        cp.reset();
        log.reset();
        reg.reset();
    }
    Fixture(const Fixture&) = delete;
    Fixture& operator=(const Fixture&) = delete;

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
        reg->setPolicy(p, gatepost::core::Actor::system());
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

} // namespace gatepost::test
