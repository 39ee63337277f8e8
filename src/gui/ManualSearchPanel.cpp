#include "ManualSearchPanel.h"

#include "ui_ManualSearchPanel.h"

#include "CategoryNames.h"
#include "TouchStyle.h"
#include "core/Formats.h"
#include "core/Registry.h"

#include <QKeyEvent>
#include <QTimer>

namespace gatepost::gui {

namespace {
constexpr int kDebounceMs = 300;
constexpr int kResultLimit = 20;
constexpr int kSerialRole = Qt::UserRole;
} // namespace

struct ManualSearchPanel::Private
{
    explicit Private(const core::Registry& r)
        : registry(r)
    {
    }
    const core::Registry& registry;
    Ui::ManualSearchPanel ui;
    QTimer debounce;
    QString shownQuery; // the query the list shows results for
};

ManualSearchPanel::ManualSearchPanel(const core::Registry& registry, QWidget* parent)
    : QWidget(parent)
    , d(std::make_unique<Private>(registry))
{
    d->ui.setupUi(this);
    touch::apply(this);
    touch::makeTitle(d->ui.titleLabel);
    touch::makeCancel(d->ui.cancelButton);
    touch::makePrimary(d->ui.checkButton);
    touch::makeRowsTall(d->ui.resultsList, touch::kTargetPx + 32);
    QFont status = d->ui.statusLabel->font();
    status.setBold(true);
    d->ui.statusLabel->setFont(status);
    // A scanner gun or a hand typing digits must reach the field, never an input method.
    d->ui.searchEdit->setInputMethodHints(Qt::ImhNoPredictiveText);
    d->ui.checkButton->setEnabled(false);

    d->debounce.setSingleShot(true);
    d->debounce.setInterval(kDebounceMs);
    connect(&d->debounce, &QTimer::timeout, this, &ManualSearchPanel::runSearch);
    connect(d->ui.searchEdit, &QLineEdit::textChanged, this, [this] { d->debounce.start(); });
    connect(d->ui.searchEdit, &QLineEdit::returnPressed, this, [this] {
        // First Enter searches; Enter on a shown result list chooses the selected row.
        if (d->debounce.isActive() || d->shownQuery != d->ui.searchEdit->text().trimmed())
            runSearch();
        else
            chooseCurrent();
    });
    connect(d->ui.searchButton, &QPushButton::clicked, this, &ManualSearchPanel::runSearch);
    connect(d->ui.resultsList, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { emit passChosen(item->data(kSerialRole).toString()); });
    connect(d->ui.resultsList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit passChosen(item->data(kSerialRole).toString()); });
    connect(d->ui.resultsList, &QListWidget::currentRowChanged, this,
            [this](int row) { d->ui.checkButton->setEnabled(row >= 0); });
    connect(d->ui.checkButton, &QPushButton::clicked, this, &ManualSearchPanel::chooseCurrent);
    connect(d->ui.cancelButton, &QPushButton::clicked, this, &ManualSearchPanel::cancelled);
    reset();
}

ManualSearchPanel::~ManualSearchPanel() = default;

void ManualSearchPanel::reset()
{
    d->debounce.stop();
    d->ui.searchEdit->blockSignals(true);
    d->ui.searchEdit->clear();
    d->ui.searchEdit->blockSignals(false);
    d->ui.resultsList->clear();
    d->ui.checkButton->setEnabled(false);
    d->ui.statusLabel->clear();
    d->shownQuery.clear();
    d->ui.searchEdit->setFocus(Qt::OtherFocusReason);
}

void ManualSearchPanel::runSearch()
{
    d->debounce.stop();
    const QString text = d->ui.searchEdit->text().trimmed();
    d->shownQuery = text;
    d->ui.resultsList->clear();
    d->ui.checkButton->setEnabled(false);
    d->ui.statusLabel->setStyleSheet(QString());
    if (text.isEmpty()) {
        d->ui.statusLabel->clear();
        return;
    }
    const QList<core::PassSnapshot> found = d->registry.search(text, kResultLimit);
    const QDate today = d->registry.today();
    for (const core::PassSnapshot& s : found) {
        const core::Pass& p = s.pass;
        const bool vehicle = p.holderKind == core::HolderKind::Vehicle;
        QStringList first{p.serial, vehicle ? core::formats::displayPlate(s.holder.plate) : s.holder.name,
                          categoryName(p.category)};
        QStringList second;
        if (!s.holder.address.isEmpty())
            second << s.holder.address;
        if (!vehicle && !s.holder.phoneMasked.isEmpty())
            second << s.holder.phoneMasked;
        // Anything but a usable pass is shown in red, in words, so the volunteer sees it before tapping.
        QString problem;
        if (p.status != core::PassStatus::Active)
            problem = statusName(p.status);
        else if (p.validUntil.isValid() && p.validUntil < today)
            problem = tr("expired");
        else if (p.validFrom.isValid() && p.validFrom > today)
            problem = tr("not yet valid");
        if (!problem.isEmpty())
            second << QStringLiteral("\u26A0 ") + problem; // a sign as well as the colour
        auto* item = new QListWidgetItem(first.join(QStringLiteral("   ")) + u'\n' +
                                         second.join(QStringLiteral("  ·  ")));
        item->setData(kSerialRole, p.serial);
        if (!problem.isEmpty())
            item->setForeground(QColor(0xc0, 0, 0));
        d->ui.resultsList->addItem(item);
    }
    if (found.isEmpty()) {
        d->ui.statusLabel->setStyleSheet(QStringLiteral("QLabel { color: #c00000; }"));
        d->ui.statusLabel->setText(
            tr("Nothing found for \"%1\". Check the spelling, or try the plate or the address.").arg(text));
    } else {
        // No plural forms: the glossary has one translation per text.
        d->ui.statusLabel->setText(
            found.size() >= kResultLimit
                ? tr("The first %1 passes found. Type more to narrow it down, or tap one.").arg(found.size())
                : tr("Passes found: %1. Tap one to check it.").arg(found.size()));
        d->ui.resultsList->setCurrentRow(0);
    }
}

void ManualSearchPanel::chooseCurrent()
{
    if (QListWidgetItem* item = d->ui.resultsList->currentItem())
        emit passChosen(item->data(kSerialRole).toString());
}

void ManualSearchPanel::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        emit cancelled();
        return event->accept();
    case Qt::Key_Down:
    case Qt::Key_Up: {
        // Arrows move through the results while the typing stays in the field.
        const int n = d->ui.resultsList->count();
        if (n == 0)
            break;
        const int step = event->key() == Qt::Key_Down ? 1 : -1;
        d->ui.resultsList->setCurrentRow(qBound(0, d->ui.resultsList->currentRow() + step, n - 1));
        return event->accept();
    }
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

} // namespace gatepost::gui
