#pragma once

// The one file pair that talks to libpq (only PgConnection.cpp includes <libpq-fe.h>): one
// connection to the hub, its results, and the mapping of PostgreSQL errors to HubError kinds.
// Not thread-safe: one connection is used by one thread at a time.

#include "sync/HubError.h"
#include "sync/HubSettings.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

struct pg_conn;
struct pg_result;

namespace gatepost::sync {

/// One query's result. Values come back as text unless the query asked for binary results;
/// the accessors read either.
class PgResult final
{
public:
    explicit PgResult(pg_result* result);
    ~PgResult();
    PgResult(PgResult&& other) noexcept;
    PgResult& operator=(PgResult&&) = delete;
    Q_DISABLE_COPY(PgResult)

    int rows() const;
    int columns() const;
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    qint64 int64(int row, int column) const;
    /// bytea as its bytes (either format); any other column as its raw value.
    QByteArray bytes(int row, int column) const;
    /// Rows an INSERT, UPDATE or DELETE touched.
    qint64 affectedRows() const;

private:
    pg_result* m_result = nullptr;
};

class PgConnection final
{
public:
    enum class Format { Text, Binary };

    /// Connects (TLS as settings say, application_name=gatepost, statement timeout, TCP keepalives).
    /// Throws HubError: Unreachable, AuthFailed, NoSchema (no such database) or Other.
    static std::unique_ptr<PgConnection> open(const HubSettings& settings);
    ~PgConnection();
    Q_DISABLE_COPY_MOVE(PgConnection)

    /// Runs one statement with text parameters (a null QByteArray is SQL NULL). Throws HubError.
    PgResult exec(const QByteArray& sql, const QList<QByteArray>& params = {}, Format results = Format::Text);
    /// Best effort, never throws: for destructors and after a failure.
    void rollbackQuietly();

    /// Quoted for use in SQL text, built by libpq (for DDL, which takes no bound parameters).
    QByteArray escapeLiteral(const QString& value) const;
    QByteArray escapeIdentifier(const QString& value) const;
    /// The SCRAM-SHA-256 verifier of a password, computed here so the password never reaches the
    /// server's statement log.
    QByteArray scramVerifier(const QString& password, const QString& role) const;

    QString serverVersion() const;
    int backendPid() const;
    bool isBroken() const;
    const HubSettings& settings() const { return m_settings; }

private:
    PgConnection(pg_conn* conn, const HubSettings& settings);
    [[noreturn]] void raise(pg_result* result) const;
    QString scrub(QString message) const;

    pg_conn* m_conn = nullptr;
    HubSettings m_settings;
};

} // namespace gatepost::sync
