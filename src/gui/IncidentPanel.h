#pragma once

// One tap for "forced through", "abuse" or "other", with an optional note typed first.

#include "core/GateDesk.h"

#include <QWidget>

#include <memory>

namespace gatepost::gui {

class IncidentPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit IncidentPanel(QWidget* parent = nullptr);
    ~IncidentPanel() override;
    void reset();

signals:
    void submitted(gatepost::core::IncidentKind kind, const QString& note);
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void submit(core::IncidentKind kind);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gatepost::gui
