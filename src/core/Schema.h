#pragma once

namespace gatepost::core {

class Database;

// The schema version this build writes. A file with a newer version is refused.
inline constexpr int kSchemaVersion = 6;

// Brings the file up to kSchemaVersion: one function per version, each in its own
// transaction, each setting PRAGMA user_version as its last step.
void migrate(Database& db);

} // namespace gatepost::core
