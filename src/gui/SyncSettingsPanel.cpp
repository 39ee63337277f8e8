#include "SyncSettingsPanel.h"

#include "EnrolDialog.h"
#include "SyncActions.h"
#include "core/Crypto.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gatepost::gui {

struct SyncSettingsPanel::Private
{
    core::SyncSettings stored; // the password and anything not shown pass through
    std::optional<core::StationIdentity> station;
    SyncActions* actions = nullptr;

    QLineEdit* hubUrl = nullptr;
    QLineEdit* password = nullptr;
    QCheckBox* forgetPassword = nullptr;
    QSpinBox* interval = nullptr;
    QSpinBox* staleHours = nullptr;
    QLabel* stationFingerprint = nullptr;
    QLabel* officeCaption = nullptr;
    QLabel* officeFingerprint = nullptr;
    QPushButton* join = nullptr;
    QPushButton* exportButton = nullptr;
    QPushButton* importButton = nullptr;
    QLabel* result = nullptr;
};

namespace {

QLabel* keyLabel(QWidget* parent, const char* name)
{
    auto* l = new QLabel(parent);
    l->setObjectName(QLatin1String(name));
    QFont f(QStringLiteral("monospace"));
    f.setStyleHint(QFont::Monospace);
    l->setFont(f);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QString fingerprintOf(const QString& publicKeyHex)
{
    return EnrolDialog::fingerprintLines(core::crypto::fingerprint(core::crypto::keyFromHex(publicKeyHex)),
                                         8);
}

} // namespace

SyncSettingsPanel::SyncSettingsPanel(const core::SyncSettings& sync,
                                     std::optional<core::StationIdentity> station, SyncActions* actions,
                                     QWidget* parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    setObjectName(QStringLiteral("syncSettingsPanel"));
    d->stored = sync;
    d->station = std::move(station);
    d->actions = actions;

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    outer->addLayout(form);

    d->hubUrl = new QLineEdit(sync.hubUrl, this);
    d->hubUrl->setObjectName(QStringLiteral("hubUrlEdit"));
    d->hubUrl->setPlaceholderText(tr("postgresql://USER@HOST:PORT/DB"));
    d->hubUrl->setToolTip(tr("Empty: this station works on its own (no hub)."));
    form->addRow(tr("Hub address"), d->hubUrl);

    auto* passwordRow = new QHBoxLayout;
    d->password = new QLineEdit(this);
    d->password->setObjectName(QStringLiteral("hubPasswordEdit"));
    d->password->setEchoMode(QLineEdit::Password);
    d->password->setPlaceholderText(sync.hubPassword.isEmpty() ? tr("none stored")
                                                               : tr("stored: empty keeps it"));
    d->forgetPassword = new QCheckBox(tr("Forget the stored password"), this);
    d->forgetPassword->setObjectName(QStringLiteral("forgetPasswordCheck"));
    d->forgetPassword->setVisible(!sync.hubPassword.isEmpty());
    passwordRow->addWidget(d->password, 1);
    passwordRow->addWidget(d->forgetPassword);
    form->addRow(tr("Hub password"), passwordRow);
    connect(d->forgetPassword, &QCheckBox::toggled, this, [this](bool forget) {
        d->password->setEnabled(!forget);
        if (forget)
            d->password->clear();
    });

    d->interval = new QSpinBox(this);
    d->interval->setObjectName(QStringLiteral("syncIntervalSpin"));
    d->interval->setRange(1, 3600);
    d->interval->setSuffix(tr(" s"));
    d->interval->setValue(sync.intervalSeconds);
    d->staleHours = new QSpinBox(this);
    d->staleHours->setObjectName(QStringLiteral("staleHoursSpin"));
    d->staleHours->setRange(1, 720);
    d->staleHours->setSuffix(tr(" h"));
    d->staleHours->setValue(sync.staleRegistryHours);
    auto* timing = new QHBoxLayout;
    timing->addWidget(d->interval);
    timing->addSpacing(24);
    auto* staleCaption = new QLabel(tr("Pass list warning after"), this);
    staleCaption->setObjectName(QStringLiteral("staleHoursLabel"));
    timing->addWidget(staleCaption);
    timing->addWidget(d->staleHours);
    timing->addStretch(1);
    form->addRow(tr("Exchange every"), timing);

    d->stationFingerprint = keyLabel(this, "stationFingerprintLabel");
    form->addRow(tr("This station's key"), d->stationFingerprint);
    // The office's key when the station belongs to a community; else the way to join one.
    d->officeCaption = new QLabel(tr("The office's key"), this);
    d->officeFingerprint = keyLabel(this, "officeFingerprintLabel");
    d->join = new QPushButton(tr("Join the office's community…"), this);
    d->join->setObjectName(QStringLiteral("joinCommunityButton"));
    auto* office = new QVBoxLayout;
    office->setContentsMargins(0, 0, 0, 0);
    office->addWidget(d->officeFingerprint);
    office->addWidget(d->join, 0, Qt::AlignLeft);
    form->addRow(d->officeCaption, office);

    auto* buttons = new QHBoxLayout;
    d->exportButton = new QPushButton(tr("Export to USB stick…"), this);
    d->exportButton->setObjectName(QStringLiteral("exportBundleButton"));
    d->importButton = new QPushButton(tr("Import from USB stick…"), this);
    d->importButton->setObjectName(QStringLiteral("importBundleButton"));
    d->join->setAutoDefault(false);
    for (QPushButton* b : {d->exportButton, d->importButton}) {
        b->setAutoDefault(false); // Enter in a field saves the settings, never starts an action
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    outer->addLayout(buttons);
    d->result = new QLabel(this);
    d->result->setObjectName(QStringLiteral("syncResultLabel"));
    d->result->setWordWrap(true);
    d->result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    d->result->hide();
    outer->addWidget(d->result);
    outer->addStretch(1);

    if (d->actions) {
        connect(d->join, &QPushButton::clicked, this, [this] {
            const QString text = d->actions->joinCommunity(this);
            if (const auto now = d->actions->station())
                setStation(*now);
            showResult(text);
        });
        connect(d->exportButton, &QPushButton::clicked, this,
                [this] { showResult(d->actions->exportToUsb(this)); });
        connect(d->importButton, &QPushButton::clicked, this,
                [this] { showResult(d->actions->importFromUsb(this)); });
    }
    showStation();
}

SyncSettingsPanel::~SyncSettingsPanel() = default;

core::SyncSettings SyncSettingsPanel::syncSettings() const
{
    core::SyncSettings s = d->stored;
    s.hubUrl = d->hubUrl->text().trimmed();
    if (d->forgetPassword->isChecked())
        s.hubPassword.clear();
    else if (!d->password->text().isEmpty())
        s.hubPassword = d->password->text();
    s.intervalSeconds = d->interval->value();
    s.staleRegistryHours = d->staleHours->value();
    return s;
}

void SyncSettingsPanel::setStation(const core::StationIdentity& station)
{
    d->station = station;
    showStation();
}

QString SyncSettingsPanel::resultText() const
{
    return d->result->isHidden() ? QString() : d->result->text();
}

void SyncSettingsPanel::showStation()
{
    const std::optional<core::StationIdentity>& s = d->station;
    d->stationFingerprint->setText(s ? fingerprintOf(s->publicKey) : QString());
    d->stationFingerprint->setToolTip(s ? s->publicKey : QString());
    const bool inCommunity = s && !s->standsAlone();
    const bool mayJoin = d->actions && s && s->standsAlone() && s->gate != QLatin1String("office");
    d->officeCaption->setVisible(inCommunity || mayJoin);
    d->officeFingerprint->setVisible(inCommunity);
    d->officeFingerprint->setText(inCommunity ? fingerprintOf(s->rootKey) : QString());
    d->officeFingerprint->setToolTip(inCommunity ? s->rootKey : QString());
    d->join->setVisible(mayJoin);
    d->exportButton->setVisible(d->actions && s);
    d->importButton->setVisible(d->actions && s);
}

void SyncSettingsPanel::showResult(const QString& text)
{
    if (text.isEmpty())
        return; // cancelled: the last words stay
    d->result->setText(text);
    d->result->show();
}

} // namespace gatepost::gui
