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
        if (isPerGateAndCategory(key) && (va.isObject() || va.isUndefined()) &&
            (vb.isObject() || vb.isUndefined())) {
            const QJsonObject oa = va.toObject();
            const QJsonObject ob = vb.toObject();
            QStringList gates = oa.keys();
            for (const QString& g : ob.keys())
                if (!gates.contains(g))
                    gates << g;
            gates.sort();
            for (const QString& g : gates) {
                const QJsonObject ga = oa.value(g).toObject();
                const QJsonObject gb = ob.value(g).toObject();
                QStringList subs = ga.keys();
                for (const QString& s : gb.keys())
                    if (!subs.contains(s))
                        subs << s;
                subs.sort();
                for (const QString& s : subs)
                    if (ga.value(s) != gb.value(s))
                        out.append({key + QLatin1Char('.') + g + QLatin1Char('.') + s, text(ga.value(s)),
                                    text(gb.value(s))});
            }
            continue;
        }
        if (isPerCategory(key) && (va.isObject() || va.isUndefined()) &&
            (vb.isObject() || vb.isUndefined())) {
            const QJsonObject oa = va.toObject();
            const QJsonObject ob = vb.toObject();
            QStringList subs = oa.keys();
            for (const QString& s : ob.keys())
                if (!subs.contains(s))
                    subs << s;
            subs.sort();
            for (const QString& s : subs) {
                if (oa.value(s) != ob.value(s))
                    out.append({key + QLatin1Char('.') + s, text(oa.value(s)), text(ob.value(s))});
            }
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
