#pragma once

// Add and edit forms for a household, a person and a vehicle. They collect what was typed
// (unchecked: the core validates and refuses by field, the form shows the words next to that
// field). ID and phone numbers are never shown in full unless the operator asks ("Show",
// audited by the core through the page's reveal function); left empty on an edit they stay as
// they are.

#include "OfficeDialog.h"

#include "core/Types.h"

#include <QByteArray>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;

namespace gatepost::core {
class Registry;
}

namespace gatepost::gui::office {

class HouseholdField;

class HouseholdDialog final : public OfficeDialog
{
    Q_OBJECT

public:
    /// @p existing: edit it; nullopt: a new household.
    HouseholdDialog(const std::optional<core::Household>& existing, QWidget* parent);
    core::Household household() const;

private:
    core::Household m_household;
    QLineEdit* m_address = nullptr;
    QComboBox* m_courtyard = nullptr;
    QLineEdit* m_note = nullptr;
};

class PersonDialog final : public OfficeDialog
{
    Q_OBJECT

public:
    /// The full number of the person being edited, asked of the core (an audit row); throws a
    /// refusal when the operator may not see it.
    using Reveal = std::function<QString()>;
    /// A photo taken or read: the JPEG to store (the page processes it); empty = cancelled.
    using PhotoSource = std::function<void(std::function<void(const QByteArray&)>)>;

    PersonDialog(const core::Registry& registry, const std::optional<core::Person>& existing,
                 QWidget* parent);
    /// Edit only: what "Show" next to the ID number and the phone asks.
    void setReveal(Reveal idNumber, Reveal phone);
    /// "Take photo" and "From file" hand the new photo through these.
    void setPhotoSources(PhotoSource camera, PhotoSource file);
    /// The photo on file (edit), shown until a new one is taken.
    void setStoredPhoto(const QByteArray& jpeg);

    /// What was typed; an empty ID or phone field on an edit keeps the stored number.
    core::Person person() const;
    /// The new photo (JPEG), empty when none was taken.
    QByteArray newPhoto() const { return m_newPhoto; }

private:
    void showPhoto(const QByteArray& jpeg);

    const core::Registry& m_registry;
    core::Person m_person;
    bool m_editing = false;
    QLineEdit* m_name = nullptr;
    QComboBox* m_category = nullptr;
    HouseholdField* m_household = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_idNumber = nullptr;
    QPushButton* m_showPhone = nullptr;
    QPushButton* m_showId = nullptr;
    QLabel* m_photo = nullptr;
    QPushButton* m_takePhoto = nullptr;
    QPushButton* m_photoFile = nullptr;
    QByteArray m_newPhoto;
    Reveal m_revealId;
    Reveal m_revealPhone;
    PhotoSource m_camera;
    PhotoSource m_file;
};

class VehicleDialog final : public OfficeDialog
{
    Q_OBJECT

public:
    VehicleDialog(const core::Registry& registry, const std::optional<core::Vehicle>& existing,
                  QWidget* parent);
    core::Vehicle vehicle() const;

private:
    core::Vehicle m_vehicle;
    QLineEdit* m_plate = nullptr;
    HouseholdField* m_household = nullptr;
    QCheckBox* m_external = nullptr;
};

/// The household a person or vehicle belongs to, by its address: typing offers the matching
/// addresses (search as you type); empty = none. An address that is no household's is refused
/// at this field when saved.
class HouseholdField final : public QWidget
{
    Q_OBJECT

public:
    HouseholdField(const core::Registry& registry, QWidget* parent);
    void setHousehold(qint64 householdId);
    /// 0 = none; throws a household_unknown refusal for an address that is not registered.
    qint64 householdId() const;
    QLineEdit* edit() const { return m_edit; }

private:
    const core::Registry& m_registry;
    QLineEdit* m_edit = nullptr;
};

} // namespace gatepost::gui::office
