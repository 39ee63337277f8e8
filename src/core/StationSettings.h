#pragma once

// Per-station settings the gate screen needs, kept in the station's own database
// (settings table, key "station") so they survive restarts and travel with the file.

#include "Types.h"

#include <QJsonObject>
#include <QString>

namespace gatepost::core {

class Database;

struct StationSettings
{
    QString camera;                 // SourceSpec text ("0", "/dev/v4l/by-id/...", "clip.avi", "frames/"); empty = none
    int cameraWidth = 1280;
    int cameraHeight = 720;
    Direction direction = Direction::In; // remembered per station
    bool muted = false;
    bool speakVerdicts = true;      // spoken Chinese verdict where a voice exists
    int rapidModeSeconds = 4;       // back to scanning after this; 0 = wait for the volunteer
    bool kiosk = true;              // full screen, no window decorations
    QString language;               // "" = system, "zh_CN", "en"

    QJsonObject toJson() const;
    static StationSettings fromJson(const QJsonObject& json, QString* error = nullptr);
    bool operator==(const StationSettings&) const = default;

    static StationSettings load(Database& db);       // defaults when absent
    static void save(Database& db, const StationSettings& settings);
};

} // namespace gatepost::core
