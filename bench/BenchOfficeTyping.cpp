// Search as you type in the office window, as the person at the keyboard waits for it: one
// keystroke = the page's search (the registry's listing), the table model filled, the columns
// sized, on the whole demo community (seed 6: ~11,700 people, ~7,000 passes), offscreen.
// Target: under 30 ms per keystroke. Figures: docs/office.md and docs/performance.md.

#include "app/Station.h"
#include "app/gui/OfficeStation.h"
#include "core/Auth.h"
#include "core/Clock.h"
#include "core/DemoCommunity.h"
#include "core/Registry.h"
#include "gui/office/OfficeWindow.h"
#include "gui/office/RegistryPage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTabWidget>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <memory>

using namespace gatepost;

namespace {

class FixedClock final : public core::Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime(QDate(2026, 3, 2), QTime(2, 0), Qt::UTC); }
};

// Built once (the demo community takes a few seconds), shared by every benchmark.
struct Office
{
    QTemporaryDir dir;
    std::unique_ptr<app::Station> station;
    std::unique_ptr<gui::OfficeWindow> window;

    Office()
    {
        station =
            app::Station::open(dir.filePath(QStringLiteral("office.db")), app::Station::Mode::CreateIfMissing,
                               app::Station::Access::ReadWrite, std::make_unique<FixedClock>());
        station->registry().initStation(QStringLiteral("office"), QStringLiteral("office"));
        core::DemoOptions opts;
        opts.seed = 6;
        opts.today = QDate(2026, 3, 2);
        core::generateDemoCommunity(station->db(), opts);
        const qint64 id = station->auth().createFirstAdmin(QStringLiteral("admin"), QStringLiteral("9876"));
        window = std::make_unique<gui::OfficeWindow>(app::officeServices(*station));
        window->resize(1366, 768);
        window->show();
        window->signOn(*station->auth().operatorById(id));
    }
    static Office& get()
    {
        static Office office;
        return office;
    }
};

// Types @p text one character at a time on @p page; each iteration is the whole word, the
// counter gives the time per keystroke.
void typeWord(benchmark::State& state, const char* page, const QString& text)
{
    gui::office::RegistryPage* p = Office::get().window->page(page);
    Office::get().window->tabs()->setCurrentWidget(p);
    qint64 rows = 0;
    qint64 keystrokes = 0;
    QElapsedTimer clock;
    qint64 ns = 0;
    for (auto _ : state) {
        for (int i = 1; i <= text.size(); ++i) {
            clock.start();
            p->setSearchText(text.left(i)); // runs the search now, as the typing pause would
            ns += clock.nsecsElapsed();
            rows += p->model()->rowCount();
            ++keystrokes;
        }
    }
    benchmark::DoNotOptimize(rows);
    state.counters["ms_per_keystroke"] = keystrokes ? double(ns) / 1e6 / double(keystrokes) : 0.0;
    state.counters["rows_last"] = p->model()->rowCount();
}

void BM_PeopleByName(benchmark::State& s)
{
    typeWord(s, "peoplePage", QStringLiteral("王小"));
}
void BM_PeopleByPinyin(benchmark::State& s)
{
    typeWord(s, "peoplePage", QStringLiteral("wxm"));
}
void BM_PeopleByAddress(benchmark::State& s)
{
    typeWord(s, "peoplePage", QStringLiteral("清河四街 12排"));
}
void BM_PeopleByPhoneTail(benchmark::State& s)
{
    typeWord(s, "peoplePage", QStringLiteral("5678"));
}
void BM_HouseholdsByAddress(benchmark::State& s)
{
    typeWord(s, "householdsPage", QStringLiteral("四号院"));
}
void BM_VehiclesByPlate(benchmark::State& s)
{
    typeWord(s, "vehiclesPage", QStringLiteral("京A3"));
}
void BM_PassesBySerial(benchmark::State& s)
{
    typeWord(s, "passesPage", QStringLiteral("0004"));
}
void BM_PassesByHolder(benchmark::State& s)
{
    typeWord(s, "passesPage", QStringLiteral("李"));
}

BENCHMARK(BM_PeopleByName)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PeopleByPinyin)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PeopleByAddress)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PeopleByPhoneTail)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_HouseholdsByAddress)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_VehiclesByPlate)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PassesBySerial)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PassesByHolder)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
