#pragma once

// The GUI's composition root: parses the command line, opens the station database (creating
// the demo community for --demo), signs a volunteer on, starts the camera pipeline, and shows
// the gate screen (or, at the office, the registry overview).

#include <QObject>
#include <QStringList>

#include <memory>

namespace gatepost::gui {
class StationWindow;
}

namespace gatepost::app {

class StationApp final : public QObject
{
    Q_OBJECT

public:
    StationApp();
    ~StationApp() override;

    /// 0 when the station is up (run the event loop), otherwise the exit code; errors were
    /// already reported on stderr and in a message box.
    int start(const QStringList& arguments);

    /// The gate screen once start() succeeded at a gate (null at the office, or before).
    gui::StationWindow* gateWindow() const;

private:
    void showGate();
    void signOffAndBackOn();
    void startSync();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gatepost::app
