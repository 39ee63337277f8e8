#include "DemoSetup.h"

#include "Station.h"

#include "core/Auth.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/DemoCommunity.h"
#include "core/Registry.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimeZone>

namespace gatepost::app {

QString defaultDemoDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir(dir).filePath(QStringLiteral("demo.db"));
}

void requireDemoFile(const QString& path)
{
    bool demo = false;
    try {
        auto station = Station::open(path, Station::Mode::MustExist, Station::Access::ReadOnly);
        demo = core::isDemoFile(station->db());
    } catch (const core::DbError& e) {
        if (e.kind() != core::DbError::Kind::Sqlite)
            throw; // missing, newer, not private: say that instead
    }
    if (!demo)
        throw core::DbError(
            core::DbError::Kind::NotDemo,
            QStringLiteral("%1 is not a demo file: --demo only opens a file made by gatepost-cli "
                           "demo-community or by gatepost --demo itself (nothing was written)")
                .arg(path));
}

void ensureDemoDatabase(const QString& path)
{
    if (QFileInfo::exists(path))
        requireDemoFile(path);
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
        auth.addOperator(QStringLiteral("demo"), core::Role::Volunteer, QStringLiteral("1234"),
                         core::Actor::system(QStringLiteral("demo")));
    if (!names.contains(QStringLiteral("lead")))
        auth.addOperator(QStringLiteral("lead"), core::Role::ShiftLead, QStringLiteral("2468"),
                         core::Actor::system(QStringLiteral("demo")));
}

} // namespace gatepost::app
