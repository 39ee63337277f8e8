#pragma once

// The gate screen a volunteer looks at all shift. Pages in one QStackedWidget: scanning (live
// preview, big buttons, the in/out toggle), the verdict, and the side panels (search, visitor,
// returnee, temperature, incident). Camera reads and the scanner gun both end in handleCode();
// every crossing goes through the core services and is committed before its verdict shows.
// A failed write shows a red "NOT LOGGED", never a green verdict.
//
// Repeated reads (documented choice): the station never calls ScanPipeline::resetRepeat() when
// a verdict goes away by itself, so a pass still held in front of the camera stays ONE read
// (the pipeline's hold) and, if read again within 5 s, the core's duplicate rule logs nothing.
// Only a camera read that the station ignored (a form was open, a decision was pending) is
// forgotten on return to scanning, so that pass is read again and judged.

#include "StationServices.h"
#include "core/StationSettings.h"
#include "core/SyncSettings.h"
#include "core/Types.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

namespace gatepost::scan {
class ScanPipeline;
}

namespace gatepost::gui {

class ScannerInput;
class StatusStrip;
class VerdictPanel;
class VerdictSounds;

class StationWindow final : public QWidget
{
    Q_OBJECT

public:
    enum class Page { Scanning, Verdict, Search, Visitor, Returnee, Temperature, Incident };

    /// @p pipeline may be null (no camera: scanner gun and manual search only); it is not owned.
    StationWindow(StationServices& services, core::StationSettings settings, core::Operator signedOn,
                  scan::ScanPipeline* pipeline, QWidget* parent = nullptr);
    ~StationWindow() override;

    /// The gate crossings are logged at; default: the station's own gate from the registry.
    void setGate(const QString& gate);
    QString gate() const;
    core::Direction direction() const;
    /// Changes the direction and remembers it in the station's settings.
    void setDirection(core::Direction direction);
    const core::StationSettings& settings() const;
    core::Operator signedOn() const;

    /// Kiosk (settings.kiosk): full screen; otherwise a normal window.
    void present();

    Page currentPage() const;
    VerdictPanel* verdictPanel() const;
    StatusStrip* statusStrip() const;
    ScannerInput* scannerInput() const;
    VerdictSounds* sounds() const;

public slots:
    /// A code from the camera or the scanner gun.
    void handleCode(const QString& text);
    void showScanning();
    /// Shift, counts and database state in the status strip (also on a timer).
    void refreshStatus();

signals:
    /// A shift lead confirmed signing the current volunteer off; the app shows the sign-on.
    void signOffRequested();
    void settingsChanged(const gatepost::core::StationSettings& settings);
    /// The shift lead saved the settings: the sync worker takes the hub and intervals from here.
    void syncSettingsChanged(const gatepost::core::SyncSettings& sync);
    /// After every verdict shown (logged or not): for the app's log and benchmarks.
    void verdictShown(gatepost::core::Verdict verdict);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gatepost::gui
