#pragma once

// The rules a shift lead may change (docs/rules.md), in a form with the value in force beside the
// new one. Rows whose new value differs are highlighted; Apply lists the changes (core::diff) and,
// once confirmed (Prompts::askYesNo), stores the policy in one transaction with its audit row
// (Registry::setPolicy); sync takes it to every station.

#include "LeadServices.h"

#include "core/Policy.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace gatepost::gui {

class RulesPage : public QWidget
{
    Q_OBJECT

public:
    explicit RulesPage(const LeadServices& services, QWidget* parent = nullptr);
    ~RulesPage() override;

    /// Reads the policy in force again and resets the form to it.
    void reload();
    /// The policy the form describes (the one in force with the form's values).
    core::Policy formPolicy() const;
    /// The field codes (core::PolicyChange::field) whose rows are highlighted now.
    QStringList highlightedFields() const;

    // For tests: the widgets a lead drives.
    QSpinBox* passbackEdit() const;
    QCheckBox* temperatureRequiredBox() const;
    QDoubleSpinBox* feverEdit() const;
    QSpinBox* quarantineDaysEdit() const;
    QCheckBox* overrideNeedsLeadBox() const;
    QComboBox* visitorVerdictBox() const;
    /// Opening hours: the scope box (first item every gate, then one per gate), and per category
    /// the "own hours" box (a gate scope), the window edits and the value in force.
    QComboBox* hoursGateBox() const;
    QCheckBox* ownHoursBox(core::Category category) const;
    QTimeEdit* hoursFromEdit(core::Category category) const;
    QTimeEdit* hoursToEdit(core::Category category) const;
    QLabel* hoursInForceLabel(core::Category category) const;
    QPushButton* applyButton() const;
    QPushButton* revertButton() const;
    QLabel* messageLabel() const;
    /// The text of the last confirmation asked (the list of changes), for tests.
    QString lastConfirmation() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gatepost::gui
