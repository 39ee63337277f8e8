#pragma once

// The station app's sync in the background: a worker thread with its own connection to the
// station's file exchanges events with the hub every few seconds (SyncSettings), never on the
// GUI thread, and reports what the status strip should say. A dead, slow or vanishing hub only
// changes what it reports; the gate keeps working on its own file.

#include "core/SyncSettings.h"

#include <QObject>
#include <QString>

#include <memory>

namespace gatepost::core {
class Clock;
}

namespace gatepost::app {

class SyncService final : public QObject
{
    Q_OBJECT

public:
    /// @p clock must outlive the service and be safe to read from another thread.
    SyncService(const QString& databasePath, const core::Clock& clock, QObject* parent = nullptr);
    ~SyncService() override; ///< stops the worker (waits for an exchange in progress to end)

    void start();
    /// An exchange now (after a settings change, or the volunteer's "sync now").
    void syncNow();
    /// The station committed changes of its own: push them soon (coalesced; from any thread).
    void localChange();
    /// The last health reported (Standalone before the first report).
    core::SyncHealth health() const;

signals:
    /// After every round, on the thread that owns the service.
    void healthChanged(const gatepost::core::SyncHealth& health);
    /// Events from other stations were applied: passes, revocations or crossings changed.
    void dataChanged();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gatepost::app

Q_DECLARE_METATYPE(gatepost::core::SyncHealth)
