#pragma once

// The state of one gate screen, without widgets: the gate, the direction, the signed-on
// operator, a temperature taken before the next crossing, a code waiting for a temperature,
// and the crossing waiting for the volunteer's decision. Every path a code arrives by
// (camera, scanner gun, manual search, CLI scan-image) goes through here, and every call
// returns one GateOutcome: everything the screen shows and which actions are open. The
// widgets display it and send back what the volunteer chose; they decide nothing.
//
// Nothing here throws for a refusal or a database failure: they come back as
// GateOutcome::Step::Refused (a Refusal code) or NotLogged (a DbProblem).

#include "Checkpoint.h"
#include "GateDesk.h"
#include "Refusal.h"

#include <optional>

namespace gatepost::core {

class Clock;
class Registry;

/// What the volunteer may do about the verdict on screen.
struct GateActions
{
    bool letThrough = false;        // amber: let through
    bool refuse = false;            // amber: refuse
    bool overrideDeny = false;      // red: let through anyway, with an override reason
    bool overrideNeedsLead = false; // policy: a shift lead's PIN confirms the override
    QList<OverrideReason> overrideReasons;
    bool any() const { return letThrough || refuse || overrideDeny; }
};

struct GateOutcome
{
    enum class Step {
        Verdict,          // a verdict to show (logged, or a duplicate read of a logged one)
        NeedsTemperature, // take the temperature first: the code waits (submitTemperature / skipTemperature)
        TemperatureTaken, // a reading kept for the next crossing
        Decided,          // the volunteer's decision is logged
        IncidentLogged,
        Refused,   // nothing written: see refusal
        NotLogged, // the database failed: see dbProblem; nothing written
    };
    Step step = Step::Verdict;
    Direction direction = Direction::In;
    Decision decision;      // verdict, reasons, holder, previous (the earlier crossing), quarantineUntil
    bool logged = false;    // a new crossing row was written
    bool duplicate = false; // the same pass read again: nothing new written
    QString crossingUuid;   // the row logged, or for a duplicate the row it repeats
    QDateTime atUtc;        // when (the crossing, the decision, the incident)
    std::optional<double> temperature;
    QDate quarantineEnd;                   // a returnee: first day out
    std::optional<CrossingEntry> incident; // a fever's incident row
    GateActions actions;
    // Decided:
    bool letThrough = false;
    std::optional<OverrideReason> overrideReason;
    QString overrideText;
    std::optional<Refusal> refusal;
    std::optional<DbProblem> dbProblem;

    /// The earlier crossing of this pass (duplicate or passback): time, gate, direction.
    std::optional<RecentCrossing> earlier() const { return decision.previous; }
};

/// What the returnee form shows under the arrival date (computed here, not in the form).
struct ReturneePreview
{
    QDate today;
    QDate end; // first day out
    int days = 0;
    bool inFuture = false;
    bool alreadyOver = false;
};

class GateController
{
public:
    GateController(Registry& registry, CrossingLog& log, Checkpoint& checkpoint, GateDesk& desk,
                   const Clock& clock);
    Q_DISABLE_COPY_MOVE(GateController)

    void setGate(const QString& gate);
    QString gate() const { return m_gate; }
    void setDirection(Direction direction);
    Direction direction() const { return m_direction; }
    void signOn(const Operator& op);
    void signOff();
    std::optional<Operator> signedOn() const { return m_operator; }

    // --- codes ---------------------------------------------------------------------------
    /// A code text from the camera, the scanner gun or the CLI.
    GateOutcome scan(const QString& codeText);
    /// A pass chosen by manual search (serial, leading zeros optional).
    GateOutcome manualPass(const QString& serial);
    /// A person chosen by manual search (their valid pass, or their own state).
    GateOutcome manualPerson(qint64 personId);

    // --- temperature ---------------------------------------------------------------------
    /// With a code waiting: judges it with this reading. Otherwise keeps the reading for the
    /// next crossing (TemperatureTaken).
    GateOutcome submitTemperature(double celsius);
    /// Judges the waiting code without a reading (the rules then say missing_temperature).
    GateOutcome skipTemperature();
    bool awaitingTemperature() const { return m_waiting.has_value(); }
    std::optional<double> pendingTemperature() const { return m_temperature; }
    /// Drops the waiting code (the volunteer went back); a kept reading stays.
    void cancelWaiting();
    void clearTemperature();

    // --- registrations -------------------------------------------------------------------
    /// Gate, direction and operator come from here; a temperature taken before goes with it.
    GateOutcome registerVisitor(VisitorEntry entry);
    GateOutcome registerReturnee(ReturneeArrival arrival);
    GateOutcome logIncident(IncidentKind kind, const QString& note);
    ReturneePreview returneePreview(QDate arrival) const;

    // --- the decision on the verdict shown ----------------------------------------------
    bool decisionOpen() const { return m_open.has_value(); }
    GateActions openActions() const;
    GateOutcome letThrough();
    GateOutcome refuse();
    /// @p lead: the shift lead who confirmed (needed when policy.overrideNeedsLead).
    GateOutcome overrideWith(OverrideReason reason, const QString& text,
                             const std::optional<Operator>& lead = {});
    /// The verdict screen went away: the crossing stays undecided (its verdict stands).
    void closeDecision();

private:
    struct Waiting
    {
        enum class Kind { Scan, ManualPass, Person } kind = Kind::Scan;
        QString text;
        qint64 personId = 0;
    };
    struct OpenDecision
    {
        QString uuid;
        Verdict verdict = Verdict::Check;
    };

    GateOutcome start(const Waiting& w);
    GateOutcome judge(const Waiting& w, std::optional<double> celsius);
    bool needsTemperature(const Waiting& w) const;
    GateOutcome verdictOutcome(const Decision& decision, const std::optional<CrossingEntry>& logged,
                               const std::optional<CrossingEntry>& incident);
    GateOutcome decide(bool letThrough, std::optional<OverrideReason> reason, const QString& text,
                       const std::optional<Operator>& lead);
    GateOutcome refused(const Refusal& r) const;
    template<typename F> GateOutcome guarded(F&& action);
    QString operatorName() const;

    Registry& m_registry;
    CrossingLog& m_log;
    Checkpoint& m_checkpoint;
    GateDesk& m_desk;
    const Clock& m_clock;
    QString m_gate;
    Direction m_direction = Direction::In;
    std::optional<Operator> m_operator;
    std::optional<double> m_temperature;
    std::optional<Waiting> m_waiting;
    std::optional<OpenDecision> m_open;
};

} // namespace gatepost::core
