#include "SignOnDialog.h"

#include "ui_SignOnDialog.h"

#include "CategoryNames.h"
#include "TouchStyle.h"
#include "core/Auth.h"

#include <QRegularExpressionValidator>

namespace gatepost::gui {

namespace {

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
        d->ui.titleLabel->setText(tr("A %1 must sign on for this").arg(roleNoun(minimumRole)));
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
    d->ui.nameEdit->setFocus(Qt::OtherFocusReason);
}

SignOnDialog::~SignOnDialog() = default;

std::optional<core::Operator> SignOnDialog::signedOn() const
{
    return d->signedOn;
}

QString SignOnDialog::durationInWords(qint64 seconds)
{
    if (seconds <= 1)
        return tr("1 second");
    if (seconds < 60)
        return tr("%1 seconds").arg(seconds);
    const qint64 minutes = (seconds + 59) / 60;
    if (minutes == 1)
        return tr("1 minute");
    if (minutes < 60)
        return tr("%1 minutes").arg(minutes);
    const qint64 hours = (minutes + 59) / 60;
    return hours == 1 ? tr("1 hour") : tr("%1 hours").arg(hours);
}

void SignOnDialog::trySignOn()
{
    const QString name = d->ui.nameEdit->text().trimmed();
    const QString pin = d->ui.pinEdit->text();
    if (name.isEmpty())
        return touch::setError(d->ui.messageLabel, tr("Tap your name first."));
    if (pin.isEmpty())
        return touch::setError(d->ui.messageLabel, tr("Enter your PIN."));
    d->ui.pinEdit->clear(); // never left on screen, right or wrong
    core::SignOnResult result;
    try {
        result = d->auth.signOn(name, pin);
    } catch (const std::exception&) {
        return touch::setError(
            d->ui.messageLabel,
            tr("Sign-on failed: the station database could not be written. Call the shift lead."));
    }
    if (result.code == core::SignOnResult::Code::Locked) {
        touch::setError(d->ui.messageLabel, tr("Too many wrong PINs. Wait %1, or ask the shift lead.")
                                                .arg(durationInWords(result.lockSeconds)));
        return;
    }
    if (!result.ok()) {
        touch::setError(d->ui.messageLabel, result.failedPins > 0
                                                ? tr("Name or PIN is wrong. Try again (%1 of %2).")
                                                      .arg(result.failedPins)
                                                      .arg(core::Auth::kFreeAttempts + 1)
                                                : tr("Name or PIN is wrong. Try again."));
        d->ui.pinEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    const core::Operator& op = *result.op;
    if (!core::Auth::roleAtLeast(op.role, d->minimumRole)) {
        touch::setError(
            d->ui.messageLabel,
            tr("%1 is a %2: this needs a %3.").arg(op.name, roleNoun(op.role), roleNoun(d->minimumRole)));
        return;
    }
    d->signedOn = op;
    touch::setError(d->ui.messageLabel, {});
    accept();
}

} // namespace gatepost::gui
