#include "Checkpoint.h"

#include "Clock.h"
#include "Registry.h"
#include "Roster.h"

namespace gatepost::core {

Checkpoint::Checkpoint(const Registry& registry, CrossingLog& log, const Clock& clock, QString stationId)
    : m_registry(registry)
    , m_log(log)
    , m_clock(clock)
    , m_stationId(std::move(stationId))
{
}

VerifyRequest Checkpoint::request(const CheckInput& input, const QDateTime& nowUtc) const
{
    VerifyRequest req;
    req.codeText = input.codeText;
    req.nowUtc = nowUtc;
    req.stationId = m_stationId;
    req.gate = input.gate;
    req.direction = input.direction;
    req.temperature = input.temperature;
    req.policy = m_registry.policy();

    const ParsedCode parsed = passcode::parse(input.codeText);
    if (parsed.ok()) {
        req.pass = m_registry.snapshot(parsed.code->serial);
        if (req.pass) {
            const qint64 lookbackSecs =
                std::max<qint64>(req.policy.passbackWindowMinutes * 60LL, req.policy.duplicateWindowSeconds);
            req.recent = m_log.recentForPass(parsed.code->serial, nowUtc.addSecs(-lookbackSecs));
        }
    }
    return req;
}

Decision Checkpoint::judge(const CheckInput& input, const VerifyRequest& req) const
{
    Decision d = verify(req);
    if (input.kind == EntryKind::Manual)
        applyManualEntry(&d, input.direction, req.policy);
    return d;
}

Decision Checkpoint::evaluate(const CheckInput& input, const QDateTime& atUtc) const
{
    return judge(input, request(input, atUtc.isValid() ? atUtc.toUTC() : m_clock.nowUtc()));
}

CheckOutcome Checkpoint::process(const CheckInput& input)
{
    const QDateTime now = m_clock.nowUtc();
    const VerifyRequest req = request(input, now);
    CheckOutcome out{judge(input, req), std::nullopt, std::nullopt};
    if (out.decision.isDuplicate())
        return out;

    CrossingEntry e = crossingRow(
        input.kind, out.decision,
        GateContext{input.gate, input.direction, input.operatorName, input.temperature}, now, req.policy);
    e.note = input.note;
    LoggedCrossing logged = appendCrossing(m_log, e, now);
    out.logged = std::move(logged.crossing);
    out.incident = std::move(logged.incident);
    return out;
}

CrossingEntry crossingRow(EntryKind kind, const Decision& decision, const GateContext& where,
                          const QDateTime& atUtc, const Policy& policy)
{
    CrossingEntry e;
    e.atUtc = atUtc.toUTC();
    e.gate = where.gate;
    e.direction = where.direction;
    e.kind = kind;
    e.passSerial = decision.serial;
    if (decision.holder && decision.holder->kind == HolderKind::Vehicle)
        e.subjectKind = SubjectKind::Vehicle;
    else
        e.subjectKind = kind == EntryKind::Visitor ? SubjectKind::Visitor : SubjectKind::Person;
    e.verdict = decision.verdict;
    e.reasons = decision.reasons;
    e.operatorName = where.operatorName;
    e.shift = Roster(policy).shiftAt(e.atUtc).id();
    e.temperature = where.temperature;
    return e;
}

std::optional<CrossingEntry> feverIncidentFor(const CrossingEntry& crossing, const QDateTime& atUtc)
{
    if (!crossing.reasons.contains(Reason::Fever) || crossing.kind == EntryKind::Incident ||
        crossing.kind == EntryKind::Decision)
        return std::nullopt;
    CrossingEntry c;
    c.atUtc = atUtc.toUTC();
    c.gate = crossing.gate;
    c.direction = crossing.direction;
    c.kind = EntryKind::Incident;
    c.passSerial = crossing.passSerial;
    c.visitorId = crossing.visitorId;
    c.subjectKind = crossing.subjectKind;
    c.verdict = Verdict::Deny;
    c.reasons = {Reason::Fever};
    c.refUuid = crossing.uuid;
    c.operatorName = crossing.operatorName;
    c.shift = crossing.shift;
    c.temperature = crossing.temperature;
    return c;
}

LoggedCrossing appendCrossing(CrossingLog& log, const CrossingEntry& draft, const QDateTime& atUtc)
{
    Transaction tx(log.database());
    LoggedCrossing out{log.append(draft), std::nullopt};
    if (const auto incident = feverIncidentFor(out.crossing, atUtc))
        out.incident = log.append(*incident);
    tx.commit();
    return out;
}

} // namespace gatepost::core
