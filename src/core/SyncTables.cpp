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

// Version 5 (the pass office): photos, quarantine follow-up and health certificates.
constexpr std::array kPhotoCols{"person_id", "jpeg_base64", "updated_utc"};
constexpr std::array kPersonFk{ForeignKey{"person_id", "people"}};
constexpr std::array kTemperatureCols{"person_id", "report_date", "slot",
                                      "celsius",   "recorded_by", "recorded_utc"};
constexpr std::array kCheckCols{"person_id", "check_date", "kind",       "result",
                                "note",      "checked_by", "checked_utc"};
constexpr std::array kCertificateCols{"number",      "person_id", "quarantine_id",
                                      "issued_date", "issued_by", "issued_utc"};
constexpr std::array kCertificateFks{ForeignKey{"person_id", "people"},
                                     ForeignKey{"quarantine_id", "quarantines"}};

// Version 6 (the shift leads).
constexpr std::array kHandoverCols{"shift_id",  "gate",  "station_id",   "report_json", "report_sha256",
                                   "crossings", "notes", "open_matters", "signed_by",   "signed_utc"};
constexpr std::array kHandoverAckCols{"handover_id", "station_id", "acknowledged_by", "acknowledged_utc",
                                      "note"};
constexpr std::array kHandoverAckFks{ForeignKey{"handover_id", "handovers"}};
// Version 6 (the shift leads): duty and courtyard patrols.
constexpr std::array kDutyCols{"operator", "role",   "station", "gate",
                               "shift",    "on_utc", "off_utc", "closed_how"};
constexpr std::array kPatrolCols{"courtyard",  "kind",        "method", "result", "note",
                                 "checked_by", "checked_utc", "shift",  "station"};

// Version 6 (issue 9): the roster's teams.
constexpr std::array kTeamCols{"code", "name", "lead_id"};
constexpr std::array kTeamFks{ForeignKey{"lead_id", "operators"}};
constexpr std::array kTeamMemberCols{"operator_id", "team_id", "gate"};
constexpr std::array kTeamMemberFks{ForeignKey{"operator_id", "operators"}, ForeignKey{"team_id", "teams"}};

// Version 6 (the shift leads): the community's rules (any station's lead may change them).
constexpr std::array kCommunityPolicyCols{"policy", "changed_by", "changed_utc"};

const std::array<Table, 19> kTables{{
    {"stations", kStationCols, {}, Authority::Office},
    {"households", kHouseholdCols, {}, Authority::Office},
    {"people", kPersonCols, kPersonFks, Authority::OfficeOrBirthplace},
    {"vehicles", kVehicleCols, kVehicleFks, Authority::Office},
    {"quarantines", kQuarantineCols, kQuarantineFks, Authority::OfficeOrBirthplace},
    {"passes", kPassCols, kPassFks, Authority::Office},
    {"operators", kOperatorCols, {}, Authority::OfficeOrBirthplace},
    {"visits", kVisitCols, kVisitFks, Authority::OfficeOrBirthplace},
    {"person_photos", kPhotoCols, kPersonFk, Authority::OfficeOrBirthplace, 5},
    {"temperature_reports", kTemperatureCols, kPersonFk, Authority::OfficeOrBirthplace, 5},
    {"quarantine_checks", kCheckCols, kPersonFk, Authority::OfficeOrBirthplace, 5},
    {"health_certificates", kCertificateCols, kCertificateFks, Authority::Office, 5},
    {"handovers", kHandoverCols, {}, Authority::OfficeOrBirthplace, 6},
    {"handover_acks", kHandoverAckCols, kHandoverAckFks, Authority::OfficeOrBirthplace, 6},
    {"duty_sessions", kDutyCols, {}, Authority::OfficeOrBirthplace, 6},
    {"patrol_checks", kPatrolCols, {}, Authority::OfficeOrBirthplace, 6},
    {"teams", kTeamCols, kTeamFks, Authority::AnyStation, 6},
    {"team_members", kTeamMemberCols, kTeamMemberFks, Authority::AnyStation, 6},
    {"community_policy", kCommunityPolicyCols, {}, Authority::AnyStation, 6},
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
