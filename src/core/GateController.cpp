#include "GateController.h"

#include "Clock.h"
#include "Database.h"
#include "Registry.h"
#include "Roster.h"

#include <cmath>

namespace gatepost::core {

GateController::GateController(Registry& registry, CrossingLog& log, Checkpoint& checkpoint, GateDesk& desk,
                               const Clock& clock)
    : m_registry(registry)
    , m_log(log)
    , m_checkpoint(checkpoint)
    , m_desk(desk)
    , m_clock(clock)
{
    if (const auto station = m_registry.station())
        m_gate = station->gate;
}

void GateController::setGate(const QString& gate)
{
    m_gate = gate.trimmed();
}

void GateController::setDirection(Direction direction)
{
    if (direction == m_direction)
        return;
    m_direction = direction;
    // A code waiting for a temperature was read for the other direction.
    m_waiting.reset();
}

void GateController::signOn(const Operator& op)
{
    m_operator = op;
}

void GateController::signOff()
{
    m_operator.reset();
    m_waiting.reset();
    m_temperature.reset();
    m_open.reset();
}

QString GateController::operatorName() const
{
    return m_operator ? m_operator->name : QString();
}

GateOutcome GateController::refused(const Refusal& r) const
{
    GateOutcome out;
    out.step = GateOutcome::Step::Refused;
    out.direction = m_direction;
    out.refusal = r;
    return out;
}

// Refusals and database failures become outcomes: the screen never sees an exception.
template<typename F> GateOutcome GateController::guarded(F&& action)
{
    try {
        return action();
    } catch (const RefusedError& e) {
        return refused(e.refusal());
    } catch (const DbError& e) {
        GateOutcome out;
        out.step = GateOutcome::Step::NotLogged;
        out.direction = m_direction;
        out.dbProblem = dbProblemOf(e);
        return out;
    } catch (const std::exception&) {
        GateOutcome out;
        out.step = GateOutcome::Step::NotLogged;
        out.direction = m_direction;
        out.dbProblem = DbProblem::Other;
        return out;
    }
}

GateOutcome GateController::scan(const QString& codeText)
{
    const QString text = codeText.trimmed();
    if (text.isEmpty())
        return refused({RefusalCode::CodeEmpty, RefusalField::Code, {}});
    return start(Waiting{Waiting::Kind::Scan, text, 0});
}

GateOutcome GateController::manualPass(const QString& serial)
{
    return start(Waiting{Waiting::Kind::ManualPass, serial.trimmed(), 0});
}

GateOutcome GateController::manualPerson(qint64 personId)
{
    return start(Waiting{Waiting::Kind::Person, {}, personId});
}

GateOutcome GateController::start(const Waiting& w)
{
    if (!m_operator)
        return refused({RefusalCode::NotSignedOn, RefusalField::Operator, {}});
    if (m_gate.isEmpty())
        return refused({RefusalCode::GateMissing, RefusalField::Gate, {}});
    m_open.reset(); // a new crossing: the one before keeps its verdict
    m_waiting.reset();
    // Asking whether a reading is needed reads the registry and the log: a failure there is an
    // outcome like any other (a default outcome means the question was answered).
    bool wait = false;
    const GateOutcome probe = guarded([&] {
        wait = !m_temperature && needsTemperature(w);
        return GateOutcome{};
    });
    if (probe.step != GateOutcome::Step::Verdict)
        return probe;
    if (wait) {
        m_waiting = w;
        GateOutcome out;
        out.step = GateOutcome::Step::NeedsTemperature;
        out.direction = m_direction;
        return out;
    }
    return judge(w, m_temperature);
}

// Asks for a reading only where it changes the verdict: an entry, the policy requires one,
// and the code is not refused for another reason anyway (a forged card needs no thermometer).
bool GateController::needsTemperature(const Waiting& w) const
{
    if (m_direction != Direction::In || !m_registry.policy().temperatureRequired)
        return false;
    if (w.kind == Waiting::Kind::Person)
        return m_registry.person(w.personId).has_value();
    CheckInput in;
    in.gate = m_gate;
    in.direction = m_direction;
    if (w.kind == Waiting::Kind::Scan) {
        in.codeText = w.text;
    } else {
        QString s = w.text;
        if (!s.isEmpty() && s.size() < 7)
            s = s.rightJustified(7, QLatin1Char('0'));
        const auto pass = m_registry.pass(s);
        if (!pass)
            return false; // the desk refuses it (serial_unknown)
        in.codeText = Registry::qrText(*pass);
        in.kind = EntryKind::Manual;
    }
    const Decision d = m_checkpoint.evaluate(in);
    if (d.isDuplicate() || !d.reasons.contains(Reason::MissingTemperature))
        return false;
    QList<Reason> others = d.reasons;
    others.removeAll(Reason::MissingTemperature);
    return verdictFor(others, m_direction) != Verdict::Deny;
}

GateOutcome GateController::judge(const Waiting& w, std::optional<double> celsius)
{
    GateOutcome out = guarded([&] {
        CheckOutcome c;
        switch (w.kind) {
        case Waiting::Kind::Scan: {
            CheckInput in;
            in.codeText = w.text;
            in.gate = m_gate;
            in.direction = m_direction;
            in.temperature = celsius;
            in.operatorName = operatorName();
            c = m_checkpoint.process(in);
            break;
        }
        case Waiting::Kind::ManualPass:
            c = m_desk.manualCheck(w.text, m_gate, m_direction, celsius, operatorName());
            break;
        case Waiting::Kind::Person:
            c = m_desk.checkPerson(w.personId, GateContext{m_gate, m_direction, operatorName(), celsius});
            break;
        }
        GateOutcome o = verdictOutcome(c.decision, c.logged, c.incident);
        o.temperature = celsius;
        return o;
    });
    if (out.step == GateOutcome::Step::Verdict)
        m_temperature.reset(); // the reading went with this crossing
    return out;
}

GateOutcome GateController::verdictOutcome(const Decision& decision,
                                           const std::optional<CrossingEntry>& logged,
                                           const std::optional<CrossingEntry>& incident)
{
    GateOutcome out;
    out.step = GateOutcome::Step::Verdict;
    out.direction = m_direction;
    out.decision = decision;
    out.logged = logged.has_value();
    out.duplicate = decision.isDuplicate();
    out.incident = incident;
    out.quarantineEnd = decision.quarantineUntil;
    if (logged) {
        out.crossingUuid = logged->uuid;
        out.atUtc = logged->atUtc;
    } else if (decision.previous) {
        out.crossingUuid = decision.previous->uuid;
        out.atUtc = decision.previous->atUtc;
    }
    m_open.reset();
    // A duplicate read of a crossing still awaiting its decision reopens that decision.
    const bool decidable = !out.crossingUuid.isEmpty() && decision.verdict != Verdict::Allow &&
                           (!out.duplicate || !m_log.decisionOn(out.crossingUuid));
    if (decidable) {
        m_open = OpenDecision{out.crossingUuid, decision.verdict};
        out.actions = openActions();
    }
    return out;
}

GateActions GateController::openActions() const
{
    GateActions a;
    if (!m_open)
        return a;
    if (m_open->verdict == Verdict::Check) {
        a.letThrough = true;
        a.refuse = true;
    } else if (m_open->verdict == Verdict::Deny) {
        a.overrideDeny = true;
        a.overrideReasons = allOverrideReasons();
        try {
            a.overrideNeedsLead = m_registry.policy().overrideNeedsLead;
        } catch (const std::exception&) {
            a.overrideNeedsLead = true; // a damaged policy fails closed
        }
    }
    return a;
}

GateOutcome GateController::submitTemperature(double celsius)
{
    if (!std::isfinite(celsius))
        return refused({RefusalCode::TemperatureInvalid, RefusalField::Temperature, {}});
    if (m_waiting) {
        const Waiting w = *m_waiting;
        m_waiting.reset();
        return judge(w, celsius);
    }
    m_temperature = celsius;
    GateOutcome out;
    out.step = GateOutcome::Step::TemperatureTaken;
    out.direction = m_direction;
    out.temperature = celsius;
    return out;
}

GateOutcome GateController::skipTemperature()
{
    if (!m_waiting)
        return refused({RefusalCode::NoTemperaturePending, RefusalField::Temperature, {}});
    const Waiting w = *m_waiting;
    m_waiting.reset();
    return judge(w, std::nullopt);
}

void GateController::cancelWaiting()
{
    m_waiting.reset();
}

void GateController::clearTemperature()
{
    m_temperature.reset();
}

GateOutcome GateController::registerVisitor(VisitorEntry entry)
{
    if (!m_operator)
        return refused({RefusalCode::NotSignedOn, RefusalField::Operator, {}});
    entry.gate = m_gate;
    entry.direction = m_direction;
    entry.operatorName = operatorName();
    if (!entry.temperature)
        entry.temperature = m_temperature;
    m_open.reset();
    GateOutcome out = guarded([&] {
        const VisitOutcome v = m_desk.logVisitor(entry);
        GateOutcome o = verdictOutcome(v.decision, v.logged, v.incident);
        o.temperature = entry.temperature;
        return o;
    });
    if (out.step == GateOutcome::Step::Verdict)
        m_temperature.reset();
    return out;
}

GateOutcome GateController::registerReturnee(ReturneeArrival arrival)
{
    if (!m_operator)
        return refused({RefusalCode::NotSignedOn, RefusalField::Operator, {}});
    arrival.gate = m_gate;
    arrival.operatorName = operatorName();
    if (!arrival.temperature)
        arrival.temperature = m_temperature;
    m_open.reset();
    GateOutcome out = guarded([&] {
        const VisitOutcome v = m_desk.registerReturnee(arrival);
        GateOutcome o = verdictOutcome(v.decision, v.logged, v.incident);
        o.direction = Direction::In; // a returnee is always coming home
        o.temperature = arrival.temperature;
        o.quarantineEnd = v.quarantineEnd;
        return o;
    });
    if (out.step == GateOutcome::Step::Verdict)
        m_temperature.reset();
    return out;
}

GateOutcome GateController::logIncident(IncidentKind kind, const QString& note)
{
    if (!m_operator)
        return refused({RefusalCode::NotSignedOn, RefusalField::Operator, {}});
    return guarded([&] {
        IncidentReport r;
        r.kind = kind;
        r.note = note;
        r.gate = m_gate;
        r.direction = m_direction;
        r.operatorName = operatorName();
        const CrossingEntry e = m_desk.logIncident(r);
        GateOutcome o;
        o.step = GateOutcome::Step::IncidentLogged;
        o.direction = m_direction;
        o.logged = true;
        o.crossingUuid = e.uuid;
        o.atUtc = e.atUtc;
        return o;
    });
}

ReturneePreview GateController::returneePreview(QDate arrival) const
{
    ReturneePreview p;
    Policy policy = Policy::defaults();
    try {
        policy = m_registry.policy();
    } catch (const std::exception&) {
        // The registration itself reports the damaged policy.
    }
    p.today = m_clock.nowUtc().toTimeZone(policyTimeZone(policy.timeZone)).date();
    p.days = policy.homeQuarantineDays;
    p.end = homeQuarantineEnd(arrival, policy);
    p.inFuture = arrival > p.today;
    p.alreadyOver = p.end <= p.today;
    return p;
}

GateOutcome GateController::letThrough()
{
    if (!m_open || m_open->verdict != Verdict::Check)
        return refused({RefusalCode::DecisionNotOpen, RefusalField::Decision, {}});
    return decide(true, std::nullopt, {}, std::nullopt);
}

GateOutcome GateController::refuse()
{
    if (!m_open || m_open->verdict != Verdict::Check)
        return refused({RefusalCode::DecisionNotOpen, RefusalField::Decision, {}});
    return decide(false, std::nullopt, {}, std::nullopt);
}

GateOutcome GateController::overrideWith(OverrideReason reason, const QString& text,
                                         const std::optional<Operator>& lead)
{
    if (!m_open || m_open->verdict != Verdict::Deny)
        return refused({RefusalCode::DecisionNotOpen, RefusalField::Decision, {}});
    if (reason == OverrideReason::Other && text.trimmed().isEmpty())
        return refused({RefusalCode::OverrideTextMissing, RefusalField::OverrideText, {}});
    if (openActions().overrideNeedsLead) {
        const bool isLead = lead && (lead->role == Role::ShiftLead || lead->role == Role::Admin);
        if (!isLead)
            return refused({RefusalCode::OverrideNeedsLead, RefusalField::Operator, {}});
    }
    return decide(true, reason, text.trimmed(), lead);
}

GateOutcome GateController::decide(bool letThrough, std::optional<OverrideReason> reason, const QString& text,
                                   const std::optional<Operator>& lead)
{
    if (!m_operator)
        return refused({RefusalCode::NotSignedOn, RefusalField::Operator, {}});
    const OpenDecision open = *m_open;
    // The decision row names the volunteer; a confirming lead is named in its note.
    QString note = text;
    if (lead && openActions().overrideNeedsLead)
        note = note.isEmpty() ? QStringLiteral("lead:%1").arg(lead->name)
                              : QStringLiteral("%1 [lead:%2]").arg(note, lead->name);
    GateOutcome out = guarded([&] {
        const CrossingEntry e = m_desk.decide(open.uuid, letThrough, reason ? toString(*reason) : QString(),
                                              operatorName(), note);
        GateOutcome o;
        o.step = GateOutcome::Step::Decided;
        o.direction = e.direction;
        o.logged = true;
        o.crossingUuid = open.uuid;
        o.atUtc = e.atUtc;
        o.letThrough = letThrough;
        o.overrideReason = reason;
        o.overrideText = text;
        return o;
    });
    const bool gone = out.step == GateOutcome::Step::Decided ||
                      (out.refusal && out.refusal->code == RefusalCode::AlreadyDecided);
    if (gone)
        m_open.reset();
    return out;
}

void GateController::closeDecision()
{
    m_open.reset();
}

} // namespace gatepost::core
