#include "GateServices.h"

#include "app/Station.h"

namespace gatepost::app {

gui::StationServices gateServices(Station& station)
{
    return gui::StationServices{station.db(),   station.registry(), station.log(),   station.checkpoint(),
                                station.desk(), station.auth(),     station.clock(), station.events()};
}

} // namespace gatepost::app
