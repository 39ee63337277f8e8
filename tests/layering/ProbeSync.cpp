// Control for the sync probes: the hub's own headers compile with only gatepost_sync linked.
#include "sync/Hub.h"

int probe()
{
    return static_cast<int>(sizeof(gatepost::sync::HubSettings));
}
