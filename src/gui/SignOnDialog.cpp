#include "SignOnDialog.h"

#include "ui_SignOnDialog.h"

#include "TouchStyle.h"
#include "core/Auth.h"

#include <QDeadlineTimer>
#include <QRegularExpressionValidator>
#include <QTimer>

namespace gatepost::gui {

namespace {

QString roleName(core::Role r)
{
    switch (r) {
    case core::Role::Volunteer:
        return SignOnDialog::tr("Volunteer");
    case core::Role::ShiftLead:
        return SignOnDialog::tr("Shift lead");
    case core::Role::Staff:
        return SignOnDialog::tr("Staff");
    case core::Role::Admin:
        return SignOnDialog::tr("Administrator");
    }
    return {};
}

constexpr int kNameRole = Qt::UserRole;

} // namespace

struct SignOnDialog::Private
{
    Private(core::Auth& a, core::Role r)
        : auth(a)
        , minimumRole(r)
    {
    }
    core::Auth& auth;
    core::Role minimumRole;
    Ui::SignOnDialog ui;
    std::optional<core::Operator> signedOn;
    int wrongPins = 0;
    std::chrono::milliseconds lockoutDuration{30'000};
    QDeadlineTimer lockedUntil{0};
    QTimer ticker; // counts the lockout down on screen
};

SignOnDialog::SignOnDialog(core::Auth& auth, core::Role minimumRole, QWidget* parent)
    : QDialog(parent)
    , d(std::make_unique<Private>(auth, minimumRole))
{
    d->ui.setupUi(this);
    touch::apply(this);
    touch::makeTitle(d->ui.titleLabel);
    touch::makeCancel(d->ui.cancelButton);
    touch::makeError(d->ui.messageLabel);
    touch::makePrimary(d->ui.signOnButton);
    touch::makeRowsTall(d->ui.operatorList);
    d->ui.signOnButton->setDefault(true);
    d->ui.cancelButton->setAutoDefault(false);
    QFont pinFont = d->ui.pinEdit->font();
    pinFont.setPointSize(32);
    d->ui.pinEdit->setFont(pinFont);
    d->ui.pinEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), d->ui.pinEdit));
    d->ui.pinEdit->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData);
    const auto keys = findChildren<QPushButton*>();
    for (QPushButton* key : keys)
        if (key->objectName().startsWith(QLatin1String("pin")))
            key->setMinimumHeight(80);

    if (minimumRole == core::Role::Volunteer) {
        d->ui.titleLabel->setText(tr("Sign on"));
    } else {
        d->ui.titleLabel->setText(tr("A %1 must sign on for this").arg(roleName(minimumRole)));
        setWindowTitle(d->ui.titleLabel->text());
    }

    // Only active accounts that may do what is asked; the PIN is what protects them.
    for (const core::Operator& op : auth.operators()) {
        if (!auth.isActive(op.id) || !core::Auth::roleAtLeast(op.role, minimumRole))
            continue;
        auto* item = new QListWidgetItem(QStringLiteral("%1   (%2)").arg(op.name, roleName(op.role)));
        item->setData(kNameRole, op.name);
        d->ui.operatorList->addItem(item);
    }
    connect(d->ui.operatorList, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        d->ui.nameEdit->setText(item->data(kNameRole).toString());
        d->ui.pinEdit->setFocus(Qt::OtherFocusReason);
    });
    connect(d->ui.nameEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        for (int i = 0; i < d->ui.operatorList->count(); ++i) {
            QListWidgetItem* item = d->ui.operatorList->item(i);
            item->setHidden(!item->data(kNameRole).toString().contains(text.trimmed(), Qt::CaseInsensitive));
        }
    });

    for (int digit = 0; digit <= 9; ++digit) {
        auto* key = findChild<QPushButton*>(QStringLiteral("pinKey%1").arg(digit));
        connect(key, &QPushButton::clicked, this, [this, digit] {
            if (d->ui.pinEdit->text().size() < d->ui.pinEdit->maxLength())
                d->ui.pinEdit->setText(d->ui.pinEdit->text() + QChar(u'0' + digit));
        });
    }
    connect(d->ui.pinBackspaceButton, &QPushButton::clicked, this, [this] {
        QString pin = d->ui.pinEdit->text();
        pin.chop(1);
        d->ui.pinEdit->setText(pin);
    });
    connect(d->ui.pinClearButton, &QPushButton::clicked, d->ui.pinEdit, &QLineEdit::clear);
    connect(d->ui.signOnButton, &QPushButton::clicked, this, &SignOnDialog::trySignOn);
    connect(d->ui.cancelButton, &QPushButton::clicked, this, &SignOnDialog::reject);
    d->ticker.setInterval(250);
    connect(&d->ticker, &QTimer::timeout, this, &SignOnDialog::refreshLock);
    d->ui.nameEdit->setFocus(Qt::OtherFocusReason);
}

SignOnDialog::~SignOnDialog() = default;

std::optional<core::Operator> SignOnDialog::signedOn() const
{
    return d->signedOn;
}

void SignOnDialog::setLockoutDuration(std::chrono::milliseconds duration)
{
    d->lockoutDuration = duration;
}

bool SignOnDialog::isLockedOut() const
{
    return d->ticker.isActive();
}

void SignOnDialog::trySignOn()
{
    if (isLockedOut()) {
        d->ui.pinEdit->clear();
        return;
    }
    const QString name = d->ui.nameEdit->text().trimmed();
    const QString pin = d->ui.pinEdit->text();
    if (name.isEmpty())
        return touch::setError(d->ui.messageLabel, tr("Tap your name first."));
    if (pin.isEmpty())
        return touch::setError(d->ui.messageLabel, tr("Enter your PIN."));
    d->ui.pinEdit->clear(); // never left on screen, right or wrong
    const std::optional<core::Operator> op = d->auth.signOn(name, pin);
    if (!op) {
        if (++d->wrongPins >= kMaxWrongPins)
            return lockOut();
        touch::setError(
            d->ui.messageLabel,
            tr("Name or PIN is wrong. Try again (%1 of %2).").arg(d->wrongPins).arg(kMaxWrongPins));
        d->ui.pinEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (!core::Auth::roleAtLeast(op->role, d->minimumRole)) {
        touch::setError(
            d->ui.messageLabel,
            tr("%1 is a %2: this needs a %3.").arg(op->name, roleName(op->role), roleName(d->minimumRole)));
        return;
    }
    d->signedOn = op;
    touch::setError(d->ui.messageLabel, {});
    accept();
}

void SignOnDialog::lockOut()
{
    d->lockedUntil = QDeadlineTimer(d->lockoutDuration);
    d->ticker.start();
    refreshLock();
}

void SignOnDialog::refreshLock()
{
    const bool locked = !d->lockedUntil.hasExpired();
    if (!locked) {
        d->ticker.stop();
        d->wrongPins = 0;
        touch::setError(d->ui.messageLabel, {});
    } else {
        const qint64 seconds = (d->lockedUntil.remainingTime() + 999) / 1000;
        d->ui.pinEdit->clear();
        touch::setError(d->ui.messageLabel,
                        tr("Too many wrong PINs. Wait %1 s, or ask the shift lead.").arg(seconds));
    }
    d->ui.signOnButton->setEnabled(!locked);
    d->ui.pinEdit->setEnabled(!locked);
    const auto keys = findChildren<QPushButton*>();
    for (QPushButton* key : keys)
        if (key->objectName().startsWith(QLatin1String("pin")))
            key->setEnabled(!locked);
}

} // namespace gatepost::gui
