#include "Database.h"

#include "Schema.h"

#include <QFileInfo>
#include <QHash>

#include <sqlite3.h>

namespace gatepost::core {

namespace {

QString describe(sqlite3* db, int rc)
{
    const QString msg = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return QStringLiteral("the disk is full (%1)").arg(msg);
    case SQLITE_READONLY:
        return QStringLiteral("the database is read-only (%1)").arg(msg);
    case SQLITE_CANTOPEN:
        return QStringLiteral("the database file cannot be opened (%1)").arg(msg);
    case SQLITE_NOTADB:
        return QStringLiteral("the file is not a Gatepost database (%1)").arg(msg);
    case SQLITE_CORRUPT:
        return QStringLiteral("the database file is damaged (%1)").arg(msg);
    case SQLITE_IOERR:
        return QStringLiteral("the disk could not be read or written (%1)").arg(msg);
    default:
        return msg;
    }
}

[[noreturn]] void fail(sqlite3* db, int rc)
{
    throw DbError(rc, describe(db, rc));
}

} // namespace

DbError::DbError(int code, const QString& message)
    : std::runtime_error(message.toStdString())
    , m_code(code)
    , m_message(message)
{
}

bool DbError::isDiskFull() const
{
    return (m_code & 0xff) == SQLITE_FULL;
}
bool DbError::isBusy() const
{
    return (m_code & 0xff) == SQLITE_BUSY;
}
bool DbError::isConstraint() const
{
    return (m_code & 0xff) == SQLITE_CONSTRAINT;
}

Statement::Statement(sqlite3* db, const char* sql)
    : m_db(db)
{
    const int rc = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        fail(db, rc);
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db)
    , m_stmt(other.m_stmt)
{
    other.m_stmt = nullptr;
}

Statement& Statement::bind(int index, const QString& value)
{
    return bind(index, QStringView(value));
}

Statement& Statement::bind(int index, QStringView value)
{
    const QByteArray utf8 = value.toUtf8();
    const int rc =
        sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        fail(m_db, rc);
    return *this;
}

Statement& Statement::bind(int index, const char* utf8)
{
    const int rc = sqlite3_bind_text(m_stmt, index, utf8, -1, SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        fail(m_db, rc);
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& blob)
{
    const int rc =
        sqlite3_bind_blob(m_stmt, index, blob.constData(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        fail(m_db, rc);
    return *this;
}

Statement& Statement::bind(int index, qint64 value)
{
    const int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK)
        fail(m_db, rc);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    const int rc = sqlite3_bind_double(m_stmt, index, value);
    if (rc != SQLITE_OK)
        fail(m_db, rc);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    const int rc = sqlite3_bind_null(m_stmt, index);
    if (rc != SQLITE_OK)
        fail(m_db, rc);
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_stmt);
    fail(m_db, rc);
}

void Statement::exec()
{
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString Statement::text(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    const int n = sqlite3_column_bytes(m_stmt, column);
    return p ? QString::fromUtf8(p, n) : QString();
}

QByteArray Statement::blob(int column) const
{
    const auto* p = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    const int n = sqlite3_column_bytes(m_stmt, column);
    return p ? QByteArray(p, n) : QByteArray();
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}
double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

std::optional<double> Statement::optReal(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return real(column);
}

Database::Database(sqlite3* db, QString path)
    : m_db(db)
    , m_path(std::move(path))
{
}

Database::~Database()
{
    sqlite3_close_v2(m_db);
}

std::unique_ptr<Database> Database::openRaw(const QString& path)
{
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const QString msg = describe(db, rc);
        sqlite3_close_v2(db);
        throw DbError(rc, QStringLiteral("%1: %2").arg(path, msg));
    }
    sqlite3_extended_result_codes(db, 1);
    // Another process (the CLI beside the GUI) may hold the write lock for a moment.
    sqlite3_busy_timeout(db, 5000);
    return std::unique_ptr<Database>(new Database(db, path));
}

std::unique_ptr<Database> Database::open(const QString& path, Durability durability)
{
    if (path != QLatin1String(":memory:")) {
        const QFileInfo dir(QFileInfo(path).absolutePath());
        if (!dir.exists())
            throw DbError(SQLITE_CANTOPEN,
                          QStringLiteral("%1: the folder %2 does not exist").arg(path, dir.filePath()));
    }
    auto db = openRaw(path);
    // Check the file really is SQLite before changing anything in it.
    db->exec("SELECT count(*) FROM sqlite_schema");
    db->exec("PRAGMA foreign_keys = ON");
    db->exec("PRAGMA journal_mode = WAL");
    // FULL: a committed crossing survives a power cut; NORMAL could roll back the last commits.
    db->exec(durability == Durability::Full ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL");
    migrate(*db);
    return db;
}

void Database::exec(const char* sql)
{
    char* err = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        sqlite3_free(err);
        fail(m_db, rc);
    }
}

Statement Database::prepare(const char* sql)
{
    return Statement(m_db, sql);
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}
int Database::changes() const
{
    return sqlite3_changes(m_db);
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

int Database::userVersion()
{
    Statement q = prepare("PRAGMA user_version");
    q.step();
    return q.int32(0);
}

void Database::setUserVersion(int version)
{
    // PRAGMA takes no bound parameters; the value is an int we control.
    const QByteArray sql = "PRAGMA user_version = " + QByteArray::number(version);
    exec(sql.constData());
}

QString Database::integrityCheck()
{
    Statement q = prepare("PRAGMA integrity_check");
    QStringList lines;
    while (q.step())
        lines << q.text(0);
    return lines.join(QLatin1Char('\n'));
}

namespace {

// Savepoint names are fixed strings of our own (no user text reaches them).
QByteArray savepointSql(const char* verb, int depth)
{
    return QByteArray(verb) + " gp_" + QByteArray::number(depth);
}

// Open savepoints per connection, so that nested Transactions get distinct names.
thread_local QHash<sqlite3*, int> t_savepointDepth;

} // namespace

Transaction::Transaction(Database& db)
    : m_db(db)
{
    if (!m_db.inTransaction()) {
        m_db.exec("BEGIN IMMEDIATE");
        return;
    }
    m_depth = ++t_savepointDepth[m_db.handle()];
    m_db.exec(savepointSql("SAVEPOINT", m_depth).constData());
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            if (m_depth == 0) {
                m_db.exec("ROLLBACK");
            } else if (m_db.inTransaction()) {
                m_db.exec(savepointSql("ROLLBACK TO", m_depth).constData());
                m_db.exec(savepointSql("RELEASE", m_depth).constData());
            }
        } catch (const DbError&) {
            // Nothing more to do: SQLite already rolled back on the failed statement.
        }
    }
    if (m_depth > 0)
        --t_savepointDepth[m_db.handle()];
}

void Transaction::commit()
{
    if (m_depth == 0)
        m_db.exec("COMMIT");
    else
        m_db.exec(savepointSql("RELEASE", m_depth).constData());
    m_done = true;
}

} // namespace gatepost::core
