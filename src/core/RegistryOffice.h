#pragma once

// What the office's registry screens ask the registry for: search-as-you-type listings of
// people, households, vehicles and passes (a page of rows plus the total count), the rows as a
// table shows them (ID and phone numbers masked), and the batch issue of passes.
// The functions are members of core::Registry (RegistryOffice.cpp, RegistryEdit.cpp).

#include "Types.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gatepost::core {

/// One search of an office listing. The text is matched as typed (see each listing); the
/// other fields narrow it down. Rows come in a stable order, so pages do not overlap.
struct OfficeQuery
{
    QString text;                         ///< empty = every row
    std::optional<int> courtyard;         ///< 0 = main area, 1..6 = an outlying courtyard
    qint64 householdId = 0;               ///< 0 = any household
    std::optional<Category> category;     ///< people, vehicles (internal/external) and passes
    std::optional<PassStatus> status;     ///< passes only
    std::optional<HolderKind> holderKind; ///< passes only
    int limit = 100;                      ///< rows of this page (at most 1000)
    int offset = 0;
};

template<typename Row> struct OfficePage
{
    QList<Row> rows;
    qint64 total = 0; ///< every row that matches, over all pages
};

/// A person as the people table shows them.
struct PersonRow
{
    qint64 id = 0;
    qint64 householdId = 0; ///< 0 = none
    QString name;
    Category category = Category::RegisteredResident;
    QString address; ///< the household's, empty without one
    int courtyard = 0;
    QString phoneMasked;    ///< "138****5678", empty when none
    QString idNumberMasked; ///< "110***********1234", empty when none
    bool hasPhoto = false;
    QString passSerial; ///< an active, in-date pass of the person; empty = none
};

/// A household with how many people and vehicles it has.
struct HouseholdRow
{
    Household household;
    int people = 0;
    int vehicles = 0;
};

/// A vehicle with its household.
struct VehicleRow
{
    Vehicle vehicle; ///< plate normalised ("京A12345"; formats::displayPlate shows "京A·12345")
    QString address; ///< empty without a household
    int courtyard = 0;
    QString passSerial; ///< an active, in-date pass; empty = none
};

/// A pass with its holder, as the passes table shows it. The secret is never in a row.
struct PassRow
{
    Pass pass;          ///< pass.secret is empty
    QString holderName; ///< person's name; for a vehicle its displayed plate
    QString plate;      ///< vehicles only, normalised
    QString address;
    int courtyard = 0;
    bool inDate = false; ///< today is within validFrom..validUntil
};

/// Who gets a pass in a batch: every person and vehicle that matches all the given fields
/// (at least one). Holders with an active pass still in date are skipped.
struct BatchIssueRequest
{
    qint64 householdId = 0;           ///< 0 = any household
    std::optional<int> courtyard;     ///< 0..6
    std::optional<Category> category; ///< the holder's category (vehicles: internal/external)
    bool people = true;               ///< include people
    bool vehicles = true;             ///< include vehicles
    QDate validFrom;                  ///< null = today
    QDate validUntil;                 ///< null = validFrom + Policy::validityDaysOf(category)
    QStringList gates;                ///< empty = every gate
};

struct BatchIssueResult
{
    QList<Pass> issued;
    int skipped = 0; ///< holders that already hold an active, in-date pass
};

} // namespace gatepost::core
