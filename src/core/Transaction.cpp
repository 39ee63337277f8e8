// core::Transaction: BEGIN IMMEDIATE ... COMMIT, nested as savepoints, and the commit order of a
// process's connections (see WriterLock in Database.cpp).

#include "Database.h"

#include <QByteArray>
#include <QHash>

#include <chrono>
#include <thread>

namespace gatepost::core {

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
        if (m_db.m_commitMutex) {
            if (m_db.m_background) {
                // Step aside while the station's own connection waits to write (a crossing goes
                // before a batch of another station's events), but not for ever.
                for (int i = 0; i < 200 && m_db.m_waiting->load() > 0; ++i)
                    std::this_thread::sleep_for(std::chrono::microseconds(250));
                m_commitGuard = std::unique_lock<std::mutex>(*m_db.m_commitMutex);
            } else {
                ++*m_db.m_waiting;
                m_commitGuard = std::unique_lock<std::mutex>(*m_db.m_commitMutex);
                --*m_db.m_waiting;
            }
        }
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
    if (m_depth == 0) {
        m_db.runBeforeCommit();
        m_db.exec("COMMIT");
        m_done = true;
        if (m_commitGuard.owns_lock())
            m_commitGuard.unlock();
        return;
    } else {
        m_db.exec(savepointSql("RELEASE", m_depth).constData());
    }
    m_done = true;
}

} // namespace gatepost::core
