#include "HubSettings.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace gatepost::sync {

namespace {

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

bool HubSettings::isValidSslMode(const QString& mode)
{
    static const QStringList modes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                                      QStringLiteral("prefer"),    QStringLiteral("require"),
                                      QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes.contains(mode);
}

std::optional<HubSettings> HubSettings::fromUrl(const QString& text, QString* error)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    // USER:PASSWORD@ in the authority, looked for in the raw text too: QUrl drops the parts of a
    // malformed URL, and its error string would quote the whole text.
    static const QRegularExpression inlinePassword(QStringLiteral("^[A-Za-z]+://[^/?#@]*:[^/?#@]*@"));
    const QString refusal = QStringLiteral("a password on a command line is visible to other users; give it "
                                           "through settings or GATEPOST_HUB_PASSWORD");
    // Checked before validity so that even a malformed URL with a password gets the right answer.
    if (inlinePassword.match(text.trimmed()).hasMatch() || !url.password().isEmpty() ||
        QUrlQuery(url).hasQueryItem(QStringLiteral("password"))) {
        fail(error, refusal);
        return std::nullopt;
    }
    if (!url.isValid()) {
        fail(error, QStringLiteral("not a valid URL: postgresql://USER@HOST:PORT/DB"));
        return std::nullopt;
    }
    if (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")) {
        fail(error, QStringLiteral("a hub URL starts with postgresql://"));
        return std::nullopt;
    }
    HubSettings s;
    s.host = url.host(QUrl::FullyDecoded);
    s.port = url.port(5432);
    s.user = url.userName(QUrl::FullyDecoded);
    s.database = url.path(QUrl::FullyDecoded).mid(1);
    if (s.host.isEmpty() || s.user.isEmpty() || s.database.isEmpty() || s.database.contains(u'/')) {
        fail(error,
             QStringLiteral("a hub URL needs a user, a host and a database: postgresql://USER@HOST:PORT/DB"));
        return std::nullopt;
    }
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode")) {
            if (!isValidSslMode(value)) {
                fail(error, QStringLiteral("sslmode must be disable, allow, prefer, require, verify-ca or "
                                           "verify-full, not \"%1\"")
                                .arg(value));
                return std::nullopt;
            }
            s.sslMode = value;
        } else if (key == QLatin1String("sslcert")) {
            s.sslCert = value;
        } else if (key == QLatin1String("sslkey")) {
            s.sslKey = value;
        } else if (key == QLatin1String("sslrootcert")) {
            s.sslRootCert = value;
        } else if (key == QLatin1String("connect_timeout")) {
            bool ok = false;
            const int seconds = value.toInt(&ok);
            if (!ok || seconds < 1 || seconds > 600) {
                fail(error, QStringLiteral("connect_timeout must be 1 to 600 seconds"));
                return std::nullopt;
            }
            s.connectTimeoutSeconds = seconds;
        } else {
            fail(error, QStringLiteral("unknown hub URL parameter \"%1\" (known: sslmode, sslcert, sslkey, "
                                       "sslrootcert, connect_timeout)")
                            .arg(key));
            return std::nullopt;
        }
    }
    return s;
}

QString HubSettings::displayUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    if (sslMode != QLatin1String("prefer"))
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    if (!sslCert.isEmpty())
        query.addQueryItem(QStringLiteral("sslcert"), sslCert);
    if (!sslKey.isEmpty())
        query.addQueryItem(QStringLiteral("sslkey"), sslKey);
    if (!sslRootCert.isEmpty())
        query.addQueryItem(QStringLiteral("sslrootcert"), sslRootCert);
    if (!query.isEmpty())
        url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace gatepost::sync
