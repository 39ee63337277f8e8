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

Decision Checkpoint::evaluate(const CheckInput& input, const QDateTime& atUtc) const
{
    return verify(request(input, atUtc.isValid() ? atUtc.toUTC() : m_clock.nowUtc()));
}

CheckOutcome Checkpoint::process(const CheckInput& input)
{
    const QDateTime now = m_clock.nowUtc();
    const VerifyRequest req = request(input, now);
    CheckOutcome out{verify(req), std::nullopt, std::nullopt};
    if (out.decision.isDuplicate())
        return out;

    CrossingEntry e;
    e.atUtc = now;
    e.gate = input.gate;
    e.direction = input.direction;
    e.kind = input.kind;
    e.passSerial = out.decision.serial;
    e.subjectKind = out.decision.holder && out.decision.holder->kind == HolderKind::Vehicle
                        ? SubjectKind::Vehicle
                        : SubjectKind::Person;
    e.verdict = out.decision.verdict;
    e.reasons = out.decision.reasons;
    e.operatorName = input.operatorName;
    e.shift = Roster(req.policy).shiftAt(now).id();
    e.temperature = input.temperature;
    e.note = input.note;
    out.logged = m_log.append(e);
    out.incident = logFeverIncident(m_log, *out.logged, now);
    return out;
}

std::optional<CrossingEntry> logFeverIncident(CrossingLog& log, const CrossingEntry& crossing,
                                              const QDateTime& atUtc)
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
    return log.append(c);
}

} // namespace gatepost::core
