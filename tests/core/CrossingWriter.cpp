// Child process of TestCrashDurability: appends crossings to the file on argv as fast as
// the real durability allows and prints each station_seq only after append returned, so
// every printed number is a promise that the row is committed.

#include "core/Clock.h"
#include "core/CrossingLog.h"
#include "core/Database.h"

#include <cstdio>
#include <cstdlib>
#include <exception>

using namespace gatepost::core;

int main(int argc, char** argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s <database file> <station id> [max rows]\n", argv[0]);
        return 2;
    }
    // A cap so that a writer the test forgot to kill does not fill the disk.
    const long long maxRows = argc > 3 ? std::atoll(argv[3]) : 1000000;
    try {
        auto db = Database::open(QString::fromLocal8Bit(argv[1]), Database::Durability::Full);
        SystemClock clock;
        CrossingLog log(*db, QString::fromLocal8Bit(argv[2]), clock);
        for (long long i = 0; i < maxRows; ++i) {
            CrossingEntry d;
            d.gate = QStringLiteral("south");
            d.direction = i % 2 ? Direction::Out : Direction::In;
            d.passSerial = QString::number(1000000 + i % 7000);
            d.verdict = i % 10 == 9 ? Verdict::Check : Verdict::Allow;
            d.temperature = 36.0 + static_cast<double>(i % 12) / 10.0;
            d.operatorName = QStringLiteral("crash-test");
            const CrossingEntry w = log.append(d);
            std::printf("%lld\n", static_cast<long long>(w.stationSeq));
            std::fflush(stdout);
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "crossing_writer: %s\n", e.what());
        return 1;
    }
    return 0;
}
