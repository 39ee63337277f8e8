#include "OfficeStation.h"

#include "app/Station.h"
#include "core/Auth.h"

namespace gatepost::app {

gui::OfficeServices officeServices(Station& station)
{
    return gui::OfficeServices{station.db(),      station.registry(), station.events(),
                               station.auth(),    station.clock(),    core::Actor::system(),
                               core::Role::Staff, station.db().path()};
}

std::optional<core::Operator> demoOfficeOperator(core::Auth& auth)
{
    const QString name = QStringLiteral("office");
    const QString pin = QStringLiteral("1357");
    const auto ops = auth.operators();
    if (std::none_of(ops.begin(), ops.end(), [&](const core::Operator& o) { return o.name == name; }))
        auth.addOperator(name, core::Role::Staff, pin, core::Actor::system(QStringLiteral("demo")));
    return auth.signOn(name, pin).op;
}

} // namespace gatepost::app
