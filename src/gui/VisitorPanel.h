#pragma once

// Visitor or external vehicle: name, phone, household visited, reason, temperature, plate.
// Emits what was typed as a VisitorEntry (gate, direction and operator are set by the gate
// controller, which also checks the fields and answers with a refusal code to show).

#include "core/GateDesk.h"

#include <QWidget>

#include <memory>

namespace gatepost::core {
class Registry;
}

namespace gatepost::gui {

class VisitorPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit VisitorPanel(const core::Registry& registry, QWidget* parent = nullptr);
    ~VisitorPanel() override;
    void reset();
    /// Shows a plain error under the form.
    void showError(const QString& message);
    /// The core refused the form: its words under the form, the cursor in the field concerned.
    void showRefusal(const core::Refusal& refusal);

signals:
    void submitted(const gatepost::core::VisitorEntry& entry);
    void cancelled();

protected:
    /// Enter submits, Escape cancels (the temperature pad, when open, takes them first).
    void keyPressEvent(QKeyEvent* event) override;

private:
    void submit();
    void showTemperature();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gatepost::gui
