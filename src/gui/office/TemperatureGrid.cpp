#include "TemperatureGrid.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>

namespace gatepost::gui {

struct TemperatureGrid::Private
{
    QGridLayout* layout = nullptr;
    QList<Line> lines;
    QList<QLineEdit*> edits;
    QList<QLabel*> labels;
};

TemperatureGrid::TemperatureGrid(QWidget* parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->layout = new QGridLayout(this);
    d->layout->setContentsMargins(0, 0, 0, 0);
    d->layout->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    d->layout->setColumnMinimumWidth(0, 120);
}

TemperatureGrid::~TemperatureGrid() = default;

void TemperatureGrid::setLines(const QList<Line>& lines)
{
    qDeleteAll(d->edits);
    qDeleteAll(d->labels);
    d->edits.clear();
    d->labels.clear();
    d->lines = lines;
    QWidget* previous = nullptr;
    for (int i = 0; i < lines.size(); ++i) {
        auto* label = new QLabel(lines[i].name, this);
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("temperature_%1").arg(lines[i].personId));
        edit->setPlaceholderText(QStringLiteral("36.5"));
        edit->setMaximumWidth(90);
        edit->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
        if (lines[i].current)
            edit->setText(QString::number(*lines[i].current, 'f', 1));
        edit->installEventFilter(this);
        label->setBuddy(edit);
        d->layout->addWidget(label, i, 0);
        d->layout->addWidget(edit, i, 1);
        // At once, not at the next event loop turn (a layout shows new children queued).
        label->show();
        edit->show();
        if (previous)
            setTabOrder(previous, edit);
        previous = edit;
        d->labels.append(label);
        d->edits.append(edit);
    }
}

int TemperatureGrid::lineCount() const
{
    return static_cast<int>(d->edits.size());
}

QLineEdit* TemperatureGrid::edit(int row) const
{
    return row >= 0 && row < d->edits.size() ? d->edits.at(row) : nullptr;
}

std::optional<QList<core::TemperatureEntry>> TemperatureGrid::entries(QString* badName) const
{
    QList<core::TemperatureEntry> out;
    for (int i = 0; i < d->edits.size(); ++i) {
        QString text = d->edits[i]->text().trimmed();
        if (text.isEmpty())
            continue;
        text.replace(QLatin1Char(','), QLatin1Char('.')); // a comma typed for the decimal point
        bool ok = false;
        const double c = text.toDouble(&ok);
        if (!ok) {
            if (badName)
                *badName = d->lines[i].name;
            d->edits[i]->setFocus();
            d->edits[i]->selectAll();
            return std::nullopt;
        }
        out.append({d->lines[i].personId, c});
    }
    return out;
}

bool TemperatureGrid::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const qsizetype row = d->edits.indexOf(qobject_cast<QLineEdit*>(watched));
        if (row >= 0 && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            // Enter moves down like Tab; on the last line (or with Ctrl) it saves the group.
            if ((key->modifiers() & Qt::ControlModifier) || row == d->edits.size() - 1) {
                emit submitted();
            } else {
                d->edits[row + 1]->setFocus();
                d->edits[row + 1]->selectAll();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace gatepost::gui
