#pragma once

// The lead's operators page: every account (name, role, active, locked), and the form that adds
// one (PIN typed twice), changes a PIN, resets a lock, (de)activates and changes a role. What the
// signed-on lead may do is core::OperatorAdmin's; the page offers only the roles it may give and
// shows a refusal under the field it concerns. Keyboard: Tab through the form, Enter adds.

#include "LeadServices.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace gatepost::gui {

class OperatorsPage : public QWidget
{
    Q_OBJECT

public:
    explicit OperatorsPage(const LeadServices& services, QWidget* parent = nullptr);
    ~OperatorsPage() override;

    /// Reads the accounts again (after a change made elsewhere).
    void reload();

    // For tests and the window's keyboard focus: the widgets a lead drives.
    QTableWidget* table() const;
    QLineEdit* nameEdit() const;
    QComboBox* roleBox() const;
    QLineEdit* pinEdit() const;
    QLineEdit* pinAgainEdit() const;
    QPushButton* addButton() const;
    QPushButton* changePinButton() const;
    QPushButton* resetLockButton() const;
    QPushButton* activeButton() const;
    QPushButton* roleButton() const;
    /// The words under the name, PIN and role fields, and the page's own line (done / refused).
    QLabel* nameError() const;
    QLabel* pinError() const;
    QLabel* roleError() const;
    QLabel* messageLabel() const;
    /// Selects the row of @p name; false when there is none.
    bool select(const QString& name);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gatepost::gui
