#pragma once

// Households: address, area (main area or one of the 6 outlying courtyards), how many people
// and vehicles; search by address or plate; add, edit, and issue passes to a whole household.

#include "RegistryPage.h"

#include "core/Types.h"

#include <optional>

namespace gatepost::gui::office {

class HouseholdsPage final : public RegistryPage
{
    Q_OBJECT

public:
    explicit HouseholdsPage(OfficeServices& services, QWidget* parent = nullptr);

    void addNew() override;
    void editCurrent() override;
    void issueBatch();

protected:
    QStringList headers() const override;
    QList<OfficeTableModel::Row> search(const QString& text, qint64* total) override;
    void retranslate() override;
    void updateActions() override;

private:
    void openDialog(const std::optional<core::Household>& existing);

    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_batch = nullptr;
};

} // namespace gatepost::gui::office
