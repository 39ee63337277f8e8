// The office import at the size of the seed community: 11,000 people (3,000 registered
// residents in UTF-8, 8,000 migrants in GB18030) and 2,000 vehicles, into a station file wired
// as gatepost-cli opens it (event log attached: every imported row is also a signed sync event),
// after its 1,212 households. Dry run and import timed separately; then the same files again
// (every row a duplicate, nothing written).

#include "app/Station.h"
#include "core/Formats.h"
#include "core/Import.h"
#include "core/Registry.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <chrono>
#include <functional>
#include <memory>

using namespace gatepost;
using namespace gatepost::core;

namespace {

constexpr int kHouseholds = 1212;
constexpr int kResidents = 3000;
constexpr int kMigrants = 8000;
constexpr int kVehicles = 2000;

QString address(int h)
{
    return QStringLiteral("清河四街 %1排 %2号").arg(h / 20 + 1).arg(h % 20 + 1);
}

// Unique per person: the birth year counts thousands, the sequence number the rest.
QString idNumber(int i)
{
    const QString first17 = QStringLiteral("652901%1%2%3%4")
                                .arg(1950 + i / 1000)
                                .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                                .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                                .arg(i % 1000, 3, 10, QLatin1Char('0'));
    return first17 + formats::idCheckCharacter(first17);
}

void write(const QString& path, const QStringList& lines, bool gb18030)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    const QString text = lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
    if (gb18030) {
        QStringEncoder encoder("GB18030");
        f.write(encoder.encode(text));
    } else {
        f.write(text.toUtf8());
    }
}

// The four files, written once.
struct Files
{
    QTemporaryDir dir;
    QString households = dir.filePath(QStringLiteral("households.csv"));
    QString residents = dir.filePath(QStringLiteral("residents.csv"));
    QString migrants = dir.filePath(QStringLiteral("migrants.csv"));
    QString vehicles = dir.filePath(QStringLiteral("vehicles.csv"));

    Files()
    {
        static const char16_t surnames[] = u"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
        static const char16_t given[] = u"伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平";
        QStringList h{QStringLiteral("住址,院落,备注")};
        for (int i = 0; i < kHouseholds; ++i)
            h << address(i) + QStringLiteral(",%1,").arg(i % 10 == 0 ? 1 + i % 6 : 0);
        write(households, h, false);
        auto person = [](int i, const char* category) -> QString {
            return QString(QChar(surnames[i % 20])) + QChar(given[(i / 20) % 20]) +
                   QChar(given[(i / 400) % 20]) + QLatin1Char(',') + idNumber(i) +
                   QStringLiteral(",139%1,").arg(i, 8, 10, QLatin1Char('0')) + address(i % kHouseholds) +
                   QLatin1Char(',') + QString::fromUtf8(category);
        };
        QStringList r{QStringLiteral("姓名,身份证号,手机号,住址,类别")};
        for (int i = 0; i < kResidents; ++i)
            r << person(i, "户籍");
        write(residents, r, false);
        QStringList m{QStringLiteral("姓名,身份证号,手机号,住址,类别")};
        for (int i = kResidents; i < kResidents + kMigrants; ++i)
            m << person(i, "流动人口");
        write(migrants, m, true);
        QStringList v{QStringLiteral("车牌号,住址,车辆类型")};
        for (int i = 0; i < kVehicles; ++i)
            v << QStringLiteral("京%1%2,").arg(QChar(u"ABCEFGHJKLMNPQ"[i % 14])).arg(10000 + i) +
                     address(i % kHouseholds) + QStringLiteral(",内部车辆");
        write(vehicles, v, false);
    }
};

Files& files()
{
    static Files f;
    return f;
}

struct StationUnderTest
{
    QTemporaryDir dir;
    std::unique_ptr<app::Station> station;
    std::unique_ptr<Importer> importer;

    StationUnderTest()
    {
        station = app::Station::open(dir.filePath(QStringLiteral("office.db")),
                                     app::Station::Mode::CreateIfMissing);
        station->registry().initStation(QStringLiteral("office"), QStringLiteral("office"));
        importer = std::make_unique<Importer>(station->registry(), station->clock());
        ImportOptions o;
        o.kind = ImportKind::Households;
        if (importer->run(files().households, o, Actor::system()).imported != kHouseholds)
            qFatal("households not imported");
    }
    int importAll(bool dryRun)
    {
        int n = 0;
        for (const auto& [path, kind] : {std::pair{files().residents, ImportKind::Residents},
                                         std::pair{files().migrants, ImportKind::Migrants},
                                         std::pair{files().vehicles, ImportKind::Vehicles}}) {
            ImportOptions o;
            o.kind = kind;
            const ImportReport r =
                dryRun ? importer->dryRun(path, o) : importer->run(path, o, Actor::system());
            n += dryRun ? r.acceptedRows() : r.imported;
        }
        return n;
    }
};

double secondsOf(const std::function<void()>& f)
{
    const auto t0 = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

void BM_ImportDryRun(benchmark::State& state)
{
    files();
    for (auto _ : state) {
        StationUnderTest s;
        int accepted = 0;
        state.SetIterationTime(secondsOf([&] { accepted = s.importAll(true); }));
        if (accepted != kResidents + kMigrants + kVehicles)
            state.SkipWithError("not every row accepted");
    }
}

void BM_Import(benchmark::State& state)
{
    files();
    for (auto _ : state) {
        StationUnderTest s;
        int imported = 0;
        state.SetIterationTime(secondsOf([&] { imported = s.importAll(false); }));
        if (imported != kResidents + kMigrants + kVehicles)
            state.SkipWithError("not every row imported");
        state.counters["again_s"] = secondsOf([&] {
            if (s.importAll(false) != 0)
                state.SkipWithError("the second import wrote rows");
        });
        state.counters["file_MB"] =
            static_cast<double>(QFile(s.dir.filePath(QStringLiteral("office.db"))).size()) / 1e6;
    }
}

} // namespace

BENCHMARK(BM_ImportDryRun)->UseManualTime()->Unit(benchmark::kSecond)->Iterations(1)->Repetitions(3);
BENCHMARK(BM_Import)->UseManualTime()->Unit(benchmark::kSecond)->Iterations(1)->Repetitions(3);
BENCHMARK_MAIN();
