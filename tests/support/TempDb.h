#pragma once

#include "core/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace gatepost::test {

// A real SQLite file in a fresh temporary folder, migrated to the current schema.
class TempDb
{
public:
    TempDb();
    core::Database& db() { return *m_db; }
    QString path() const { return m_dir.filePath(QStringLiteral("gatepost.db")); }
    QString dirPath() const { return m_dir.path(); }
    // Closes and opens the file again (as after a restart).
    void reopen();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<core::Database> m_db;
};

} // namespace gatepost::test
