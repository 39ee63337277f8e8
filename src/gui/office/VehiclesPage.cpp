#include "VehiclesPage.h"

#include "OfficeText.h"
#include "PassDialogs.h"
#include "RecordDialogs.h"
#include "core/Formats.h"
#include "gui/CategoryNames.h"
#include "gui/office/OfficeServices.h"

#include <QLineEdit>
#include <QPushButton>

namespace gatepost::gui::office {

VehiclesPage::VehiclesPage(OfficeServices& services, QWidget* parent)
    : RegistryPage(services, "vehiclesPage", parent)
{
    m_add = addButton("addButton");
    m_edit = addButton("editButton");
    m_issue = addButton("issueButton");
    connect(m_add, &QPushButton::clicked, this, &VehiclesPage::addNew);
    connect(m_edit, &QPushButton::clicked, this, &VehiclesPage::editCurrent);
    connect(m_issue, &QPushButton::clicked, this, &VehiclesPage::issuePass);
    retranslate();
    refresh();
}

QStringList VehiclesPage::headers() const
{
    return {tr("Plate"), tr("Kind"), tr("Address"), tr("Area"), tr("Pass")};
}

QList<OfficeTableModel::Row> VehiclesPage::search(const QString& text, qint64* total)
{
    core::OfficeQuery q;
    q.text = text;
    q.limit = kRowLimit;
    const auto page = m_services.registry.listVehicles(q);
    *total = page.total;
    QList<OfficeTableModel::Row> rows;
    for (const core::VehicleRow& v : page.rows)
        rows.append({v.vehicle.id,
                     {core::formats::displayPlate(v.vehicle.plate),
                      categoryName(v.vehicle.internal ? core::Category::InternalVehicle
                                                      : core::Category::ExternalVehicle),
                      v.address, v.address.isEmpty() ? QString() : areaName(v.courtyard), v.passSerial},
                     {}});
    return rows;
}

void VehiclesPage::retranslate()
{
    m_searchEdit->setPlaceholderText(tr("Search: plate or address (Ctrl+F)"));
    m_add->setText(tr("New vehicle (Ctrl+N)"));
    m_edit->setText(tr("Edit (F2)"));
    m_issue->setText(tr("Issue pass…"));
}

void VehiclesPage::updateActions()
{
    const bool chosen = currentKey().isValid();
    m_edit->setEnabled(chosen);
    m_issue->setEnabled(chosen);
}

void VehiclesPage::addNew()
{
    openDialog(std::nullopt);
}

void VehiclesPage::editCurrent()
{
    const QVariant key = currentKey();
    if (!key.isValid())
        return;
    try {
        if (const auto v = m_services.registry.vehicle(key.toLongLong()))
            openDialog(v);
    } catch (const std::exception& e) {
        showFailure(e);
    }
}

void VehiclesPage::openDialog(const std::optional<core::Vehicle>& existing)
{
    auto* dialog = new VehicleDialog(m_services.registry, existing, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSave([this, dialog, editing = existing.has_value()] {
        const core::Vehicle typed = dialog->vehicle();
        qint64 id = typed.id;
        QString plate;
        if (editing) {
            plate = m_services.registry.updateVehicle(typed, m_services.actor).plate;
        } else {
            id = m_services.registry.addVehicle(typed, m_services.actor);
            const auto stored = m_services.registry.vehicle(id);
            plate = stored ? stored->plate : typed.plate;
        }
        const QString shown = core::formats::displayPlate(plate);
        showResult(editing ? tr("Vehicle %1 saved.").arg(shown) : tr("Vehicle %1 added.").arg(shown));
        if (!editing)
            m_searchEdit->setText(plate);
        refresh();
        select(id);
        emit registryChanged();
    });
    dialog->open();
}

void VehiclesPage::issuePass()
{
    const QVariant key = currentKey();
    if (!key.isValid())
        return;
    const int row = model()->rowOf(key);
    IssueDialog::Holder holder{core::HolderKind::Vehicle, key.toLongLong(),
                               model()->rows().at(row).cells.value(0)};
    auto* dialog = new IssueDialog(m_services.registry, holder, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSave([this, dialog, holder] {
        const core::Pass pass = m_services.registry.issue(dialog->request(), m_services.actor);
        showResult(tr("Pass %1 issued to %2, valid until %3.")
                       .arg(pass.serial, holder.label, dateText(pass.validUntil)));
        refresh();
        emit registryChanged();
    });
    dialog->open();
}

} // namespace gatepost::gui::office
