// gatepost: the station GUI.

#include "app/DemoSetup.h"
#include "app/Station.h"
#include "core/Database.h"
#include "gui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

#include <cstdio>

namespace {

// Qt aborts without a display; say so in one line instead.
bool haveDisplay()
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

void installTranslations(QApplication& app, const QString& lang)
{
    const QLocale locale = lang.isEmpty() ? QLocale::system() : QLocale(lang);
    QLocale::setDefault(locale);
    // Chinese first: any Chinese locale gets zh_CN; everything else English.
    const bool chinese = locale.language() == QLocale::Chinese;
    auto* ours = new QTranslator(&app);
    if (ours->load(chinese ? QStringLiteral(":/i18n/gatepost_zh_CN.qm") : QStringLiteral(":/i18n/gatepost_en.qm")))
        QApplication::installTranslator(ours);
    auto* qt = new QTranslator(&app);
    if (chinese && qt->load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
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
    parser.addOptions({{QStringLiteral("db"), QStringLiteral("Station database."), QStringLiteral("FILE")},
                       {QStringLiteral("demo"), QStringLiteral("Open (creating it if needed) the demo community.")},
                       {QStringLiteral("lang"), QStringLiteral("zh_CN or en."), QStringLiteral("LANG")}});
    parser.process(app);
    installTranslations(app, parser.value(QStringLiteral("lang")));

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
        const QString msg = QApplication::translate("main", "The station database cannot be opened:\n%1")
                                .arg(QString::fromUtf8(e.what()));
        std::fprintf(stderr, "gatepost: %s\n", qPrintable(msg));
        QMessageBox::critical(nullptr, QApplication::translate("main", "Gatepost"), msg);
        return 1;
    }

    gatepost::gui::MainWindow window(station->registry(), station->hasIdentity() ? &station->log() : nullptr, path);
    window.show();
    return QApplication::exec();
}
