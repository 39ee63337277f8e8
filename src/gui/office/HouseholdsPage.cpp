#include "HouseholdsPage.h"

#include "OfficeText.h"
#include "PassDialogs.h"
#include "RecordDialogs.h"
#include "gui/office/OfficeServices.h"

#include <QLineEdit>
#include <QPushButton>

namespace gatepost::gui::office {

HouseholdsPage::HouseholdsPage(OfficeServices& services, QWidget* parent)
    : RegistryPage(services, "householdsPage", parent)
{
    m_add = addButton("addButton");
    m_edit = addButton("editButton");
    m_batch = addButton("batchIssueButton");
    connect(m_add, &QPushButton::clicked, this, &HouseholdsPage::addNew);
    connect(m_edit, &QPushButton::clicked, this, &HouseholdsPage::editCurrent);
    connect(m_batch, &QPushButton::clicked, this, &HouseholdsPage::issueBatch);
    retranslate();
    refresh();
}

QStringList HouseholdsPage::headers() const
{
    return {tr("Address"), tr("Area"), tr("People"), tr("Vehicles"), tr("Note")};
}

QList<OfficeTableModel::Row> HouseholdsPage::search(const QString& text, qint64* total)
{
    core::OfficeQuery q;
    q.text = text;
    q.limit = kRowLimit;
    const auto page = m_services.registry.listHouseholds(q);
    *total = page.total;
    QList<OfficeTableModel::Row> rows;
    for (const core::HouseholdRow& h : page.rows)
        rows.append({h.household.id,
                     {h.household.address, areaName(h.household.courtyard), QString::number(h.people),
                      QString::number(h.vehicles), h.household.note},
                     {}});
    return rows;
}

void HouseholdsPage::retranslate()
{
    m_searchEdit->setPlaceholderText(tr("Search: address or plate (Ctrl+F)"));
    m_add->setText(tr("New household (Ctrl+N)"));
    m_edit->setText(tr("Edit (F2)"));
    m_batch->setText(tr("Issue passes to household…"));
}

void HouseholdsPage::updateActions()
{
    const bool chosen = currentKey().isValid();
    m_edit->setEnabled(chosen);
    m_batch->setEnabled(chosen);
}

void HouseholdsPage::addNew()
{
    openDialog(std::nullopt);
}

void HouseholdsPage::editCurrent()
{
    const QVariant key = currentKey();
    if (!key.isValid())
        return;
    try {
        if (const auto h = m_services.registry.household(key.toLongLong()))
            openDialog(h);
    } catch (const std::exception& e) {
        showFailure(e);
    }
}

void HouseholdsPage::openDialog(const std::optional<core::Household>& existing)
{
    auto* dialog = new HouseholdDialog(existing, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSave([this, dialog, editing = existing.has_value()] {
        const core::Household h = dialog->household();
        qint64 id = h.id;
        if (editing)
            m_services.registry.updateHousehold(h, m_services.actor);
        else
            id = m_services.registry.addHousehold(h, m_services.actor);
        const QString address = h.address.trimmed();
        showResult(editing ? tr("Household %1 saved.").arg(address) : tr("Household %1 added.").arg(address));
        if (!editing)
            m_searchEdit->setText(address);
        refresh();
        select(id);
        emit registryChanged();
    });
    dialog->open();
}

void HouseholdsPage::issueBatch()
{
    const QVariant key = currentKey();
    auto* dialog = new BatchIssueDialog(m_services.registry, key.isValid() ? key.toLongLong() : 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSave([this, dialog] {
        const core::BatchIssueResult result =
            m_services.registry.issueBatch(dialog->request(), m_services.actor);
        showResult(tr("Passes issued: %1. Skipped: %2 (they hold a valid pass already).")
                       .arg(result.issued.size())
                       .arg(result.skipped));
        refresh();
        emit registryChanged();
    });
    dialog->open();
}

} // namespace gatepost::gui::office
