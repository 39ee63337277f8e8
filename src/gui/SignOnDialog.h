#pragma once

// Name + PIN sign-on with a big numeric keypad. With a minimum role it is also the lock in
// front of settings and of signing another volunteer off (shift lead PIN). A wrong PIN or a
// role below the minimum gives a plain message and clears the PIN; after five wrong PINs the
// dialog refuses for 30 s. Use open() (not exec()) in tests.

#include "core/Types.h"

#include <QDialog>

#include <chrono>
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
    static constexpr int kMaxWrongPins = 5;

    SignOnDialog(core::Auth& auth, core::Role minimumRole, QWidget* parent = nullptr);
    ~SignOnDialog() override;

    /// Set when accepted: the operator who signed on (role >= minimumRole).
    std::optional<core::Operator> signedOn() const;
    /// How long the dialog refuses after kMaxWrongPins wrong PINs (30 s; tests shorten it).
    void setLockoutDuration(std::chrono::milliseconds duration);
    bool isLockedOut() const;

private:
    void trySignOn();
    void lockOut();
    void refreshLock();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gatepost::gui
