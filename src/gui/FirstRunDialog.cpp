#include "FirstRunDialog.h"

#include "ui_FirstRunDialog.h"

#include "TouchStyle.h"
#include "core/Auth.h"

#include <QApplication>
#include <QPointer>
#include <QRegularExpressionValidator>

namespace gatepost::gui {

struct FirstRunDialog::Private
{
    explicit Private(core::Auth& a)
        : auth(a)
    {
    }
    core::Auth& auth;
    Ui::FirstRunDialog ui;
    std::optional<core::Operator> created;
    QPointer<QLineEdit> pinTarget; // the PIN field the keypad types into
    QMetaObject::Connection focusWatch;
};

FirstRunDialog::FirstRunDialog(core::Auth& auth, QWidget* parent)
    : QDialog(parent)
    , d(std::make_unique<Private>(auth))
{
    d->ui.setupUi(this);
    touch::apply(this);
    touch::makeTitle(d->ui.titleLabel);
    touch::makeCancel(d->ui.cancelButton);
    touch::makeError(d->ui.messageLabel);
    touch::makePrimary(d->ui.createButton);
    d->ui.createButton->setDefault(true);
    d->ui.cancelButton->setAutoDefault(false);
    d->ui.explanationLabel->setWordWrap(true);
    for (QLineEdit* pin : {d->ui.pinEdit, d->ui.pinAgainEdit}) {
        QFont f = pin->font();
        f.setPointSize(28);
        pin->setFont(f);
        pin->setValidator(
            new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), pin));
        pin->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData);
    }
    d->pinTarget = d->ui.pinEdit;
    const auto keys = findChildren<QPushButton*>();
    for (QPushButton* key : keys)
        if (key->objectName().startsWith(QLatin1String("pin")))
            key->setMinimumHeight(72);

    d->focusWatch = connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (now == d->ui.pinEdit || now == d->ui.pinAgainEdit)
            d->pinTarget = static_cast<QLineEdit*>(now);
    });
    for (int digit = 0; digit <= 9; ++digit) {
        auto* key = findChild<QPushButton*>(QStringLiteral("pinKey%1").arg(digit));
        connect(key, &QPushButton::clicked, this, [this, digit] {
            QLineEdit* pin = d->pinTarget ? d->pinTarget.data() : d->ui.pinEdit;
            if (pin->text().size() < pin->maxLength())
                pin->setText(pin->text() + QChar(u'0' + digit));
        });
    }
    connect(d->ui.pinBackspaceButton, &QPushButton::clicked, this, [this] {
        QLineEdit* pin = d->pinTarget ? d->pinTarget.data() : d->ui.pinEdit;
        QString text = pin->text();
        text.chop(1);
        pin->setText(text);
    });
    connect(d->ui.pinClearButton, &QPushButton::clicked, this,
            [this] { (d->pinTarget ? d->pinTarget.data() : d->ui.pinEdit)->clear(); });
    // Enter in the name moves on to the PIN; in the first PIN to the second.
    connect(d->ui.nameEdit, &QLineEdit::returnPressed, this, [this] { d->ui.pinEdit->setFocus(); });
    connect(d->ui.createButton, &QPushButton::clicked, this, &FirstRunDialog::create);
    connect(d->ui.cancelButton, &QPushButton::clicked, this, &FirstRunDialog::reject);
    d->ui.nameEdit->setFocus(Qt::OtherFocusReason);
}

FirstRunDialog::~FirstRunDialog()
{
    // The fields are destroyed after d: focus moving away from them must not reach d.
    disconnect(d->focusWatch);
}

std::optional<core::Operator> FirstRunDialog::created() const
{
    return d->created;
}

void FirstRunDialog::create()
{
    const QString name = d->ui.nameEdit->text().trimmed();
    const QString pin = d->ui.pinEdit->text();
    const QString again = d->ui.pinAgainEdit->text();
    if (name.isEmpty()) {
        d->ui.nameEdit->setFocus(Qt::OtherFocusReason);
        return touch::setError(d->ui.messageLabel, tr("Type the administrator's name."));
    }
    if (!core::Auth::isAcceptablePin(pin)) {
        d->ui.pinEdit->clear();
        d->ui.pinAgainEdit->clear();
        d->ui.pinEdit->setFocus(Qt::OtherFocusReason);
        return touch::setError(d->ui.messageLabel, tr("A PIN is 4 to 8 digits."));
    }
    if (pin != again) {
        d->ui.pinEdit->clear();
        d->ui.pinAgainEdit->clear();
        d->ui.pinEdit->setFocus(Qt::OtherFocusReason);
        return touch::setError(d->ui.messageLabel, tr("The two PINs differ. Type the PIN twice again."));
    }
    d->ui.pinEdit->clear();
    d->ui.pinAgainEdit->clear();
    try {
        const qint64 id = d->auth.createFirstAdmin(name, pin);
        d->created = d->auth.operatorById(id);
    } catch (const core::AuthRefusal& e) {
        if (e.code() == core::AuthRefusal::Code::OperatorsExist)
            return touch::setError(d->ui.messageLabel,
                                   tr("This station already has operators. Close this and sign on."));
        return touch::setError(d->ui.messageLabel, tr("The administrator could not be created."));
    } catch (const std::exception&) {
        return touch::setError(d->ui.messageLabel,
                               tr("The administrator could not be saved: the station database could not be "
                                  "written."));
    }
    touch::setError(d->ui.messageLabel, {});
    accept();
}

} // namespace gatepost::gui
