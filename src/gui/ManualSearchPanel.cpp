#include "ManualSearchPanel.h"

#include "ui_ManualSearchPanel.h"

#include "CategoryNames.h"
#include "TouchStyle.h"
#include "core/Formats.h"
#include "core/Registry.h"

#include <QKeyEvent>
#include <QListWidgetItem>
#include <QLocale>
#include <QSet>
#include <QTimer>

namespace gatepost::gui {

namespace {
constexpr int kDebounceMs = 300;
constexpr int kResultLimit = 20;
constexpr int kValueRole = Qt::UserRole;    // a row's serial, person id or household id
constexpr int kKindRole = Qt::UserRole + 1; // what a row is: Kind
constexpr int kAddressRole = Qt::UserRole + 2;
enum class Kind { Pass, Person, Household };

void mark(QListWidgetItem* item, Kind kind, const QVariant& value)
{
    item->setData(kKindRole, static_cast<int>(kind));
    item->setData(kValueRole, value);
}
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
    connect(d->ui.resultsList, &QListWidget::itemClicked, this, &ManualSearchPanel::choose);
    connect(d->ui.resultsList, &QListWidget::itemActivated, this, &ManualSearchPanel::choose);
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
    QSet<QString> listedSerials;
    for (const core::PassSnapshot& s : found) {
        const core::Pass& p = s.pass;
        listedSerials.insert(p.serial);
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
        mark(item, Kind::Pass, p.serial);
        if (!problem.isEmpty())
            item->setForeground(QColor(0xc0, 0, 0));
        d->ui.resultsList->addItem(item);
    }
    int people = 0;
    for (const core::PersonFound& f : d->registry.searchPeople(text, kResultLimit)) {
        if (!f.validPassSerial.isEmpty() && listedSerials.contains(f.validPassSerial))
            continue; // already listed as their pass
        d->ui.resultsList->addItem(personItem(f));
        ++people;
    }
    const QList<core::Household> households = d->registry.searchHouseholds(text, kResultLimit);
    for (const core::Household& h : households) {
        auto* item = new QListWidgetItem(QStringLiteral("\u2302 ") + h.address + u'\n' +
                                         tr("Household: tap to list the people living here"));
        mark(item, Kind::Household, h.id);
        item->setData(kAddressRole, h.address);
        d->ui.resultsList->addItem(item);
    }
    const int total = d->ui.resultsList->count();
    if (total == 0) {
        d->ui.statusLabel->setStyleSheet(QStringLiteral("QLabel { color: #c00000; }"));
        d->ui.statusLabel->setText(
            tr("Nothing found for \"%1\". Check the spelling, or try the plate or the address.").arg(text));
    } else {
        // No plural forms: the glossary has one translation per text.
        d->ui.statusLabel->setText(
            found.size() >= kResultLimit
                ? tr("The first %1 results. Type more to narrow it down, or tap one.").arg(total)
                : tr("Found: %1. Tap one to check it.").arg(total));
        d->ui.resultsList->setCurrentRow(0);
    }
}

QListWidgetItem* ManualSearchPanel::personItem(const core::PersonFound& f) const
{
    QStringList first{f.person.name, categoryName(f.person.category)};
    QStringList second;
    if (!f.address.isEmpty())
        second << f.address;
    if (!f.person.phone.isEmpty())
        second << core::formats::maskPhone(f.person.phone);
    QString problem;
    if (f.quarantineUntil.isValid()) {
        const QString until = QLocale().toString(f.quarantineUntil, QLocale::ShortFormat);
        problem = f.quarantineKind == core::QuarantineKind::Central
                      ? tr("central quarantine until %1").arg(until)
                      : tr("home quarantine until %1").arg(until);
    } else if (f.validPassSerial.isEmpty()) {
        problem = tr("no pass");
    }
    if (!problem.isEmpty())
        second << QStringLiteral("\u26A0 ") + problem;
    auto* item = new QListWidgetItem(QStringLiteral("\u263A ") + first.join(QStringLiteral("   ")) + u'\n' +
                                     second.join(QStringLiteral("  ·  ")));
    mark(item, Kind::Person, f.person.id);
    if (f.quarantineUntil.isValid())
        item->setForeground(QColor(0xc0, 0, 0));
    return item;
}

void ManualSearchPanel::showHousehold(qint64 householdId, const QString& address)
{
    d->ui.resultsList->clear();
    d->ui.statusLabel->setStyleSheet(QString());
    for (const core::Person& p : d->registry.peopleOfHousehold(householdId))
        d->ui.resultsList->addItem(personItem(d->registry.personFound(p)));
    d->ui.statusLabel->setText(
        tr("People at %1: %2. Tap one to check them.").arg(address).arg(d->ui.resultsList->count()));
    if (d->ui.resultsList->count() > 0)
        d->ui.resultsList->setCurrentRow(0);
}

void ManualSearchPanel::choose(QListWidgetItem* item)
{
    if (!item)
        return;
    switch (static_cast<Kind>(item->data(kKindRole).toInt())) {
    case Kind::Pass:
        emit passChosen(item->data(kValueRole).toString());
        break;
    case Kind::Person:
        emit personChosen(item->data(kValueRole).toLongLong());
        break;
    case Kind::Household:
        showHousehold(item->data(kValueRole).toLongLong(), item->data(kAddressRole).toString());
        break;
    }
}

void ManualSearchPanel::chooseCurrent()
{
    choose(d->ui.resultsList->currentItem());
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
