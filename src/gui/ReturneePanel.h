#pragma once

// Returnee arriving: arrival date, where from, name, phone, household (and optional ID number).
// Emits what was typed as a ReturneeArrival (gate and operator are set by the gate controller,
// which checks the fields). Shows the end of home quarantine the core computes
// (GateController::returneePreview) before it is registered.

#include "core/GateDesk.h"

#include <QWidget>

#include <memory>

namespace gatepost::core {
class Registry;
class GateController;
struct Refusal;
} // namespace gatepost::core

namespace gatepost::gui {

class ReturneePanel final : public QWidget
{
    Q_OBJECT

public:
    ReturneePanel(const core::Registry& registry, const core::GateController& gate,
                  QWidget* parent = nullptr);
    ~ReturneePanel() override;
    void reset();
    void showError(const QString& message);
    /// The core refused the form: its words under the form, the cursor in the field concerned.
    void showRefusal(const core::Refusal& refusal);

signals:
    void submitted(const gatepost::core::ReturneeArrival& arrival);
    void cancelled();

protected:
    /// Enter submits, Escape cancels (the temperature pad, when open, takes them first).
    void keyPressEvent(QKeyEvent* event) override;

private:
    void submit();
    void showArrival();
    void showTemperature();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gatepost::gui
