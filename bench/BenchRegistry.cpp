// Registry lookups at the size of the seed community: ~7,000 passes.

#include "core/Clock.h"
#include "core/Database.h"
#include "core/Registry.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <memory>
#include <random>

using namespace gatepost::core;

namespace {

class FixedClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime(QDate(2026, 3, 1), QTime(2, 0), Qt::UTC); }
};

constexpr int kHouseholds = 1212;
constexpr int kPeoplePerHousehold = 5; // 6,060 person passes
constexpr int kVehicles = 940;         // + 940 vehicle passes = 7,000

// Built once, shared by every benchmark (building takes a few seconds).
struct Community
{
    QTemporaryDir dir;
    FixedClock clock;
    std::unique_ptr<Database> db;
    std::unique_ptr<Registry> reg;
    QStringList serials;

    Community()
    {
        // NORMAL: the setup does thousands of small commits and needs no power-cut safety.
        db = Database::open(dir.filePath(QStringLiteral("bench.db")), Database::Durability::Normal);
        reg = std::make_unique<Registry>(*db, clock);
        static const char16_t surnames[] = u"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
        std::mt19937 rng(42);
        for (int h = 0; h < kHouseholds; ++h) {
            Household hh;
            hh.address = QStringLiteral("清河四街 %1排 %2号").arg(h / 20 + 1).arg(h % 20 + 1);
            hh.courtyard = h % 10 == 0 ? 1 + h % 6 : 0;
            const qint64 hid = reg->addHousehold(hh);
            for (int p = 0; p < kPeoplePerHousehold; ++p) {
                Person person;
                person.householdId = hid;
                person.name = QChar(surnames[rng() % 20]) + QStringLiteral("某%1").arg(h * 10 + p);
                person.category = p < 2 ? Category::RegisteredResident : Category::MigrantResident;
                person.phone = QStringLiteral("138%1").arg(h * 10 + p, 8, 10, QLatin1Char('0'));
                const qint64 pid = reg->addPerson(person);
                serials << reg->issue(IssueRequest{HolderKind::Person, pid, {}, {}, {}, {}},
                                      gatepost::core::Actor::system())
                               .serial;
                if (p == 4 && h % 4 == 0) {
                    QuarantineRecord q;
                    q.personId = pid;
                    q.startDate = QDate(2026, 2, 20);
                    q.endDate = QDate(2026, 3, 6);
                    reg->addQuarantine(q);
                }
            }
            if (h < kVehicles) {
                Vehicle v;
                v.householdId = hid;
                v.plate = QStringLiteral("京A%1").arg(10000 + h);
                const qint64 vid = reg->addVehicle(v);
                serials << reg->issue(IssueRequest{HolderKind::Vehicle, vid, {}, {}, {}, {}},
                                      gatepost::core::Actor::system())
                               .serial;
            }
        }
        // A tenth of the passes were reissued once, as lost cards are.
        for (int i = 0; i < serials.size(); i += 10)
            reg->reissue(serials[i], gatepost::core::Actor::system());
    }
};

Community& community()
{
    static Community c;
    return c;
}

void BM_Snapshot(benchmark::State& state)
{
    Community& c = community();
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> pick(0, static_cast<int>(c.serials.size()) - 1);
    for (auto _ : state) {
        auto snap = c.reg->snapshot(c.serials[pick(rng)]);
        benchmark::DoNotOptimize(snap);
    }
    state.counters["passes"] = static_cast<double>(c.serials.size());
}
BENCHMARK(BM_Snapshot)->Unit(benchmark::kMicrosecond);

void BM_SnapshotUnknownSerial(benchmark::State& state)
{
    Community& c = community();
    const QString unknown = QStringLiteral("9999999");
    for (auto _ : state) {
        auto snap = c.reg->snapshot(unknown);
        benchmark::DoNotOptimize(snap);
    }
}
BENCHMARK(BM_SnapshotUnknownSerial)->Unit(benchmark::kMicrosecond);

void BM_SearchByName(benchmark::State& state)
{
    Community& c = community();
    const QString text = QStringLiteral("某4242");
    for (auto _ : state) {
        auto found = c.reg->search(text);
        benchmark::DoNotOptimize(found);
    }
}
BENCHMARK(BM_SearchByName)->Unit(benchmark::kMicrosecond);

// Every scan reads the policy (Checkpoint -> Registry::policy()): since schema 6 the newest row of
// the replicated community_policy table, parsed and validated.
void BM_PolicyRead(benchmark::State& state)
{
    Community& c = community();
    for (auto _ : state)
        benchmark::DoNotOptimize(c.reg->policy().passbackWindowMinutes);
}
BENCHMARK(BM_PolicyRead)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
