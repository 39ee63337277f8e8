#include "Cli.h"

#include "app/Hardening.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    gatepost::app::hardenProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("gatepost"));
    QCoreApplication::setApplicationName(QStringLiteral("gatepost"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GATEPOST_VERSION));
    return gatepost::cli::run(QCoreApplication::arguments());
}
