#pragma once

// Name + PIN sign-on with a big numeric keypad. With a minimum role it is also the lock in
// front of settings and of signing another volunteer off (shift lead PIN).

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

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gatepost::gui
