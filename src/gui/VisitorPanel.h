#pragma once

// Visitor or external vehicle: name, phone, household visited, reason, temperature, plate.
// Emits a filled VisitorEntry (gate, direction and operator are set by the station).

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
    /// Shows a plain error under the form (e.g. from GateDesk: "the phone number is not 11 digits").
    void showError(const QString& message);

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
