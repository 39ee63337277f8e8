#pragma once

// What a change of the community policy changes, field by field, for the rules form's
// confirmation and the audit row (docs/rules.md). Fields are named by codes built from the
// policy's JSON keys (docs/policy.md): "passback_window_minutes", and for the per-category maps
// "hours.registered_resident", "card_colours.visitor", "validity_days.external_worker",
// "gates_by_category.visitor". Values are plain text the GUI translates: numbers as typed
// ("240", "37.3"), "true"/"false", verdicts as their codes ("allow"), an hours window as
// "06:00-22:00", a missing entry as "" and anything else as compact JSON.

#include "Policy.h"

#include <QList>
#include <QString>

namespace gatepost::core {

struct PolicyChange
{
    QString field;    ///< a code, e.g. "passback_window_minutes" or "hours.visitor"
    QString oldValue; ///< as text ("" when the field was not set)
    QString newValue; ///< as text ("" when the field is no longer set)
    bool operator==(const PolicyChange&) const = default;
};

/// The fields that differ between @p a (current) and @p b (new), in the order of the policy's
/// JSON keys, per-category entries sorted by category code. Empty when they are equal.
QList<PolicyChange> diff(const Policy& a, const Policy& b);

/// The changes as compact JSON objects {field: old} and {field: new} for an audit row.
QString changesBefore(const QList<PolicyChange>& changes);
QString changesAfter(const QList<PolicyChange>& changes);

} // namespace gatepost::core
