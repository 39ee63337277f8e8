#pragma once

// The first run of a station that has no operator yet: instead of a sign-on list nobody can
// pass, it creates the first administrator (name, PIN typed twice) through
// core::Auth::createFirstAdmin, who is then signed on. Glove-sized, with the sign-on's keypad,
// which types into the PIN field that has the focus. Use open() (not exec()) in tests.

#include "core/Types.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace gatepost::core {
class Auth;
}

namespace gatepost::gui {

class FirstRunDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit FirstRunDialog(core::Auth& auth, QWidget* parent = nullptr);
    ~FirstRunDialog() override;

    /// Set when accepted: the administrator just created.
    std::optional<core::Operator> created() const;

private:
    void create();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gatepost::gui
