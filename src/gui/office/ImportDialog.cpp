#include "ImportDialog.h"

#include "ImportText.h"

#include "gui/Prompts.h"
#include "gui/RefusalText.h"

#include "core/Registry.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <optional>

namespace gatepost::gui {

using core::ImportField;
using core::ImportStatus;

namespace {

enum ReportColumn { LineColumn, ResultColumn, FieldColumn, ValueColumn, DetailColumn, ColumnCount };

enum class Tone { Good, Notice, Bad };

Tone toneOf(ImportStatus s)
{
    if (core::isImported(s))
        return Tone::Good;
    if (s == ImportStatus::EmptyRow || s == ImportStatus::Duplicate || s == ImportStatus::DuplicateInFile)
        return Tone::Notice;
    return Tone::Bad;
}

// A check or an import of a large list takes a few seconds: say so with the cursor.
class BusyCursor
{
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    Q_DISABLE_COPY_MOVE(BusyCursor)
};

// Light backgrounds, so the text stays readable; the words say it too (never colour alone).
QColor background(Tone t)
{
    switch (t) {
    case Tone::Good:
        return QColor(0xE3, 0xF4, 0xE1);
    case Tone::Notice:
        return QColor(0xFF, 0xF1, 0xC9);
    case Tone::Bad:
        return QColor(0xFB, 0xDD, 0xDA);
    }
    return {};
}

} // namespace

struct ImportDialog::Private
{
    explicit Private(OfficeServices& s)
        : services(s)
        , importer(s.registry, s.clock)
    {
    }

    OfficeServices& services;
    core::Importer importer;
    QString path;
    QString lastFolder;
    QHash<QString, ImportField> mapping; // what the user chose for a header
    std::optional<core::ImportReport> report;
    bool checked = false; // the report is a dry run of the file with the current settings
    bool filling = false; // the mapping table is being refilled: its signals are not the user's

    QLabel* fileLabel = nullptr;
    QPushButton* chooseButton = nullptr;
    QComboBox* kindBox = nullptr;
    QCheckBox* createHouseholdsBox = nullptr;
    QTableWidget* mappingTable = nullptr;
    QLabel* messageLabel = nullptr;
    QLabel* countsLabel = nullptr;
    QCheckBox* problemsOnlyBox = nullptr;
    QTableView* reportView = nullptr;
    QStandardItemModel* reportModel = nullptr;
    QPushButton* checkButton = nullptr;
    QPushButton* importButton = nullptr;
    QPushButton* closeButton = nullptr;
};

ImportDialog::ImportDialog(OfficeServices& services, QWidget* parent)
    : QDialog(parent)
    , d(std::make_unique<Private>(services))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import a list"));
    resize(1100, 680);

    d->fileLabel = new QLabel(tr("No file chosen"), this);
    d->fileLabel->setObjectName(QStringLiteral("fileLabel"));
    d->fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    d->chooseButton = new QPushButton(tr("Choose file…"), this);
    d->chooseButton->setObjectName(QStringLiteral("chooseButton"));
    d->chooseButton->setShortcut(QKeySequence::Open);
    d->kindBox = new QComboBox(this);
    d->kindBox->setObjectName(QStringLiteral("kindBox"));
    for (core::ImportKind k : core::allImportKinds())
        d->kindBox->addItem(ImportText::kindName(k), static_cast<int>(k));
    d->kindBox->setCurrentIndex(d->kindBox->findData(static_cast<int>(core::ImportKind::Residents)));
    d->createHouseholdsBox = new QCheckBox(tr("Create households for addresses not registered yet"), this);
    d->createHouseholdsBox->setObjectName(QStringLiteral("createHouseholdsBox"));

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(d->fileLabel, 1);
    fileRow->addWidget(d->chooseButton);
    auto* form = new QFormLayout;
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("The file lists:"), d->kindBox);
    form->addRow(QString(), d->createHouseholdsBox);

    d->mappingTable = new QTableWidget(0, 2, this);
    d->mappingTable->setObjectName(QStringLiteral("mappingTable"));
    d->mappingTable->setHorizontalHeaderLabels({tr("Column in the file"), tr("Means")});
    d->mappingTable->horizontalHeader()->setStretchLastSection(true);
    d->mappingTable->verticalHeader()->hide();
    d->mappingTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    d->mappingTable->setMaximumWidth(340);

    d->messageLabel = new QLabel(this);
    d->messageLabel->setObjectName(QStringLiteral("messageLabel"));
    d->messageLabel->setWordWrap(true);
    d->countsLabel = new QLabel(this);
    d->countsLabel->setObjectName(QStringLiteral("countsLabel"));
    d->problemsOnlyBox = new QCheckBox(tr("Only rows that are not imported"), this);
    d->problemsOnlyBox->setObjectName(QStringLiteral("problemsOnlyBox"));

    d->reportModel = new QStandardItemModel(0, ColumnCount, this);
    d->reportModel->setHorizontalHeaderLabels(
        {tr("Line"), tr("Result"), tr("Column"), tr("Value"), tr("What to do")});
    d->reportView = new QTableView(this);
    d->reportView->setObjectName(QStringLiteral("reportView"));
    d->reportView->setModel(d->reportModel);
    d->reportView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    d->reportView->setSelectionBehavior(QAbstractItemView::SelectRows);
    d->reportView->verticalHeader()->hide();
    d->reportView->horizontalHeader()->setStretchLastSection(true);

    d->checkButton = new QPushButton(tr("Check"), this);
    d->checkButton->setObjectName(QStringLiteral("checkButton"));
    d->importButton = new QPushButton(tr("Import"), this);
    d->importButton->setObjectName(QStringLiteral("importButton"));
    d->closeButton = new QPushButton(tr("Close"), this);
    d->closeButton->setObjectName(QStringLiteral("closeButton"));
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(d->checkButton, QDialogButtonBox::ActionRole);
    buttons->addButton(d->importButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(d->closeButton, QDialogButtonBox::RejectRole);

    auto* columns = new QVBoxLayout;
    columns->addWidget(new QLabel(tr("Columns"), this));
    columns->addWidget(d->mappingTable, 1);
    auto* reportBox = new QVBoxLayout;
    auto* countsRow = new QHBoxLayout;
    countsRow->addWidget(d->countsLabel, 1);
    countsRow->addWidget(d->problemsOnlyBox);
    reportBox->addLayout(countsRow);
    reportBox->addWidget(d->reportView, 1);
    auto* middle = new QHBoxLayout;
    middle->addLayout(columns);
    middle->addLayout(reportBox, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(d->messageLabel);
    layout->addLayout(middle, 1);
    layout->addWidget(buttons);

    connect(d->chooseButton, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(d->checkButton, &QPushButton::clicked, this, &ImportDialog::check);
    connect(d->importButton, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(d->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(d->kindBox, &QComboBox::currentIndexChanged, this, [this] {
        if (d->report)
            fillMapping(*d->report); // the fields a kind reads differ
        settingsChanged();
    });
    connect(d->createHouseholdsBox, &QCheckBox::toggled, this, &ImportDialog::settingsChanged);
    connect(d->problemsOnlyBox, &QCheckBox::toggled, this, &ImportDialog::fillRows);
    updateButtons();
}

ImportDialog::~ImportDialog() = default;

QString ImportDialog::fileName() const
{
    return d->path;
}

const core::ImportReport* ImportDialog::report() const
{
    return d->report ? &*d->report : nullptr;
}

core::ImportOptions ImportDialog::options() const
{
    core::ImportOptions o;
    o.kind = static_cast<core::ImportKind>(d->kindBox->currentData().toInt());
    o.createHouseholds = d->createHouseholdsBox->isChecked();
    o.mapping = d->mapping;
    return o;
}

void ImportDialog::chooseFile()
{
    QString folder = d->lastFolder;
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = Prompts::askOpenFile(this, tr("Choose a CSV file"), folder,
                                              tr("CSV files (*.csv *.CSV);;All files (*)"));
    if (path.isEmpty())
        return;
    d->path = path;
    d->lastFolder = QFileInfo(path).absolutePath();
    d->fileLabel->setText(QFileInfo(path).fileName());
    d->fileLabel->setToolTip(path);
    d->mapping.clear(); // another file: other headers
    check();
}

void ImportDialog::check()
{
    if (d->path.isEmpty())
        return;
    const BusyCursor busy;
    try {
        const core::ImportReport r = d->importer.dryRun(d->path, options());
        fillMapping(r);
        showReport(r);
        d->checked = r.ok();
        if (r.ok())
            d->messageLabel->setText(
                r.acceptedRows() > 0
                    ? tr("Checked: nothing is written yet. Press \"Import\" to add the accepted rows.")
                    : tr("Checked: no row can be imported."));
    } catch (const std::exception& e) {
        d->checked = false;
        d->messageLabel->setText(RefusalText::error(e));
    }
    updateButtons();
}

void ImportDialog::runImport()
{
    if (!d->checked)
        return;
    const BusyCursor busy;
    try {
        const core::ImportReport r = d->importer.run(d->path, options(), d->services.actor);
        showReport(r);
        QString said = tr("Imported rows: %1.").arg(r.imported);
        if (r.householdsCreated > 0)
            said += QLatin1Char(' ') + tr("New households: %1.").arg(r.householdsCreated);
        d->messageLabel->setText(r.ok() ? said : ImportText::problem(r));
    } catch (const std::exception& e) {
        // Nothing was written: the import is one transaction.
        d->messageLabel->setText(RefusalText::error(e));
    }
    d->checked = false; // a second import needs a new check (it would find every row registered)
    updateButtons();
}

void ImportDialog::settingsChanged()
{
    if (d->filling)
        return;
    if (d->checked) {
        d->checked = false;
        d->messageLabel->setText(tr("The settings changed: check the file again before importing."));
    }
    updateButtons();
}

void ImportDialog::fillMapping(const core::ImportReport& report)
{
    d->filling = true;
    const QList<ImportField> fields = core::Importer::fieldsOf(options().kind);
    d->mappingTable->setRowCount(static_cast<int>(report.columns.size()));
    for (int i = 0; i < report.columns.size(); ++i) {
        const core::ImportColumn& c = report.columns.at(i);
        auto* header = new QTableWidgetItem(c.header);
        if (c.source == core::ImportColumn::Source::Unknown) {
            header->setBackground(background(Tone::Notice));
            header->setToolTip(tr("Not recognised: choose what this column holds."));
        }
        d->mappingTable->setItem(i, 0, header);
        auto* box = new QComboBox(d->mappingTable);
        box->setObjectName(QStringLiteral("mapping%1").arg(i));
        box->addItem(ImportText::fieldName(ImportField::None), static_cast<int>(ImportField::None));
        for (ImportField f : fields)
            box->addItem(ImportText::fieldName(f), static_cast<int>(f));
        const ImportField shown = d->mapping.value(c.header, c.field);
        box->setCurrentIndex(std::max(0, box->findData(static_cast<int>(shown))));
        const QString headerText = c.header;
        connect(box, &QComboBox::currentIndexChanged, this, [this, box, headerText] {
            if (d->filling)
                return;
            d->mapping.insert(headerText, static_cast<ImportField>(box->currentData().toInt()));
            settingsChanged();
        });
        d->mappingTable->setCellWidget(i, 1, box);
    }
    d->mappingTable->resizeColumnToContents(0);
    d->filling = false;
}

void ImportDialog::showReport(const core::ImportReport& report)
{
    d->report = report;
    if (!report.ok()) {
        d->messageLabel->setText(ImportText::problem(report));
        d->countsLabel->clear();
        d->reportModel->removeRows(0, d->reportModel->rowCount());
        return;
    }
    const auto& c = report.counts;
    const int duplicates = c.value(ImportStatus::Duplicate) + c.value(ImportStatus::DuplicateInFile);
    const int empty = c.value(ImportStatus::EmptyRow);
    const int refused = static_cast<int>(report.rows.size()) - report.acceptedRows() - duplicates - empty;
    d->countsLabel->setText((report.dryRun ? tr("To import: %1").arg(report.acceptedRows())
                                           : tr("Imported: %1").arg(report.imported)) +
                            QStringLiteral("  ·  ") +
                            tr("Already registered or repeated: %1").arg(duplicates) +
                            QStringLiteral("  ·  ") + tr("Refused: %1").arg(refused) +
                            QStringLiteral("  ·  ") + tr("Empty rows: %1").arg(empty));
    fillRows();
}

void ImportDialog::fillRows()
{
    d->reportModel->removeRows(0, d->reportModel->rowCount());
    if (!d->report || !d->report->ok())
        return;
    const bool problemsOnly = d->problemsOnlyBox->isChecked();
    for (const core::ImportRow& row : d->report->rows) {
        if (problemsOnly && core::isImported(row.status))
            continue;
        QList<QStandardItem*> items;
        items << new QStandardItem(QString::number(row.line))
              << new QStandardItem(ImportText::statusName(row.status))
              << new QStandardItem(row.field == ImportField::None ? QString()
                                                                  : ImportText::fieldName(row.field))
              << new QStandardItem(row.value) << new QStandardItem(ImportText::rowDetail(row));
        const QColor colour = background(toneOf(row.status));
        for (QStandardItem* item : items)
            item->setBackground(colour);
        items.first()->setData(row.line, Qt::UserRole);
        d->reportModel->appendRow(items);
    }
    d->reportView->resizeColumnsToContents();
}

void ImportDialog::updateButtons()
{
    d->checkButton->setEnabled(!d->path.isEmpty());
    d->importButton->setEnabled(d->checked && d->report && d->report->ok() && d->report->dryRun &&
                                d->report->acceptedRows() > 0);
}

} // namespace gatepost::gui
