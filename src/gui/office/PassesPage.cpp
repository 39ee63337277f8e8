#include "PassesPage.h"

#include "OfficeText.h"
#include "PassDialogs.h"
#include "gui/CategoryNames.h"
#include "gui/Prompts.h"
#include "gui/office/OfficeServices.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>

namespace gatepost::gui::office {

namespace {

constexpr int kHolderColumn = 1;
const QColor kNotValid(0xF4, 0xE1, 0xE1); // revoked, lost, suspended or out of date

} // namespace

PassesPage::PassesPage(OfficeServices& services, QWidget* parent)
    : RegistryPage(services, "passesPage", parent)
{
    table()->setSelectionMode(QAbstractItemView::ExtendedSelection); // print a selection
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    addBesideSearch(m_statusFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] { refresh(); });

    m_issue = addButton("issueButton");
    m_batch = addButton("batchIssueButton");
    m_reissue = addButton("reissueButton");
    m_lost = addButton("lostButton");
    m_suspend = addButton("suspendButton");
    m_resume = addButton("resumeButton");
    m_revoke = addButton("revokeButton");
    m_extend = addButton("extendButton");
    m_printButton = addButton("printButton");
    m_printButton->hide();
    connect(m_issue, &QPushButton::clicked, this, &PassesPage::addNew);
    connect(m_batch, &QPushButton::clicked, this, &PassesPage::issueBatch);
    connect(m_reissue, &QPushButton::clicked, this, &PassesPage::reissue);
    connect(m_lost, &QPushButton::clicked, this, &PassesPage::reportLost);
    connect(m_suspend, &QPushButton::clicked, this, &PassesPage::suspend);
    connect(m_resume, &QPushButton::clicked, this, &PassesPage::resume);
    connect(m_revoke, &QPushButton::clicked, this, &PassesPage::revoke);
    connect(m_extend, &QPushButton::clicked, this, &PassesPage::extend);
    connect(m_printButton, &QPushButton::clicked, this, &PassesPage::print);
    auto* printKey = new QShortcut(QKeySequence::Print, this, [this] { print(); });
    printKey->setContext(Qt::WidgetWithChildrenShortcut);
    retranslate();
    refresh();
}

void PassesPage::setPrintHandler(PrintHandler handler)
{
    m_print = std::move(handler);
    m_printButton->setVisible(bool(m_print));
}

QStringList PassesPage::selectedSerials() const
{
    QList<int> rows;
    for (const QModelIndex& index : table()->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QStringList serials;
    for (int row : rows)
        serials << model()->key(row).toString();
    return serials;
}

QStringList PassesPage::headers() const
{
    return {tr("Serial"),     tr("Holder"),      tr("Category"), tr("Address"),
            tr("Valid from"), tr("Valid until"), tr("Status"),   tr("Generation")};
}

QList<OfficeTableModel::Row> PassesPage::search(const QString& text, qint64* total)
{
    core::OfficeQuery q;
    q.text = text;
    q.limit = kRowLimit;
    if (m_statusFilter->currentIndex() > 0)
        q.status = static_cast<core::PassStatus>(m_statusFilter->currentData().toInt());
    const auto page = m_services.registry.listPasses(q);
    *total = page.total;
    QList<OfficeTableModel::Row> rows;
    for (const core::PassRow& p : page.rows) {
        const bool valid = p.pass.status == core::PassStatus::Active && p.inDate;
        rows.append({p.pass.serial,
                     {p.pass.serial, p.holderName, categoryName(p.pass.category), p.address,
                      dateText(p.pass.validFrom), dateText(p.pass.validUntil),
                      p.inDate || p.pass.status != core::PassStatus::Active ? statusName(p.pass.status)
                                                                            : tr("out of date"),
                      QString::number(p.pass.generation)},
                     valid ? QColor() : kNotValid});
    }
    return rows;
}

void PassesPage::retranslate()
{
    m_searchEdit->setPlaceholderText(
        tr("Search: serial, holder's name or pinyin, plate or address (Ctrl+F)"));
    const int status = m_statusFilter->currentIndex();
    const QSignalBlocker quiet(m_statusFilter);
    m_statusFilter->clear();
    m_statusFilter->addItem(tr("Any status"), -1);
    for (core::PassStatus s : core::allPassStatuses())
        m_statusFilter->addItem(statusName(s), static_cast<int>(s));
    m_statusFilter->setCurrentIndex(std::max(0, status));
    m_issue->setText(tr("Issue… (Ctrl+N)"));
    m_batch->setText(tr("Batch issue…"));
    m_reissue->setText(tr("Reissue…"));
    m_lost->setText(tr("Report lost…"));
    m_suspend->setText(tr("Suspend…"));
    m_resume->setText(tr("Resume…"));
    m_revoke->setText(tr("Revoke…"));
    m_extend->setText(tr("Extend… (F2)"));
    m_printButton->setText(tr("Print… (Ctrl+P)"));
}

void PassesPage::updateActions()
{
    const bool chosen = currentKey().isValid();
    for (QPushButton* b : {m_reissue, m_lost, m_suspend, m_resume, m_revoke, m_extend})
        b->setEnabled(chosen);
    m_printButton->setEnabled(!selectedSerials().isEmpty());
}

QString PassesPage::holderOf(const QVariant& key) const
{
    const int row = model()->rowOf(key);
    return row < 0 ? QString() : model()->rows().at(row).cells.value(kHolderColumn);
}

void PassesPage::addNew()
{
    auto* dialog = new IssueDialog(m_services.registry, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSave([this, dialog] {
        const core::Pass pass = m_services.registry.issue(dialog->request(), m_services.actor);
        m_searchEdit->setText(pass.serial);
        refresh();
        select(pass.serial);
        showResult(tr("Pass %1 issued to %2, valid until %3.")
                       .arg(pass.serial, holderOf(pass.serial), dateText(pass.validUntil)));
        emit registryChanged();
    });
    dialog->open();
}

void PassesPage::editCurrent()
{
    extend();
}

void PassesPage::issueBatch()
{
    auto* dialog = new BatchIssueDialog(m_services.registry, 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSave([this, dialog] {
        const core::BatchIssueResult result =
            m_services.registry.issueBatch(dialog->request(), m_services.actor);
        refresh();
        showResult(tr("Passes issued: %1. Skipped: %2 (they hold a valid pass already).")
                       .arg(result.issued.size())
                       .arg(result.skipped));
        emit registryChanged();
    });
    dialog->open();
}

void PassesPage::reissue()
{
    const QVariant key = currentKey();
    if (!key.isValid())
        return;
    const QString serial = key.toString();
    if (!Prompts::askYesNo(
            this, tr("Reissue pass %1").arg(serial),
            tr("Pass %1 of %2 gets a new code. The card printed so far stops working at every "
               "gate (once the gates have synced): print the new card and take the old one back.")
                .arg(serial, holderOf(key)),
            tr("Reissue"), tr("Cancel")))
        return;
    try {
        const core::Pass pass = m_services.registry.reissue(serial, m_services.actor);
        refresh();
        showResult(
            tr("Pass %1 reissued (generation %2). Print the new card: the old one is refused at the gates.")
                .arg(pass.serial)
                .arg(pass.generation));
        emit registryChanged();
    } catch (const std::exception& e) {
        showFailure(e);
    }
}

void PassesPage::changeStatus(const QString& title, const QString& what, const QString& warning,
                              Change change, const QString& done)
{
    const QVariant key = currentKey();
    if (!key.isValid())
        return;
    const QString serial = key.toString();
    auto* dialog = new ReasonDialog(title, what.arg(serial, holderOf(key)), warning, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSave([this, dialog, serial, change, done] {
        const core::Pass pass = change(serial, dialog->reason());
        refresh();
        showResult(done.arg(pass.serial));
        emit registryChanged();
    });
    dialog->open();
}

void PassesPage::reportLost()
{
    auto& r = m_services.registry;
    changeStatus(
        tr("Report lost"), tr("Pass %1 of %2 is reported lost."),
        tr("The card stops working at every gate. Reissue the pass to give a new card."),
        [this, &r](const QString& s, const QString& why) { return r.reportLost(s, why, m_services.actor); },
        tr("Pass %1 is marked lost: the card is refused at the gates."));
}

void PassesPage::suspend()
{
    auto& r = m_services.registry;
    changeStatus(
        tr("Suspend"), tr("Pass %1 of %2 is suspended."),
        tr("The card is refused at every gate until the pass is resumed."),
        [this, &r](const QString& s, const QString& why) { return r.suspend(s, why, m_services.actor); },
        tr("Pass %1 is suspended."));
}

void PassesPage::resume()
{
    auto& r = m_services.registry;
    changeStatus(
        tr("Resume"), tr("Pass %1 of %2 works again."), {},
        [this, &r](const QString& s, const QString& why) { return r.resume(s, why, m_services.actor); },
        tr("Pass %1 is active again."));
}

void PassesPage::revoke()
{
    auto& r = m_services.registry;
    changeStatus(
        tr("Revoke"), tr("Pass %1 of %2 is revoked for good."),
        tr("The card is refused at every gate, and the pass cannot be used again."),
        [this, &r](const QString& s, const QString& why) { return r.revoke(s, why, m_services.actor); },
        tr("Pass %1 is revoked."));
}

void PassesPage::extend()
{
    const QVariant key = currentKey();
    if (!key.isValid())
        return;
    const QString serial = key.toString();
    std::optional<core::Pass> pass;
    try {
        pass = m_services.registry.pass(serial);
    } catch (const std::exception& e) {
        return showFailure(e);
    }
    if (!pass)
        return;
    const QDate suggested = std::max(pass->validUntil, m_services.registry.today())
                                .addDays(m_services.registry.policy().validityDaysOf(pass->category));
    auto* dialog = new ExtendDialog(*pass, holderOf(key), suggested, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSave([this, dialog, serial] {
        const core::Pass p =
            m_services.registry.extend(serial, dialog->validUntil(), dialog->reason(), m_services.actor);
        refresh();
        showResult(tr("Pass %1 is now valid until %2.").arg(p.serial, dateText(p.validUntil)));
        emit registryChanged();
    });
    dialog->open();
}

void PassesPage::print()
{
    const QStringList serials = selectedSerials();
    if (!m_print || serials.isEmpty())
        return;
    m_print(serials, this);
}

} // namespace gatepost::gui::office
