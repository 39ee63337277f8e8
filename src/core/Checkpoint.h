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
    std::optional<CrossingEntry> logged;   // empty for a duplicate read: it is the same event
    std::optional<CrossingEntry> incident; // a fever: the incident row that follows the crossing
};

/// Every crossing with reason fever, on any path (scan, manual, visitor, returnee), is followed
/// by an incident row (verdict deny, reasons [fever], ref_uuid = the crossing, same gate, pass,
/// visitor, temperature, operator and shift) so the shift lead's incident list shows it.
/// Returns nullopt and writes nothing when @p crossing has no fever (or is itself an incident
/// or a decision). The crossing is already committed: if this throws, the crossing stays.
std::optional<CrossingEntry> logFeverIncident(CrossingLog& log, const CrossingEntry& crossing,
                                              const QDateTime& atUtc);

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
