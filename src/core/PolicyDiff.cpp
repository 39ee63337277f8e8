#include "PolicyDiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace gatepost::core {

namespace {

// The order the rules form shows them in; keys not named here (fields added later) follow,
// sorted, so a new policy field shows up in a diff without a change here.
constexpr const char* kOrder[] = {
    "passback_window_minutes",
    "duplicate_window_seconds",
    "temperature_required",
    "fever_threshold",
    "home_quarantine_days",
    "visitor_verdict",
    "vehicle_visitor_verdict",
    "manual_entry_verdict",
    "override_needs_lead",
    "hours",
    "gate_hours",
    "gates_by_category",
    "validity_days",
    "card_colours",
    "shifts",
    "time_zone",
};

// Maps whose entries are compared one by one (per category).
bool isPerCategory(const QString& key)
{
    return key == QLatin1String("hours") || key == QLatin1String("gates_by_category") ||
           key == QLatin1String("validity_days") || key == QLatin1String("card_colours");
}

// Maps of maps compared entry by entry (per gate, then per category).
bool isPerGateAndCategory(const QString& key)
{
    return key == QLatin1String("gate_hours");
}

QString text(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return {};
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == static_cast<double>(static_cast<qint64>(d)))
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', 10);
    }
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array: {
        const QJsonArray a = v.toArray();
        bool allStrings = true;
        QStringList parts;
        for (const QJsonValue& e : a) {
            allStrings = allStrings && e.isString();
            parts << e.toString();
        }
        if (allStrings)
            return parts.join(QLatin1Char(','));
        return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        if (o.size() == 2 && o.contains(QLatin1String("from")) && o.contains(QLatin1String("to")))
            return o.value(QLatin1String("from")).toString() + QLatin1Char('-') +
                   o.value(QLatin1String("to")).toString();
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    }
    return {};
}

QString changesJson(const QList<PolicyChange>& changes, bool after)
{
    QJsonObject o;
    for (const PolicyChange& c : changes)
        o.insert(c.field, after ? c.newValue : c.oldValue);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

// One change per entry that differs, named prefix.key (and .subkey at depth 2), keys sorted.
void appendEntryChanges(const QString& prefix, const QJsonObject& a, const QJsonObject& b, int depth,
                        QList<PolicyChange>* out)
{
    QStringList keys = a.keys();
    for (const QString& k : b.keys())
        if (!keys.contains(k))
            keys << k;
    keys.sort();
    for (const QString& k : keys) {
        const QString name = prefix + QLatin1Char('.') + k;
        if (depth > 1)
            appendEntryChanges(name, a.value(k).toObject(), b.value(k).toObject(), depth - 1, out);
        else if (a.value(k) != b.value(k))
            out->append({name, text(a.value(k)), text(b.value(k))});
    }
}

QList<PolicyChange> diff(const Policy& a, const Policy& b)
{
    const QJsonObject ja = a.toJson();
    const QJsonObject jb = b.toJson();
    QStringList keys;
    for (const char* k : kOrder)
        keys << QString::fromLatin1(k);
    QStringList rest;
    for (const QString& k : ja.keys() + jb.keys())
        if (!keys.contains(k) && !rest.contains(k))
            rest << k;
    rest.sort();
    keys += rest;

    QList<PolicyChange> out;
    for (const QString& key : keys) {
        const QJsonValue va = ja.value(key);
        const QJsonValue vb = jb.value(key);
        if (va == vb)
            continue;
        const int depth = isPerGateAndCategory(key) ? 2 : isPerCategory(key) ? 1 : 0;
        if (depth > 0 && (va.isObject() || va.isUndefined()) && (vb.isObject() || vb.isUndefined())) {
            appendEntryChanges(key, va.toObject(), vb.toObject(), depth, &out);
            continue;
        }
        out.append({key, text(va), text(vb)});
    }
    return out;
}

QString changesBefore(const QList<PolicyChange>& changes)
{
    return changesJson(changes, false);
}

QString changesAfter(const QList<PolicyChange>& changes)
{
    return changesJson(changes, true);
}

} // namespace gatepost::core
