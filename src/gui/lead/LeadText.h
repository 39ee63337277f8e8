#pragma once

// Translated words of the lead screens: rule fields (PolicyDiff's codes) and their values,
// team labels, courtyards and patrol checks.

#include "core/Patrols.h"
#include "core/Types.h"
#include "print/RosterMonth.h"

#include <QCoreApplication>
#include <QString>

namespace gatepost::gui {

class LeadText
{
    Q_DECLARE_TR_FUNCTIONS(LeadText)

public:
    static QString verdictName(core::Verdict verdict);
    /// A PolicyDiff field code ("passback_window_minutes", "hours.visitor") in words.
    static QString fieldName(const QString& field);
    /// A PolicyDiff value text of @p field in words ("true" -> 是, "allow" -> 放行, "" -> 未设置).
    static QString valueText(const QString& field, const QString& value);
    /// A team as the screens show it: its name, or 一班..四班 for the default codes A..D while the
    /// team still bears its code as its name.
    static QString teamLabel(const QString& code, const QString& name = {});
    /// An outlying courtyard 1..6 (一号院..六号院).
    static QString courtyardName(int courtyard);
    static QString patrolKindName(core::PatrolKind kind);
    static QString patrolMethodName(core::PatrolMethod method);
    static QString patrolResultName(core::PatrolResult result);
    /// The words of the month's roster PDF in the current language.
    static print::RosterMonthTexts rosterMonthTexts();
};

} // namespace gatepost::gui
