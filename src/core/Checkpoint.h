#pragma once

// The scan path as one service: look the serial up in the registry, collect the pass's
// recent crossings, run the rules, and log the decision (committed before it returns).
// Both the station screen and the CLI go through here, so they cannot disagree.

#include "CrossingLog.h"
#include "Rules.h"

namespace gatepost::core {

class Clock;
class Registry;

struct CheckInput
{
    QString codeText;
    QString gate;
    Direction direction = Direction::In;
    std::optional<double> temperature;
    EntryKind kind = EntryKind::Scan;
    QString operatorName;
    QString note;
};

struct CheckOutcome
{
    Decision decision;
    std::optional<CrossingEntry> logged; // empty for a duplicate read: it is the same event
};

class Checkpoint
{
public:
    Checkpoint(const Registry& registry, CrossingLog& log, const Clock& clock, QString stationId);

    // Runs the rules as of `atUtc` (null = now) and logs nothing.
    Decision evaluate(const CheckInput& input, const QDateTime& atUtc = {}) const;
    // Runs the rules now and appends the crossing; throws DbError when it cannot be logged,
    // in which case no verdict may be shown as logged.
    CheckOutcome process(const CheckInput& input);

private:
    VerifyRequest request(const CheckInput& input, const QDateTime& nowUtc) const;

    const Registry& m_registry;
    CrossingLog& m_log;
    const Clock& m_clock;
    QString m_stationId;
};

} // namespace gatepost::core
