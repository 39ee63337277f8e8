#include "SyncSettings.h"

#include "Database.h"
#include "Refusal.h"

#include <QJsonDocument>
#include <QUrl>

namespace gatepost::core {

namespace {

constexpr const char* kKey = "sync";

bool readInt(const QJsonObject& json, const char* key, int lo, int hi, int* out, QString* error)
{
    const QString k = QString::fromLatin1(key);
    if (!json.contains(k))
        return true;
    const QJsonValue v = json.value(k);
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d != static_cast<int>(d) || d < lo || d > hi) {
        if (error)
            *error = QStringLiteral("%1 must be a whole number from %2 to %3").arg(k).arg(lo).arg(hi);
        return false;
    }
    *out = static_cast<int>(d);
    return true;
}

bool readString(const QJsonObject& json, const char* key, QString* out, QString* error)
{
    const QString k = QString::fromLatin1(key);
    if (!json.contains(k))
        return true;
    if (!json.value(k).isString()) {
        if (error)
            *error = QStringLiteral("%1 must be text").arg(k);
        return false;
    }
    *out = json.value(k).toString();
    return true;
}

} // namespace

QJsonObject SyncSettings::toJson() const
{
    return {{QStringLiteral("hub_url"), hubUrl},
            {QStringLiteral("hub_password"), hubPassword},
            {QStringLiteral("interval_seconds"), intervalSeconds},
            {QStringLiteral("stale_registry_hours"), staleRegistryHours}};
}

SyncSettings SyncSettings::fromJson(const QJsonObject& json, QString* error)
{
    if (error)
        error->clear();
    SyncSettings s;
    SyncSettings d;
    if (!readString(json, "hub_url", &s.hubUrl, error) ||
        !readString(json, "hub_password", &s.hubPassword, error) ||
        !readInt(json, "interval_seconds", 1, 3600, &s.intervalSeconds, error) ||
        !readInt(json, "stale_registry_hours", 1, 720, &s.staleRegistryHours, error))
        return d;
    return s;
}

SyncSettings SyncSettings::load(Database& db, QString* error)
{
    if (error)
        error->clear();
    Statement q = db.prepare("SELECT value FROM settings WHERE key = ?1");
    q.bind(1, kKey);
    if (!q.step())
        return {};
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(q.text(0).toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = QStringLiteral("the stored sync settings are damaged");
        return {};
    }
    return fromJson(doc.object(), error);
}

void SyncSettings::save(Database& db, const SyncSettings& s, const Actor& actor, const Clock& clock)
{
    if (s.intervalSeconds < 1 || s.intervalSeconds > 3600)
        refuse(RefusalCode::ValueOutOfRange, RefusalField::SyncInterval,
               {QString::number(s.intervalSeconds), QStringLiteral("1"), QStringLiteral("3600")});
    if (s.staleRegistryHours < 1 || s.staleRegistryHours > 720)
        refuse(RefusalCode::ValueOutOfRange, RefusalField::StaleRegistryHours,
               {QString::number(s.staleRegistryHours), QStringLiteral("1"), QStringLiteral("720")});
    const QUrl url(s.hubUrl.trimmed());
    if (s.hubConfigured() &&
        (!url.isValid() || url.host().isEmpty() ||
         (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres"))))
        refuse(RefusalCode::HubUrlInvalid, RefusalField::HubUrl, {s.hubUrl.trimmed()});
    // Never the address in the refusal: it carries the password.
    if (!url.password().isEmpty())
        refuse(RefusalCode::HubUrlHasPassword, RefusalField::HubUrl);

    Transaction tx(db);
    const SyncSettings before = load(db);
    Statement w = db.prepare("INSERT INTO settings (key, value) VALUES (?1, ?2)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    w.bind(1, kKey)
        .bind(2, QString::fromUtf8(QJsonDocument(s.toJson()).toJson(QJsonDocument::Compact)))
        .exec();
    if (!(before == s)) {
        // The audit row names what changed; the password only as "changed".
        QJsonObject b = before.toJson();
        QJsonObject a = s.toJson();
        b.remove(QStringLiteral("hub_password"));
        a.remove(QStringLiteral("hub_password"));
        if (before.hubPassword != s.hubPassword)
            a.insert(QStringLiteral("hub_password"), QStringLiteral("changed"));
        AuditTrail(db, clock).append(actor, AuditAction::SyncHubChange, QStringLiteral("sync"),
                                     AuditTrail::json(b), AuditTrail::json(a));
    }
    tx.commit();
}

SyncHealth syncHealth(const SyncStatus& status, const SyncSettings& settings, const QDateTime& nowUtc,
                      qint64 conflicts)
{
    SyncHealth h;
    h.waiting = status.waiting;
    h.waitingCrossings = status.waitingCrossings;
    h.lastRegistryUtc = status.lastRegistryUtc;
    h.conflicts = conflicts;
    h.refused = status.refused;
    if (status.lastContactUtc.isValid())
        h.secondsSinceContact = std::max<qint64>(0, status.lastContactUtc.secsTo(nowUtc));
    if (!settings.hubConfigured())
        return h; // standalone
    // A gate that has never received a registry change is as stale as one whose last is old.
    // (The office makes those changes itself: never stale there.)
    h.registryStale = status.stationId != status.community &&
                      (!status.lastRegistryUtc.isValid() ||
                       status.lastRegistryUtc.secsTo(nowUtc) > qint64(settings.staleRegistryHours) * 3600);
    const qint64 offlineAfter = 3LL * settings.intervalSeconds + 10;
    if (!status.lastContactUtc.isValid()) {
        h.state = status.lastError.isEmpty() ? SyncHealth::State::Connecting : SyncHealth::State::Offline;
    } else if (!status.lastError.isEmpty() || h.secondsSinceContact > offlineAfter) {
        h.state = SyncHealth::State::Offline;
        h.offlineSinceUtc = status.lastContactUtc;
    } else {
        h.state = SyncHealth::State::Synced;
    }
    return h;
}

} // namespace gatepost::core
