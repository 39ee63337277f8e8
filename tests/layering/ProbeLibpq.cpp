// Must NOT compile: libpq is private to gatepost_sync (only src/sync/PgConnection.cpp includes it).
#include <libpq-fe.h>

int probe()
{
    return static_cast<int>(sizeof(PGconn*));
}
