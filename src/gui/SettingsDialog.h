#pragma once

// Station settings: camera source and resolution, direction, mute, spoken verdicts, rapid-mode
// seconds, kiosk, language, and whether temperatures are required (a policy value); on its
// second tab, sync (SyncSettingsPanel).

#include "core/Policy.h"
#include "core/Registry.h"
#include "core/StationSettings.h"
#include "core/SyncSettings.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace gatepost::gui {

class SyncActions;
class SyncSettingsPanel;

class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(const core::StationSettings& settings, const core::Policy& policy,
                   QWidget* parent = nullptr);
    /// With the sync tab: @p sync as stored, the station's identity (nullopt before it is set
    /// up) and the actions its buttons run (may be null: no buttons; not owned).
    SettingsDialog(const core::StationSettings& settings, const core::Policy& policy,
                   const core::SyncSettings& sync, std::optional<core::StationIdentity> station,
                   SyncActions* actions, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    core::StationSettings settings() const;
    core::Policy policy() const;
    /// The sync settings as edited; the stored ones unchanged without the sync tab.
    core::SyncSettings syncSettings() const;
    /// Null without the sync tab.
    SyncSettingsPanel* syncPanel() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gatepost::gui
