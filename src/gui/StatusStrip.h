#pragma once

// The strip along the top of the gate screen: camera health (with a red banner when it is
// lost, stalled or frozen: manual search keeps working), database state, current shift,
// operator, and the counts in and out this shift.

#include "scan/ScanPipeline.h"

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

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gatepost::gui
