// The people and patrols of a handover: the roster's planned team against the duty log, and the
// courtyard checks of the shift. Part of buildHandover (Handover.h); see docs/handover.md.

#include "Clock.h"
#include "Duty.h"
#include "Handover.h"
#include "Roster.h"
#include "Teams.h"

#include <algorithm>

namespace gatepost::core {

namespace {

HandoverStaff& staffNamed(QList<HandoverStaff>& staff, const QString& name)
{
    for (HandoverStaff& s : staff)
        if (s.operatorName == name)
            return s;
    staff.append(HandoverStaff{});
    staff.last().operatorName = name;
    return staff.last();
}

// A clock that answers one instant (the readers below take a Clock only for their writes).
class FixedNow final : public Clock
{
public:
    explicit FixedNow(QDateTime t)
        : m_t(std::move(t))
    {
    }
    QDateTime nowUtc() const override { return m_t; }

private:
    QDateTime m_t;
};

} // namespace

qsizetype HandoverReport::plannedCount() const
{
    return std::count_if(staff.cbegin(), staff.cend(), [](const HandoverStaff& s) { return s.planned; });
}

qsizetype HandoverReport::onDutyCount() const
{
    return std::count_if(staff.cbegin(), staff.cend(), [](const HandoverStaff& s) { return s.onDuty; });
}

QStringList HandoverReport::absent() const
{
    QStringList out;
    for (const HandoverStaff& s : staff)
        if (s.planned && !s.onDuty)
            out << s.operatorName;
    return out;
}

QStringList HandoverReport::unplanned() const
{
    QStringList out;
    for (const HandoverStaff& s : staff)
        if (s.onDuty && !s.planned)
            out << s.operatorName;
    return out;
}

void addHandoverStaffing(Database& db, const Policy& policy, HandoverReport& r, const QDateTime& nowUtc)
{
    const FixedNow clock(nowUtc);
    const std::optional<Shift> shift = Roster(policy).shiftById(r.shiftId);
    if (shift)
        r.team = Roster(policy).teamFor(*shift);

    if (!r.team.isEmpty()) {
        const Teams teams(db, clock);
        if (const std::optional<Team> t = teams.team(r.team)) {
            r.teamName = t->name;
            r.teamLead = t->lead;
        }
        for (const TeamMember& m : teams.membersOf(r.team)) {
            if (!m.active || (!r.gate.isEmpty() && !m.gate.isEmpty() && m.gate != r.gate))
                continue;
            HandoverStaff& s = staffNamed(r.staff, m.operatorName);
            s.role = m.role;
            s.planned = true;
        }
    }

    const DutyLog duty(db, clock);
    for (const DutySession& d : duty.sessions(r.startUtc, r.endUtc)) {
        if (!r.gate.isEmpty() && d.gate != r.gate)
            continue;
        HandoverStaff& s = staffNamed(r.staff, d.operatorName);
        if (s.role.isEmpty())
            s.role = toString(d.role);
        if (!s.onDuty || d.onUtc < s.firstOnUtc)
            s.firstOnUtc = d.onUtc;
        // The last sign-off; an open session keeps it null (still on duty).
        if (!s.onDuty || (s.lastOffUtc.isValid() && (!d.offUtc.isValid() || d.offUtc > s.lastOffUtc))) {
            s.lastOffUtc = d.offUtc;
            s.offEstimated = d.closedHow == DutyClose::Restart;
        }
        if (!s.gates.contains(d.gate))
            s.gates << d.gate;
        s.onDuty = true;
    }
    std::stable_sort(r.staff.begin(), r.staff.end(), [](const HandoverStaff& a, const HandoverStaff& b) {
        if (a.planned != b.planned)
            return a.planned;
        return a.operatorName < b.operatorName;
    });

    const Patrols patrols(db, clock);
    r.patrols = patrols.checks(r.startUtc, r.endUtc);
    // At the shift's last moment: a check at its end time belongs to the next shift.
    const QDateTime asOf = std::min(r.endUtc.addMSecs(-1), nowUtc);
    r.overdueCourtyards.clear();
    for (const CourtyardStatus& c : patrols.overdue(asOf))
        r.overdueCourtyards << c.courtyard;
}

} // namespace gatepost::core
