#include "HandoverTexts.h"

#include "CategoryNames.h"
#include "lead/LeadText.h"

#include <QCoreApplication>

namespace gatepost::gui {

namespace {

// Named here so that lupdate reads the class below as the translation context (a qualified
// return type makes it take "print" instead).
using Texts = print::HandoverTexts;

class HandoverText
{
    Q_DECLARE_TR_FUNCTIONS(HandoverText)

public:
    static Texts make(const QTimeZone& zone)
    {
        Texts t;
        t.title = tr("Shift handover");
        t.shift = tr("Shift");
        t.gate = tr("Gate");
        t.everyGate = tr("Both gates");
        //: %1 and %2: date and time the shift starts and ends
        t.period = tr("From %1 to %2");
        t.crossings = tr("Crossings");
        t.category = tr("Category");
        t.in = tr("In");
        t.out = tr("Out");
        t.total = tr("Total");
        //: counts of verdicts, then of those who actually went through
        t.verdicts = tr("Green %1, red %2, amber %3. Went through: in %4, out %5.");
        t.denials = tr("Refused, by reason");
        t.overrides = tr("Reds let through");
        t.incidents = tr("Incidents");
        t.fevers = tr("Fevers");
        t.none = tr("None");
        t.notes = tr("Notes");
        t.openMatters = tr("Open matters");
        //: %1 the lead's name, %2 date and time
        t.signedBy = tr("Handed over by %1 at %2");
        //: %1 the lead's name, %2 date and time
        t.acknowledgedBy = tr("Taken over by %1 at %2");
        t.outgoingLead = tr("Outgoing lead (signature)");
        t.incomingLead = tr("Incoming lead (signature)");
        t.page = tr("Page %1 of %2");
        t.staff = tr("Team and people on duty");
        //: %1 the team (一班), %2 its lead's name
        t.plannedTeam = tr("Planned team: %1, lead %2");
        t.noTeam = tr("No team planned for this shift");
        t.noLead = tr("no lead named");
        //: counts of people: planned by the roster, signed on, planned but never signed on, signed on without
        //: being planned
        t.staffCounts = tr("Planned %1, on duty %2, did not sign on %3, not planned %4.");
        t.person = tr("Name");
        t.role = tr("Role");
        t.planned = tr("Planned");
        t.onDuty = tr("On duty");
        t.yes = tr("Yes");
        t.didNotSignOn = tr("Did not sign on");
        t.stillOn = tr("still on duty");
        //: after a sign-off time that a restart of the station closed (not a real sign-off)
        t.estimated = tr("(estimated)");
        t.patrols = tr("Courtyard checks");
        //: %1 the courtyards whose scheduled check is overdue
        t.overdue = tr("Overdue at the end of the shift: %1");
        t.when = tr("Time");
        t.result = tr("Result");
        t.courtyard = tr("Courtyard");
        t.how = tr("Check");
        t.checkedBy = tr("Checked by");
        t.categoryName = [](const QString& code) {
            if (code == QLatin1String("visitor"))
                return tr("Visitor (no pass)");
            if (code == QLatin1String("none"))
                return tr("No known pass");
            const auto c = core::categoryFromString(code);
            return c ? categoryName(*c) : code;
        };
        t.reasonName = [](core::Reason r) {
            return reasonText(r);
        };
        t.overrideName = [](const QString& code) {
            const auto r = core::overrideReasonFromString(code);
            return r ? overrideReasonName(*r) : code;
        };
        t.gateName = [](const QString& code) {
            return gateName(code);
        };
        t.roleName = [](const QString& code) {
            const auto r = core::roleFromString(code);
            return r ? roleName(*r) : code;
        };
        t.teamName = [](const QString& code, const QString& name) {
            return LeadText::teamLabel(code, name);
        };
        t.courtyardName = [](int c) {
            return LeadText::courtyardName(c);
        };
        t.patrolHow = [](const core::PatrolCheck& c) {
            //: %1 the kind of courtyard check, %2 how it was made ("Scheduled check, in person")
            return tr("%1, %2").arg(LeadText::patrolKindName(c.kind), LeadText::patrolMethodName(c.method));
        };
        t.patrolResult = [](core::PatrolResult r) {
            return LeadText::patrolResultName(r);
        };
        t.zone = zone;
        return t;
    }
};

} // namespace

print::HandoverTexts handoverTexts(const QTimeZone& zone)
{
    return HandoverText::make(zone);
}

} // namespace gatepost::gui
