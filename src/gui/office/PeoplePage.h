#pragma once

// People: name, category, household, phone and ID number masked, whether a photo is on file,
// their valid pass. Search by name, pinyin initials, address, or the last digits of the phone
// or ID number. Add, edit (with the photo: webcam or file), show a number in full (audited by
// the core, refused for roles that may not), issue a pass.

#include "RegistryPage.h"

#include "core/Types.h"

#include <optional>

namespace gatepost::gui::office {

class PeoplePage final : public RegistryPage
{
    Q_OBJECT

public:
    explicit PeoplePage(OfficeServices& services, QWidget* parent = nullptr);

    /// The camera "Take photo" uses (a --camera SOURCE text); empty: no camera, file only.
    void setCameraSource(const QString& source);

    void addNew() override;
    void editCurrent() override;
    void revealIdNumber();
    void revealPhone();
    void issuePass();

protected:
    QStringList headers() const override;
    QList<OfficeTableModel::Row> search(const QString& text, qint64* total) override;
    void retranslate() override;
    void updateActions() override;

private:
    void openDialog(const std::optional<core::Person>& existing);

    QString m_camera;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_showId = nullptr;
    QPushButton* m_showPhone = nullptr;
    QPushButton* m_issue = nullptr;
};

} // namespace gatepost::gui::office
