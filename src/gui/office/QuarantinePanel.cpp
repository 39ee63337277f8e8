#include "QuarantinePanel.h"

#include "QuarantineNames.h"
#include "TemperatureGrid.h"
#include "gui/Prompts.h"
#include "gui/RefusalText.h"
#include "print/HealthCertificate.h"

#include "core/Policy.h"
#include "core/Quarantine.h"
#include "core/Registry.h"
#include "core/Roster.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gatepost::gui {

namespace {

constexpr int kPersonRole = Qt::UserRole;      // a person row's id (0 on a date branch)
constexpr int kArrivalRole = Qt::UserRole + 1; // the branch's (or the row's) arrival date

enum Column { Name, Address, Phone, Origin, Kind, End, DaysLeft, Morning, Afternoon, Flags, ColumnCount };

QString celsius(const std::optional<double>& c)
{
    return c ? QString::number(*c, 'f', 1) : QString();
}

} // namespace

struct QuarantinePanel::Private
{
    explicit Private(OfficeServices& s)
        : services(s)
        , desk(s.db, s.registry, s.clock)
    {
    }
    OfficeServices& services;
    core::QuarantineDesk desk;
    QString community = print::HealthCertificate::defaultCommunityTitle();
    QList<core::ReturneeGroup> groups;
    qint64 personId = 0; // the selected person (0: a date branch or nothing)
    QDate arrival;       // the selected group

    QLineEdit* search = nullptr;
    QCheckBox* showReleased = nullptr;
    QTreeWidget* tree = nullptr;
    QLabel* status = nullptr;
    QGroupBox* tempBox = nullptr;
    QDateEdit* reportDate = nullptr;
    QComboBox* slot = nullptr;
    TemperatureGrid* grid = nullptr;
    QPushButton* saveTemps = nullptr;
    QGroupBox* checkBox = nullptr;
    QComboBox* checkKind = nullptr;
    QComboBox* checkResult = nullptr;
    QLineEdit* checkNote = nullptr;
    QPushButton* recordCheck = nullptr;
    QGroupBox* personBox = nullptr;
    QLabel* detail = nullptr;
    QLineEdit* moveReason = nullptr;
    QPushButton* moveButton = nullptr;
    QPushButton* releaseButton = nullptr;
    QLabel* searchLabel = nullptr;
    QLabel* dateLabel = nullptr;
    QLabel* slotLabel = nullptr;
    QLabel* kindLabel = nullptr;
    QLabel* resultLabel = nullptr;
    QLabel* noteLabel = nullptr;

    const core::ReturneeRow* selectedRow() const
    {
        for (const core::ReturneeGroup& g : groups)
            for (const core::ReturneeRow& r : g.returnees)
                if (r.personId == personId)
                    return &r;
        return nullptr;
    }
    const core::ReturneeGroup* selectedGroup() const
    {
        for (const core::ReturneeGroup& g : groups)
            if (g.arrival == arrival)
                return &g;
        return nullptr;
    }
    void setStatus(const QString& text, bool problem)
    {
        status->setText(text);
        status->setStyleSheet(problem ? QStringLiteral("color: #b00020;")
                                      : QStringLiteral("color: #1b5e20;"));
    }
};

QuarantinePanel::QuarantinePanel(OfficeServices& services, QWidget* parent)
    : QWidget(parent)
    , d(std::make_unique<Private>(services))
{
    setObjectName(QStringLiteral("quarantinePanel"));
    auto* top = new QHBoxLayout;
    d->searchLabel = new QLabel(this);
    d->search = new QLineEdit(this);
    d->search->setObjectName(QStringLiteral("searchEdit"));
    d->search->setClearButtonEnabled(true);
    d->searchLabel->setBuddy(d->search);
    d->showReleased = new QCheckBox(this);
    d->showReleased->setObjectName(QStringLiteral("showReleasedCheck"));
    top->addWidget(d->searchLabel);
    top->addWidget(d->search, 1);
    top->addWidget(d->showReleased);

    d->tree = new QTreeWidget(this);
    d->tree->setObjectName(QStringLiteral("returneeTree"));
    d->tree->setColumnCount(ColumnCount);
    d->tree->setRootIsDecorated(true);
    d->tree->setUniformRowHeights(true);
    d->tree->setAlternatingRowColors(true);
    d->tree->header()->setStretchLastSection(true);
    d->tree->setSelectionMode(QAbstractItemView::SingleSelection);

    // The side: the group's temperatures, a check, the person's move and release.
    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);

    d->tempBox = new QGroupBox(side);
    auto* tempForm = new QFormLayout;
    d->reportDate = new QDateEdit(side);
    d->reportDate->setObjectName(QStringLiteral("reportDateEdit"));
    d->reportDate->setCalendarPopup(true);
    d->reportDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    d->slot = new QComboBox(side);
    d->slot->setObjectName(QStringLiteral("slotCombo"));
    d->slot->addItem(QString(), static_cast<int>(core::TemperatureSlot::Morning));
    d->slot->addItem(QString(), static_cast<int>(core::TemperatureSlot::Afternoon));
    d->dateLabel = new QLabel(side);
    d->slotLabel = new QLabel(side);
    tempForm->addRow(d->dateLabel, d->reportDate);
    tempForm->addRow(d->slotLabel, d->slot);
    d->grid = new TemperatureGrid(side);
    d->grid->setObjectName(QStringLiteral("temperatureGrid"));
    auto* scroll = new QScrollArea(side);
    scroll->setWidgetResizable(true);
    scroll->setWidget(d->grid);
    scroll->setMinimumHeight(96); // four lines at least; the tab's height goes to it first
    d->saveTemps = new QPushButton(side);
    d->saveTemps->setObjectName(QStringLiteral("saveTemperaturesButton"));
    auto* tempLayout = new QVBoxLayout(d->tempBox);
    tempLayout->addLayout(tempForm);
    tempLayout->addWidget(scroll, 1);
    tempLayout->addWidget(d->saveTemps);

    d->checkBox = new QGroupBox(side);
    auto* checkForm = new QFormLayout(d->checkBox);
    d->checkKind = new QComboBox(side);
    d->checkKind->setObjectName(QStringLiteral("checkKindCombo"));
    for (core::CheckKind k : {core::CheckKind::Door, core::CheckKind::Video})
        d->checkKind->addItem(QString(), static_cast<int>(k));
    d->checkResult = new QComboBox(side);
    d->checkResult->setObjectName(QStringLiteral("checkResultCombo"));
    for (core::CheckResult r :
         {core::CheckResult::Present, core::CheckResult::Absent, core::CheckResult::Unwell})
        d->checkResult->addItem(QString(), static_cast<int>(r));
    d->checkNote = new QLineEdit(side);
    d->checkNote->setObjectName(QStringLiteral("checkNoteEdit"));
    d->recordCheck = new QPushButton(side);
    d->recordCheck->setObjectName(QStringLiteral("recordCheckButton"));
    d->kindLabel = new QLabel(side);
    d->resultLabel = new QLabel(side);
    d->noteLabel = new QLabel(side);
    // Two rows, so that the tab fits a 1366x768 screen in Chinese too.
    auto* what = new QHBoxLayout;
    what->addWidget(d->checkKind, 1);
    what->addWidget(d->resultLabel);
    what->addWidget(d->checkResult, 1);
    auto* note = new QHBoxLayout;
    note->addWidget(d->checkNote, 1);
    note->addWidget(d->recordCheck);
    checkForm->addRow(d->kindLabel, what);
    checkForm->addRow(d->noteLabel, note);

    d->personBox = new QGroupBox(side);
    auto* personLayout = new QVBoxLayout(d->personBox);
    d->detail = new QLabel(side);
    d->detail->setObjectName(QStringLiteral("detailLabel"));
    d->detail->setWordWrap(true);
    d->detail->setMinimumHeight(d->detail->fontMetrics().lineSpacing() * 2);
    d->detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    d->moveReason = new QLineEdit(side);
    d->moveReason->setObjectName(QStringLiteral("moveReasonEdit"));
    d->moveButton = new QPushButton(side);
    d->moveButton->setObjectName(QStringLiteral("moveButton"));
    d->releaseButton = new QPushButton(side);
    d->releaseButton->setObjectName(QStringLiteral("releaseButton"));
    personLayout->addWidget(d->detail);
    personLayout->addWidget(d->moveReason);
    personLayout->addWidget(d->moveButton);
    personLayout->addWidget(d->releaseButton);

    sideLayout->addWidget(d->tempBox, 1);
    sideLayout->addWidget(d->checkBox);
    sideLayout->addWidget(d->personBox);
    side->setMinimumWidth(340);
    side->setMaximumWidth(440);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(d->tree);
    split->addWidget(side);
    split->setStretchFactor(0, 1);
    split->setChildrenCollapsible(false);

    d->status = new QLabel(this);
    d->status->setObjectName(QStringLiteral("statusLabel"));
    d->status->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addWidget(d->status);

    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        d->search->setFocus();
        d->search->selectAll();
    });
    auto* reload = new QShortcut(QKeySequence::Refresh, this);
    connect(reload, &QShortcut::activated, this, &QuarantinePanel::refresh);
    connect(d->search, &QLineEdit::textChanged, this, &QuarantinePanel::rebuild);
    connect(d->showReleased, &QCheckBox::toggled, this, &QuarantinePanel::refresh);
    connect(d->tree, &QTreeWidget::currentItemChanged, this, &QuarantinePanel::selectionChanged);
    connect(d->reportDate, &QDateEdit::dateChanged, this, &QuarantinePanel::fillGrid);
    connect(d->slot, &QComboBox::currentIndexChanged, this, &QuarantinePanel::fillGrid);
    connect(d->grid, &TemperatureGrid::submitted, this, &QuarantinePanel::saveTemperatures);
    connect(d->saveTemps, &QPushButton::clicked, this, &QuarantinePanel::saveTemperatures);
    connect(d->recordCheck, &QPushButton::clicked, this, &QuarantinePanel::recordCheck);
    connect(d->moveButton, &QPushButton::clicked, this, &QuarantinePanel::move);
    connect(d->releaseButton, &QPushButton::clicked, this, &QuarantinePanel::release);

    // The slot of the hour: afternoon from noon on (the missing-morning flag starts then too).
    const core::Policy policy = d->services.registry.policy();
    const QDateTime local = d->services.clock.nowUtc().toTimeZone(core::policyTimeZone(policy.timeZone));
    d->reportDate->setDate(local.date());
    d->reportDate->setMaximumDate(local.date());
    d->slot->setCurrentIndex(local.time().hour() >= core::QuarantineDesk::kMorningDueHour ? 1 : 0);
    retranslate();
    refresh();
}

QuarantinePanel::~QuarantinePanel() = default;

void QuarantinePanel::setCommunityTitle(const QString& title)
{
    d->community = title;
}

void QuarantinePanel::showEvent(QShowEvent* event)
{
    refresh();
    QWidget::showEvent(event);
}

void QuarantinePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuild();
    }
    QWidget::changeEvent(event);
}

void QuarantinePanel::retranslate()
{
    d->searchLabel->setText(tr("&Search:"));
    d->search->setPlaceholderText(tr("Name, address or where from (Ctrl+F)"));
    d->showReleased->setText(tr("Show released"));
    d->tree->setHeaderLabels({tr("Name"), tr("Address"), tr("Phone"), tr("From"), tr("Quarantine"),
                              tr("First day out"), tr("Days left"), tr("Morning °C"), tr("Afternoon °C"),
                              tr("Flags")});
    d->tempBox->setTitle(tr("Temperatures of the group"));
    d->dateLabel->setText(tr("Date:"));
    d->slotLabel->setText(tr("Report:"));
    d->slot->setItemText(0, slotName(core::TemperatureSlot::Morning));
    d->slot->setItemText(1, slotName(core::TemperatureSlot::Afternoon));
    d->saveTemps->setText(tr("Save the group's temperatures (Enter on the last line)"));
    d->checkBox->setTitle(tr("Door or video check"));
    d->kindLabel->setText(tr("Check:"));
    d->resultLabel->setText(tr("Result:"));
    d->noteLabel->setText(tr("Note:"));
    d->checkKind->setItemText(0, checkKindName(core::CheckKind::Door));
    d->checkKind->setItemText(1, checkKindName(core::CheckKind::Video));
    for (int i = 0; i < d->checkResult->count(); ++i)
        d->checkResult->setItemText(
            i, checkResultName(static_cast<core::CheckResult>(d->checkResult->itemData(i).toInt())));
    d->recordCheck->setText(tr("Record the check"));
    d->personBox->setTitle(tr("The person"));
    d->moveReason->setPlaceholderText(tr("Why the person moves (required)"));
}

void QuarantinePanel::refresh()
{
    try {
        d->groups = d->desk.list({d->showReleased->isChecked()});
    } catch (const std::exception& e) {
        d->groups.clear();
        showRefusalOrError(e);
    }
    rebuild();
}

void QuarantinePanel::rebuild()
{
    const qint64 keepPerson = d->personId;
    const QDate keepArrival = d->arrival;
    const QString needle = d->search->text().trimmed();
    const QSignalBlocker quiet(d->tree);
    d->tree->clear();
    for (const core::ReturneeGroup& g : d->groups) {
        QList<const core::ReturneeRow*> shown;
        for (const core::ReturneeRow& r : g.returnees)
            if (needle.isEmpty() || r.name.contains(needle, Qt::CaseInsensitive) ||
                r.address.contains(needle, Qt::CaseInsensitive) ||
                r.origin.contains(needle, Qt::CaseInsensitive))
                shown.append(&r);
        if (shown.isEmpty())
            continue;
        auto* branch = new QTreeWidgetItem(d->tree);
        branch->setText(Name, tr("Arrived %1 · people: %2")
                                  .arg(QLocale().toString(g.arrival, QLocale::ShortFormat))
                                  .arg(shown.size()));
        branch->setData(Name, kPersonRole, qint64(0));
        branch->setData(Name, kArrivalRole, g.arrival);
        branch->setFirstColumnSpanned(true);
        QFont bold = branch->font(Name);
        bold.setBold(true);
        branch->setFont(Name, bold);
        for (const core::ReturneeRow* r : shown) {
            auto* item = new QTreeWidgetItem(branch);
            item->setData(Name, kPersonRole, r->personId);
            item->setData(Name, kArrivalRole, g.arrival);
            item->setText(Name, r->name);
            item->setText(Address, r->address);
            item->setText(Phone, r->phoneMasked);
            item->setText(Origin, r->origin);
            item->setText(Kind, quarantineKindName(r->kind));
            item->setText(End, QLocale().toString(r->end, QLocale::ShortFormat));
            item->setText(DaysLeft, QString::number(r->daysLeft));
            item->setText(Morning, celsius(r->health.morning));
            item->setText(Afternoon, celsius(r->health.afternoon));
            item->setText(Flags, rowSummary(*r));
            const QColor colour = rowColour(*r);
            if (colour.isValid())
                item->setForeground(Flags, colour);
            if (r->has(core::QuarantineFlag::Fever)) {
                item->setForeground(Morning, colour);
                item->setForeground(Afternoon, colour);
            }
        }
        branch->setExpanded(true);
    }
    for (int c = 0; c < ColumnCount - 1; ++c)
        d->tree->resizeColumnToContents(c);
    if (!select(keepPerson, keepArrival))
        selectionChanged();
}

bool QuarantinePanel::select(qint64 personId, QDate arrival)
{
    for (int i = 0; i < d->tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* branch = d->tree->topLevelItem(i);
        if (personId == 0 && branch->data(Name, kArrivalRole).toDate() == arrival) {
            d->tree->setCurrentItem(branch);
            selectionChanged();
            return true;
        }
        for (int j = 0; j < branch->childCount(); ++j) {
            if (personId != 0 && branch->child(j)->data(Name, kPersonRole).toLongLong() == personId) {
                d->tree->setCurrentItem(branch->child(j));
                selectionChanged();
                return true;
            }
        }
    }
    return false;
}

void QuarantinePanel::selectionChanged()
{
    QTreeWidgetItem* item = d->tree->currentItem();
    d->personId = item ? item->data(Name, kPersonRole).toLongLong() : 0;
    const QDate arrival = item ? item->data(Name, kArrivalRole).toDate() : QDate();
    const bool groupChanged = arrival != d->arrival || d->grid->lineCount() == 0;
    d->arrival = arrival;
    if (groupChanged)
        fillGrid();

    const core::ReturneeRow* r = d->selectedRow();
    d->checkBox->setEnabled(r && r->certificateNumber.isEmpty());
    d->personBox->setEnabled(r != nullptr);
    d->moveReason->setEnabled(r && r->certificateNumber.isEmpty());
    d->moveButton->setEnabled(r && r->certificateNumber.isEmpty());
    d->moveButton->setText(r && r->kind == core::QuarantineKind::Central ? tr("Move home")
                                                                         : tr("Move to central quarantine"));
    if (!r) {
        d->detail->setText(tr("Choose a person in the list."));
        d->releaseButton->setText(tr("Release: issue the pass and the health certificate"));
        d->releaseButton->setEnabled(false);
        return;
    }
    if (!r->certificateNumber.isEmpty()) {
        d->detail->setText(
            tr("%1 was released on %2: health certificate %3.")
                .arg(r->name, QLocale().toString(r->released, QLocale::ShortFormat), r->certificateNumber));
        d->releaseButton->setText(tr("Save the health certificate again…"));
        d->releaseButton->setEnabled(true);
        return;
    }
    const std::optional<core::Refusal> why = d->desk.releaseRefusal(r->personId);
    d->detail->setText(
        why ? tr("%1: %2").arg(r->name, RefusalText::text(*why))
            : tr("%1 may be released: the quarantine is over and no flag is open.").arg(r->name));
    d->releaseButton->setText(tr("Release: issue the pass and the health certificate…"));
    d->releaseButton->setEnabled(!why);
}

void QuarantinePanel::fillGrid()
{
    QList<TemperatureGrid::Line> lines;
    const core::ReturneeGroup* g = d->selectedGroup();
    const QDate date = d->reportDate->date();
    const auto slot = static_cast<core::TemperatureSlot>(d->slot->currentData().toInt());
    if (g) {
        for (const core::ReturneeRow& r : g->returnees) {
            if (!r.certificateNumber.isEmpty())
                continue;
            TemperatureGrid::Line line{r.personId, r.name, {}};
            for (const core::TemperatureReading& t : d->desk.temperaturesOf(r.personId))
                if (t.date == date && t.slot == slot)
                    line.current = t.celsius;
            lines.append(line);
        }
    }
    d->grid->setLines(lines);
    d->tempBox->setEnabled(!lines.isEmpty());
}

void QuarantinePanel::saveTemperatures()
{
    QString badName;
    const auto entries = d->grid->entries(&badName);
    if (!entries) {
        d->setStatus(tr("%1: the temperature is not a number.").arg(badName), true);
        return;
    }
    if (entries->isEmpty()) {
        d->setStatus(tr("Type the temperatures first."), true);
        return;
    }
    try {
        d->desk.recordTemperatures(d->reportDate->date(),
                                   static_cast<core::TemperatureSlot>(d->slot->currentData().toInt()),
                                   *entries, d->services.actor);
    } catch (const core::RefusedError& e) {
        // A reading out of range names its person: the cursor goes to that line.
        const QStringList& args = e.refusal().args;
        const qint64 person = args.isEmpty() ? 0 : args.last().toLongLong();
        for (int i = 0; i < d->grid->lineCount(); ++i)
            if (d->grid->edit(i)->objectName() == QStringLiteral("temperature_%1").arg(person)) {
                d->grid->edit(i)->setFocus();
                d->grid->edit(i)->selectAll();
            }
        showRefusalOrError(e);
        return;
    } catch (const std::exception& e) {
        showRefusalOrError(e);
        return;
    }
    d->setStatus(tr("Temperatures saved: %1.").arg(entries->size()), false);
    refresh();
    fillGrid();
}

void QuarantinePanel::recordCheck()
{
    const core::ReturneeRow* r = d->selectedRow();
    if (!r)
        return;
    const auto kind = static_cast<core::CheckKind>(d->checkKind->currentData().toInt());
    const auto result = static_cast<core::CheckResult>(d->checkResult->currentData().toInt());
    const QString name = r->name;
    try {
        d->desk.recordCheck(r->personId, kind, result, d->checkNote->text(), d->services.actor);
    } catch (const std::exception& e) {
        showRefusalOrError(e);
        return;
    }
    d->checkNote->clear();
    d->setStatus(tr("%1: %2 recorded (%3).").arg(name, checkKindName(kind), checkResultName(result)), false);
    refresh();
}

void QuarantinePanel::move()
{
    const core::ReturneeRow* r = d->selectedRow();
    if (!r)
        return;
    const core::QuarantineKind to =
        r->kind == core::QuarantineKind::Central ? core::QuarantineKind::Home : core::QuarantineKind::Central;
    const QString name = r->name;
    try {
        d->desk.move(r->personId, to, d->moveReason->text(), d->services.actor);
    } catch (const core::RefusedError& e) {
        if (e.refusal().code == core::RefusalCode::MoveReasonMissing)
            d->moveReason->setFocus();
        showRefusalOrError(e);
        return;
    } catch (const std::exception& e) {
        showRefusalOrError(e);
        return;
    }
    d->moveReason->clear();
    d->setStatus(to == core::QuarantineKind::Central ? tr("%1 is now in central quarantine.").arg(name)
                                                     : tr("%1 is back in home quarantine.").arg(name),
                 false);
    refresh();
}

void QuarantinePanel::release()
{
    const core::ReturneeRow* r = d->selectedRow();
    if (!r)
        return;
    const qint64 personId = r->personId;
    const QString name = r->name;
    QString number = r->certificateNumber;
    const QString folder = QFileInfo(d->services.databasePath).absolutePath();
    const QString path = Prompts::askSaveFile(
        this, tr("Save the health certificate"),
        QDir(folder).filePath(tr("health-certificate-%1.pdf").arg(name)), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return; // cancelled: nothing released
    QString passText;
    if (number.isEmpty()) {
        try {
            const core::ReleaseOutcome out = d->desk.release(personId, d->services.actor);
            number = out.certificateNumber;
            passText = out.passIssued ? tr("pass %1 issued").arg(out.pass.serial)
                                      : tr("pass %1 kept (valid until %2)")
                                            .arg(out.pass.serial, QLocale().toString(out.pass.validUntil,
                                                                                     QLocale::ShortFormat));
        } catch (const std::exception& e) {
            showRefusalOrError(e);
            refresh();
            return;
        }
    }
    refresh();
    select(personId);
    const std::optional<core::CertificateFacts> facts = d->desk.certificate(number);
    QString error;
    if (!facts || !print::HealthCertificate::writePdf(
                      path, print::HealthCertificateData::from(*facts, d->community), &error)) {
        // The release stands (one transaction, committed); the PDF can be saved again from the row.
        d->setStatus(
            tr("%1 is released (health certificate %2), but the PDF could not be saved there. Choose "
               "\"Show released\" and save it again.")
                .arg(name, number),
            true);
        return;
    }
    d->setStatus(passText.isEmpty() ? tr("Health certificate %1 saved: %2").arg(number, path)
                                    : tr("%1 released: %2, health certificate %3 saved: %4")
                                          .arg(name, passText, number, QDir::toNativeSeparators(path)),
                 false);
}

void QuarantinePanel::showRefusalOrError(const std::exception& e)
{
    d->setStatus(RefusalText::error(e), true);
}

} // namespace gatepost::gui
