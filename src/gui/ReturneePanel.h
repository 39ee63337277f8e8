#pragma once

// Returnee arriving: arrival date, where from, name, phone, household (and optional ID number).
// Emits a filled ReturneeArrival (gate and operator are set by the station). Shows the end of
// home quarantine (arrival + policy.homeQuarantineDays) before it is registered.

#include "core/GateDesk.h"

#include <QWidget>

#include <memory>

namespace gatepost::core {
class Registry;
class Clock;
} // namespace gatepost::core

namespace gatepost::gui {

class ReturneePanel final : public QWidget
{
    Q_OBJECT

public:
    ReturneePanel(const core::Registry& registry, const core::Clock& clock, QWidget* parent = nullptr);
    ~ReturneePanel() override;
    void reset();
    void showError(const QString& message);

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
