#include "Cli.h"

#include "app/Hardening.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

namespace {

QtMessageHandler g_previousHandler = nullptr;

// Without a login session (cron, ssh, a service) Qt's GUI start-up warns that XDG_RUNTIME_DIR is
// unset; the CLI never uses that folder, so the line would only be noise before its own messages.
void quietRuntimeDirWarning(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qUtf8Printable(message));
}

} // namespace

int main(int argc, char* argv[])
{
    gatepost::app::hardenProcess();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // Printing passes and health certificates lays out text with fonts, which needs a
    // QGuiApplication; offscreen, so that it runs without a display (a server, ssh, cron).
    std::unique_ptr<QCoreApplication> app;
    if (gatepost::cli::commandNeedsGui(arguments) || gatepost::cli::drawsPdf(argc, argv) ||
        gatepost::cli::handoverDrawsPdf(arguments) || gatepost::cli::rosterDrawsPdf(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        g_previousHandler = qInstallMessageHandler(quietRuntimeDirWarning);
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("gatepost"));
    QCoreApplication::setApplicationName(QStringLiteral("gatepost"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GATEPOST_VERSION));
    return gatepost::cli::run(QCoreApplication::arguments());
}
