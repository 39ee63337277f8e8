#pragma once

// The settings' sync section: the hub's address and password, how often to exchange, when
// the pass list counts as stale; this station's key fingerprint and its office's; and the
// actions that happen at once (join the office's community, USB bundles) through SyncActions.
// The values are saved with the rest of the settings (core::saveSettingsAndPolicy).

#include "core/Registry.h"
#include "core/SyncSettings.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace gatepost::gui {

class SyncActions;

class SyncSettingsPanel final : public QWidget
{
    Q_OBJECT

public:
    /// @p station: nullopt before the station is set up (no keys to show). @p actions may be
    /// null (no buttons for joining and bundles); it is not owned.
    SyncSettingsPanel(const core::SyncSettings& sync, std::optional<core::StationIdentity> station,
                      SyncActions* actions, QWidget* parent = nullptr);
    ~SyncSettingsPanel() override;

    /// The values as edited. An empty password field keeps the stored password, unless
    /// "forget the stored password" is ticked.
    core::SyncSettings syncSettings() const;
    /// The station after a join (the office's fingerprint shows, the join button goes).
    void setStation(const core::StationIdentity& station);
    /// What the last action said (shown under the buttons).
    QString resultText() const;

private:
    void showStation();
    void showResult(const QString& text);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gatepost::gui
