#include "Policy.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <cmath>

namespace gatepost::core {

namespace {

// JSON keys: a public contract, documented in docs/policy.md.
constexpr QLatin1StringView kDuplicateKey{"duplicate_window_seconds"};
constexpr QLatin1StringView kPassbackKey{"passback_window_minutes"};
constexpr QLatin1StringView kFeverKey{"fever_threshold"};
constexpr QLatin1StringView kTemperatureRequiredKey{"temperature_required"};
constexpr QLatin1StringView kHomeQuarantineKey{"home_quarantine_days"};
constexpr QLatin1StringView kTimeZoneKey{"time_zone"};
constexpr QLatin1StringView kHoursKey{"hours"};
constexpr QLatin1StringView kGateHoursKey{"gate_hours"};
constexpr QLatin1StringView kGatesKey{"gates_by_category"};
constexpr QLatin1StringView kShiftsKey{"shifts"}; // before schema 6: one pattern, no teams
constexpr QLatin1StringView kRosterPatternsKey{"roster_patterns"};
constexpr QLatin1StringView kVisitorVerdictKey{"visitor_verdict"};
constexpr QLatin1StringView kVehicleVisitorVerdictKey{"vehicle_visitor_verdict"};
constexpr QLatin1StringView kOverrideNeedsLeadKey{"override_needs_lead"};
constexpr QLatin1StringView kManualEntryVerdictKey{"manual_entry_verdict"};
constexpr QLatin1StringView kCardColoursKey{"card_colours"};
constexpr QLatin1StringView kValidityDaysKey{"validity_days"};

const QString kTimeFormat = QStringLiteral("HH:mm");

QString timeText(QTime t)
{
    return t.toString(kTimeFormat);
}

// {"visitor": {"from": "06:00", "to": "22:00"}, ...}
QJsonObject hoursTableJson(const QMap<Category, HoursWindow>& hours)
{
    QJsonObject json;
    for (auto it = hours.begin(); it != hours.end(); ++it)
        json.insert(toString(it.key()), QJsonObject{{QStringLiteral("from"), timeText(it.value().from)},
                                                    {QStringLiteral("to"), timeText(it.value().to)}});
    return json;
}

// Strict "HH:mm" (two digits each): "6:00" or "06:00:30" are typos, not times.
std::optional<QTime> parseTime(const QJsonValue& v)
{
    if (!v.isString())
        return std::nullopt;
    const QString s = v.toString();
    if (s.size() != 5)
        return std::nullopt;
    const QTime t = QTime::fromString(s, kTimeFormat);
    if (!t.isValid())
        return std::nullopt;
    return t;
}

// Collects the first error; later checks are skipped once one is found.
class Reader
{
public:
    explicit Reader(const QJsonObject& json)
        : m_json(json)
    {
    }

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    void fail(const QString& message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }

    void readInt(QLatin1StringView key, int min, int max, int* out)
    {
        if (failed() || !m_json.contains(key))
            return;
        const QJsonValue v = m_json.value(key);
        const double d = v.toDouble();
        if (!v.isDouble() || std::floor(d) != d || d < min || d > max) {
            fail(QStringLiteral("policy key \"%1\" must be a whole number from %2 to %3")
                     .arg(key)
                     .arg(min)
                     .arg(max));
            return;
        }
        *out = static_cast<int>(d);
    }

    void readDouble(QLatin1StringView key, double min, double max, double* out)
    {
        if (failed() || !m_json.contains(key))
            return;
        const QJsonValue v = m_json.value(key);
        const double d = v.toDouble();
        if (!v.isDouble() || !std::isfinite(d) || d < min || d > max) {
            fail(QStringLiteral("policy key \"%1\" must be a number from %2 to %3")
                     .arg(key)
                     .arg(min)
                     .arg(max));
            return;
        }
        *out = d;
    }

    void readBool(QLatin1StringView key, bool* out)
    {
        if (failed() || !m_json.contains(key))
            return;
        const QJsonValue v = m_json.value(key);
        if (!v.isBool()) {
            fail(QStringLiteral("policy key \"%1\" must be true or false").arg(key));
            return;
        }
        *out = v.toBool();
    }

    void readVerdict(QLatin1StringView key, Verdict* out)
    {
        if (failed() || !m_json.contains(key))
            return;
        const QJsonValue v = m_json.value(key);
        const auto verdict = v.isString() ? verdictFromString(v.toString()) : std::nullopt;
        if (!verdict) {
            fail(QStringLiteral("policy key \"%1\" must be \"allow\", \"check\" or \"deny\"").arg(key));
            return;
        }
        *out = *verdict;
    }

    void readTimeZone(QString* out)
    {
        if (failed() || !m_json.contains(kTimeZoneKey))
            return;
        const QJsonValue v = m_json.value(kTimeZoneKey);
        // QTimeZone("Beijing") is "valid" (a POSIX TZ string meaning UTC): ask for a known id.
        if (!v.isString() || !QTimeZone::isTimeZoneIdAvailable(v.toString().toUtf8())) {
            fail(QStringLiteral("policy key \"%1\" must be an IANA time zone name such as \"Asia/Shanghai\"")
                     .arg(kTimeZoneKey));
            return;
        }
        *out = v.toString();
    }

    // {"visitor": {"from": "06:00", "to": "22:00"}, ...}: replaces the whole table.
    void readHours(QMap<Category, HoursWindow>* out)
    {
        if (failed() || !m_json.contains(kHoursKey))
            return;
        QMap<Category, HoursWindow> hours;
        if (readHoursTable(m_json.value(kHoursKey), kHoursKey, &hours))
            *out = hours;
    }

    // {"north": {"visitor": {"from": "07:00", "to": "20:00"}}, ...}: replaces the whole table.
    void readGateHours(QMap<QString, QMap<Category, HoursWindow>>* out)
    {
        if (failed() || !m_json.contains(kGateHoursKey))
            return;
        const QJsonValue v = m_json.value(kGateHoursKey);
        if (!v.isObject()) {
            fail(QStringLiteral("policy key \"%1\" must be an object of gate: {category: {\"from\", \"to\"}}")
                     .arg(kGateHoursKey));
            return;
        }
        static const QRegularExpression gateCode(QStringLiteral("^[a-z0-9_-]{1,32}$"));
        QMap<QString, QMap<Category, HoursWindow>> table;
        const QJsonObject obj = v.toObject();
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            const QString key = QStringLiteral("%1.%2").arg(kGateHoursKey, it.key());
            if (!gateCode.match(it.key()).hasMatch()) {
                fail(QStringLiteral("policy key \"%1\": a gate code is lower-case letters, digits, - or _")
                         .arg(key));
                return;
            }
            QMap<Category, HoursWindow> hours;
            if (!readHoursTable(it.value(), key, &hours))
                return;
            if (!hours.isEmpty())
                table.insert(it.key(), hours);
        }
        *out = table;
    }

    bool readHoursTable(const QJsonValue& v, const QString& name, QMap<Category, HoursWindow>* out)
    {
        if (!v.isObject()) {
            fail(QStringLiteral("policy key \"%1\" must be an object of category: {\"from\", \"to\"}")
                     .arg(name));
            return false;
        }
        const QJsonObject obj = v.toObject();
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            const QString key = QStringLiteral("%1.%2").arg(name, it.key());
            const auto category = categoryFromString(it.key());
            if (!category) {
                fail(QStringLiteral("policy key \"%1\": unknown category").arg(key));
                return false;
            }
            const QJsonObject w = it.value().toObject();
            const auto from = parseTime(w.value(QLatin1String("from")));
            const auto to = parseTime(w.value(QLatin1String("to")));
            if (!it.value().isObject() || !from || !to) {
                fail(QStringLiteral("policy key \"%1\" must be {\"from\": \"HH:mm\", \"to\": \"HH:mm\"}")
                         .arg(key));
                return false;
            }
            out->insert(*category, HoursWindow{*from, *to});
        }
        return true;
    }

    // {"visitor": "#7b3fa0", ...} / {"visitor": 7, ...}: each named category replaces its
    // value; categories not named keep theirs.
    template<typename T, typename Parse>
    void readCategoryMap(QLatin1StringView key, const QString& expected, QMap<Category, T>* out, Parse parse)
    {
        if (failed() || !m_json.contains(key))
            return;
        const QJsonValue v = m_json.value(key);
        if (!v.isObject()) {
            fail(QStringLiteral("policy key \"%1\" must be an object of category: %2").arg(key, expected));
            return;
        }
        QMap<Category, T> map = *out;
        const QJsonObject obj = v.toObject();
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            const QString name = QStringLiteral("%1.%2").arg(key, it.key());
            const auto category = categoryFromString(it.key());
            const std::optional<T> value = parse(it.value());
            if (!category) {
                fail(QStringLiteral("policy key \"%1\": unknown category").arg(name));
                return;
            }
            if (!value) {
                fail(QStringLiteral("policy key \"%1\" must be %2").arg(name, expected));
                return;
            }
            map.insert(*category, *value);
        }
        *out = map;
    }

    // {"visitor": ["south"], ...}: replaces the whole table.
    void readGates(QMap<Category, QStringList>* out)
    {
        if (failed() || !m_json.contains(kGatesKey))
            return;
        const QJsonValue v = m_json.value(kGatesKey);
        if (!v.isObject()) {
            fail(QStringLiteral("policy key \"%1\" must be an object of category: [gate names]")
                     .arg(kGatesKey));
            return;
        }
        QMap<Category, QStringList> gates;
        const QJsonObject obj = v.toObject();
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            const QString key = QStringLiteral("%1.%2").arg(kGatesKey, it.key());
            const auto category = categoryFromString(it.key());
            if (!category) {
                fail(QStringLiteral("policy key \"%1\": unknown category").arg(key));
                return;
            }
            const QJsonArray list = it.value().toArray();
            QStringList names;
            for (const QJsonValue& g : list) {
                if (!g.isString() || g.toString().trimmed().isEmpty())
                    break;
                names.append(g.toString());
            }
            // An empty list would read as "every gate": refuse it rather than guess.
            if (!it.value().isArray() || names.isEmpty() || names.size() != list.size()) {
                fail(QStringLiteral("policy key \"%1\" must be a non-empty list of gate names").arg(key));
                return;
            }
            gates.insert(*category, names);
        }
        *out = gates;
    }

    // [{"name": "A", "start": "00:00"}, ...]: the old key, read when "roster_patterns" is
    // absent, as the first pattern with the default four teams in the default rotation.
    void readShifts(QList<RosterPattern>* out)
    {
        if (failed() || !m_json.contains(kShiftsKey) || m_json.contains(kRosterPatternsKey))
            return;
        const QJsonValue v = m_json.value(kShiftsKey);
        const QJsonArray list = v.toArray();
        if (!v.isArray() || list.isEmpty()) {
            fail(QStringLiteral("policy key \"%1\" must be a non-empty list of {\"name\", \"start\"}")
                     .arg(kShiftsKey));
            return;
        }
        QList<ShiftDef> shifts;
        QSet<QString> names;
        QSet<int> starts;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString key = QStringLiteral("%1[%2]").arg(kShiftsKey).arg(i);
            const QJsonObject s = list.at(i).toObject();
            const QJsonValue name = s.value(QLatin1String("name"));
            const auto start = parseTime(s.value(QLatin1String("start")));
            if (!list.at(i).isObject() || !name.isString() || name.toString().trimmed().isEmpty() || !start) {
                fail(QStringLiteral("policy key \"%1\" must be {\"name\": text, \"start\": \"HH:mm\"}")
                         .arg(key));
                return;
            }
            if (names.contains(name.toString()) || starts.contains(start->msecsSinceStartOfDay())) {
                fail(
                    QStringLiteral("policy key \"%1\": shift names and start times must be unique").arg(key));
                return;
            }
            names.insert(name.toString());
            starts.insert(start->msecsSinceStartOfDay());
            shifts.append(ShiftDef{name.toString(), *start});
        }
        RosterPattern p = defaultRosterPattern();
        p.cycle.clear();
        p.shifts = shifts;
        p = normalised(p);
        p.cycle = defaultCycle(shifts.size(), p.teams);
        *out = {p};
    }

    // [{"shifts": [...], "teams": [...], "cycle": [[...]]}, {"from": "2027-01-01", ...}]
    void readRosterPatterns(QList<RosterPattern>* out)
    {
        if (failed() || !m_json.contains(kRosterPatternsKey))
            return;
        const QJsonValue v = m_json.value(kRosterPatternsKey);
        const QJsonArray list = v.toArray();
        if (!v.isArray() || list.isEmpty()) {
            fail(QStringLiteral("policy key \"%1\" must be a non-empty list of shift patterns")
                     .arg(kRosterPatternsKey));
            return;
        }
        QList<RosterPattern> patterns;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString key = QStringLiteral("%1[%2]").arg(kRosterPatternsKey).arg(i);
            QString error;
            const auto p = rosterPatternFromJson(list.at(i), key, &error);
            if (!p) {
                fail(error);
                return;
            }
            // The first one has no date; each next one is dated after the one before.
            if ((i == 0) != !p->from.isValid() || (i > 0 && !(patterns.last().from < p->from))) {
                fail(QStringLiteral("policy key \"%1\": only the first pattern has no \"from\", and "
                                    "the others follow in date order")
                         .arg(key));
                return;
            }
            patterns.append(*p);
        }
        *out = patterns;
    }

private:
    const QJsonObject& m_json;
    QString m_error;
};

} // namespace

bool HoursWindow::contains(QTime t) const
{
    if (allDay())
        return true;
    if (from < to)
        return from <= t && t < to;
    // Wraps past midnight: 22:00-06:00 holds 23:00 and 05:59, not 06:00.
    return t >= from || t < to;
}

std::optional<HoursWindow> Policy::hoursAt(const QString& gate, Category category) const
{
    const auto atGate = gateHours.constFind(gate);
    if (atGate != gateHours.constEnd()) {
        const auto w = atGate->constFind(category);
        if (w != atGate->constEnd())
            return *w;
    }
    const auto w = hours.constFind(category);
    if (w != hours.constEnd())
        return *w;
    return std::nullopt;
}

Policy Policy::defaults()
{
    Policy p;
    p.duplicateWindowSeconds = 5;
    p.passbackWindowMinutes = 240;
    p.feverThreshold = 37.3;
    p.temperatureRequired = false;
    p.homeQuarantineDays = 14;
    p.timeZone = QStringLiteral("Asia/Shanghai");
    p.hours = {
        {Category::Visitor, HoursWindow{QTime(6, 0), QTime(22, 0)}},
        {Category::ExternalWorker, HoursWindow{QTime(5, 0), QTime(23, 0)}},
        {Category::ExternalVehicle, HoursWindow{QTime(6, 0), QTime(22, 0)}},
    };
    p.gatesByCategory = {};
    p.rosterPatterns = {defaultRosterPattern()};
    p.visitorVerdict = Verdict::Allow;
    p.externalVehicleVisitorVerdict = Verdict::Check;
    p.overrideNeedsLead = false;
    p.manualEntryVerdict = Verdict::Check;
    // Colour-coded by category, as the gates did in 2020; residents green, visitors purple.
    p.cardColours = {
        {Category::RegisteredResident, QStringLiteral("#1b7f3b")},
        {Category::MigrantResident, QStringLiteral("#1f5fa8")},
        {Category::ExternalWorker, QStringLiteral("#c46a00")},
        {Category::Visitor, QStringLiteral("#7b3fa0")},
        {Category::InternalVehicle, QStringLiteral("#00796b")},
        {Category::ExternalVehicle, QStringLiteral("#8d5524")},
    };
    p.validityDays = {
        {Category::RegisteredResident, 180}, {Category::MigrantResident, 180},
        {Category::ExternalWorker, 90},      {Category::Visitor, 7},
        {Category::InternalVehicle, 180},    {Category::ExternalVehicle, 30},
    };
    return p;
}

QJsonObject Policy::toJson() const
{
    QJsonObject json;
    json.insert(kDuplicateKey, duplicateWindowSeconds);
    json.insert(kPassbackKey, passbackWindowMinutes);
    json.insert(kFeverKey, feverThreshold);
    json.insert(kTemperatureRequiredKey, temperatureRequired);
    json.insert(kHomeQuarantineKey, homeQuarantineDays);
    json.insert(kTimeZoneKey, timeZone);

    json.insert(kHoursKey, hoursTableJson(hours));
    QJsonObject gateHoursJson;
    for (auto g = gateHours.begin(); g != gateHours.end(); ++g)
        if (!g.value().isEmpty())
            gateHoursJson.insert(g.key(), hoursTableJson(g.value()));
    json.insert(kGateHoursKey, gateHoursJson);

    QJsonObject gatesJson;
    for (auto it = gatesByCategory.begin(); it != gatesByCategory.end(); ++it)
        gatesJson.insert(toString(it.key()), QJsonArray::fromStringList(it.value()));
    json.insert(kGatesKey, gatesJson);

    QJsonArray patternsJson;
    for (const RosterPattern& p : rosterPatterns)
        patternsJson.append(core::toJson(p));
    json.insert(kRosterPatternsKey, patternsJson);
    json.insert(kVisitorVerdictKey, toString(visitorVerdict));
    json.insert(kVehicleVisitorVerdictKey, toString(externalVehicleVisitorVerdict));
    json.insert(kOverrideNeedsLeadKey, overrideNeedsLead);
    json.insert(kManualEntryVerdictKey, toString(manualEntryVerdict));
    QJsonObject coloursJson;
    for (auto it = cardColours.begin(); it != cardColours.end(); ++it)
        coloursJson.insert(toString(it.key()), it.value());
    json.insert(kCardColoursKey, coloursJson);
    QJsonObject validityJson;
    for (auto it = validityDays.begin(); it != validityDays.end(); ++it)
        validityJson.insert(toString(it.key()), it.value());
    json.insert(kValidityDaysKey, validityJson);
    return json;
}

Policy Policy::fromJson(const QJsonObject& json, QString* error)
{
    Policy p = defaults();
    Reader r(json);
    r.readInt(kDuplicateKey, 1, 600, &p.duplicateWindowSeconds);
    r.readInt(kPassbackKey, 0, 1440, &p.passbackWindowMinutes);
    r.readDouble(kFeverKey, 35.0, 42.0, &p.feverThreshold);
    r.readBool(kTemperatureRequiredKey, &p.temperatureRequired);
    r.readInt(kHomeQuarantineKey, 1, 60, &p.homeQuarantineDays);
    r.readTimeZone(&p.timeZone);
    r.readHours(&p.hours);
    r.readGateHours(&p.gateHours);
    r.readGates(&p.gatesByCategory);
    r.readShifts(&p.rosterPatterns);
    r.readRosterPatterns(&p.rosterPatterns);
    r.readVerdict(kVisitorVerdictKey, &p.visitorVerdict);
    r.readVerdict(kVehicleVisitorVerdictKey, &p.externalVehicleVisitorVerdict);
    r.readBool(kOverrideNeedsLeadKey, &p.overrideNeedsLead);
    r.readVerdict(kManualEntryVerdictKey, &p.manualEntryVerdict);
    r.readCategoryMap(kCardColoursKey, QStringLiteral("a colour \"#RRGGBB\""), &p.cardColours,
                      [](const QJsonValue& v) -> std::optional<QString> {
                          static const QRegularExpression rgb(QStringLiteral("^#[0-9a-fA-F]{6}$"));
                          if (!v.isString() || !rgb.match(v.toString()).hasMatch())
                              return std::nullopt;
                          return v.toString().toLower();
                      });
    r.readCategoryMap(kValidityDaysKey, QStringLiteral("a whole number of days from 1 to 3660"),
                      &p.validityDays, [](const QJsonValue& v) -> std::optional<int> {
                          const double d = v.toDouble(-1);
                          if (!v.isDouble() || d != std::floor(d) || d < 1 || d > 3660)
                              return std::nullopt;
                          return int(d);
                      });
    // A manual entry is never closed outright: that would be the visitor policy's job.
    if (!r.failed() && p.manualEntryVerdict == Verdict::Deny)
        r.fail(
            QStringLiteral("policy key \"%1\" must be \"allow\" or \"check\"").arg(kManualEntryVerdictKey));

    if (error)
        *error = r.error();
    return r.failed() ? defaults() : p;
}

} // namespace gatepost::core
