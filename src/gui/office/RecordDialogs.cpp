#include "RecordDialogs.h"

#include "OfficeText.h"
#include "core/Formats.h"
#include "core/Registry.h"
#include "gui/CategoryNames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QStringListModel>

namespace gatepost::gui::office {

namespace {

constexpr int kCompletions = 12;
const QSize kPhotoSize(120, 160);

} // namespace

// --- household ---------------------------------------------------------------------------

HouseholdDialog::HouseholdDialog(const std::optional<core::Household>& existing, QWidget* parent)
    : OfficeDialog("householdDialog", parent)
    , m_household(existing.value_or(core::Household{}))
{
    setWindowTitle(existing ? tr("Edit household") : tr("New household"));
    m_address = new QLineEdit(m_household.address, this);
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_address->setPlaceholderText(tr("e.g. 清河四街 12排 3号, or 一号院 4号"));
    addRow(tr("Address"), m_address, core::RefusalField::Address, "address");
    m_courtyard = new QComboBox(this);
    m_courtyard->setObjectName(QStringLiteral("courtyardCombo"));
    for (int c = 0; c <= 6; ++c)
        m_courtyard->addItem(areaName(c), c);
    m_courtyard->setCurrentIndex(m_courtyard->findData(m_household.courtyard));
    addRow(tr("Area"), m_courtyard, core::RefusalField::Courtyard, "courtyard");
    m_note = new QLineEdit(m_household.note, this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    addRow(tr("Note"), m_note, core::RefusalField::None, "note");
    m_address->setFocus(Qt::OtherFocusReason);
}

core::Household HouseholdDialog::household() const
{
    core::Household h = m_household;
    h.address = m_address->text();
    h.courtyard = m_courtyard->currentData().toInt();
    h.note = m_note->text();
    return h;
}

// --- the household field -------------------------------------------------------------------

HouseholdField::HouseholdField(const core::Registry& registry, QWidget* parent)
    : QWidget(parent)
    , m_registry(registry)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("householdEdit"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setPlaceholderText(tr("Type part of the address"));
    layout->addWidget(m_edit);
    auto* model = new QStringListModel(this);
    auto* completer = new QCompleter(model, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_edit->setCompleter(completer);
    connect(m_edit, &QLineEdit::textEdited, this, [this, model](const QString& text) {
        if (text.trimmed().isEmpty())
            return;
        core::OfficeQuery q;
        q.text = text.trimmed();
        q.limit = kCompletions;
        QStringList addresses;
        try {
            for (const core::HouseholdRow& row : m_registry.listHouseholds(q).rows)
                addresses << row.household.address;
        } catch (const std::exception&) {
            return; // the field keeps what was typed; saving says what is wrong
        }
        model->setStringList(addresses);
    });
}

void HouseholdField::setHousehold(qint64 householdId)
{
    const auto h = householdId > 0 ? m_registry.household(householdId) : std::nullopt;
    m_edit->setText(h ? h->address : QString());
}

qint64 HouseholdField::householdId() const
{
    const QString address = m_edit->text().trimmed();
    if (address.isEmpty())
        return 0;
    const auto h = m_registry.householdByAddress(address);
    if (!h)
        core::refuse(core::RefusalCode::HouseholdUnknown, core::RefusalField::Household, {address});
    return h->id;
}

// --- person ----------------------------------------------------------------------------------

PersonDialog::PersonDialog(const core::Registry& registry, const std::optional<core::Person>& existing,
                           QWidget* parent)
    : OfficeDialog("personDialog", parent)
    , m_registry(registry)
    , m_person(existing.value_or(core::Person{}))
    , m_editing(existing.has_value())
{
    setWindowTitle(m_editing ? tr("Edit person") : tr("New person"));
    m_name = new QLineEdit(m_person.name, this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    addRow(tr("Name"), m_name, core::RefusalField::Name, "name");

    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    for (core::Category c : core::allCategories())
        if (!core::isVehicleCategory(c))
            m_category->addItem(categoryName(c), static_cast<int>(c));
    m_category->setCurrentIndex(m_category->findData(static_cast<int>(m_person.category)));
    addRow(tr("Category"), m_category, core::RefusalField::Category, "category");

    m_household = new HouseholdField(registry, this);
    m_household->setHousehold(m_person.householdId);
    addRow(tr("Household"), m_household, core::RefusalField::Household, "household");

    auto numberRow = [this](QLineEdit*& edit, QPushButton*& show, const char* editName, const char* showName,
                            const QString& masked) {
        auto* box = new QWidget(this);
        auto* h = new QHBoxLayout(box);
        h->setContentsMargins(0, 0, 0, 0);
        edit = new QLineEdit(box);
        edit->setObjectName(QLatin1String(editName));
        h->addWidget(edit, 1);
        show = new QPushButton(tr("Show"), box);
        show->setObjectName(QLatin1String(showName));
        show->setAutoDefault(false);
        show->hide(); // until setReveal: only for roles that may see numbers in full
        h->addWidget(show);
        if (m_editing && !masked.isEmpty())
            edit->setPlaceholderText(tr("%1 (unchanged)").arg(masked));
        return box;
    };
    addRow(tr("Phone"),
           numberRow(m_phone, m_showPhone, "phoneEdit", "showPhoneButton",
                     core::formats::maskPhone(m_person.phone)),
           core::RefusalField::Phone, "phone");
    addRow(tr("ID number"),
           numberRow(m_idNumber, m_showId, "idNumberEdit", "showIdNumberButton",
                     core::formats::maskIdNumber(m_person.idNumber)),
           core::RefusalField::IdNumber, "idNumber");
    auto reveal = [this](Reveal& how, QLineEdit* edit, QPushButton* button, core::RefusalField field) {
        if (!how)
            return;
        try {
            edit->setText(how());
            button->setEnabled(false);
        } catch (const core::RefusedError& e) {
            showRefusal(e.refusal());
        } catch (const std::exception&) {
            showRefusal({core::RefusalCode::PersonUnknown, field, {}});
        }
    };
    connect(m_showPhone, &QPushButton::clicked, this,
            [this, reveal] { reveal(m_revealPhone, m_phone, m_showPhone, core::RefusalField::Phone); });
    connect(m_showId, &QPushButton::clicked, this,
            [this, reveal] { reveal(m_revealId, m_idNumber, m_showId, core::RefusalField::IdNumber); });

    auto* photoBox = new QWidget(this);
    auto* ph = new QHBoxLayout(photoBox);
    ph->setContentsMargins(0, 0, 0, 0);
    m_photo = new QLabel(photoBox);
    m_photo->setObjectName(QStringLiteral("photoLabel"));
    m_photo->setFixedSize(kPhotoSize);
    m_photo->setAlignment(Qt::AlignCenter);
    m_photo->setFrameShape(QFrame::StyledPanel);
    m_photo->setText(tr("No photo"));
    ph->addWidget(m_photo);
    m_takePhoto = new QPushButton(tr("Take photo…"), photoBox);
    m_takePhoto->setObjectName(QStringLiteral("takePhotoButton"));
    m_photoFile = new QPushButton(tr("From file…"), photoBox);
    m_photoFile->setObjectName(QStringLiteral("photoFileButton"));
    for (QPushButton* b : {m_takePhoto, m_photoFile})
        b->setAutoDefault(false);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_takePhoto);
    buttons->addWidget(m_photoFile);
    buttons->addStretch(1);
    ph->addLayout(buttons);
    ph->addStretch(1);
    addRow(tr("Photo"), photoBox, core::RefusalField::Photo, "photo");
    auto take = [this](PhotoSource& source) {
        if (!source)
            return;
        clearMessages();
        try {
            source([this](const QByteArray& jpeg) {
                if (jpeg.isEmpty())
                    return;
                m_newPhoto = jpeg;
                showPhoto(jpeg);
            });
        } catch (const core::RefusedError& e) {
            showRefusal(e.refusal()); // not an image, too large: said at the photo
        }
    };
    connect(m_takePhoto, &QPushButton::clicked, this, [this, take] { take(m_camera); });
    connect(m_photoFile, &QPushButton::clicked, this, [this, take] { take(m_file); });
    m_takePhoto->setEnabled(false);
    m_photoFile->setEnabled(false);
    m_name->setFocus(Qt::OtherFocusReason);
}

void PersonDialog::setReveal(Reveal idNumber, Reveal phone)
{
    m_revealId = std::move(idNumber);
    m_revealPhone = std::move(phone);
    m_showId->setVisible(m_editing && m_revealId && !m_person.idNumber.isEmpty());
    m_showPhone->setVisible(m_editing && m_revealPhone && !m_person.phone.isEmpty());
}

void PersonDialog::setPhotoSources(PhotoSource camera, PhotoSource file)
{
    m_camera = std::move(camera);
    m_file = std::move(file);
    m_takePhoto->setEnabled(bool(m_camera));
    m_photoFile->setEnabled(bool(m_file));
}

void PersonDialog::setStoredPhoto(const QByteArray& jpeg)
{
    if (!jpeg.isEmpty())
        showPhoto(jpeg);
}

void PersonDialog::showPhoto(const QByteArray& jpeg)
{
    QPixmap pixmap;
    if (pixmap.loadFromData(jpeg))
        m_photo->setPixmap(pixmap.scaled(kPhotoSize, Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

core::Person PersonDialog::person() const
{
    core::Person p = m_person;
    p.name = m_name->text();
    p.category = static_cast<core::Category>(m_category->currentData().toInt());
    p.householdId = m_household->householdId();
    if (!m_editing || !m_phone->text().trimmed().isEmpty())
        p.phone = m_phone->text().trimmed();
    if (!m_editing || !m_idNumber->text().trimmed().isEmpty())
        p.idNumber = m_idNumber->text().trimmed();
    return p;
}

// --- vehicle ---------------------------------------------------------------------------------

VehicleDialog::VehicleDialog(const core::Registry& registry, const std::optional<core::Vehicle>& existing,
                             QWidget* parent)
    : OfficeDialog("vehicleDialog", parent)
    , m_vehicle(existing.value_or(core::Vehicle{}))
{
    setWindowTitle(existing ? tr("Edit vehicle") : tr("New vehicle"));
    m_plate = new QLineEdit(existing ? core::formats::displayPlate(m_vehicle.plate) : QString(), this);
    m_plate->setObjectName(QStringLiteral("plateEdit"));
    m_plate->setPlaceholderText(tr("e.g. 京E·76D65 or 京AD12345"));
    addRow(tr("Plate"), m_plate, core::RefusalField::Plate, "plate");
    m_household = new HouseholdField(registry, this);
    m_household->setHousehold(m_vehicle.householdId);
    addRow(tr("Household"), m_household, core::RefusalField::Household, "household");
    m_external = new QCheckBox(tr("External vehicle (not a resident's)"), this);
    m_external->setObjectName(QStringLiteral("externalCheck"));
    m_external->setChecked(!m_vehicle.internal);
    addRow(tr("Kind"), m_external, core::RefusalField::None, "kind");
    m_plate->setFocus(Qt::OtherFocusReason);
}

core::Vehicle VehicleDialog::vehicle() const
{
    core::Vehicle v = m_vehicle;
    v.plate = m_plate->text();
    v.householdId = m_household->householdId();
    v.internal = !m_external->isChecked();
    return v;
}

} // namespace gatepost::gui::office
