#pragma once

// The strip along the top of the gate screen: camera health (with a red banner when it is
// lost, stalled or frozen: manual search keeps working), database state, current shift,
// operator, and the counts in and out this shift; under them, when the station has a hub, how
// its sync is going (core::syncHealth decides, the strip only says it).

#include "core/SyncSettings.h"
#include "scan/ScanPipeline.h"

#include <QTimeZone>
#include <QWidget>

#include <memory>

namespace gatepost::gui {

class StatusStrip final : public QWidget
{
    Q_OBJECT

public:
    explicit StatusStrip(QWidget* parent = nullptr);
    ~StatusStrip() override;

    /// No camera configured: the station works with the scanner gun and manual search.
    void setNoCamera();
    void setCameraState(scan::CameraState state, const QString& detail);
    void setDatabaseOk();
    void setDatabaseError(const QString& message);
    void setShift(const QString& shiftLabel);
    void setOperator(const QString& name);
    void setCounts(qint64 in, qint64 out);
    /// The sync line (hidden while the station stands alone, State::Standalone): synced how
    /// long ago, offline since when and how many crossings wait, connecting; an amber warning
    /// when the pass list is stale, and the counts of conflicts and refused events when any.
    /// Called every few seconds by the app's sync worker.
    void setSyncHealth(const core::SyncHealth& health);
    /// The zone the sync times are shown in (the policy's; default: the system's).
    void setTimeZone(const QTimeZone& zone);
    /// True while the sync line shows (a hub is configured).
    bool syncShown() const;

    /// The red camera banner takes room: StationWindow allows it on the scanning screen only.
    /// Elsewhere (a verdict, a form) the red camera word in the strip says it, and the screen's
    /// own buttons stay on a 768-pixel screen.
    void setBannerAllowed(bool allowed);
    /// True while the camera is lost, stalled or frozen (the banner is up where allowed).
    bool cameraProblem() const;
    bool databaseProblem() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void retranslateSync();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gatepost::gui
