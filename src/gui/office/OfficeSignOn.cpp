#include "OfficeSignOn.h"

#include "OfficeText.h"
#include "core/Auth.h"
#include "gui/CategoryNames.h"
#include "gui/SignOnDialog.h"

#include <QCompleter>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace gatepost::gui::office {

OfficeSignOn::OfficeSignOn(core::Auth& auth, QWidget* parent)
    : QWidget(parent)
    , m_auth(auth)
{
    setObjectName(QStringLiteral("signOnPage"));
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto* box = new QWidget(this);
    box->setMaximumWidth(460);
    auto* v = new QVBoxLayout(box);
    m_title = new QLabel(box);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    v->addWidget(m_title);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(box);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_pin = new QLineEdit(box);
    m_pin->setObjectName(QStringLiteral("pinEdit"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(8);
    m_pin->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), m_pin));
    m_pin->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData);
    m_nameLabel = new QLabel(box);
    m_pinLabel = new QLabel(box);
    m_nameLabel->setBuddy(m_name);
    m_pinLabel->setBuddy(m_pin);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_pinLabel, m_pin);
    v->addLayout(form);
    m_signOn = new QPushButton(box);
    m_signOn->setObjectName(QStringLiteral("signOnButton"));
    m_signOn->setDefault(true);
    v->addWidget(m_signOn, 0, Qt::AlignRight);
    m_message = new QLabel(box);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #B00020;"));
    v->addWidget(m_message);
    outer->addWidget(box, 0, Qt::AlignHCenter);
    outer->addStretch(2);

    connect(m_signOn, &QPushButton::clicked, this, &OfficeSignOn::trySignOn);
    connect(m_pin, &QLineEdit::returnPressed, this, &OfficeSignOn::trySignOn);
    connect(m_name, &QLineEdit::returnPressed, this, [this] { m_pin->setFocus(Qt::OtherFocusReason); });
    retranslate();
    reset();
}

void OfficeSignOn::reset()
{
    QStringList staff; // a completer of the accounts that may open the office
    try {
        for (const core::Operator& op : m_auth.operators())
            if (m_auth.isActive(op.id) && core::Auth::roleAtLeast(op.role, core::Role::Staff))
                staff << op.name;
    } catch (const std::exception&) {
        // no names offered; typing still works
    }
    auto* completer = new QCompleter(staff, m_name);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    delete m_name->completer();
    m_name->setCompleter(completer);
    m_pin->clear();
    setMessage({});
    m_name->setFocus(Qt::OtherFocusReason);
}

QString OfficeSignOn::message() const
{
    return m_message->text();
}

void OfficeSignOn::setMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void OfficeSignOn::trySignOn()
{
    const QString name = m_name->text().trimmed();
    const QString pin = m_pin->text();
    if (name.isEmpty())
        return setMessage(tr("Type your name."));
    if (pin.isEmpty())
        return setMessage(tr("Type your PIN."));
    m_pin->clear(); // never left on screen, right or wrong
    core::SignOnResult result;
    try {
        result = m_auth.signOn(name, pin);
    } catch (const std::exception&) {
        return setMessage(tr("Sign-on failed: the station database could not be written."));
    }
    if (result.code == core::SignOnResult::Code::Locked)
        return setMessage(tr("Too many wrong PINs. Wait %1, or ask an administrator.")
                              .arg(SignOnDialog::durationInWords(result.lockSeconds)));
    if (!result.ok()) {
        m_pin->setFocus(Qt::OtherFocusReason);
        return setMessage(result.failedPins > 0 ? tr("Name or PIN is wrong. Try again (%1 of %2).")
                                                      .arg(result.failedPins)
                                                      .arg(core::Auth::kFreeAttempts + 1)
                                                : tr("Name or PIN is wrong. Try again."));
    }
    const core::Operator op = *result.op;
    if (!core::Auth::roleAtLeast(op.role, core::Role::Staff))
        return setMessage(tr("%1 is a %2. The office is only for office staff and administrators; "
                             "volunteers and shift leads sign on at a gate station.")
                              .arg(op.name, roleNoun(op.role)));
    setMessage({});
    emit signedOn(op);
}

void OfficeSignOn::retranslate()
{
    m_title->setText(tr("Pass office: sign on"));
    m_nameLabel->setText(tr("&Name"));
    m_pinLabel->setText(tr("&PIN"));
    m_signOn->setText(tr("Sign on"));
}

void OfficeSignOn::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace gatepost::gui::office
