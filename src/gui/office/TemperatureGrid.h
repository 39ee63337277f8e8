#pragma once

// The quick temperature grid of the returnee panel: one line per person of an arrival group,
// typed one after the other (Tab or Enter goes to the next line; Enter on the last line, or
// Ctrl+Enter anywhere, saves the whole group). It only reads what was typed; the core judges it.

#include "core/Quarantine.h"

#include <QWidget>

#include <memory>

class QLineEdit;

namespace gatepost::gui {

class TemperatureGrid final : public QWidget
{
    Q_OBJECT

public:
    struct Line
    {
        qint64 personId = 0;
        QString name;
        std::optional<double> current; ///< the report already stored for the slot, shown to edit
    };

    explicit TemperatureGrid(QWidget* parent = nullptr);
    ~TemperatureGrid() override;

    void setLines(const QList<Line>& lines);
    int lineCount() const;
    /// The readings typed (empty lines skipped). A line that is not a number: nullopt, the
    /// cursor in it and @p badName set to the person's name.
    std::optional<QList<core::TemperatureEntry>> entries(QString* badName = nullptr) const;
    /// The line edit of row @p row (tests type into it).
    QLineEdit* edit(int row) const;

signals:
    /// Enter on the last line, or Ctrl+Enter: save the group.
    void submitted();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gatepost::gui
