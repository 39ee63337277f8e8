#include "Rules.h"

#include "Roster.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace gatepost::core {

namespace {

int rank(Verdict v)
{
    switch (v) {
    case Verdict::Deny:
        return 0;
    case Verdict::Check:
        return 1;
    case Verdict::Allow:
        break;
    }
    return 2;
}

Decision denied(Decision d, Reason reason)
{
    d.verdict = Verdict::Deny;
    d.reasons = {reason};
    return d;
}

// Reasons of events that were not made by a genuine current code: a real card scanned just
// after a forged or superseded one is a new event, not a repeat of that denial.
bool madeByCurrentCode(const RecentCrossing& c)
{
    return !c.reasons.contains(Reason::WrongSecret) && !c.reasons.contains(Reason::Superseded) &&
           !c.reasons.contains(Reason::BadFormat) && !c.reasons.contains(Reason::UnknownPass);
}

std::optional<RecentCrossing> findDuplicate(const VerifyRequest& req)
{
    const qint64 windowMs = qint64{req.policy.duplicateWindowSeconds} * 1000;
    std::optional<RecentCrossing> best;
    for (const RecentCrossing& c : req.recent) {
        if (!c.atUtc.isValid() || c.stationId != req.stationId || c.direction != req.direction ||
            !madeByCurrentCode(c))
            continue;
        const qint64 elapsed = c.atUtc.msecsTo(req.nowUtc);
        if (elapsed >= windowMs || elapsed <= -windowMs)
            continue;
        if (!best || c.atUtc > best->atUtc)
            best = c;
    }
    return best;
}

std::optional<RecentCrossing> findPassback(const VerifyRequest& req)
{
    const qint64 windowMs = qint64{req.policy.passbackWindowMinutes} * 60 * 1000;
    if (windowMs <= 0)
        return std::nullopt;
    // The newest crossing that really happened decides: if it went the same way, the holder
    // never came back through a gate (pass handed back over the fence, or tailgating).
    std::optional<RecentCrossing> newest;
    for (const RecentCrossing& c : req.recent) {
        if (!c.passedThrough || !c.atUtc.isValid())
            continue;
        const qint64 elapsed = c.atUtc.msecsTo(req.nowUtc);
        if (elapsed >= windowMs || elapsed <= -windowMs)
            continue;
        // On a tie the opposite direction wins: no passback without proof.
        if (!newest || c.atUtc > newest->atUtc || (c.atUtc == newest->atUtc && c.direction != req.direction))
            newest = c;
    }
    if (newest && newest->direction == req.direction)
        return newest;
    return std::nullopt;
}

bool quarantineActive(const QuarantineRecord& q, QDate today)
{
    // endDate is the first day out; a missing end date means the observation goes on.
    const bool started = !q.startDate.isValid() || q.startDate <= today;
    const bool notEnded = !q.endDate.isValid() || today < q.endDate;
    return started && notEnded;
}

// The records active today: their reasons, and the last of their end dates.
void addQuarantineReasons(const QList<QuarantineRecord>& records, QDate today, QList<Reason>* reasons,
                          QDate* until)
{
    bool home = false;
    bool central = false;
    for (const QuarantineRecord& q : records) {
        if (!quarantineActive(q, today))
            continue;
        (q.kind == QuarantineKind::Central ? central : home) = true;
        if (q.endDate.isValid() && (!until->isValid() || q.endDate > *until))
            *until = q.endDate;
    }
    if (central)
        reasons->append(Reason::CentralQuarantine);
    if (home)
        reasons->append(Reason::HomeQuarantine);
}

bool gateAllowed(const VerifyRequest& req, const Pass& pass)
{
    if (!pass.gates.isEmpty())
        return pass.gates.contains(req.gate);
    const auto it = req.policy.gatesByCategory.constFind(pass.category);
    if (it == req.policy.gatesByCategory.constEnd() || it->isEmpty())
        return true;
    return it->contains(req.gate);
}

// Shared by passes, visitors and returnees, so a reading means the same on every path.
void addTemperatureReasons(std::optional<double> temperature, Direction direction, const Policy& policy,
                           QList<Reason>* reasons)
{
    if (!temperature) {
        if (policy.temperatureRequired && direction == Direction::In)
            reasons->append(Reason::MissingTemperature);
        return;
    }
    const double t = *temperature;
    // 3.73 or 373 for 37.3: never read a typo as "no fever"; ask for the reading again.
    if (!std::isfinite(t) || t < kMinPlausibleTemperature || t > kMaxPlausibleTemperature) {
        reasons->append(Reason::MissingTemperature);
        return;
    }
    if (policy.isFever(t))
        reasons->append(Reason::Fever);
}

// Hours keep people out at night; nobody is kept in for leaving late. A gate's own hours
// replace the community's there (Policy::hoursAt).
bool outsideHours(const Policy& policy, const QString& gate, Category category, Direction direction,
                  QTime localTime)
{
    if (direction != Direction::In)
        return false;
    const std::optional<HoursWindow> hours = policy.hoursAt(gate, category);
    return hours && !hours->contains(localTime);
}

void sortReasons(QList<Reason>* reasons, Direction direction)
{
    std::stable_sort(reasons->begin(), reasons->end(), [&](Reason a, Reason b) {
        return rank(verdictFor(a, direction)) < rank(verdictFor(b, direction));
    });
}

} // namespace

QList<Reason> temperatureReasons(std::optional<double> temperature, Direction direction, const Policy& policy)
{
    QList<Reason> reasons;
    addTemperatureReasons(temperature, direction, policy, &reasons);
    return reasons;
}

Decision decisionFrom(QList<Reason> reasons, Direction direction)
{
    Decision d;
    sortReasons(&reasons, direction);
    d.verdict = verdictFor(reasons, direction);
    d.reasons = std::move(reasons);
    return d;
}

Decision verifyVisitor(const VisitorRequest& req)
{
    const Category category = req.vehicle ? Category::ExternalVehicle : Category::Visitor;
    const QDateTime local = req.nowUtc.toTimeZone(policyTimeZone(req.policy.timeZone));
    QList<Reason> reasons;
    if (outsideHours(req.policy, req.gate, category, req.direction, local.time()))
        reasons.append(Reason::OutsideHours);
    addTemperatureReasons(req.temperature, req.direction, req.policy, &reasons);
    Decision d = decisionFrom(std::move(reasons), req.direction);
    // The station's visitor policy is a floor for entries only, like the hours: a visitor is
    // never kept inside the community by it. It carries no reason code of its own.
    if (req.direction == Direction::In) {
        const Verdict floor =
            req.vehicle ? req.policy.externalVehicleVisitorVerdict : req.policy.visitorVerdict;
        if (rank(floor) < rank(d.verdict))
            d.verdict = floor;
    }
    return d;
}

Decision verifyPerson(const PersonRequest& req)
{
    const QDate today = req.nowUtc.toTimeZone(policyTimeZone(req.policy.timeZone)).date();
    QList<Reason> reasons;
    QDate until;
    addQuarantineReasons(req.quarantines, today, &reasons, &until);
    addTemperatureReasons(req.temperature, req.direction, req.policy, &reasons);
    reasons.append(Reason::NoPass);
    Decision d = decisionFrom(std::move(reasons), req.direction);
    d.quarantineUntil = until;
    d.holder = req.holder;
    return d;
}

QDate homeQuarantineEnd(QDate arrival, const Policy& policy)
{
    return arrival.addDays(policy.homeQuarantineDays);
}

void applyManualEntry(Decision* decision, Direction direction, const Policy& policy)
{
    if (direction != Direction::In || decision->isDuplicate() ||
        policy.manualEntryVerdict != Verdict::Check || decision->reasons.contains(Reason::ManualEntry))
        return;
    decision->reasons.append(Reason::ManualEntry);
    sortReasons(&decision->reasons, direction);
    decision->verdict = verdictFor(decision->reasons, direction);
}

Verdict verdictFor(Reason reason, Direction direction)
{
    switch (reason) {
    case Reason::BadFormat:
    case Reason::UnknownPass:
    case Reason::WrongSecret:
    case Reason::Superseded:
    case Reason::Revoked:
    case Reason::Lost:
    case Reason::Suspended:
    case Reason::NotYetValid:
    case Reason::Expired:
    case Reason::GateNotAllowed:
    case Reason::OutsideHours:
    case Reason::CentralQuarantine:
    case Reason::ForcedThrough: // incidents: nobody was let through by the station
    case Reason::Abuse:
    case Reason::OtherIncident:
        return Verdict::Deny;
    case Reason::HomeQuarantine:
        return direction == Direction::Out ? Verdict::Deny : Verdict::Allow;
    case Reason::Fever:
        return direction == Direction::In ? Verdict::Deny : Verdict::Check;
    case Reason::Passback:
    case Reason::MissingTemperature:
    case Reason::NoPass:
    case Reason::ManualEntry:
        return Verdict::Check;
    case Reason::Duplicate:
        return Verdict::Allow;
    }
    return Verdict::Deny; // an unknown reason fails closed
}

Verdict verdictFor(const QList<Reason>& reasons, Direction direction)
{
    Verdict v = Verdict::Allow;
    for (Reason r : reasons) {
        const Verdict one = verdictFor(r, direction);
        if (rank(one) < rank(v))
            v = one;
    }
    return v;
}

Decision verify(const VerifyRequest& req)
{
    Decision d;
    const ParsedCode parsed = passcode::parse(req.codeText);
    if (!parsed.ok()) {
        d.codeError = parsed.error;
        return denied(d, Reason::BadFormat);
    }
    const PassCode& code = *parsed.code;
    d.code = code;
    d.serial = code.serial;

    // A snapshot for another serial is a caller bug; never judge a code by someone else's pass.
    if (!req.pass || req.pass->pass.serial != code.serial)
        return denied(d, Reason::UnknownPass);
    const PassSnapshot& snap = *req.pass;
    const Pass& pass = snap.pass;

    if (code.generation < pass.generation) {
        const auto old = snap.secretHashes.constFind(code.generation);
        if (old != snap.secretHashes.constEnd() &&
            passcode::secretMatchesHash(code.serial, code.generation, code.secret, *old)) {
            // A genuine old card: show who it belonged to, so a found card is recognised.
            d.holder = snap.holder;
            return denied(d, Reason::Superseded);
        }
        return denied(d, Reason::WrongSecret);
    }
    if (code.generation > pass.generation ||
        !passcode::secretMatchesHash(code.serial, code.generation, code.secret,
                                     snap.secretHashes.value(pass.generation)))
        return denied(d, Reason::WrongSecret);

    // Authentic from here on.
    d.holder = snap.holder;

    if (const auto dup = findDuplicate(req)) {
        d.verdict = dup->verdict;
        d.reasons = dup->reasons;
        if (!d.reasons.contains(Reason::Duplicate))
            d.reasons.append(Reason::Duplicate);
        d.previous = dup;
        return d;
    }

    QList<Reason> reasons;
    switch (pass.status) {
    case PassStatus::Active:
        break;
    case PassStatus::Revoked:
        reasons.append(Reason::Revoked);
        break;
    case PassStatus::Lost:
        reasons.append(Reason::Lost);
        break;
    case PassStatus::Suspended:
        reasons.append(Reason::Suspended);
        break;
    }

    const QDateTime local = req.nowUtc.toTimeZone(policyTimeZone(req.policy.timeZone));
    const QDate today = local.date();
    if (pass.validFrom.isValid() && today < pass.validFrom)
        reasons.append(Reason::NotYetValid);
    if (pass.validUntil.isValid() && today > pass.validUntil)
        reasons.append(Reason::Expired);

    if (!gateAllowed(req, pass))
        reasons.append(Reason::GateNotAllowed);

    if (outsideHours(req.policy, req.gate, pass.category, req.direction, local.time()))
        reasons.append(Reason::OutsideHours);

    if (pass.holderKind == HolderKind::Person)
        addQuarantineReasons(snap.quarantines, today, &reasons, &d.quarantineUntil);

    addTemperatureReasons(req.temperature, req.direction, req.policy, &reasons);

    if (const auto back = findPassback(req)) {
        reasons.append(Reason::Passback);
        d.previous = back;
    }

    sortReasons(&reasons, req.direction);
    d.reasons = reasons;
    d.verdict = verdictFor(reasons, req.direction);
    return d;
}

} // namespace gatepost::core
