#include "ReviewPage.h"

#include "CrossingTableModel.h"
#include "ReviewCharts.h"
#include "core/CrossingReview.h"
#include "core/CsvExport.h"
#include "core/Registry.h"
#include "core/Roster.h"
#include "gui/CategoryNames.h"
#include "gui/RefusalText.h"
#include "print/TablePdf.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace gatepost::gui {

struct ReviewPage::Private
{
    ReviewServices s;
    core::CrossingReview review;
    QTimeZone zone;
    CrossingTableModel* model = nullptr;
    QDateTimeEdit* from = nullptr;
    QDateTimeEdit* to = nullptr;
    QComboBox* gate = nullptr;
    QComboBox* direction = nullptr;
    QComboBox* verdict = nullptr;
    QComboBox* reason = nullptr;
    QComboBox* category = nullptr;
    QComboBox* kind = nullptr;
    QLineEdit* volunteer = nullptr;
    QLineEdit* search = nullptr;
    QTableView* table = nullptr;
    QLabel* count = nullptr;
    QLabel* message = nullptr;
    ReviewCharts* charts = nullptr;
    QTimer typing;

    explicit Private(ReviewServices services)
        : s(services)
        , review(services.db)
        , zone(core::policyTimeZone(services.registry.policy().timeZone))
    {
    }
    core::Roster roster() const { return core::Roster(s.registry.policy()); }
};

namespace {

QComboBox* combo(QWidget* parent, const char* name, const QString& any)
{
    auto* c = new QComboBox(parent);
    c->setObjectName(QString::fromLatin1(name));
    c->addItem(any);
    return c;
}

} // namespace

ReviewPage::ReviewPage(ReviewServices services, QWidget* parent)
    : QWidget(parent)
    , d(new Private(services))
{
    d->model = new CrossingTableModel(d->review, d->zone, this);

    d->from = new QDateTimeEdit(this);
    d->from->setObjectName(QStringLiteral("from"));
    d->to = new QDateTimeEdit(this);
    d->to->setObjectName(QStringLiteral("to"));
    for (QDateTimeEdit* e : {d->from, d->to}) {
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        e->setCalendarPopup(true); // wall-clock time of the community's zone (Qt 6.4 edits have no zone)
    }
    auto* thisShift = new QPushButton(tr("This shift"), this);
    thisShift->setObjectName(QStringLiteral("thisShift"));
    auto* lastShift = new QPushButton(tr("Last shift"), this);
    lastShift->setObjectName(QStringLiteral("lastShift"));
    auto* today = new QPushButton(tr("Today"), this);
    auto* week = new QPushButton(tr("7 days"), this);

    d->gate = combo(this, "gate", tr("Both gates"));
    for (const QString& g : {QStringLiteral("north"), QStringLiteral("south")})
        d->gate->addItem(gateName(g), g);
    d->direction = combo(this, "direction", tr("In and out"));
    d->direction->addItem(tr("In"), int(core::Direction::In));
    d->direction->addItem(tr("Out"), int(core::Direction::Out));
    d->verdict = combo(this, "verdict", tr("Every verdict"));
    d->verdict->addItem(tr("Green"), int(core::Verdict::Allow));
    d->verdict->addItem(tr("Red"), int(core::Verdict::Deny));
    d->verdict->addItem(tr("Amber"), int(core::Verdict::Check));
    d->reason = combo(this, "reason", tr("Every reason"));
    for (core::Reason r : core::allReasons())
        d->reason->addItem(reasonText(r), int(r));
    d->category = combo(this, "category", tr("Every category"));
    for (core::Category c : core::allCategories())
        d->category->addItem(categoryName(c), int(c));
    d->kind = combo(this, "kind", tr("Every entry"));
    d->kind->addItem(tr("Crossings"), 0);
    d->kind->addItem(tr("Decisions"), 1);
    d->kind->addItem(tr("Incidents"), 2);
    d->volunteer = new QLineEdit(this);
    d->volunteer->setObjectName(QStringLiteral("volunteer"));
    d->volunteer->setPlaceholderText(tr("Volunteer"));
    d->search = new QLineEdit(this);
    d->search->setObjectName(QStringLiteral("search"));
    d->search->setPlaceholderText(tr("Serial, name, plate or address"));
    d->search->setClearButtonEnabled(true);

    auto* filters = new QGridLayout;
    filters->addWidget(new QLabel(tr("From"), this), 0, 0);
    filters->addWidget(d->from, 0, 1);
    filters->addWidget(new QLabel(tr("to"), this), 0, 2);
    filters->addWidget(d->to, 0, 3);
    auto* quick = new QHBoxLayout;
    for (QPushButton* b : {thisShift, lastShift, today, week})
        quick->addWidget(b);
    filters->addLayout(quick, 0, 4, 1, 3);
    int col = 0;
    for (QWidget* w : std::initializer_list<QWidget*>{d->gate, d->direction, d->verdict, d->reason,
                                                      d->category, d->kind, d->volunteer})
        filters->addWidget(w, 1, col++);
    filters->addWidget(d->search, 2, 0, 1, 4);

    d->table = new QTableView(this);
    d->table->setObjectName(QStringLiteral("crossings"));
    d->table->setModel(d->model);
    d->table->setSelectionBehavior(QAbstractItemView::SelectRows);
    d->table->setSelectionMode(QAbstractItemView::SingleSelection);
    d->table->setSortingEnabled(true);
    d->table->horizontalHeader()->setSortIndicator(CrossingTableModel::Time, Qt::DescendingOrder);
    d->table->horizontalHeader()->setStretchLastSection(true);
    d->table->verticalHeader()->hide();
    d->count = new QLabel(this);
    d->count->setObjectName(QStringLiteral("count"));
    d->message = new QLabel(this);
    d->message->setObjectName(QStringLiteral("message"));
    d->message->setWordWrap(true);
    auto* history = new QPushButton(tr("History of this pass"), this);
    history->setObjectName(QStringLiteral("history"));
    auto* csv = new QPushButton(tr("Export CSV…"), this);
    csv->setObjectName(QStringLiteral("exportCsv"));
    auto* pdf = new QPushButton(tr("Save view as PDF…"), this);
    pdf->setObjectName(QStringLiteral("exportPdf"));
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(d->count);
    bottom->addWidget(d->message, 1);
    bottom->addWidget(history);
    bottom->addWidget(csv);
    bottom->addWidget(pdf);

    d->charts = new ReviewCharts(d->review, d->zone, this);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(d->table);
    split->addWidget(d->charts);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addLayout(bottom);

    d->typing.setSingleShot(true);
    d->typing.setInterval(250);
    connect(&d->typing, &QTimer::timeout, this, &ReviewPage::refresh);
    for (QComboBox* c : {d->gate, d->direction, d->verdict, d->reason, d->category, d->kind})
        connect(c, &QComboBox::currentIndexChanged, this, &ReviewPage::refresh);
    for (QLineEdit* e : {d->volunteer, d->search})
        connect(e, &QLineEdit::textChanged, &d->typing, qOverload<>(&QTimer::start));
    for (QDateTimeEdit* e : {d->from, d->to})
        connect(e, &QDateTimeEdit::dateTimeChanged, &d->typing, qOverload<>(&QTimer::start));
    connect(thisShift, &QPushButton::clicked, this, [this] {
        const core::Shift s = d->roster().shiftAt(d->s.clock.nowUtc());
        setPeriod(s.startUtc, s.endUtc);
    });
    connect(lastShift, &QPushButton::clicked, this, [this] {
        const core::Roster r = d->roster();
        const core::Shift s = r.shiftAt(r.shiftAt(d->s.clock.nowUtc()).startUtc.addSecs(-1));
        setPeriod(s.startUtc, s.endUtc);
    });
    connect(today, &QPushButton::clicked, this, [this] {
        const QDateTime midnight(d->s.clock.nowUtc().toTimeZone(d->zone).date(), QTime(0, 0), d->zone);
        setPeriod(midnight.toUTC(), midnight.addDays(1).toUTC());
    });
    connect(week, &QPushButton::clicked, this, [this] {
        const QDateTime midnight(d->s.clock.nowUtc().toTimeZone(d->zone).date(), QTime(0, 0), d->zone);
        setPeriod(midnight.addDays(-6).toUTC(), midnight.addDays(1).toUTC());
    });
    connect(history, &QPushButton::clicked, this, [this] {
        const QModelIndex current = d->table->currentIndex();
        if (current.isValid())
            showHistory(d->model->entry(current.row()).passSerial);
    });
    connect(d->table, &QTableView::doubleClicked, this,
            [this](const QModelIndex& index) { showHistory(d->model->entry(index.row()).passSerial); });
    connect(csv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"),
                                                          QStringLiteral("crossings.csv"), tr("CSV (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save view as PDF"),
                                                          QStringLiteral("crossings.pdf"), tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            exportPdf(path);
    });

    // The shift that runs now: what a lead looks at first.
    const core::Shift s = d->roster().shiftAt(d->s.clock.nowUtc());
    setPeriod(s.startUtc, s.endUtc);
}

ReviewPage::~ReviewPage() = default;

CrossingTableModel& ReviewPage::model()
{
    return *d->model;
}

void ReviewPage::setPeriod(const QDateTime& fromUtc, const QDateTime& toUtc)
{
    {
        const QSignalBlocker a(d->from);
        const QSignalBlocker b(d->to);
        const QDateTime from = fromUtc.toTimeZone(d->zone);
        const QDateTime to = toUtc.toTimeZone(d->zone);
        d->from->setDateTime(QDateTime(from.date(), from.time()));
        d->to->setDateTime(QDateTime(to.date(), to.time()));
    }
    refresh();
}

void ReviewPage::showShift(const QString& shiftId)
{
    if (const auto s = d->roster().shiftById(shiftId))
        setPeriod(s->startUtc, s->endUtc);
}

core::CrossingFilter ReviewPage::filter() const
{
    core::CrossingFilter f;
    f.fromUtc = QDateTime(d->from->date(), d->from->time(), d->zone).toUTC();
    f.toUtc = QDateTime(d->to->date(), d->to->time(), d->zone).toUTC();
    if (d->gate->currentIndex() > 0)
        f.gates = {d->gate->currentData().toString()};
    if (d->direction->currentIndex() > 0)
        f.direction = core::Direction(d->direction->currentData().toInt());
    if (d->verdict->currentIndex() > 0)
        f.verdicts = {core::Verdict(d->verdict->currentData().toInt())};
    if (d->reason->currentIndex() > 0)
        f.reasons = {core::Reason(d->reason->currentData().toInt())};
    if (d->category->currentIndex() > 0)
        f.category = core::Category(d->category->currentData().toInt());
    switch (d->kind->currentIndex()) {
    case 1:
        f.kinds = {core::EntryKind::Scan, core::EntryKind::Manual, core::EntryKind::Visitor};
        break;
    case 2:
        f.kinds = {core::EntryKind::Decision};
        break;
    case 3:
        f.kinds = {core::EntryKind::Incident};
        break;
    default:
        break;
    }
    f.operatorName = d->volunteer->text().trimmed();
    f.text = d->search->text().trimmed();
    return f;
}

void ReviewPage::refresh()
{
    d->typing.stop();
    d->message->clear();
    const core::CrossingFilter f = filter();
    try {
        d->model->setFilter(f);
        d->charts->update(f);
    } catch (const std::exception& e) {
        d->message->setText(RefusalText::error(e));
        return;
    }
    d->count->setText(tr("%n row(s)", nullptr, int(qMin<qint64>(d->model->totalCount(), INT_MAX))));
    emit refreshed(d->model->totalCount());
}

bool ReviewPage::exportCsv(const QString& path)
{
    QSaveFile file(path);
    qint64 rows = 0;
    bool written = file.open(QIODevice::WriteOnly);
    if (written) {
        try {
            rows = core::csvexport::exportCrossings(d->s.db, filter(), d->s.role,
                                                    [&](const QByteArray& chunk) { file.write(chunk); });
        } catch (const std::exception& e) {
            file.cancelWriting();
            d->message->setText(RefusalText::error(e));
            return false;
        }
        written = file.commit();
    }
    if (!written) {
        d->message->setText(
            tr("The file %1 could not be written. Nothing was lost: choose another folder.").arg(path));
        return false;
    }
    try {
        core::AuditTrail(d->s.db, d->s.clock)
            .append(d->s.actor, core::AuditAction::LogExport, path, {}, QString::number(rows));
    } catch (const std::exception& e) {
        d->message->setText(RefusalText::error(e));
        return false;
    }
    d->message->setText(tr("%n row(s) exported to %1", nullptr, int(rows)).arg(path));
    return true;
}

bool ReviewPage::exportPdf(const QString& path)
{
    print::TableDocument doc;
    doc.title = tr("Crossing log");
    const auto when = [&](const QDateTimeEdit* e) {
        return e->dateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    doc.lines << tr("From %1 to %2").arg(when(d->from), when(d->to));
    QStringList chosen;
    for (QComboBox* c : {d->gate, d->direction, d->verdict, d->reason, d->category, d->kind})
        if (c->currentIndex() > 0)
            chosen << c->currentText();
    for (QLineEdit* e : {d->volunteer, d->search})
        if (!e->text().trimmed().isEmpty())
            chosen << QStringLiteral("“%1”").arg(e->text().trimmed());
    if (!chosen.isEmpty())
        doc.lines << tr("Filter: %1").arg(chosen.join(QStringLiteral("; ")));

    // The rows as the table shows them, fetched page by page like the view (never the whole log).
    CrossingTableModel rows(d->review, d->zone);
    try {
        rows.setFilter(filter());
        if (d->model->order() != rows.order())
            rows.sort(CrossingTableModel::Time, d->model->order() == core::ReviewOrder::OldestFirst
                                                    ? Qt::AscendingOrder
                                                    : Qt::DescendingOrder);
        while (rows.rowCount() < kPdfRows && rows.canFetchMore({}))
            rows.fetchMore({});
    } catch (const std::exception& e) {
        d->message->setText(RefusalText::error(e));
        return false;
    }
    const int shown = qMin(rows.rowCount(), kPdfRows);
    doc.lines
        << (shown < rows.totalCount()
                ? tr("The first %1 of %2 rows. Export CSV for all of them.").arg(shown).arg(rows.totalCount())
                : tr("%n row(s)", nullptr, shown));
    doc.lines << tr("Printed %1 by %2")
                     .arg(
                         d->s.clock.nowUtc().toTimeZone(d->zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                         d->s.actor.name);
    for (int c = 0; c < CrossingTableModel::ColumnCount; ++c)
        doc.headers << rows.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    doc.widths = {2.5, 1.2, 1.1, 1.0, 1.2, 1.0, 2.6, 1.3, 0.6, 2.6};
    for (int r = 0; r < shown; ++r) {
        QStringList cells;
        for (int c = 0; c < CrossingTableModel::ColumnCount; ++c)
            cells << rows.data(rows.index(r, c), Qt::DisplayRole).toString();
        doc.rows << cells;
    }
    doc.page = tr("Page %1 of %2");
    if (!print::TablePdf::writePdf(path, doc)) {
        d->message->setText(
            tr("The file %1 could not be written. Nothing was lost: choose another folder.").arg(path));
        return false;
    }
    try {
        core::AuditTrail(d->s.db, d->s.clock)
            .append(d->s.actor, core::AuditAction::LogExport, path, {}, QString::number(shown));
    } catch (const std::exception& e) {
        d->message->setText(RefusalText::error(e));
        return false;
    }
    d->message->setText(tr("%n row(s) saved to %1", nullptr, shown).arg(path));
    return true;
}

void ReviewPage::showHistory(const QString& serial)
{
    if (serial.isEmpty()) {
        d->message->setText(tr("This row has no pass."));
        return;
    }
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("historyDialog"));
    dialog.setWindowTitle(tr("Pass %1: every crossing").arg(serial));
    auto* model = new CrossingTableModel(d->review, d->zone, &dialog);
    core::CrossingFilter f;
    f.serial = serial;
    model->setFilter(f); // newest first, fetched page by page
    auto* view = new QTableView(&dialog);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("%n crossing(s)", nullptr, int(model->totalCount())), &dialog));
    layout->addWidget(view);
    layout->addWidget(buttons);
    dialog.resize(900, 500);
    dialog.exec();
}

} // namespace gatepost::gui
