#pragma once

#include <QString>

#include <stdexcept>

namespace gatepost::sync {

/// Every failure talking to the hub. message() is English for logs and the command line and never
/// holds a password; a screen words the kind itself.
class HubError : public std::runtime_error
{
public:
    enum class Kind {
        Unreachable, ///< no connection could be made (down, wrong host or port, timeout, TLS refused)
        AuthFailed,  ///< the server refused the role, its password or its certificate
        NoSchema,    ///< the database or the Gatepost tables are missing and this role may not create them
        Denied,      ///< the role may not do this (another community's row, an UPDATE, a DELETE ...)
        Lost,        ///< the connection broke or the server stopped answering mid-way: reconnect, retry
        Other,       ///< anything else (a bad argument, an unexpected server error)
    };

    HubError(Kind kind, const QString& message);

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};

} // namespace gatepost::sync
