#include "DemoSetup.h"

#include "Station.h"

#include "core/Auth.h"
#include "core/Clock.h"
#include "core/DemoCommunity.h"
#include "core/Registry.h"

#include <QDir>
#include <QStandardPaths>
#include <QTimeZone>

namespace gatepost::app {

QString defaultDemoDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir(dir).filePath(QStringLiteral("demo.db"));
}

void ensureDemoDatabase(const QString& path)
{
    auto station = Station::open(path, Station::Mode::CreateIfMissing);
    auto& reg = station->registry();
    if (reg.counts().households > 0)
        return;
    if (!station->hasIdentity())
        reg.initStation(QStringLiteral("demo"), QStringLiteral("north"));
    core::DemoOptions opts;
    opts.seed = 1;
    opts.today = reg.today();
    core::generateDemoCommunity(station->db(), opts);
    ensureDemoOperators(station->auth());
}

void ensureDemoOperators(core::Auth& auth)
{
    QStringList names;
    for (const core::Operator& o : auth.operators())
        names << o.name;
    if (!names.contains(QStringLiteral("demo")))
        auth.addOperator(QStringLiteral("demo"), core::Role::Volunteer, QStringLiteral("1234"));
    if (!names.contains(QStringLiteral("lead")))
        auth.addOperator(QStringLiteral("lead"), core::Role::ShiftLead, QStringLiteral("2468"));
}

} // namespace gatepost::app
