#pragma once

// A made-up but realistic Qinghe 4th Street community (清河四街, see the field notes): 1,212
// households in a bungalow area and six outlying courtyards, 2,982 registered and 8,422
// migrant residents, external workers, vehicles, nearly 7,000 passes with the special cases
// a gate meets (revoked, lost, suspended, expired, not yet valid, reissued, south gate only)
// and returnees in home or central quarantine. For demos, screenshots and tests.

#include "Types.h"

#include <QDate>
#include <QMap>

namespace gatepost::core {

class Database;

struct DemoOptions
{
    quint32 seed = 1;
    QDate today; // reference date; null = the clock's local date
};

struct DemoSummary
{
    qint64 households = 0;
    QMap<Category, qint64> people; // by category (visitors included)
    qint64 vehicles = 0;
    QMap<Category, qint64> passesByCategory;
    QMap<PassStatus, qint64> passesByStatus;
    qint64 expired = 0;              // passes with valid_until before today (any status)
    qint64 superseded = 0;           // passes at generation 2 or more (older codes exist)
    qint64 notYetValid = 0;          // passes with valid_from after today
    qint64 homeQuarantineActive = 0; // home quarantine records with start <= today < end

    qint64 totalPeople() const;
    qint64 totalPasses() const;
};

namespace demo {
inline constexpr int kHouseholds = 1212;
inline constexpr int kRegisteredResidents = 2982;
inline constexpr int kMigrantResidents = 8422;
inline constexpr int kCourtyards = 6;
// "近7000张出入证": nearly 7,000 passes.
inline constexpr int kTargetPasses = 6950;
} // namespace demo

/// The value of the settings row "demo_file" that marks a file as made for demos (by
/// gatepost-cli demo-community or gatepost --demo). `gatepost --demo` refuses any other file,
/// so it never plants its known-PIN operators in a real station's file.
inline constexpr const char* kDemoMarker = "gatepost-demo";
bool isDemoFile(Database& db);
void markDemoFile(Database& db);

/// Fills an empty registry with the demo community, in one transaction (all or nothing).
/// The same seed and reference date give the same file content, secrets included (the demo
/// secrets come from the seeded generator; real passes use passcode::newSecret()).
/// Marks the file as a demo file in the same transaction.
/// Throws std::invalid_argument when the registry already has households, people, vehicles
/// or passes; DbError when the database fails.
DemoSummary generateDemoCommunity(Database& db, const DemoOptions& options);

} // namespace gatepost::core
