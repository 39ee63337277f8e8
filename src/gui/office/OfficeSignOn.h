#pragma once

// The office's sign-on, inside its window: name and PIN typed on the keyboard. core::Auth
// checks the PIN (counting wrong ones, locking the account); only office staff and
// administrators may open the office: a volunteer or a shift lead is told, in plain words, to
// sign on at a gate instead.

#include "core/Types.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace gatepost::core {
class Auth;
}

namespace gatepost::gui::office {

class OfficeSignOn final : public QWidget
{
    Q_OBJECT

public:
    explicit OfficeSignOn(core::Auth& auth, QWidget* parent = nullptr);

    /// Clears the PIN and the message, lists the accounts again, focuses the name.
    void reset();
    void trySignOn();
    QString message() const;

signals:
    void signedOn(const gatepost::core::Operator& op);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void setMessage(const QString& text);

    core::Auth& m_auth;
    QLabel* m_title = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLabel* m_pinLabel = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_pin = nullptr;
    QPushButton* m_signOn = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace gatepost::gui::office
