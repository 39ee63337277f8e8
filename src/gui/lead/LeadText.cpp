#include "LeadText.h"

#include "gui/CategoryNames.h"

namespace gatepost::gui {

QString LeadText::roleName(core::Role role)
{
    switch (role) {
    case core::Role::Volunteer:
        return tr("Volunteer");
    case core::Role::ShiftLead:
        return tr("Shift lead");
    case core::Role::Staff:
        return tr("Office staff");
    case core::Role::Admin:
        return tr("Administrator");
    }
    return {};
}

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
    if (value.isEmpty())
        return field.startsWith(QLatin1String("hours.")) ? tr("any hour") : tr("not set");
    if (value == QLatin1String("true"))
        return tr("yes");
    if (value == QLatin1String("false"))
        return tr("no");
    if (field.endsWith(QLatin1String("_verdict"))) {
        if (const std::optional<core::Verdict> v = core::verdictFromString(value))
            return verdictName(*v);
    }
    if (field.startsWith(QLatin1String("hours."))) {
        const QStringList parts = value.split(QLatin1Char('-'));
        if (parts.size() == 2 && parts[0] == parts[1])
            return tr("all day");
        return value;
    }
    return value;
}

} // namespace gatepost::gui
