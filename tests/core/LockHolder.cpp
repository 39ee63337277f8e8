// A writer in another process for TestDatabase: opens the file for writing (taking its writer
// lock), prints "ready", and holds it until its standard input closes or it is killed.

#include "core/Database.h"

#include <cstdio>

using namespace gatepost::core;

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s <database file>\n", argv[0]);
        return 2;
    }
    try {
        auto db = Database::open(QString::fromLocal8Bit(argv[1]));
        db->exec("INSERT INTO station_identity (id, station_id, name, gate, created_utc)"
                 " VALUES (1, 'lock-test', '北门一号', 'north', '2026-03-01T02:00:00.000Z')"
                 " ON CONFLICT (id) DO NOTHING");
        std::printf("ready\n");
        std::fflush(stdout);
        while (std::getchar() != EOF) {
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "lock_holder: %s\n", e.what());
        return 1;
    }
    return 0;
}
