#include "SettingsDialog.h"

#include "ui_SettingsDialog.h"

#include "SyncSettingsPanel.h"
#include "TouchStyle.h"

#include <QButtonGroup>

namespace gatepost::gui {

namespace {
constexpr int kSizeRole = Qt::UserRole;
}

struct SettingsDialog::Private
{
    Ui::SettingsDialog ui;
    core::StationSettings settings; // fields this dialog does not show pass through unchanged
    core::Policy policy;
    QButtonGroup direction;
    core::SyncSettings sync;
    SyncSettingsPanel* syncPanel = nullptr;
};

SettingsDialog::SettingsDialog(const core::StationSettings& settings, const core::Policy& policy,
                               QWidget* parent)
    : QDialog(parent)
    , d(std::make_unique<Private>())
{
    d->ui.setupUi(this);
    d->settings = settings;
    d->policy = policy;
    touch::apply(this);
    touch::makeTitle(d->ui.titleLabel);
    touch::makeCancel(d->ui.cancelButton);
    touch::makePrimary(d->ui.okButton);
    d->ui.okButton->setDefault(true);
    // The sync tab is there only when the caller gives what it shows (the other constructor).
    d->ui.tabs->setTabVisible(d->ui.tabs->indexOf(d->ui.syncTab), false);
    d->ui.tabs->setStyleSheet(QStringLiteral("QTabBar::tab { min-height: 48px; min-width: 160px;"
                                             " padding: 4px 24px; font-size: 16pt; }"));
    d->direction.addButton(d->ui.directionInRadio);
    d->direction.addButton(d->ui.directionOutRadio);

    QComboBox* res = d->ui.resolutionCombo;
    for (const QSize size : {QSize(640, 480), QSize(1280, 720), QSize(1920, 1080)})
        res->addItem(QStringLiteral("%1 × %2").arg(size.width()).arg(size.height()), size);
    const QSize current(settings.cameraWidth, settings.cameraHeight);
    if (res->findData(current) < 0) // a size set elsewhere survives a round trip
        res->addItem(QStringLiteral("%1 × %2").arg(current.width()).arg(current.height()), current);
    res->setCurrentIndex(res->findData(current));

    QComboBox* lang = d->ui.languageCombo;
    lang->addItem(tr("Default (Chinese)"), QString()); // no setting: Chinese, whatever the PC says
    lang->addItem(QStringLiteral("中文"), QStringLiteral("zh_CN")); // each language in its own words
    lang->addItem(QStringLiteral("English"), QStringLiteral("en"));
    if (lang->findData(settings.language) < 0)
        lang->addItem(settings.language, settings.language);
    lang->setCurrentIndex(lang->findData(settings.language));

    d->ui.cameraEdit->setText(settings.camera);
    (settings.direction == core::Direction::In ? d->ui.directionInRadio : d->ui.directionOutRadio)
        ->setChecked(true);
    d->ui.muteCheck->setChecked(settings.muted);
    d->ui.speakCheck->setChecked(settings.speakVerdicts);
    d->ui.rapidModeSpin->setValue(settings.rapidModeSeconds);
    d->ui.kioskCheck->setChecked(settings.kiosk);
    d->ui.temperatureRequiredCheck->setChecked(policy.temperatureRequired);

    connect(d->ui.okButton, &QPushButton::clicked, this, &SettingsDialog::accept);
    connect(d->ui.cancelButton, &QPushButton::clicked, this, &SettingsDialog::reject);
}

SettingsDialog::SettingsDialog(const core::StationSettings& settings, const core::Policy& policy,
                               const core::SyncSettings& sync, std::optional<core::StationIdentity> station,
                               SyncActions* actions, QWidget* parent)
    : SettingsDialog(settings, policy, parent)
{
    d->sync = sync;
    d->syncPanel = new SyncSettingsPanel(sync, std::move(station), actions, d->ui.syncTab);
    d->ui.syncTabLayout->addWidget(d->syncPanel);
    d->ui.tabs->setTabVisible(d->ui.tabs->indexOf(d->ui.syncTab), true);
    touch::apply(d->syncPanel);
}

SettingsDialog::~SettingsDialog() = default;

core::SyncSettings SettingsDialog::syncSettings() const
{
    return d->syncPanel ? d->syncPanel->syncSettings() : d->sync;
}

SyncSettingsPanel* SettingsDialog::syncPanel() const
{
    return d->syncPanel;
}

core::StationSettings SettingsDialog::settings() const
{
    core::StationSettings s = d->settings;
    s.camera = d->ui.cameraEdit->text().trimmed();
    const QSize size = d->ui.resolutionCombo->currentData().toSize();
    s.cameraWidth = size.width();
    s.cameraHeight = size.height();
    s.direction = d->ui.directionOutRadio->isChecked() ? core::Direction::Out : core::Direction::In;
    s.muted = d->ui.muteCheck->isChecked();
    s.speakVerdicts = d->ui.speakCheck->isChecked();
    s.rapidModeSeconds = d->ui.rapidModeSpin->value();
    s.kiosk = d->ui.kioskCheck->isChecked();
    s.language = d->ui.languageCombo->currentData().toString();
    return s;
}

core::Policy SettingsDialog::policy() const
{
    core::Policy p = d->policy;
    p.temperatureRequired = d->ui.temperatureRequiredCheck->isChecked();
    return p;
}

} // namespace gatepost::gui
