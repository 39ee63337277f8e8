// The shift lead's review over a year of two gates (10 million crossings): generating the log,
// opening a shift, filtering, the hourly chart, paging, and the gate's scan-to-verdict on a station
// that holds the log. Real time, medians of repeated runs; not Google Benchmark (the file is made
// once and kept: GATEPOST_BENCH_REVIEW_DB, default /tmp/gatepost-bench-review.db).
//   bench_review [ROWS]    (default 10000000; a file with fewer rows is made again)

#include "core/Checkpoint.h"
#include "core/Clock.h"
#include "core/CrossingLog.h"
#include "core/CrossingReview.h"
#include "core/Database.h"
#include "core/DemoCommunity.h"
#include "core/DemoTraffic.h"
#include "core/Handover.h"
#include "core/Registry.h"
#include "core/Roster.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace gatepost::core;

namespace {

const QDateTime kEnd(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);

class SteppingClock final : public Clock
{
public:
    explicit SteppingClock(QDateTime t)
        : m_t(std::move(t))
    {
    }
    QDateTime nowUtc() const override { return m_t = m_t.addSecs(60); }

private:
    mutable QDateTime m_t;
};

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

// Median in milliseconds of @p runs calls (after one warm-up call).
double median(int runs, const std::function<void()>& f)
{
    f();
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        ms << t.nsecsElapsed() / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    return ms.at(ms.size() / 2);
}

void report(const char* what, double ms, double target = 0)
{
    out() << QStringLiteral("%1 %2 ms").arg(QString::fromUtf8(what), -44).arg(ms, 9, 'f', 2);
    if (target > 0)
        out() << (ms < target ? "   (target < " : "   (MISSED target < ") << target << " ms)";
    out() << Qt::endl;
}

qint64 rowsIn(const QString& path)
{
    if (!QFile::exists(path))
        return 0;
    auto db = Database::openReadOnly(path);
    Statement q = db->prepare("SELECT count(*) FROM crossings");
    q.step();
    return q.int64(0);
}

void make(const QString& path, qint64 rows)
{
    for (const QString& f : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
        QFile::remove(f);
    SteppingClock clock(kEnd);
    auto db = Database::open(path);
    Registry reg(*db, clock);
    reg.initStation(QStringLiteral("bench-north"), QStringLiteral("north"));
    generateDemoCommunity(*db, DemoOptions{4, kEnd.date()});
    DemoTrafficOptions o;
    o.days = 365;
    o.perDay = int(rows / 365);
    o.seed = 10;
    o.endUtc = kEnd;
    o.rowsPerCommit = 200000;
    QElapsedTimer t;
    t.start();
    const DemoTrafficSummary s = generateDemoTraffic(*db, reg.policy(), o, [&](qint64 n) {
        out() << "\r  " << n << " rows, " << qint64(n / std::max(1.0, t.elapsed() / 1000.0)) << " rows/s"
              << Qt::flush;
    });
    const double sec = t.elapsed() / 1000.0;
    out() << "\ngenerated " << s.rows << " rows (" << s.crossings << " crossings) in "
          << QString::number(sec, 'f', 1) << " s: " << qint64(s.rows / sec) << " rows/s" << Qt::endl;
    db->checkpoint();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 want = argc > 1 ? QByteArray(argv[1]).toLongLong() : 10000000;
    const QString path = qEnvironmentVariableIsSet("GATEPOST_BENCH_REVIEW_DB")
                             ? qEnvironmentVariable("GATEPOST_BENCH_REVIEW_DB")
                             : QStringLiteral("/tmp/gatepost-bench-review.db");
    qint64 have = rowsIn(path);
    if (have < want * 95 / 100) {
        out() << "making " << path << " with about " << want << " rows" << Qt::endl;
        make(path, want);
        have = rowsIn(path);
    }
    out() << path << ": " << have << " rows, " << QString::number(QFileInfo(path).size() / 1048576.0, 'f', 0)
          << " MiB" << Qt::endl;

    auto db = Database::openReadOnly(path);
    const Policy policy = Policy::defaults();
    const Roster roster(policy);
    const CrossingReview review(*db);
    const Shift shift = *roster.shiftById(QStringLiteral("2026-06-15/2"));
    CrossingFilter onShift;
    onShift.fromUtc = shift.startUtc;
    onShift.toUtc = shift.endUtc;
    qint64 n = 0;
    const double open = median(9, [&] {
        n = review.count(onShift);
        review.page(onShift, {}, 200, ReviewOrder::NewestFirst);
    });
    report("open a shift (count + first 200 rows)", open, 100);
    out() << "  (" << n << " rows in shift " << shift.id() << ")" << Qt::endl;

    CrossingFilter f = onShift;
    f.gates = {QStringLiteral("south")};
    f.verdicts = {Verdict::Deny};
    report("filter: gate + verdict (count + page)",
           median(9,
                  [&] {
                      review.count(f);
                      review.page(f, {}, 200);
                  }),
           100);
    f = onShift;
    f.category = Category::MigrantResident;
    report("filter: category (count + page)",
           median(9,
                  [&] {
                      review.count(f);
                      review.page(f, {}, 200);
                  }),
           100);
    f = onShift;
    f.text = QStringLiteral("王");
    report("search: name '王' in the shift (count + page)",
           median(9,
                  [&] {
                      review.count(f);
                      review.page(f, {}, 200);
                  }),
           100);
    CrossingFilter month;
    month.fromUtc = shift.startUtc.addDays(-1);
    month.toUtc = shift.startUtc;
    month.reasons = {Reason::Passback};
    report("filter: passback over a day (count + page)",
           median(5,
                  [&] {
                      review.count(month);
                      review.page(month, {}, 200);
                  }),
           100);
    ReviewCursor cursor;
    report("scroll: next page of 200 (keyset)",
           median(9,
                  [&] {
                      const ReviewPage p = review.page(onShift, cursor, 200);
                      cursor = p.atEnd ? ReviewCursor{} : p.next;
                  }),
           100);
    CrossingFilter day;
    day.fromUtc = QDateTime(shift.day, QTime(0, 0), roster.timeZone()).toUTC();
    day.toUtc = day.fromUtc.addDays(1);
    report("hourly chart of a day", median(9, [&] { review.hourly(day); }), 200);
    report("denials by reason, a day", median(9, [&] { review.denialsByReason(day); }), 200);
    report("anomalies of a shift", median(9, [&] { review.anomalies(onShift); }), 200);
    qint64 handoverTotal = 0;
    report("handover report of a shift (both gates)",
           median(5, [&] { handoverTotal = buildHandover(*db, policy, shift.id()).total; }), 1000);
    out() << "  (" << handoverTotal << " crossings in the handover)" << Qt::endl;
    const QString serial = review.page(onShift, {}, 1).rows.value(0).passSerial;
    report("history of one pass (a year)", median(9, [&] { review.history(serial); }), 100);
    report("inside now (last crossing within 7 days)",
           median(3, [&] { review.insideNow(kEnd.addDays(-7)); }));
    db.reset();

    // The gate's scan-to-verdict on a station holding the log (its rows are added to the file).
    // Later than every row already in the file (a station refuses to log before its last row).
    SteppingClock clock(std::max(QDateTime::currentDateTimeUtc(), kEnd.addDays(1)));
    auto station = Database::open(path);
    Registry reg(*station, clock);
    const QString stationId = reg.station()->stationId;
    CrossingLog log(*station, stationId, clock);
    Checkpoint checkpoint(reg, log, clock, stationId);
    PassFilter pf;
    pf.status = PassStatus::Active;
    QStringList codes;
    for (const Pass& p : reg.passes(pf))
        codes << Registry::qrText(p);
    qsizetype i = 0;
    const auto input = [&] {
        return CheckInput{
            codes[i++ % codes.size()], QStringLiteral("north"), Direction::In, {}, EntryKind::Scan, {}, {}};
    };
    report("scan to verdict: evaluate (no write)", median(201, [&] { checkpoint.evaluate(input()); }));
    report("scan to verdict: process + durable log row", median(101, [&] { checkpoint.process(input()); }));
    return 0;
}
