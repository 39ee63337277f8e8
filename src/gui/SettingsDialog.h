#pragma once

// Station settings: camera source and resolution, direction, mute, spoken verdicts, rapid-mode
// seconds, kiosk, language, and whether temperatures are required (a policy value).

#include "core/Policy.h"
#include "core/StationSettings.h"

#include <QDialog>

#include <memory>

namespace gatepost::gui {

class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(const core::StationSettings& settings, const core::Policy& policy,
                   QWidget* parent = nullptr);
    ~SettingsDialog() override;

    core::StationSettings settings() const;
    core::Policy policy() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gatepost::gui
