#pragma once

#include <QString>

#include <optional>

namespace gatepost::sync {

/// Where the hub is and how to log in. The password is never printed: displayUrl() leaves it out,
/// and fromUrl() refuses a URL that carries one (a command line is visible to other users).
struct HubSettings
{
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password; ///< empty: GATEPOST_HUB_PASSWORD if set, else ~/.pgpass or a client certificate
    QString sslMode = QStringLiteral("prefer"); ///< disable|allow|prefer|require|verify-ca|verify-full
    QString sslCert;                            ///< client certificate file (optional)
    QString sslKey;                             ///< its private key file (optional)
    QString sslRootCert;                        ///< CA file to verify the server with (optional)
    int connectTimeoutSeconds = 5;

    /// postgresql://USER@HOST:PORT/DB[?sslmode=..&sslcert=..&sslkey=..&sslrootcert=..&connect_timeout=..]
    /// Returns nullopt and sets *error (when given) on a malformed URL or one that carries a password.
    static std::optional<HubSettings> fromUrl(const QString& url, QString* error);
    /// The URL without any password, for logs and the status strip.
    QString displayUrl() const;

    static bool isValidSslMode(const QString& mode);
};

} // namespace gatepost::sync
