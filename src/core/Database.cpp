#include "Database.h"

#include "Pinyin.h"
#include "Schema.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

#include <atomic>
#include <mutex>

#include <sqlite3.h>

#include <cerrno>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

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

DbError::DbError(Kind kind, const QString& message, int code)
    : std::runtime_error(message.toStdString())
    , m_kind(kind)
    , m_code(code)
    , m_message(message)
{
}

DbError DbError::locked(const QString& path, const LockHolder& holder)
{
    QString who = QStringLiteral("%1 (pid %2")
                      .arg(holder.program.isEmpty() ? QStringLiteral("another program") : holder.program)
                      .arg(holder.pid);
    if (!holder.host.isEmpty())
        who += QStringLiteral(" on %1").arg(holder.host);
    who += QLatin1Char(')');
    if (!holder.station.isEmpty())
        who += QStringLiteral(", station %1 at gate %2").arg(holder.station, holder.gate);
    DbError e(Kind::Locked,
              QStringLiteral("%1 is in use by %2: one program writes a station file at a time; stop it "
                             "first, or use a read-only command")
                  .arg(path, who),
              SQLITE_BUSY);
    e.m_holder = holder;
    return e;
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

void Database::setBackground(bool background)
{
    m_background = background;
    if (background)
        exec("PRAGMA wal_autocheckpoint = 0");
}

void Database::checkpoint()
{
    std::unique_lock<std::mutex> guard;
    if (m_commitMutex)
        guard = std::unique_lock<std::mutex>(*m_commitMutex);
    exec("PRAGMA wal_checkpoint(PASSIVE)");
}

QJsonValue Statement::json(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_NULL:
        return QJsonValue(QJsonValue::Null);
    case SQLITE_INTEGER:
        return QJsonValue(static_cast<qint64>(sqlite3_column_int64(m_stmt, column)));
    case SQLITE_FLOAT:
        return QJsonValue(sqlite3_column_double(m_stmt, column));
    case SQLITE_BLOB:
        return QJsonValue(QString::fromLatin1(blob(column).toBase64()));
    default:
        return QJsonValue(text(column));
    }
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

namespace {

bool isMemory(const QString& path)
{
    return path.isEmpty() || path == QLatin1String(":memory:");
}

// gatepost_pinyin(name): the search key of a name (core/Pinyin.h), for the people table's
// triggers (schema 5). Deterministic, so SQLite may use it in triggers and indexes.
void pinyinFunction(sqlite3_context* ctx, int argc, sqlite3_value** argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) != SQLITE_TEXT) {
        sqlite3_result_text(ctx, "", 0, SQLITE_STATIC);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const QByteArray key = pinyin::searchKey(QString::fromUtf8(text, sqlite3_value_bytes(argv[0]))).toUtf8();
    sqlite3_result_text(ctx, key.constData(), int(key.size()), SQLITE_TRANSIENT);
}

void registerFunctions(sqlite3* db)
{
    sqlite3_create_function_v2(db, "gatepost_pinyin", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                               pinyinFunction, nullptr, nullptr, nullptr);
}

sqlite3* connect(const QString& path, int flags)
{
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const QString msg = describe(db, rc);
        sqlite3_close_v2(db);
        throw DbError(rc, QStringLiteral("%1: %2").arg(path, msg));
    }
    sqlite3_extended_result_codes(db, 1);
    registerFunctions(db);
    // A reader beside the writer never waits long; a writer's own transactions are short.
    sqlite3_busy_timeout(db, 5000);
    return db;
}

// Creates the file 0600 before SQLite does: SQLite gives -wal and -shm the main file's mode.
void createPrivate(const QString& path)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return;         // it exists (checked and tightened next), or SQLite reports why it cannot open
    ::fchmod(fd, 0600); // whatever the umask
    ::close(fd);
}

// The file holds PIN hashes, ID numbers and every pass secret: only its owner may read it.
void makePrivate(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm"}) {
        const QByteArray name = QFile::encodeName(path) + suffix;
        struct stat st = {};
        if (::stat(name.constData(), &st) != 0 || (st.st_mode & 077) == 0)
            continue;
        const QString file = QFile::decodeName(name);
        if (::chmod(name.constData(), 0600) != 0)
            throw DbError(DbError::Kind::NotPrivate,
                          QStringLiteral("%1 can be read by other accounts (mode %2) and cannot be made "
                                         "private: chmod 600 it as its owner")
                              .arg(file)
                              .arg(st.st_mode & 0777, 3, 8, QLatin1Char('0')));
        qWarning("warning: %s could be read by other accounts (mode %03o); it is now 0600", qPrintable(file),
                 static_cast<unsigned>(st.st_mode & 0777));
    }
}

// The name and gate of the station in a file another program holds, for the refusal.
void readStationOf(const QString& path, LockHolder& holder)
{
    try {
        sqlite3* raw = connect(path, SQLITE_OPEN_READONLY);
        const std::unique_ptr<sqlite3, int (*)(sqlite3*)> guard(raw, sqlite3_close_v2);
        Statement q(raw, "SELECT name, gate FROM station_identity WHERE id = 1");
        if (q.step()) {
            holder.station = q.text(0);
            holder.gate = q.text(1);
        }
    } catch (const DbError&) {
        // Only a nicer message is lost.
    }
}

// The writer lock of one file: an flock() on "<file>.lock", which the kernel drops when the
// process ends however it ends, so a dead writer's lock is never stale. The file names the
// holder (pid, program, host) for the refusal a second writer gets.
class WriterLock
{
public:
    explicit WriterLock(int fd)
        : m_fd(fd)
    {
    }
    ~WriterLock()
    {
        // Left in place (unlinking would race with a process opening it); emptied of our name.
        if (::ftruncate(m_fd, 0) != 0) {
        }
        ::close(m_fd);
    }
    Q_DISABLE_COPY_MOVE(WriterLock)

    // The connections of this process (the station's and its sync worker's) commit one at a
    // time: a commit, and the checkpoint that may follow it, never overlaps another connection's
    // (SQLite 3.40.1's WAL-reset race needs a checkpoint and another connection's commit at once).
    std::mutex commits;
    // Connections that want to begin a write now; a background connection (setBackground) lets
    // them go first.
    std::atomic<int> waiting{0};

private:
    int m_fd = -1;
};

QString hostName()
{
    char host[256] = {};
    return ::gethostname(host, sizeof host - 1) == 0 ? QString::fromLocal8Bit(host) : QString();
}

LockHolder readHolder(int fd)
{
    QByteArray text(4096, '\0');
    const ssize_t n = ::pread(fd, text.data(), static_cast<size_t>(text.size()), 0);
    text.resize(n > 0 ? n : 0);
    const QList<QByteArray> lines = text.split('\n');
    LockHolder h;
    h.pid = lines.value(0).toLongLong();
    h.program = QString::fromUtf8(lines.value(1));
    h.host = QString::fromUtf8(lines.value(2));
    return h;
}

// One writing process per file (SQLite 3.40.1's WAL-reset bug): taken at once or not at all.
// Connections of this process share it.
std::shared_ptr<void> acquireWriterLock(const QString& path)
{
    static QMutex mutex;
    static QHash<QString, std::weak_ptr<WriterLock>> held;
    const QString key = QFileInfo(path).absoluteFilePath();
    const QMutexLocker guard(&mutex);
    if (std::shared_ptr<WriterLock> existing = held.value(key).lock())
        return existing;
    const QByteArray lockName = QFile::encodeName(key) + ".lock";
    const int fd = ::open(lockName.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        throw DbError(
            SQLITE_CANTOPEN,
            QStringLiteral("%1: cannot create the lock file %1.lock (is the folder writable?)").arg(path));
    ::fchmod(fd, 0600);
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        LockHolder holder = readHolder(fd);
        ::close(fd);
        readStationOf(path, holder);
        throw DbError::locked(path, holder);
    }
    const QByteArray me = QByteArray::number(QCoreApplication::applicationPid()) + '\n' +
                          QByteArray(program_invocation_short_name) + '\n' + hostName().toUtf8() + '\n';
    if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, me.constData(), static_cast<size_t>(me.size()), 0) < 0) {
        // The lock holds without the name; a refused writer then says "another program".
    }
    auto lock = std::make_shared<WriterLock>(fd);
    held.insert(key, lock);
    return lock;
}

} // namespace

std::unique_ptr<Database> Database::openRaw(const QString& path)
{
    if (!isMemory(path))
        createPrivate(path);
    return std::unique_ptr<Database>(
        new Database(connect(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE), path));
}

std::unique_ptr<Database> Database::open(const QString& path, Durability durability)
{
    std::shared_ptr<void> lock;
    if (!isMemory(path)) {
        const QFileInfo dir(QFileInfo(path).absolutePath());
        if (!dir.exists())
            throw DbError(DbError::Kind::Missing,
                          QStringLiteral("%1: the folder %2 does not exist").arg(path, dir.filePath()),
                          SQLITE_CANTOPEN);
        lock = acquireWriterLock(path);
        createPrivate(path);
        makePrivate(path);
    }
    auto db = openRaw(path);
    if (lock) {
        db->m_commitMutex = &std::static_pointer_cast<WriterLock>(lock)->commits;
        db->m_waiting = &std::static_pointer_cast<WriterLock>(lock)->waiting;
    }
    db->m_writerLock = std::move(lock);
    // Check the file really is SQLite before changing anything in it.
    db->exec("SELECT count(*) FROM sqlite_schema");
    db->exec("PRAGMA foreign_keys = ON");
    {
        Statement q = db->prepare("PRAGMA journal_mode = WAL");
        const QString mode = q.step() ? q.text(0).toLower() : QString();
        const bool ok = mode == QLatin1String("wal") || (isMemory(path) && mode == QLatin1String("memory"));
        if (!ok)
            throw DbError(DbError::Kind::NoWal,
                          QStringLiteral("%1: the file system does not allow WAL mode (journal mode is "
                                         "\"%2\"); put the database on a local disk")
                              .arg(path, mode));
    }
    // FULL: a committed crossing survives a power cut; NORMAL could roll back the last commits.
    db->exec(durability == Durability::Full ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL");
    // 32 MiB of page cache (the default is 2 MiB): a year of crossings and a large pull of events
    // are read from memory, not through a read() per page.
    db->exec("PRAGMA cache_size = -32768");
    migrate(*db);
    return db;
}

std::unique_ptr<Database> Database::openReadOnly(const QString& path)
{
    if (isMemory(path) || !QFileInfo::exists(path))
        throw DbError(DbError::Kind::Missing, QStringLiteral("%1: no such database").arg(path),
                      SQLITE_CANTOPEN);
    makePrivate(path);
    std::unique_ptr<Database> db(new Database(connect(path, SQLITE_OPEN_READONLY), path));
    db->m_readOnly = true;
    db->exec("SELECT count(*) FROM sqlite_schema");
    const int version = db->userVersion();
    if (version > kSchemaVersion)
        throw DbError(DbError::Kind::NewerSchema,
                      QStringLiteral("%1 was written by a newer Gatepost (schema %2, this one knows %3)")
                          .arg(path)
                          .arg(version)
                          .arg(kSchemaVersion));
    db->exec("PRAGMA query_only = 1");
    return db;
}

bool Database::hasTable(const char* name)
{
    Statement q = prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1");
    q.bind(1, name);
    return q.step();
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

} // namespace gatepost::core
