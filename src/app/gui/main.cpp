// gatepost: the gate station GUI.

#include "app/gui/StationApp.h"

#include "app/Hardening.h"

#include <QApplication>

#include <cstdio>

namespace {

// Qt aborts without a display; say so in one line instead.
bool haveDisplay()
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY") ||
           qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

} // namespace

int main(int argc, char* argv[])
{
    gatepost::app::hardenProcess();
    if (!haveDisplay()) {
        std::fputs("gatepost: no display found (DISPLAY is not set); run it on the station's screen, "
                   "or under xvfb-run for a virtual one\n",
                   stderr);
        return 2;
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("gatepost"));
    QApplication::setApplicationName(QStringLiteral("gatepost"));
    QApplication::setApplicationVersion(QStringLiteral(GATEPOST_VERSION));
    gatepost::app::StationApp station;
    const int rc = station.start(QApplication::arguments());
    if (rc != 0)
        return rc;
    return QApplication::exec();
}
