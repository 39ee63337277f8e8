#pragma once

// Name + PIN sign-on with a big numeric keypad. With a minimum role it is also the lock in
// front of settings and of signing another volunteer off (shift lead PIN). A wrong PIN or a
// role below the minimum gives a plain message and clears the PIN. The dialog keeps no count of
// its own: core::Auth counts wrong PINs per operator in the database and locks the account
// (doubling), and the dialog says for how long. Use open() (not exec()) in tests.

#include "core/Types.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace gatepost::core {
class Auth;
}

namespace gatepost::gui {

class SignOnDialog final : public QDialog
{
    Q_OBJECT

public:
    SignOnDialog(core::Auth& auth, core::Role minimumRole, QWidget* parent = nullptr);
    ~SignOnDialog() override;

    /// Set when accepted: the operator who signed on (role >= minimumRole).
    std::optional<core::Operator> signedOn() const;
    /// "30 seconds", "2 minutes", "1 hour": a lock's length in words, translated.
    static QString durationInWords(qint64 seconds);

private:
    void trySignOn();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gatepost::gui
