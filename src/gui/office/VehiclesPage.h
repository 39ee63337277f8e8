#pragma once

// Vehicles: plate, internal or external, household, valid pass. Search by plate (any
// spelling, or part of it) or address; add, edit, issue a pass.

#include "RegistryPage.h"

#include "core/Types.h"

#include <optional>

namespace gatepost::gui::office {

class VehiclesPage final : public RegistryPage
{
    Q_OBJECT

public:
    explicit VehiclesPage(OfficeServices& services, QWidget* parent = nullptr);

    void addNew() override;
    void editCurrent() override;
    void issuePass();

protected:
    QStringList headers() const override;
    QList<OfficeTableModel::Row> search(const QString& text, qint64* total) override;
    void retranslate() override;
    void updateActions() override;

private:
    void openDialog(const std::optional<core::Vehicle>& existing);

    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_issue = nullptr;
};

} // namespace gatepost::gui::office
