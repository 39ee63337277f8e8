#include "TempDb.h"

namespace gatepost::test {

TempDb::TempDb()
    : m_db(core::Database::open(m_dir.filePath(QStringLiteral("gatepost.db"))))
{
}

void TempDb::reopen()
{
    m_db.reset();
    m_db = core::Database::open(path());
}

} // namespace gatepost::test
