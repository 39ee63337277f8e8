#include "LeadText.h"

#include "gui/CategoryNames.h"

namespace gatepost::gui {

QString LeadText::verdictName(core::Verdict verdict)
{
    switch (verdict) {
    case core::Verdict::Allow:
        return tr("Let through (green)");
    case core::Verdict::Check:
        return tr("Check (amber)");
    case core::Verdict::Deny:
        return tr("Refuse (red)");
    }
    return {};
}

QString LeadText::fieldName(const QString& field)
{
    if (field.startsWith(QLatin1String("gate_hours."))) {
        // gate_hours.<gate>.<category>
        const QStringList parts = field.split(QLatin1Char('.'));
        if (parts.size() == 3) {
            const std::optional<core::Category> c = core::categoryFromString(parts[2]);
            return tr("Opening hours at %1: %2").arg(gateName(parts[1]), c ? categoryName(*c) : parts[2]);
        }
        return field;
    }
    const qsizetype dot = field.indexOf(QLatin1Char('.'));
    if (dot > 0) {
        const QString key = field.left(dot);
        const QString sub = field.mid(dot + 1);
        const std::optional<core::Category> c = core::categoryFromString(sub);
        const QString what = c ? categoryName(*c) : sub;
        if (key == QLatin1String("hours"))
            return tr("Opening hours: %1").arg(what);
        if (key == QLatin1String("validity_days"))
            return tr("Days a new pass is valid: %1").arg(what);
        if (key == QLatin1String("card_colours"))
            return tr("Card colour: %1").arg(what);
        if (key == QLatin1String("gates_by_category"))
            return tr("Gates: %1").arg(what);
        return field;
    }
    if (field == QLatin1String("passback_window_minutes"))
        return tr("Passback window (minutes)");
    if (field == QLatin1String("duplicate_window_seconds"))
        return tr("Duplicate scan window (seconds)");
    if (field == QLatin1String("temperature_required"))
        return tr("Temperature required on entry");
    if (field == QLatin1String("fever_threshold"))
        return tr("Fever from (°C)");
    if (field == QLatin1String("home_quarantine_days"))
        return tr("Home quarantine (days)");
    if (field == QLatin1String("visitor_verdict"))
        return tr("Visitor on foot");
    if (field == QLatin1String("vehicle_visitor_verdict"))
        return tr("Visitor in an outside vehicle");
    if (field == QLatin1String("manual_entry_verdict"))
        return tr("Entry without a card (manual search)");
    if (field == QLatin1String("override_needs_lead"))
        return tr("Letting a red through needs the shift lead's PIN");
    if (field == QLatin1String("shifts"))
        return tr("Shifts");
    if (field == QLatin1String("time_zone"))
        return tr("Time zone");
    return field;
}

QString LeadText::valueText(const QString& field, const QString& value)
{
    if (value.isEmpty()) {
        if (field.startsWith(QLatin1String("gate_hours.")))
            return tr("as at every gate");
        return field.startsWith(QLatin1String("hours.")) ? tr("any hour") : tr("not set");
    }
    if (value == QLatin1String("true"))
        return tr("yes");
    if (value == QLatin1String("false"))
        return tr("no");
    if (field.endsWith(QLatin1String("_verdict"))) {
        if (const std::optional<core::Verdict> v = core::verdictFromString(value))
            return verdictName(*v);
    }
    if (field.startsWith(QLatin1String("hours.")) || field.startsWith(QLatin1String("gate_hours."))) {
        const QStringList parts = value.split(QLatin1Char('-'));
        if (parts.size() == 2 && parts[0] == parts[1])
            return tr("all day");
        return value;
    }
    return value;
}

QString LeadText::teamLabel(const QString& code, const QString& name)
{
    if (!name.isEmpty() && name != code)
        return name;
    static const QStringList defaults{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                                      QStringLiteral("D")};
    // The teams of the four-shift roster (一班..四班).
    const QStringList labels{tr("Team 1"), tr("Team 2"), tr("Team 3"), tr("Team 4")};
    const int i = int(defaults.indexOf(code));
    return i >= 0 ? labels.at(i) : code;
}

QString LeadText::courtyardName(int courtyard)
{
    static const QStringList numerals{tr("Courtyard 1"), tr("Courtyard 2"), tr("Courtyard 3"),
                                      tr("Courtyard 4"), tr("Courtyard 5"), tr("Courtyard 6")};
    return courtyard >= 1 && courtyard <= numerals.size() ? numerals.at(courtyard - 1)
                                                          : QString::number(courtyard);
}

QString LeadText::patrolKindName(core::PatrolKind kind)
{
    switch (kind) {
    case core::PatrolKind::Scheduled:
        return tr("Scheduled check");
    case core::PatrolKind::Spot:
        return tr("Spot check");
    }
    return {};
}

QString LeadText::patrolMethodName(core::PatrolMethod method)
{
    switch (method) {
    case core::PatrolMethod::InPerson:
        return tr("In person");
    case core::PatrolMethod::Phone:
        return tr("By phone");
    case core::PatrolMethod::Video:
        return tr("By video");
    }
    return {};
}

QString LeadText::patrolResultName(core::PatrolResult result)
{
    switch (result) {
    case core::PatrolResult::Ok:
        return tr("All well");
    case core::PatrolResult::Problem:
        return tr("Problem");
    case core::PatrolResult::NoAnswer:
        return tr("No answer");
    }
    return {};
}

print::RosterMonthTexts LeadText::rosterMonthTexts()
{
    print::RosterMonthTexts t;
    //: the roster PDF's heading: %1 the community's name (may be empty), %2 the month
    t.title = tr("%1 roster  %2");
    //: a month: %1 the year, %2 the month's number
    t.month = tr("%2/%1");
    t.timeZone = tr("Time zone %1");
    t.date = tr("Date");
    t.shift = tr("Shift %1");
    t.weekdays = {tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"), tr("Fri"), tr("Sat"), tr("Sun")};
    //: after a team in the roster: %1 its lead's name
    t.lead = tr("lead %1");
    //: %1 the month
    t.membersTitle = tr("Team members by gate  %1");
    //: %1 the team (一班), %2 its code (A), %3 its lead
    t.teamLine = tr("%1 (%2)  lead: %3");
    t.noLead = QStringLiteral("—");
    t.anyGate = tr("Any gate");
    t.noMembers = tr("(no members yet)");
    //: %1 the gate, %2 how many people, %3 their names
    t.gateLine = tr("%1: %3 (%2 people)");
    //: the PDF's title: %1 the month as yyyy-MM
    t.pdfTitle = tr("Roster %1");
    t.teamName = [](const QString& code, const QString& name) {
        return teamLabel(code, name);
    };
    t.gateName = [](const QString& gate) {
        return gui::gateName(gate);
    };
    return t;
}

} // namespace gatepost::gui
