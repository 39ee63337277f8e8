#include "StationSettings.h"

#include "Database.h"
#include "Registry.h"
#include "SyncSettings.h"

#include <QJsonDocument>
#include <QJsonValue>

#include <cmath>
#include <stdexcept>

namespace gatepost::core {

namespace {

// JSON keys, stored under settings key "station".
constexpr QLatin1StringView kCameraKey{"camera"};
constexpr QLatin1StringView kWidthKey{"camera_width"};
constexpr QLatin1StringView kHeightKey{"camera_height"};
constexpr QLatin1StringView kDirectionKey{"direction"};
constexpr QLatin1StringView kMutedKey{"muted"};
constexpr QLatin1StringView kSpeakKey{"speak_verdicts"};
constexpr QLatin1StringView kRapidKey{"rapid_mode_seconds"};
constexpr QLatin1StringView kKioskKey{"kiosk"};
constexpr QLatin1StringView kLanguageKey{"language"};

// Accepted ranges: any webcam from QQVGA to 8K; rapid mode up to a minute.
constexpr int kMinWidth = 160;
constexpr int kMaxWidth = 7680;
constexpr int kMinHeight = 120;
constexpr int kMaxHeight = 4320;
constexpr int kMaxRapidSeconds = 60;

// Like Policy's reader: the first error wins and names the key.
class Reader
{
public:
    explicit Reader(const QJsonObject& json)
        : m_json(json)
    {
    }
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    const QJsonValue* take(QLatin1StringView key)
    {
        if (failed() || !m_json.contains(key))
            return nullptr;
        m_value = m_json.value(key);
        return &m_value;
    }
    void fail(QLatin1StringView key, const QString& what)
    {
        if (!failed())
            m_error = QStringLiteral("station setting \"%1\" must be %2").arg(key, what);
    }

    void readInt(QLatin1StringView key, int min, int max, int* out)
    {
        const QJsonValue* v = take(key);
        if (!v)
            return;
        const double d = v->toDouble();
        if (!v->isDouble() || std::floor(d) != d || d < min || d > max)
            return fail(key, QStringLiteral("a whole number from %1 to %2").arg(min).arg(max));
        *out = static_cast<int>(d);
    }
    void readBool(QLatin1StringView key, bool* out)
    {
        const QJsonValue* v = take(key);
        if (!v)
            return;
        if (!v->isBool())
            return fail(key, QStringLiteral("true or false"));
        *out = v->toBool();
    }
    void readString(QLatin1StringView key, QString* out)
    {
        const QJsonValue* v = take(key);
        if (!v)
            return;
        if (!v->isString())
            return fail(key, QStringLiteral("text"));
        *out = v->toString().trimmed();
    }
    void readDirection(Direction* out)
    {
        const QJsonValue* v = take(kDirectionKey);
        if (!v)
            return;
        const auto d = v->isString() ? directionFromString(v->toString()) : std::nullopt;
        if (!d)
            return fail(kDirectionKey, QStringLiteral("\"in\" or \"out\""));
        *out = *d;
    }
    void readLanguage(QString* out)
    {
        const QJsonValue* v = take(kLanguageKey);
        if (!v)
            return;
        const QString s = v->toString();
        if (!v->isString() || !(s.isEmpty() || s == QLatin1String("zh_CN") || s == QLatin1String("en")))
            return fail(kLanguageKey, QStringLiteral("\"\" (system), \"zh_CN\" or \"en\""));
        *out = s;
    }

private:
    const QJsonObject& m_json;
    QJsonValue m_value;
    QString m_error;
};

} // namespace

QJsonObject StationSettings::toJson() const
{
    QJsonObject json;
    json.insert(kCameraKey, camera);
    json.insert(kWidthKey, cameraWidth);
    json.insert(kHeightKey, cameraHeight);
    json.insert(kDirectionKey, toString(direction));
    json.insert(kMutedKey, muted);
    json.insert(kSpeakKey, speakVerdicts);
    json.insert(kRapidKey, rapidModeSeconds);
    json.insert(kKioskKey, kiosk);
    json.insert(kLanguageKey, language);
    return json;
}

StationSettings StationSettings::fromJson(const QJsonObject& json, QString* error)
{
    StationSettings s;
    Reader r(json);
    r.readString(kCameraKey, &s.camera);
    r.readInt(kWidthKey, kMinWidth, kMaxWidth, &s.cameraWidth);
    r.readInt(kHeightKey, kMinHeight, kMaxHeight, &s.cameraHeight);
    r.readDirection(&s.direction);
    r.readBool(kMutedKey, &s.muted);
    r.readBool(kSpeakKey, &s.speakVerdicts);
    r.readInt(kRapidKey, 0, kMaxRapidSeconds, &s.rapidModeSeconds);
    r.readBool(kKioskKey, &s.kiosk);
    r.readLanguage(&s.language);
    if (error)
        *error = r.error();
    return r.failed() ? StationSettings{} : s;
}

StationSettings StationSettings::load(Database& db, QString* error)
{
    if (error)
        error->clear();
    Statement q = db.prepare("SELECT value FROM settings WHERE key = 'station'");
    if (!q.step())
        return {};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(q.text(0).toUtf8(), &parseError);
    if (!doc.isObject()) {
        if (error)
            *error =
                QStringLiteral("the stored station settings are damaged: %1").arg(parseError.errorString());
        return {};
    }
    QString problem;
    StationSettings s = fromJson(doc.object(), &problem);
    if (error && !problem.isEmpty())
        *error = QStringLiteral("the stored station settings are damaged: %1").arg(problem);
    return s;
}

void StationSettings::save(Database& db, const StationSettings& settings, const Actor& actor,
                           const Clock& clock)
{
    const QJsonObject json = settings.toJson();
    QString error;
    fromJson(json, &error);
    if (!error.isEmpty())
        throw std::invalid_argument(
            QStringLiteral("the station settings are not valid: %1").arg(error).toStdString());
    const QString after = QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
    Transaction tx(db);
    // Nothing stored means the defaults (see load()).
    QString before =
        QString::fromUtf8(QJsonDocument(StationSettings{}.toJson()).toJson(QJsonDocument::Compact));
    {
        Statement old = db.prepare("SELECT value FROM settings WHERE key = 'station'");
        if (old.step())
            before = old.text(0);
    }
    if (before == after)
        return; // nothing changed, nothing to audit
    Statement q = db.prepare("INSERT INTO settings (key, value) VALUES ('station', ?1)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    q.bind(1, after).exec();
    AuditTrail(db, clock).append(actor, AuditAction::SettingsChange, QStringLiteral("station"), before,
                                 after);
    tx.commit();
}

void saveSettingsAndPolicy(Database& db, Registry& registry, const StationSettings& settings,
                           const Policy& policy, const Actor& actor, const Clock& clock)
{
    Transaction tx(db);
    StationSettings::save(db, settings, actor, clock);
    registry.setPolicy(policy, actor);
    tx.commit();
}

void saveSettingsAndPolicy(Database& db, Registry& registry, const StationSettings& settings,
                           const Policy& policy, const SyncSettings& sync, const Actor& actor,
                           const Clock& clock)
{
    Transaction tx(db);
    saveSettingsAndPolicy(db, registry, settings, policy, actor, clock);
    SyncSettings::save(db, sync, actor, clock);
    tx.commit();
}

} // namespace gatepost::core
