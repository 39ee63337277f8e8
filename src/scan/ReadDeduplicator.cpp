#include "scan/ReadDeduplicator.h"

#include <algorithm>

namespace gatepost::scan {

ReadDeduplicator::ReadDeduplicator(int repeatHoldMs)
    : m_repeatHoldMs(repeatHoldMs)
{
}

bool ReadDeduplicator::see(const QString& text, qint64 nowMs)
{
    // Drop texts whose hold ran out, so the table stays as small as the picture is busy.
    for (auto it = m_lastSeen.begin(); it != m_lastSeen.end();) {
        if (nowMs - it.value() >= m_repeatHoldMs)
            it = m_lastSeen.erase(it);
        else
            ++it;
    }
    const auto it = m_lastSeen.find(text);
    if (it != m_lastSeen.end()) {
        // Timestamps from two threads may arrive slightly out of order: never move back.
        it.value() = std::max(it.value(), nowMs);
        return false;
    }
    m_lastSeen.insert(text, nowMs);
    return true;
}

void ReadDeduplicator::reset()
{
    m_lastSeen.clear();
}

} // namespace gatepost::scan
