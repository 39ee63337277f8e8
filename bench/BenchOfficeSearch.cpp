// Search as you type in the office, over the whole demo community (gatepost-cli demo-community
// --seed 6: 1,212 households, ~11,700 people, ~7,000 passes): each keystroke of a few typical
// searches runs one listing, a page of 50 rows and the total, as the office's tables ask.
// Target: under 30 ms per keystroke. Figures: docs/registry.md, docs/performance.md.

#include "core/Clock.h"
#include "core/Database.h"
#include "core/DemoCommunity.h"
#include "core/Registry.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <memory>

using namespace gatepost::core;

namespace {

class FixedClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime(QDate(2026, 3, 1), QTime(2, 0), Qt::UTC); }
};

struct Community
{
    QTemporaryDir dir;
    FixedClock clock;
    std::unique_ptr<Database> db;
    std::unique_ptr<Registry> reg;

    Community()
    {
        db = Database::open(dir.filePath(QStringLiteral("bench.db")), Database::Durability::Normal);
        DemoOptions opts;
        opts.seed = 6;
        opts.today = QDate(2026, 3, 1);
        generateDemoCommunity(*db, opts);
        reg = std::make_unique<Registry>(*db, clock);
    }
};

Community& community()
{
    static Community c;
    return c;
}

// Every prefix of what is typed: "wxm" is the keystrokes "w", "wx", "wxm".
QStringList keystrokes(const QString& typed)
{
    QStringList out;
    for (qsizetype i = 1; i <= typed.size(); ++i)
        out << typed.left(i);
    return out;
}

template<typename List> void typing(benchmark::State& state, List list, const QString& typed)
{
    Community& c = community();
    const QStringList texts = keystrokes(typed);
    qint64 rows = 0;
    for (auto _ : state) {
        for (const QString& t : texts) {
            OfficeQuery q;
            q.text = t;
            q.limit = 50;
            const auto page = (c.reg.get()->*list)(q);
            rows = page.total;
            benchmark::DoNotOptimize(page);
        }
    }
    state.counters["keystrokes"] = static_cast<double>(texts.size());
    state.counters["ms_per_key"] =
        benchmark::Counter(static_cast<double>(texts.size()) / 1000.0,
                           benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
    state.counters["last_total"] = static_cast<double>(rows);
}

void BM_PeopleByName(benchmark::State& s)
{
    typing(s, &Registry::listPeople, QStringLiteral("张明浩"));
}
void BM_PeopleByPinyinInitials(benchmark::State& s)
{
    typing(s, &Registry::listPeople, QStringLiteral("zmh"));
}
void BM_PeopleByFullPinyin(benchmark::State& s)
{
    typing(s, &Registry::listPeople, QStringLiteral("zhangminghao"));
}
void BM_PeopleByAddress(benchmark::State& s)
{
    typing(s, &Registry::listPeople, QStringLiteral("清河四街 12排"));
}
void BM_PeopleByPhoneTail(benchmark::State& s)
{
    typing(s, &Registry::listPeople, QStringLiteral("5678"));
}
void BM_PeopleEverything(benchmark::State& s)
{
    typing(s, &Registry::listPeople, QString(QChar(u' '))); // simplified to "": every row
}
void BM_HouseholdsByAddress(benchmark::State& s)
{
    typing(s, &Registry::listHouseholds, QStringLiteral("一号院 1"));
}
void BM_VehiclesByPlate(benchmark::State& s)
{
    typing(s, &Registry::listVehicles, QStringLiteral("京a·1"));
}
void BM_PassesBySerial(benchmark::State& s)
{
    typing(s, &Registry::listPasses, QStringLiteral("0004242"));
}
void BM_PassesByHolderName(benchmark::State& s)
{
    typing(s, &Registry::listPasses, QStringLiteral("张明浩"));
}
void BM_PassesByPinyin(benchmark::State& s)
{
    typing(s, &Registry::listPasses, QStringLiteral("zhang"));
}

BENCHMARK(BM_PeopleByName)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PeopleByPinyinInitials)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PeopleByFullPinyin)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PeopleByAddress)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PeopleByPhoneTail)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PeopleEverything)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_HouseholdsByAddress)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_VehiclesByPlate)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PassesBySerial)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PassesByHolderName)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PassesByPinyin)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
