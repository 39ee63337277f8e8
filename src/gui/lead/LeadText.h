#pragma once

// Translated words of the lead screens: roles, rule fields (PolicyDiff's codes) and their values.

#include "core/Types.h"

#include <QCoreApplication>
#include <QString>

namespace gatepost::gui {

class LeadText
{
    Q_DECLARE_TR_FUNCTIONS(LeadText)

public:
    static QString roleName(core::Role role);
    static QString verdictName(core::Verdict verdict);
    /// A PolicyDiff field code ("passback_window_minutes", "hours.visitor") in words.
    static QString fieldName(const QString& field);
    /// A PolicyDiff value text of @p field in words ("true" -> 是, "allow" -> 放行, "" -> 未设置).
    static QString valueText(const QString& field, const QString& value);
};

} // namespace gatepost::gui
