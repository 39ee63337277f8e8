#pragma once

// The one file that includes <sqlite3.h> (see docs/decisions/0001-sqlite-c-api.md).
// A Database is a single connection owned by one thread. One process writes a file at a time
// (open() holds an flock on <file>.lock) because SQLite 3.40.1 has a WAL-reset bug when two
// connections write or checkpoint at the same instant; readers in other processes use
// openReadOnly(), which never writes or checkpoints.

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>

struct sqlite3;
struct sqlite3_stmt;

namespace gatepost::core {

/// The process that holds a database file's writer lock (read from its lock file and, for the
/// station's name and gate, from the database itself).
struct LockHolder
{
    qint64 pid = 0;
    QString program; ///< e.g. "gatepost" or "gatepost-cli"
    QString host;    ///< machine name written by the holder
    QString station; ///< the file's station name, empty when it has none yet
    QString gate;    ///< the file's station gate code, empty when it has none yet
};

// Every database failure becomes a DbError. message() is plain English for logs and the
// command line; a screen tells the kinds apart by kind() (and code() for SQLite's own errors)
// and words them itself.
class DbError : public std::runtime_error
{
public:
    enum class Kind {
        Sqlite,      ///< an SQLite error: code() is the extended result code
        Missing,     ///< the file or its folder does not exist
        NewerSchema, ///< written by a newer Gatepost
        Locked,      ///< another program writes this file: see holder()
        NoWal,       ///< the file system cannot give WAL mode
        NotPrivate,  ///< others can read the file and it could not be made private
        NotDemo,     ///< --demo on a file that is not a demo file
    };

    DbError(int code, const QString& message);
    DbError(Kind kind, const QString& message, int code = 0);
    static DbError locked(const QString& path, const LockHolder& holder);

    Kind kind() const { return m_kind; }
    int code() const { return m_code; }
    QString message() const { return m_message; }
    /// Set for Kind::Locked.
    const std::optional<LockHolder>& holder() const { return m_holder; }
    bool isDiskFull() const;
    bool isBusy() const;
    bool isConstraint() const;
    bool isLockedByOtherProgram() const { return m_kind == Kind::Locked; }

private:
    Kind m_kind = Kind::Sqlite;
    int m_code = 0;
    QString m_message;
    std::optional<LockHolder> m_holder;
};

class Statement
{
public:
    Statement(sqlite3* db, const char* sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Binding is 1-based, like sqlite3_bind_*.
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, QStringView value);
    Statement& bind(int index, const char* utf8);
    Statement& bind(int index, const QByteArray& blob);
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, bool value) { return bind(index, static_cast<qint64>(value ? 1 : 0)); }
    Statement& bindNull(int index);
    template<typename T> Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    // Returns true while a row is available; throws DbError on failure.
    bool step();
    // Runs a statement that returns no rows.
    void exec();
    void reset();

    bool isNull(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    qint64 int64(int column) const;
    int int32(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    std::optional<double> optReal(int column) const;
    /// The column as JSON keeps it: null, integer (double), real or text; a blob as base64 text.
    QJsonValue json(int column) const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

class Database
{
public:
    enum class Durability { Normal, Full };

    /**
     * Opens the file for writing, creating it (mode 0600, whatever the umask) if needed;
     * switches on foreign keys and WAL (refused with Kind::NoWal when WAL cannot be had) and
     * runs the schema migrations. One process writes a file at a time: the writer holds
     * `<file>.lock` (0600) while the Database lives, and a second process is refused at once
     * with Kind::Locked naming the holder (a dead holder's lock is taken over). Connections
     * of one process share the lock. A file others can read is made 0600 with a warning on
     * stderr, or refused (Kind::NotPrivate) when that fails. Throws DbError.
     */
    static std::unique_ptr<Database> open(const QString& path, Durability durability = Durability::Full);
    /// Opens an existing file read-only (SQLITE_OPEN_READONLY): no lock, no migration, so it
    /// works beside a running station. Refuses a file from a newer schema. Throws DbError.
    static std::unique_ptr<Database> openReadOnly(const QString& path);
    // Opens without migrating or locking (for tools and tests that inspect a file as it is).
    static std::unique_ptr<Database> openRaw(const QString& path);

    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    /// True when the table exists (a read-only open of an older file may lack newer tables).
    bool hasTable(const char* name);

    // Runs one or more statements without results (migration scripts, pragmas).
    void exec(const char* sql);
    Statement prepare(const char* sql);
    qint64 lastInsertId() const;
    int changes() const;

    /// True while a transaction (or savepoint) is open on this connection.
    bool inTransaction() const;

    int userVersion();
    void setUserVersion(int version);
    QString integrityCheck();

    sqlite3* handle() const { return m_db; }

    /// Runs inside every outermost Transaction::commit(), just before COMMIT, in the same
    /// transaction: the event log turns the rows a transaction changed into signed events here,
    /// so a change and its event commit together or not at all. An exception from the hook
    /// makes commit() throw and the transaction roll back. One hook per connection.
    void setBeforeCommit(std::function<void(Database&)> hook) { m_beforeCommit = std::move(hook); }
    /// A background connection (the sync worker's) lets the station's own connection write first
    /// and never checkpoints by itself: call checkpoint() when it suits.
    void setBackground(bool background);
    /// A passive WAL checkpoint, never at the same time as another connection's commit.
    void checkpoint();

    void runBeforeCommit()
    {
        if (m_beforeCommit)
            m_beforeCommit(*this);
    }

private:
    explicit Database(sqlite3* db, QString path);
    sqlite3* m_db = nullptr;
    QString m_path;
    bool m_readOnly = false;
    std::shared_ptr<void> m_writerLock; // shared by the connections of this process
    std::function<void(Database&)> m_beforeCommit;
    std::mutex* m_commitMutex = nullptr; // shared by the writing connections of this process
    std::atomic<int>* m_waiting = nullptr;
    bool m_background = false;
    friend class Transaction;
};

// BEGIN IMMEDIATE ... COMMIT, rolled back when it goes out of scope uncommitted.
// Nested inside an open transaction it is a SAVEPOINT: commit() releases it into the outer
// transaction, and leaving scope uncommitted rolls back only what was done since it began. So
// one user action (a returnee: person, quarantine, visit, crossing) can open one Transaction
// around services that each open their own, and the whole action commits or none of it does.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)
    void commit();
    bool isNested() const { return m_depth > 0; }

private:
    Database& m_db;
    int m_depth = 0; // 0: the outermost BEGIN IMMEDIATE; n: savepoint gp_n
    bool m_done = false;
    std::unique_lock<std::mutex> m_commitGuard; // the outermost one: see Database.cpp, WriterLock
};

} // namespace gatepost::core
