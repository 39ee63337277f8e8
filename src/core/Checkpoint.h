#pragma once

// The scan path as one service: look the serial up in the registry, collect the pass's
// recent crossings, run the rules, and log the decision (committed before it returns).
// The gate controller (GateController) and through it the station screen and the CLI go
// through here, so they cannot disagree.

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
    EntryKind kind = EntryKind::Scan; // Manual: no card in hand (applyManualEntry)
    QString operatorName;
    QString note;
};

struct CheckOutcome
{
    Decision decision;
    std::optional<CrossingEntry> logged;   // empty for a duplicate read: it is the same event
    std::optional<CrossingEntry> incident; // a fever: the incident row that follows the crossing
};

/// Where and by whom: what every row of one gate action shares.
struct GateContext
{
    QString gate;
    Direction direction = Direction::In;
    QString operatorName;
    std::optional<double> temperature;
};

/// The one place a crossing row is built from a verdict: gate, direction, kind, the pass
/// serial of the decision, the subject (vehicle for a vehicle holder, visitor for a visitor
/// entry, else person), verdict, reasons, operator, the shift of @p atUtc, temperature.
/// Callers add visitor_id and note.
CrossingEntry crossingRow(EntryKind kind, const Decision& decision, const GateContext& where,
                          const QDateTime& atUtc, const Policy& policy);

/// The incident row that follows a crossing with reason fever (verdict deny, reasons [fever],
/// ref_uuid = the crossing, same gate, pass, visitor, temperature, operator and shift), so the
/// shift lead's incident list shows it. nullopt when @p crossing has no fever (or is itself an
/// incident or a decision).
std::optional<CrossingEntry> feverIncidentFor(const CrossingEntry& crossing, const QDateTime& atUtc);

struct LoggedCrossing
{
    CrossingEntry crossing;
    std::optional<CrossingEntry> incident;
};

/// Appends @p draft and, for a fever, its incident, in one transaction (a savepoint inside
/// the caller's): both rows or neither. Throws DbError / std::invalid_argument.
LoggedCrossing appendCrossing(CrossingLog& log, const CrossingEntry& draft, const QDateTime& atUtc);

class Checkpoint
{
public:
    Checkpoint(const Registry& registry, CrossingLog& log, const Clock& clock, QString stationId);

    // Runs the rules as of `atUtc` (null = now) and logs nothing.
    Decision evaluate(const CheckInput& input, const QDateTime& atUtc = {}) const;
    // Runs the rules now and appends the crossing (and a fever's incident, in the same
    // transaction); throws DbError when it cannot be logged, and then nothing was written.
    CheckOutcome process(const CheckInput& input);

private:
    VerifyRequest request(const CheckInput& input, const QDateTime& nowUtc) const;
    Decision judge(const CheckInput& input, const VerifyRequest& req) const;

    const Registry& m_registry;
    CrossingLog& m_log;
    const Clock& m_clock;
    QString m_stationId;
};

} // namespace gatepost::core
