#pragma once

// Station and community policy: every value the verification rules depend on.
// Stored as JSON in the settings table (key "policy"); the defaults below are documented
// in docs/policy.md and are what a fresh database uses.

#include "RosterPattern.h"
#include "Types.h"

#include <QJsonObject>
#include <QMap>
#include <QTime>

#include <optional>

namespace gatepost::core {

// Local-time window in which a category may cross. from == to means all day;
// from > to wraps past midnight (22:00-06:00).
struct HoursWindow
{
    QTime from;
    QTime to;
    bool allDay() const { return from == to; }
    bool contains(QTime t) const;
    bool operator==(const HoursWindow&) const = default;
};

struct Policy
{
    int duplicateWindowSeconds = 5;
    int passbackWindowMinutes = 240;
    double feverThreshold = 37.3;     // °C, inclusive
    bool temperatureRequired = false; // station setting: entries wait for a temperature
    int homeQuarantineDays = 14;
    QString timeZone = QStringLiteral("Asia/Shanghai");
    // Categories missing here may cross at any hour.
    QMap<Category, HoursWindow> hours;
    // Hours of one gate (JSON "gate_hours", gate code -> category -> window): where a gate names
    // a category, its window replaces `hours` at that gate (an all-day window opens the gate
    // all day); every other gate and category follows `hours`.
    QMap<QString, QMap<Category, HoursWindow>> gateHours;
    // Gates a category may use when the pass itself names none; missing = every gate.
    QMap<Category, QStringList> gatesByCategory;
    // The roster's shift patterns by date (JSON "roster_patterns"; the old "shifts" key loads
    // as the first pattern): never empty, the first without a date (in force from the
    // beginning), the others dated and in date order. Roster picks the one of a local day.
    QList<RosterPattern> rosterPatterns;
    // What the station does with a registered visitor coming in on foot / in an external
    // vehicle (the gate desk's visitor form). Hours, fever and missing temperature still apply.
    Verdict visitorVerdict = Verdict::Allow;
    Verdict externalVehicleVisitorVerdict = Verdict::Check;
    // Letting a red verdict through: false = any signed-on volunteer (the decision row names
    // them), true = a shift lead must confirm with their PIN.
    bool overrideNeedsLead = false;
    // An entry without a card (manual search: a pass looked up, or a person): Check = amber,
    // the volunteer compares the face with the photo; Allow = green like a scanned pass.
    Verdict manualEntryVerdict = Verdict::Check;
    // The pass office: the colour band of each category's card ("#RRGGBB"; every category has
    // one) and how many days a new pass of the category is valid (the last day included).
    QMap<Category, QString> cardColours;
    QMap<Category, int> validityDays;

    /// The window of @p category at @p gate: the gate's own when gateHours names one, else
    /// hours; nullopt = any hour. The rules and the screens both ask here.
    std::optional<HoursWindow> hoursAt(const QString& gate, Category category) const;

    /// The validity of a new pass of @p category (validityDays, or 180 when missing).
    int validityDaysOf(Category category) const { return validityDays.value(category, 180); }

    /// Whether a reading counts as a fever (inclusive threshold, with room for rounding: a 37.3
    /// typed on the pad must never land a hair below 37.3). The rules and the screens both ask here.
    bool isFever(double celsius) const { return celsius >= feverThreshold - 1e-6; }

    static Policy defaults();
    QJsonObject toJson() const;
    // Unknown keys are ignored, missing keys keep their defaults; a present key with a
    // wrong type or out-of-range value is an error (returned in *error, defaults returned).
    static Policy fromJson(const QJsonObject& json, QString* error = nullptr);
    bool operator==(const Policy&) const = default;
};

} // namespace gatepost::core
