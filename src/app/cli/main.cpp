#include "Cli.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("gatepost"));
    QCoreApplication::setApplicationName(QStringLiteral("gatepost"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GATEPOST_VERSION));
    return gatepost::cli::run(QCoreApplication::arguments());
}
