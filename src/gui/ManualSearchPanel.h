#pragma once

// "No pass / unreadable pass": search by pass serial, name, plate or household address with
// large touch targets; choosing a result hands its serial back (the station then runs the
// same rules on it through GateDesk::manualCheck).

#include <QWidget>

#include <memory>

namespace gatepost::core {
class Registry;
}

namespace gatepost::gui {

class ManualSearchPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ManualSearchPanel(const core::Registry& registry, QWidget* parent = nullptr);
    ~ManualSearchPanel() override;

    /// Clears the query and results and focuses the search field.
    void reset();

signals:
    void passChosen(const QString& serial);
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void runSearch();
    void chooseCurrent();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gatepost::gui
