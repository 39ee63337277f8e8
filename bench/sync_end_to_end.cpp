// Sync end to end, through a real PostgreSQL hub (a throwaway cluster started here with
// scripts/pg-test-cluster, or the one named by GATEPOST_TEST_PG_DIR), on real station files:
//
//  1. 100,000 crossings logged at a gate: writing them (and their signed events), pushing them
//     to the hub, and the office pulling and applying them. Target: under 10 s each.
//  2. A revocation at the office until the gate refuses the card, with both stations' sync
//     workers (app::SyncService) running every 2 s.
//  3. The gate's scan path (Checkpoint::process, committed) every 33 ms, first alone, then while
//     its sync worker pulls and applies the 100,000 crossings of the other gate.
//
// Not a Google Benchmark: real time and real threads; figures in docs/performance.md.
// Usage: bench_sync_end_to_end [--events N] [--revocations N]

#include "app/Station.h"
#include "app/SyncService.h"
#include "core/Checkpoint.h"
#include "core/CrossingLog.h"
#include "core/EventLog.h"
#include "core/PassCode.h"
#include "core/Registry.h"
#include "core/SyncSettings.h"
#include "sync/Exchange.h"
#include "sync/PgConnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <functional>
#include <stdexcept>

#include <algorithm>
#include <optional>

using namespace gatepost;

namespace {

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto i = static_cast<qsizetype>(p / 100.0 * double(v.size() - 1) + 0.5);
    return v[std::min(i, v.size() - 1)];
}

QString summary(const QList<double>& v)
{
    return QStringLiteral("n=%1  p50=%2  p95=%3  max=%4 ms")
        .arg(v.size())
        .arg(percentile(v, 50), 0, 'f', 2)
        .arg(percentile(v, 95), 0, 'f', 2)
        .arg(percentile(v, 100), 0, 'f', 2);
}

int runScript(const QString& command, const QString& dir)
{
    QProcess script;
    script.setProcessChannelMode(QProcess::ForwardedChannels);
    script.start(QStringLiteral(GATEPOST_SOURCE_DIR "/scripts/pg-test-cluster"), {command, dir});
    if (!script.waitForFinished(180000))
        return -1;
    return script.exitStatus() == QProcess::NormalExit ? script.exitCode() : -1;
}

QString readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().trimmed()) : QString();
}

std::unique_ptr<app::Station> station(const QString& path, const QString& name, const QString& gate,
                                      const QString& trust)
{
    auto s = app::Station::open(path, app::Station::Mode::CreateIfMissing);
    s->registry().initStation(name, gate, trust);
    return s;
}

void configureHub(app::Station& s, const sync::HubSettings& hub, int intervalSeconds)
{
    core::SyncSettings settings;
    settings.hubUrl = hub.displayUrl();
    settings.hubPassword = hub.password;
    settings.intervalSeconds = intervalSeconds;
    core::SyncSettings::save(s.db(), settings, core::Actor::system(), s.clock());
}

QString issue(app::Station& office, int n)
{
    auto& reg = office.registry();
    const qint64 h = reg.addHousehold(core::Household{0, QStringLiteral("清河四街 %1排 1号").arg(n), 0, {}});
    core::Person p;
    p.householdId = h;
    p.name = QStringLiteral("住户%1").arg(n);
    const qint64 id = reg.addPerson(p);
    return core::Registry::qrText(
        reg.issue(core::IssueRequest{core::HolderKind::Person, id, {}, {}, {}, {}}, core::Actor::system()));
}

// A day of traffic at a gate: n crossings of 7,000 passes (serials from 2,000,001, so they never
// meet the passes the benchmark scans), one every 0.8 s up to now.
void logCrossings(app::Station& gate, int n)
{
    QList<core::CrossingEntry> drafts;
    drafts.reserve(n);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < n; ++i) {
        core::CrossingEntry e;
        e.gate = gate.registry().station()->gate;
        e.direction = (i / 7000) % 2 ? core::Direction::Out : core::Direction::In;
        e.passSerial = core::passcode::serialFromNumber(2000001 + i % 7000);
        e.atUtc = now.addMSecs(-qint64(n - i) * 800);
        e.verdict = core::Verdict::Allow;
        e.operatorName = QStringLiteral("志愿者");
        drafts.append(e);
    }
    gate.log().appendBatch(drafts);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int events = 100000;
    int revocations = 5;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--events"))
            events = args[i + 1].toInt();
        if (args[i] == QLatin1String("--revocations"))
            revocations = args[i + 1].toInt();
    }

    QString dir = qEnvironmentVariable("GATEPOST_TEST_PG_DIR");
    std::optional<QTemporaryDir> own;
    if (dir.isEmpty()) {
        own.emplace();
        dir = own->path();
        if (runScript(QStringLiteral("start"), dir) != 0) {
            out() << "bench_sync_end_to_end: NO POSTGRESQL, nothing measured: see " << dir << "/log"
                  << Qt::endl;
            return 0;
        }
    }
    int rc = 0;
    try {
        sync::HubSettings hub;
        hub.host = QStringLiteral("127.0.0.1");
        hub.port = readFile(dir + QStringLiteral("/port")).toInt();
        hub.user = QStringLiteral("postgres");
        hub.password = readFile(dir + QStringLiteral("/admin-password"));
        hub.database = QStringLiteral("postgres");
        hub.sslMode = QStringLiteral("disable");
        {
            auto pg = sync::PgConnection::open(hub);
            pg->exec("DROP DATABASE IF EXISTS gatepost_bench_sync WITH (FORCE)");
            pg->exec("CREATE DATABASE gatepost_bench_sync");
        }
        hub.database = QStringLiteral("gatepost_bench_sync");

        QTemporaryDir files;
        auto office = station(files.filePath(QStringLiteral("office.db")), QStringLiteral("office"),
                              QStringLiteral("office"), {});
        const QString officeKey = office->registry().station()->publicKey;
        auto north = station(files.filePath(QStringLiteral("north.db")), QStringLiteral("north"),
                             QStringLiteral("north"), officeKey);
        auto south = station(files.filePath(QStringLiteral("south.db")), QStringLiteral("south"),
                             QStringLiteral("south"), officeKey);
        for (app::Station* s : {north.get(), south.get()})
            office->registry().registerStation(s->registry().station()->name, s->registry().station()->gate,
                                               s->registry().station()->publicKey, core::Actor::system());
        QStringList codes;
        constexpr int kScans = 150;
        for (int i = 1; i <= revocations + 2 * kScans; ++i)
            codes << issue(*office, i);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (app::Station* s : {office.get(), north.get(), south.get()})
            sync::connectAndExchange(s->events(), hub, now);

        // 1. Write, push and pull N crossings.
        out() << "== " << events << " crossings, one gate to the office, through the hub ==" << Qt::endl;
        QElapsedTimer t;
        t.start();
        logCrossings(*north, events);
        out() << "  log at north (rows + signed events, one transaction): " << t.elapsed() << " ms"
              << Qt::endl;
        t.restart();
        const sync::ExchangeResult pushed = sync::connectAndExchange(north->events(), hub, now);
        out() << "  push to the hub: " << t.elapsed() << " ms (" << pushed.pushed << " events)" << Qt::endl;
        t.restart();
        const sync::ExchangeResult pulled = sync::connectAndExchange(office->events(), hub, now);
        out() << "  pull and apply at the office: " << t.elapsed() << " ms (" << pulled.pulled << " events, "
              << pulled.report.applied << " applied)" << Qt::endl;

        // 2. Revocation at the office until a gate refuses, both workers every 2 s.
        out() << "== revocation at the office -> refused at the north gate, sync every 2 s ==" << Qt::endl;
        configureHub(*office, hub, 2);
        configureHub(*north, hub, 2);
        configureHub(*south, hub, 2);
        {
            app::SyncService officeSync(office->db().path(), office->clock());
            app::SyncService northSync(north->db().path(), north->clock());
            officeSync.start();
            northSync.start();
            office->events().setOnEventsMade([&officeSync] { officeSync.localChange(); });
            QList<double> revocationMs;
            const auto verdictAtNorth = [&](const QString& code) {
                return north->checkpoint()
                    .evaluate({code,
                               QStringLiteral("north"),
                               core::Direction::In,
                               {},
                               core::EntryKind::Scan,
                               {},
                               {}})
                    .verdict;
            };
            for (int i = 0; i < revocations; ++i) {
                const QString code = codes[i];
                // Revoke at a different moment of the 2 s interval each time.
                QThread::msleep(static_cast<unsigned long>(337 * (i + 1)));
                t.restart();
                office->registry().setStatus(core::passcode::parse(code).code->serial,
                                             core::PassStatus::Revoked, QStringLiteral("bench"),
                                             core::Actor::system());
                while (verdictAtNorth(code) == core::Verdict::Allow && t.elapsed() < 30000)
                    QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
                revocationMs << double(t.elapsed());
            }
            out() << "  " << summary(revocationMs) << Qt::endl;
            office->events().setOnEventsMade({});
        }

        // 3. South's scan path alone, then while its worker pulls north's N crossings.
        out() << "== scan to committed verdict at south (Checkpoint::process), one card every 33 ms =="
              << Qt::endl;
        int next = revocations;
        const auto scans = [&](int count, const std::function<bool()>& keepGoing) {
            QList<double> ms;
            QElapsedTimer one;
            for (int i = 0; i < count && keepGoing(); ++i) {
                one.start();
                const core::CheckOutcome o = south->checkpoint().process({codes[next++ % codes.size()],
                                                                          QStringLiteral("south"),
                                                                          core::Direction::In,
                                                                          {},
                                                                          core::EntryKind::Scan,
                                                                          QStringLiteral("志愿者"),
                                                                          {}});
                ms << double(one.nsecsElapsed()) / 1e6;
                if (!o.logged)
                    throw std::runtime_error("a scan of the benchmark was not logged");
                QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
                QThread::msleep(33);
            }
            return ms;
        };
        out() << "  alone:       " << summary(scans(kScans, [] { return true; })) << Qt::endl;
        const QString northId = north->registry().station()->stationId;
        const qint64 before = south->events().vector().value(northId);
        const qint64 target = north->events().vector().value(northId);
        app::SyncService southSync(south->db().path(), south->clock());
        QElapsedTimer during;
        during.start();
        southSync.start();
        const QList<double> busy = scans(kScans, [&] {
            return south->events().vector().value(northId) < target && during.elapsed() < 120000;
        });
        out() << "  during a pull of " << (target - before) << " events (" << during.elapsed()
              << " ms): " << summary(busy) << Qt::endl;
    } catch (const std::exception& e) {
        out() << "bench_sync_end_to_end: " << e.what() << Qt::endl;
        rc = 1;
    }
    if (own)
        runScript(QStringLiteral("stop"), dir);
    return rc;
}
