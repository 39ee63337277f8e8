#pragma once

#include "core/Clock.h"

#include <QElapsedTimer>

namespace gatepost::test {

// A fixed date that runs at real speed: "now" is the reference instant plus the monotonic time
// since construction. The demo community is generated for the reference date, so the same
// passes are valid whatever day the test runs, while the core's duplicate window (5 s) and the
// pipeline's repeat hold (3 s, steady clock) measure the same real seconds, as at the gate.
class RunningClock final : public core::Clock
{
public:
    explicit RunningClock(QDateTime reference)
        : m_reference(std::move(reference))
    {
        m_elapsed.start();
    }
    QDateTime nowUtc() const override { return m_reference.addMSecs(m_elapsed.elapsed()); }

private:
    QDateTime m_reference;
    QElapsedTimer m_elapsed;
};

} // namespace gatepost::test
