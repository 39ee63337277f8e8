#include "Station.h"

#include "core/AuditTrail.h"
#include "core/Auth.h"
#include "core/Checkpoint.h"
#include "core/Clock.h"
#include "core/CrossingLog.h"
#include "core/Database.h"
#include "core/EventLog.h"
#include "core/GateDesk.h"
#include "core/Registry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <stdexcept>

#include <cerrno>
#include <sys/stat.h>

namespace gatepost::app {

QString technicalDetail(const std::exception& e)
{
    return QString::fromUtf8(e.what());
}

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir(dir).filePath(QStringLiteral("gatepost.db"));
}

bool makePrivateFolder(const QString& dir)
{
    const QString absolute = QDir(dir).absolutePath();
    QStringList missing;
    for (QString d = absolute; !QFileInfo::exists(d); d = QFileInfo(d).absolutePath()) {
        missing.prepend(d);
        if (QFileInfo(d).absolutePath() == d)
            break;
    }
    for (const QString& d : std::as_const(missing)) {
        const QByteArray name = QFile::encodeName(d);
        if (::mkdir(name.constData(), 0700) != 0 && errno != EEXIST)
            return false;
        ::chmod(name.constData(), 0700); // the umask may have taken bits away
    }
    return QFileInfo(absolute).isDir();
}

std::unique_ptr<Station> Station::open(const QString& path, Mode mode, Access access,
                                       std::unique_ptr<core::Clock> clock)
{
    if ((mode == Mode::MustExist || access == Access::ReadOnly) && !QFileInfo::exists(path))
        throw core::DbError(
            core::DbError::Kind::Missing,
            QStringLiteral("%1: no such database (create one with gatepost-cli init)").arg(path));
    if (mode == Mode::CreateIfMissing)
        makePrivateFolder(QFileInfo(path).absolutePath());

    std::unique_ptr<Station> s(new Station);
    s->m_clock = clock ? std::move(clock) : std::make_unique<core::SystemClock>();
    s->m_db = access == Access::ReadOnly ? core::Database::openReadOnly(path) : core::Database::open(path);
    s->m_events = std::make_unique<core::EventLog>(*s->m_db, *s->m_clock);
    if (access == Access::ReadWrite) {
        s->m_events->attach();
        // Rows changed before they could become events (a file upgraded from schema 3, a write
        // made before the station had its key) become events now, at start-up, rather than
        // with the first scan.
        core::Transaction flush(*s->m_db);
        flush.commit();
    }
    s->m_registry = std::make_unique<core::Registry>(*s->m_db, *s->m_clock);
    s->m_auth = std::make_unique<core::Auth>(*s->m_db, *s->m_clock);
    s->m_audit = std::make_unique<core::AuditTrail>(*s->m_db, *s->m_clock);
    s->importDeferredAudit();
    return s;
}

int Station::importDeferredAudit()
{
    if (isReadOnly())
        return 0;
    return m_audit->importPending(core::AuditTrail::pendingPathFor(m_db->path()));
}

bool Station::isReadOnly() const
{
    return m_db->isReadOnly();
}

Station::~Station() = default;

bool Station::hasIdentity() const
{
    return m_registry->station().has_value();
}

QString Station::stationId() const
{
    const auto id = m_registry->station();
    return id ? id->stationId : QString();
}

core::CrossingLog& Station::log()
{
    if (!m_log) {
        const auto id = m_registry->station();
        if (!id)
            throw std::runtime_error(
                "this database has no station identity yet: run gatepost-cli init first");
        m_log = std::make_unique<core::CrossingLog>(*m_db, id->stationId, *m_clock);
    }
    return *m_log;
}

core::Checkpoint& Station::checkpoint()
{
    if (!m_checkpoint)
        m_checkpoint = std::make_unique<core::Checkpoint>(*m_registry, log(), *m_clock, stationId());
    return *m_checkpoint;
}

} // namespace gatepost::app

namespace gatepost::app {

core::GateDesk& Station::desk()
{
    if (!m_desk)
        m_desk = std::make_unique<core::GateDesk>(*m_registry, log(), checkpoint(), *m_clock);
    return *m_desk;
}

} // namespace gatepost::app
