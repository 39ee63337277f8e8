#pragma once

// The registry tables that travel between stations as row events ("row.<table>"), and who may
// change them. Shared by the schema (its capture triggers) and the event log (what a row
// event carries and how it is applied). See docs/sync.md.

#include <QStringView>

#include <span>

namespace gatepost::core::synctables {

enum class Authority {
    Office,             ///< only the office (the community's root station, or one it named office)
    OfficeOrBirthplace, ///< the office, or the station where the row was first made (a returnee at a gate)
    AnyStation, ///< any station of the community (the rules and the roster a shift lead edits at a gate)
};

struct ForeignKey
{
    const char* column; ///< local integer id column
    const char* table;  ///< the table it points into (travels as that row's uid)
};

struct Table
{
    const char* name;
    std::span<const char* const> columns; ///< replicated columns (not the id, not sync_*)
    std::span<const ForeignKey> foreignKeys;
    Authority authority;
    int sinceSchema = 4; ///< the schema version that made it replicated (its capture triggers)
};

/// Every replicated table, in dependency order (a table's foreign keys point to earlier ones).
std::span<const Table> tables();
/// nullptr for a name that is not replicated.
const Table* find(QStringView name);
/// True when @p column of @p table is one of its foreign keys (sets *target to the table).
bool isForeignKey(const Table& table, QStringView column, const char** target = nullptr);

} // namespace gatepost::core::synctables
