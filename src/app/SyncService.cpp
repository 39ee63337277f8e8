#include "SyncService.h"

#include "core/Database.h"
#include "core/EventLog.h"
#include "sync/Exchange.h"
#include "sync/Hub.h"
#include "sync/HubSettings.h"

#include <QMutex>

#include <QThread>
#include <QTimer>
#include <atomic>

#include <stdexcept>

namespace gatepost::app {

namespace {

// Lives on the worker thread: its database connection, event log and hub connection are used
// there only.
class Worker final : public QObject
{
    Q_OBJECT

public:
    Worker(QString path, const core::Clock& clock)
        : m_path(std::move(path))
        , m_clock(clock)
    {
    }

public slots:
    void begin()
    {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &Worker::round);
        round();
    }

    void round()
    {
        int interval = 5;
        try {
            if (!m_db) {
                m_db = core::Database::open(m_path);
                // The station's own connection checkpoints; this one never does (see
                // WriterLock::commits in Database.cpp).
                m_db->setBackground(true);
                m_log = std::make_unique<core::EventLog>(*m_db, m_clock);
                m_log->attach();
            }
            const core::SyncSettings settings = core::SyncSettings::load(*m_db);
            interval = settings.intervalSeconds;
            if (!settings.hubConfigured()) {
                // A station that stands alone: nothing to exchange, nothing for the strip to say.
                emit health(core::SyncHealth{});
                if (m_timer)
                    m_timer->start(interval * 1000);
                return;
            }
            const bool applied = exchange(settings);
            const QDateTime now = m_clock.nowUtc();
            const core::SyncStatus status = m_log->status();
            // The conflicts of the last day, counted again only when the log has grown.
            core::Statement last = m_db->prepare("SELECT coalesce(max(row_id), 0) FROM crossings");
            const qint64 lastRow = last.step() ? last.int64(0) : 0;
            if (lastRow != m_conflictsAtRow || now.secsTo(m_conflictsCountedAt) < -3600) {
                m_conflicts = m_log->conflicts(now.addDays(-1)).size();
                m_conflictsAtRow = lastRow;
                m_conflictsCountedAt = now;
            }
            emit health(core::syncHealth(status, settings, now, m_conflicts));
            if (applied)
                emit dataChanged();
        } catch (const std::exception& e) {
            // The station's own file failed (a full disk): say offline, try again next round.
            qWarning("gatepost: sync round failed: %s", e.what());
            core::SyncHealth h;
            h.state = core::SyncHealth::State::Offline;
            emit health(h);
        }
        if (m_timer)
            m_timer->start(interval * 1000);
    }

    void now()
    {
        if (m_timer)
            m_timer->stop();
        round();
    }

    void end()
    {
        delete m_timer;
        m_timer = nullptr;
        m_hub.reset();
        m_log.reset();
        m_db.reset();
    }

signals:
    void health(const gatepost::core::SyncHealth& h);
    void dataChanged();

private:
    // True when events from other stations were applied.
    bool exchange(const core::SyncSettings& settings)
    {
        QString error;
        std::optional<sync::HubSettings> hub = sync::HubSettings::fromUrl(settings.hubUrl, &error);
        if (!hub) {
            m_log->recordFailure(error);
            return false;
        }
        if (hub->password.isEmpty())
            hub->password = settings.hubPassword;
        if (!m_hub || !(hub->displayUrl() == m_hubUrl)) {
            m_hub.reset();
            try {
                m_hub = sync::Hub::connect(*hub);
                m_hub->ensureSchema();
                m_hubUrl = hub->displayUrl();
            } catch (const sync::HubError& e) {
                m_hub.reset();
                m_log->recordFailure(e.message());
                return false;
            }
        }
        const sync::ExchangeResult r = sync::exchangeOnce(
            *m_log, *m_hub, m_clock.nowUtc(), sync::backgroundOptions([this] { m_db->checkpoint(); }));
        if (!r.ok)
            m_hub.reset(); // a lost or failed connection is made again next round
        return r.report.applied > 0;
    }

    QString m_path;
    const core::Clock& m_clock;
    std::unique_ptr<core::Database> m_db;
    std::unique_ptr<core::EventLog> m_log;
    std::unique_ptr<sync::Hub> m_hub;
    QString m_hubUrl;
    QTimer* m_timer = nullptr;
    qint64 m_conflicts = 0;
    qint64 m_conflictsAtRow = -1;
    QDateTime m_conflictsCountedAt;
};

} // namespace

struct SyncService::Private
{
    QThread thread;
    Worker* worker = nullptr;
    mutable QMutex mutex;
    core::SyncHealth last;
    bool started = false;
    std::atomic<bool> wakePending{false};
};

SyncService::SyncService(const QString& databasePath, const core::Clock& clock, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    qRegisterMetaType<core::SyncHealth>();
    d->thread.setObjectName(QStringLiteral("gatepost-sync"));
    d->worker = new Worker(databasePath, clock);
    d->worker->moveToThread(&d->thread);
    connect(&d->thread, &QThread::finished, d->worker, &QObject::deleteLater);
    connect(d->worker, &Worker::health, this, [this](const core::SyncHealth& h) {
        {
            QMutexLocker lock(&d->mutex);
            d->last = h;
        }
        emit healthChanged(h);
    });
    connect(d->worker, &Worker::dataChanged, this, &SyncService::dataChanged);
}

SyncService::~SyncService()
{
    if (d->started) {
        QMetaObject::invokeMethod(d->worker, &Worker::end, Qt::BlockingQueuedConnection);
        d->thread.quit();
        d->thread.wait();
    } else {
        delete d->worker;
    }
}

void SyncService::start()
{
    if (d->started)
        return;
    d->started = true;
    d->thread.start();
    QMetaObject::invokeMethod(d->worker, &Worker::begin, Qt::QueuedConnection);
}

void SyncService::localChange()
{
    if (!d->started || d->wakePending.exchange(true))
        return;
    // Queued to the worker's thread, and run a moment later: after the commit that made the
    // events has finished.
    QMetaObject::invokeMethod(
        d->worker,
        [this] {
            QTimer::singleShot(50, d->worker, [this] {
                d->wakePending = false;
                d->worker->now();
            });
        },
        Qt::QueuedConnection);
}

void SyncService::syncNow()
{
    if (d->started)
        QMetaObject::invokeMethod(d->worker, &Worker::now, Qt::QueuedConnection);
}

core::SyncHealth SyncService::health() const
{
    QMutexLocker lock(&d->mutex);
    return d->last;
}

} // namespace gatepost::app

#include "SyncService.moc"
