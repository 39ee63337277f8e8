#pragma once

// Per-station settings the gate screen needs, kept in the station's own database
// (settings table, key "station") so they survive restarts and travel with the file.

#include "AuditTrail.h"
#include "Types.h"

#include <QJsonObject>
#include <QString>

namespace gatepost::core {

class Database;
class Registry;
struct Policy;
struct SyncSettings;

struct StationSettings
{
    QString camera; // SourceSpec text ("0", "/dev/v4l/by-id/...", "clip.avi", "frames/"); empty = none
    int cameraWidth = 1280;
    int cameraHeight = 720;
    Direction direction = Direction::In; // remembered per station
    bool muted = false;
    bool speakVerdicts = true; // spoken Chinese verdict where a voice exists
    int rapidModeSeconds = 4;  // back to scanning after this; 0 = wait for the volunteer
    bool kiosk = true;         // full screen, no window decorations
    QString language;          // "" = system, "zh_CN", "en"

    // Keys: camera, camera_width (160-7680), camera_height (120-4320), direction ("in"/"out"),
    // muted, speak_verdicts, rapid_mode_seconds (0-60), kiosk, language (""/"zh_CN"/"en").
    QJsonObject toJson() const;
    // Like Policy::fromJson: unknown keys are ignored, missing keys keep their defaults; a
    // present key with a wrong type or value is an error naming the key (defaults returned).
    static StationSettings fromJson(const QJsonObject& json, QString* error = nullptr);
    bool operator==(const StationSettings&) const = default;

    // Defaults when absent. Damaged JSON also gives the defaults (a gate must still open),
    // with the problem in *error; *error is cleared otherwise.
    static StationSettings load(Database& db, QString* error = nullptr);
    // Throws std::invalid_argument when a value is out of range (nothing written), DbError.
    // A change is an audit row by @p actor (timed by @p clock), in the same transaction.
    static void save(Database& db, const StationSettings& settings, const Actor& actor, const Clock& clock);
};

/// The settings screen's one action: the station's settings and the community's policy commit
/// together or not at all, each change an audit row by @p actor (the shift lead who confirmed).
void saveSettingsAndPolicy(Database& db, Registry& registry, const StationSettings& settings,
                           const Policy& policy, const Actor& actor, const Clock& clock);
/// The same with the station's sync settings (hub, password, intervals) in the one transaction:
/// a refused sync value (SyncSettings::save) leaves the station settings and policy unsaved too.
void saveSettingsAndPolicy(Database& db, Registry& registry, const StationSettings& settings,
                           const Policy& policy, const SyncSettings& sync, const Actor& actor,
                           const Clock& clock);

} // namespace gatepost::core
