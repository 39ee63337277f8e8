#pragma once

// The GUI's composition root: parses the command line, opens the station database (creating
// the demo community for --demo), signs a volunteer on, starts the camera pipeline, and shows
// the gate screen (or, at the office, the office window with its own staff sign-on).

#include <QObject>
#include <QStringList>

#include <memory>

namespace gatepost::gui {
class OfficeWindow;
class StationWindow;
} // namespace gatepost::gui

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
    /// The office window once start() succeeded at the office (null at a gate, or before).
    gui::OfficeWindow* officeWindow() const;

private:
    void showGate();
    int showOffice(bool demo, const QString& camera);
    void signOffAndBackOn();
    void startSync();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gatepost::app
