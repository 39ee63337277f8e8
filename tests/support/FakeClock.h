#pragma once

#include "core/Clock.h"

namespace gatepost::test {

// A clock the test moves by hand.
class FakeClock final : public core::Clock
{
public:
    explicit FakeClock(QDateTime now = QDateTime(QDate(2026, 3, 1), QTime(2, 0), Qt::UTC))
        : m_now(std::move(now))
    {
    }
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime& now) { m_now = now.toUTC(); }
    void advanceSecs(qint64 s) { m_now = m_now.addSecs(s); }
    void advanceMSecs(qint64 ms) { m_now = m_now.addMSecs(ms); }
    void advanceDays(qint64 d) { m_now = m_now.addDays(d); }

private:
    QDateTime m_now;
};

// Reads another clock: hands a composition root (app::Station, which owns its clock) the test's
// FakeClock while the test keeps moving it by hand.
class ClockRef final : public core::Clock
{
public:
    explicit ClockRef(const core::Clock& clock)
        : m_clock(clock)
    {
    }
    QDateTime nowUtc() const override { return m_clock.nowUtc(); }

private:
    const core::Clock& m_clock;
};

} // namespace gatepost::test
