#include "PgConnection.h"

#include <QRegularExpression>
#include <QStringList>
#include <QtEndian>

#include <libpq-fe.h>

#include <cerrno>
#include <chrono>
#include <poll.h>
#include <vector>

namespace gatepost::sync {

namespace {

constexpr Oid kByteaOid = 17;
constexpr Oid kInt8Oid = 20;

// Statements that run longer are cut off by the server (then HubError Lost); a client that dies in a
// transaction does not hold its locks for long.
constexpr auto kSessionOptions = "-c statement_timeout=30000 -c idle_in_transaction_session_timeout=60000";

QString fromPq(const char* text)
{
    return text ? QString::fromUtf8(text).trimmed() : QString();
}

// libpq's verbose connection errors carry the SQLSTATE ("FATAL:  28P01: password authentication ...");
// the severity word may be translated, the code is not.
QString sqlStateIn(const QString& message)
{
    static const QRegularExpression code(QStringLiteral(":\\s+([0-9A-Z]{5})(?=:\\s)"));
    static const QRegularExpression digit(QStringLiteral("[0-9]"));
    for (auto it = code.globalMatch(message); it.hasNext();) {
        const QString candidate = it.next().captured(1);
        if (candidate.contains(digit)) // every SQLSTATE has a digit; "FATAL" has none
            return candidate;
    }
    return {};
}

QString withoutLocation(const QString& message)
{
    QStringList kept;
    for (const QString& line : message.split(u'\n', Qt::SkipEmptyParts)) {
        if (!line.trimmed().startsWith(QLatin1String("LOCATION:")))
            kept << line.trimmed();
    }
    return kept.join(QLatin1String("; "));
}

HubError::Kind connectFailureKind(const QString& sqlState, bool neededPassword)
{
    if (sqlState.startsWith(QLatin1String("28")) || (sqlState.isEmpty() && neededPassword))
        return HubError::Kind::AuthFailed;
    if (sqlState == QLatin1String("3D000"))
        return HubError::Kind::NoSchema;
    if (sqlState.isEmpty() || sqlState == QLatin1String("53300") || sqlState == QLatin1String("57P03"))
        return HubError::Kind::Unreachable;
    return HubError::Kind::Other;
}

void ignoreNotice(void*, const char*) {}

} // namespace

// --- PgResult ---

PgResult::PgResult(pg_result* result)
    : m_result(result)
{
}

PgResult::~PgResult()
{
    PQclear(m_result);
}

PgResult::PgResult(PgResult&& other) noexcept
    : m_result(other.m_result)
{
    other.m_result = nullptr;
}

int PgResult::rows() const
{
    return PQntuples(m_result);
}

int PgResult::columns() const
{
    return PQnfields(m_result);
}

bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column) != 0;
}

QString PgResult::text(int row, int column) const
{
    if (PQfformat(m_result, column) == 1 && PQftype(m_result, column) == kInt8Oid)
        return QString::number(int64(row, column));
    return QString::fromUtf8(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

qint64 PgResult::int64(int row, int column) const
{
    const char* value = PQgetvalue(m_result, row, column);
    if (PQfformat(m_result, column) == 1) {
        switch (PQgetlength(m_result, row, column)) {
        case 8:
            return qFromBigEndian<qint64>(value);
        case 4:
            return qFromBigEndian<qint32>(value);
        case 2:
            return qFromBigEndian<qint16>(value);
        default:
            return 0;
        }
    }
    return QByteArray(value, PQgetlength(m_result, row, column)).toLongLong();
}

QByteArray PgResult::bytes(int row, int column) const
{
    const char* value = PQgetvalue(m_result, row, column);
    if (PQfformat(m_result, column) == 0 && PQftype(m_result, column) == kByteaOid) {
        size_t length = 0;
        unsigned char* raw = PQunescapeBytea(reinterpret_cast<const unsigned char*>(value), &length);
        QByteArray out(reinterpret_cast<const char*>(raw), static_cast<qsizetype>(length));
        PQfreemem(raw);
        return out;
    }
    return QByteArray(value, PQgetlength(m_result, row, column));
}

qint64 PgResult::affectedRows() const
{
    return QByteArray(PQcmdTuples(m_result)).toLongLong();
}

// --- PgConnection ---

PgConnection::PgConnection(pg_conn* conn, const HubSettings& settings)
    : m_conn(conn)
    , m_settings(settings)
{
}

PgConnection::~PgConnection()
{
    PQfinish(m_conn);
}

std::unique_ptr<PgConnection> PgConnection::open(const HubSettings& given)
{
    HubSettings s = given;
    if (s.password.isEmpty())
        s.password = qEnvironmentVariable("GATEPOST_HUB_PASSWORD");
    if (s.host.isEmpty() || s.database.isEmpty() || s.user.isEmpty() || s.port < 1 || s.port > 65535 ||
        !HubSettings::isValidSslMode(s.sslMode))
        throw HubError(HubError::Kind::Other,
                       QStringLiteral("incomplete hub settings (%1): host, port, database, user and a valid "
                                      "sslmode are needed")
                           .arg(s.displayUrl()));
    const int timeout = qBound(1, s.connectTimeoutSeconds, 600);

    QList<QByteArray> keys;
    QList<QByteArray> values;
    const auto add = [&](const char* key, const QByteArray& value) {
        keys << QByteArray(key);
        values << value;
    };
    add("host", s.host.toUtf8());
    add("port", QByteArray::number(s.port));
    add("dbname", s.database.toUtf8());
    add("user", s.user.toUtf8());
    if (!s.password.isEmpty())
        add("password", s.password.toUtf8());
    add("sslmode", s.sslMode.toUtf8());
    if (!s.sslCert.isEmpty())
        add("sslcert", s.sslCert.toUtf8());
    if (!s.sslKey.isEmpty())
        add("sslkey", s.sslKey.toUtf8());
    if (!s.sslRootCert.isEmpty())
        add("sslrootcert", s.sslRootCert.toUtf8());
    add("connect_timeout", QByteArray::number(timeout));
    add("application_name", "gatepost");
    add("client_encoding", "UTF8");
    add("options", kSessionOptions);
    add("gssencmode", "disable");
    // A hub that vanishes (cable, power) is noticed in about a minute, not after the kernel's two hours.
    add("keepalives", "1");
    add("keepalives_idle", "30");
    add("keepalives_interval", "10");
    add("keepalives_count", "3");
    add("tcp_user_timeout", "30000");
    std::vector<const char*> k;
    std::vector<const char*> v;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        k.push_back(keys[i].constData());
        v.push_back(values[i].constData());
    }
    k.push_back(nullptr);
    v.push_back(nullptr);

    PGconn* conn = PQconnectStartParams(k.data(), v.data(), 0);
    if (!conn)
        throw HubError(HubError::Kind::Other, QStringLiteral("out of memory connecting to the hub"));
    auto result = std::unique_ptr<PgConnection>(new PgConnection(conn, s));
    PQsetNoticeProcessor(conn, ignoreNotice, nullptr);
    // Verbose until connected: the server's SQLSTATE then appears in the error text.
    PQsetErrorVerbosity(conn, PQERRORS_VERBOSE);

    const auto fail = [&](const QString& reason) -> HubError {
        const QString raw = fromPq(PQerrorMessage(conn));
        const QString why = reason.isEmpty() ? withoutLocation(raw) : reason;
        const HubError::Kind kind = connectFailureKind(sqlStateIn(raw), PQconnectionNeedsPassword(conn) != 0);
        return HubError(
            kind,
            result->scrub(QStringLiteral("cannot connect to the hub at %1: %2").arg(s.displayUrl(), why)));
    };
    if (PQstatus(conn) == CONNECTION_BAD)
        throw fail({});
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout);
    PostgresPollingStatusType state = PGRES_POLLING_WRITING;
    while (state != PGRES_POLLING_OK && state != PGRES_POLLING_FAILED) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0)
            throw fail(QStringLiteral("no answer within %1 s").arg(timeout));
        pollfd fd = {PQsocket(conn), static_cast<short>(state == PGRES_POLLING_READING ? POLLIN : POLLOUT),
                     0};
        const int ready = ::poll(&fd, 1, static_cast<int>(left.count()));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready == 0)
            continue; // the deadline check above ends the wait
        state = PQconnectPoll(conn);
    }
    if (state == PGRES_POLLING_FAILED || PQstatus(conn) != CONNECTION_OK)
        throw fail({});
    PQsetErrorVerbosity(conn, PQERRORS_DEFAULT);
    return result;
}

PgResult PgConnection::exec(const QByteArray& sql, const QList<QByteArray>& params, Format results)
{
    if (isBroken())
        throw HubError(
            HubError::Kind::Lost,
            QStringLiteral("the connection to the hub at %1 is closed").arg(m_settings.displayUrl()));
    std::vector<const char*> values;
    values.reserve(static_cast<size_t>(params.size()));
    for (const QByteArray& p : params) {
        // Parameters travel as C strings: a NUL would cut the value short without a word.
        if (p.contains('\0'))
            throw HubError(HubError::Kind::Other,
                           QStringLiteral("a value for the hub holds a NUL character"));
        values.push_back(p.isNull() ? nullptr : p.constData());
    }
    PGresult* result = PQexecParams(m_conn, sql.constData(), static_cast<int>(values.size()), nullptr,
                                    values.data(), nullptr, nullptr, results == Format::Binary ? 1 : 0);
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        raise(result);
    return PgResult(result);
}

void PgConnection::raise(pg_result* result) const
{
    const QString sqlState = result ? fromPq(PQresultErrorField(result, PG_DIAG_SQLSTATE)) : QString();
    QString message = result ? fromPq(PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY)) : QString();
    if (message.isEmpty())
        message = withoutLocation(fromPq(PQerrorMessage(m_conn)));
    PQclear(result);

    HubError::Kind kind = HubError::Kind::Other;
    if (isBroken() || sqlState.startsWith(QLatin1String("08")) || sqlState.startsWith(QLatin1String("57P")) ||
        sqlState == QLatin1String("57014"))
        kind = HubError::Kind::Lost;
    else if (sqlState == QLatin1String("42501"))
        kind = HubError::Kind::Denied;
    else if (sqlState == QLatin1String("3F000") || sqlState == QLatin1String("42P01") ||
             sqlState == QLatin1String("42883"))
        kind = HubError::Kind::NoSchema;
    else if (sqlState.startsWith(QLatin1String("28")))
        kind = HubError::Kind::AuthFailed;
    const QString code = sqlState.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(sqlState);
    throw HubError(kind, scrub(QStringLiteral("hub %1: %2%3").arg(m_settings.displayUrl(), message, code)));
}

QString PgConnection::scrub(QString message) const
{
    // libpq never repeats a password; this is the belt to that brace.
    if (!m_settings.password.isEmpty())
        message.replace(m_settings.password, QStringLiteral("***"));
    return message;
}

void PgConnection::rollbackQuietly()
{
    if (!m_conn || isBroken() || PQtransactionStatus(m_conn) == PQTRANS_IDLE)
        return;
    PQclear(PQexec(m_conn, "ROLLBACK"));
}

QByteArray PgConnection::escapeLiteral(const QString& value) const
{
    const QByteArray utf8 = value.toUtf8();
    char* quoted = PQescapeLiteral(m_conn, utf8.constData(), static_cast<size_t>(utf8.size()));
    if (!quoted)
        throw HubError(HubError::Kind::Other,
                       QStringLiteral("cannot quote a value: %1").arg(fromPq(PQerrorMessage(m_conn))));
    QByteArray out(quoted);
    PQfreemem(quoted);
    return out;
}

QByteArray PgConnection::escapeIdentifier(const QString& value) const
{
    const QByteArray utf8 = value.toUtf8();
    char* quoted = PQescapeIdentifier(m_conn, utf8.constData(), static_cast<size_t>(utf8.size()));
    if (!quoted)
        throw HubError(HubError::Kind::Other,
                       QStringLiteral("cannot quote a name: %1").arg(fromPq(PQerrorMessage(m_conn))));
    QByteArray out(quoted);
    PQfreemem(quoted);
    return out;
}

QByteArray PgConnection::scramVerifier(const QString& password, const QString& role) const
{
    QByteArray secret = password.toUtf8();
    char* verifier =
        PQencryptPasswordConn(m_conn, secret.constData(), role.toUtf8().constData(), "scram-sha-256");
    secret.fill('\0');
    if (!verifier)
        throw HubError(HubError::Kind::Other, QStringLiteral("cannot derive the password verifier: %1")
                                                  .arg(scrub(fromPq(PQerrorMessage(m_conn)))));
    QByteArray out(verifier);
    PQfreemem(verifier);
    return out;
}

QString PgConnection::serverVersion() const
{
    return fromPq(PQparameterStatus(m_conn, "server_version"));
}

int PgConnection::backendPid() const
{
    return PQbackendPID(m_conn);
}

bool PgConnection::isBroken() const
{
    return !m_conn || PQstatus(m_conn) != CONNECTION_OK;
}

} // namespace gatepost::sync
