#include "SyncTables.h"

#include <QLatin1StringView>

#include <array>

namespace gatepost::core::synctables {

namespace {

constexpr std::array kStationCols{"station_id", "name", "gate", "public_key", "role"};
constexpr std::array kHouseholdCols{"address", "courtyard", "note"};
constexpr std::array kPersonCols{"household_id", "name", "category", "phone", "id_number", "photo_path"};
constexpr std::array kPersonFks{ForeignKey{"household_id", "households"}};
constexpr std::array kVehicleCols{"household_id", "plate", "internal"};
constexpr std::array kVehicleFks{ForeignKey{"household_id", "households"}};
constexpr std::array kQuarantineCols{"person_id", "kind", "start_date", "end_date", "origin", "created_utc"};
constexpr std::array kQuarantineFks{ForeignKey{"person_id", "people"}};
// The secret is not here: a pass travels with the hashes of its generations' secrets only.
constexpr std::array kPassCols{"serial",        "holder_kind", "person_id",  "vehicle_id", "category",
                               "valid_from",    "valid_until", "gates",      "generation", "status",
                               "status_reason", "issued_utc",  "updated_utc"};
constexpr std::array kPassFks{ForeignKey{"person_id", "people"}, ForeignKey{"vehicle_id", "vehicles"}};
constexpr std::array kOperatorCols{"name", "role", "pin_hash", "active"};
constexpr std::array kVisitCols{"visit_id", "kind",  "name",      "phone",      "household_id",
                                "reason",   "plate", "person_id", "created_utc"};
constexpr std::array kVisitFks{ForeignKey{"household_id", "households"}, ForeignKey{"person_id", "people"}};

const std::array<Table, 8> kTables{{
    {"stations", kStationCols, {}, Authority::Office},
    {"households", kHouseholdCols, {}, Authority::Office},
    {"people", kPersonCols, kPersonFks, Authority::OfficeOrBirthplace},
    {"vehicles", kVehicleCols, kVehicleFks, Authority::Office},
    {"quarantines", kQuarantineCols, kQuarantineFks, Authority::OfficeOrBirthplace},
    {"passes", kPassCols, kPassFks, Authority::Office},
    {"operators", kOperatorCols, {}, Authority::OfficeOrBirthplace},
    {"visits", kVisitCols, kVisitFks, Authority::OfficeOrBirthplace},
}};

} // namespace

std::span<const Table> tables()
{
    return kTables;
}

const Table* find(QStringView name)
{
    for (const Table& t : kTables)
        if (name == QLatin1StringView(t.name))
            return &t;
    return nullptr;
}

bool isForeignKey(const Table& table, QStringView column, const char** target)
{
    for (const ForeignKey& fk : table.foreignKeys) {
        if (column == QLatin1StringView(fk.column)) {
            if (target)
                *target = fk.table;
            return true;
        }
    }
    return false;
}

} // namespace gatepost::core::synctables
