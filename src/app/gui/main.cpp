// gatepost: the station GUI.

#include "app/DemoSetup.h"
#include "app/Station.h"
#include "core/Database.h"
#include "gui/Language.h"
#include "gui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>

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

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Gatepost gate station"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(
        {{QStringLiteral("db"), QStringLiteral("Station database."), QStringLiteral("FILE")},
         {QStringLiteral("demo"), QStringLiteral("Open (creating it if needed) the demo community.")},
         {QStringLiteral("lang"), QStringLiteral("zh_CN or en."), QStringLiteral("LANG")}});
    parser.process(app);
    const QString lang = parser.value(QStringLiteral("lang"));
    const QLocale locale = lang.isEmpty() ? QLocale::system() : QLocale(lang);
    QLocale::setDefault(locale);
    gatepost::gui::installTranslations(locale);

    const bool demo = parser.isSet(QStringLiteral("demo"));
    QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        path = demo ? gatepost::app::defaultDemoDatabasePath() : gatepost::app::defaultDatabasePath();

    std::unique_ptr<gatepost::app::Station> station;
    try {
        if (demo)
            gatepost::app::ensureDemoDatabase(path);
        station = gatepost::app::Station::open(path, gatepost::app::Station::Mode::CreateIfMissing);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "gatepost: cannot open %s: %s\n", qPrintable(path), e.what());
        gatepost::gui::showStartupError(QString::fromUtf8(e.what()));
        return 1;
    }

    gatepost::gui::MainWindow window(station->registry(), station->hasIdentity() ? &station->log() : nullptr,
                                     path);
    window.show();
    return QApplication::exec();
}
