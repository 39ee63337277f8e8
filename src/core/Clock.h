#pragma once

#include <QDateTime>

namespace gatepost::core {

// The one source of "now". Injected through constructors so that expiry, quarantine
// end, duplicate windows and shift boundaries are tested with a fake clock.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace gatepost::core
