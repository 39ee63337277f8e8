#pragma once

// "No pass / unreadable pass": search passes, people and households (serial, name, part of an
// address, phone or ID tail, plate) with large touch targets. Choosing a pass hands its serial
// back, a person their id (the station asks core::GateController, which judges a person
// without a valid pass by their own state); a household lists its people.

#include <QWidget>

#include <memory>

class QListWidgetItem;

namespace gatepost::core {
class Registry;
struct PersonFound;
} // namespace gatepost::core

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
    void personChosen(qint64 personId);
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void runSearch();
    void showHousehold(qint64 householdId, const QString& address);
    void choose(QListWidgetItem* item);
    QListWidgetItem* personItem(const core::PersonFound& found) const;
    void chooseCurrent();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gatepost::gui
