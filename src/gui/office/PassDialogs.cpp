#include "PassDialogs.h"

#include "OfficeText.h"
#include "RecordDialogs.h"
#include "core/Formats.h"
#include "gui/CategoryNames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>

namespace gatepost::gui::office {

namespace {

constexpr int kHolderRows = 20;
constexpr int kKindRole = Qt::UserRole;
constexpr int kIdRole = Qt::UserRole + 1;

// "Until" unticked leaves the day to the core (Policy::validityDaysOf the category).
QWidget* untilRow(QWidget* parent, QCheckBox*& custom, QDateEdit*& until, const QDate& today)
{
    auto* box = new QWidget(parent);
    auto* h = new QHBoxLayout(box);
    h->setContentsMargins(0, 0, 0, 0);
    custom = new QCheckBox(OfficeDialog::tr("Until"), box);
    custom->setObjectName(QStringLiteral("customUntilCheck"));
    until = new QDateEdit(today.addMonths(6), box);
    until->setObjectName(QStringLiteral("validUntilEdit"));
    until->setCalendarPopup(true);
    until->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    until->setEnabled(false);
    QObject::connect(custom, &QCheckBox::toggled, until, &QWidget::setEnabled);
    auto* note = new QLabel(OfficeDialog::tr("(unticked: the category's usual validity)"), box);
    h->addWidget(custom);
    h->addWidget(until);
    h->addWidget(note, 1);
    return box;
}

} // namespace

// --- issue -----------------------------------------------------------------------------------

IssueDialog::IssueDialog(const core::Registry& registry, const std::optional<Holder>& holder, QWidget* parent)
    : OfficeDialog("issueDialog", parent)
    , m_registry(registry)
    , m_holder(holder)
{
    setWindowTitle(tr("Issue a pass"));
    if (holder) {
        auto* label = new QLabel(holder->label, this);
        label->setObjectName(QStringLiteral("holderLabel"));
        addRow(tr("For"), label, core::RefusalField::Person, "holder");
    } else {
        auto* box = new QWidget(this);
        auto* v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        m_holderEdit = new QLineEdit(box);
        m_holderEdit->setObjectName(QStringLiteral("holderEdit"));
        m_holderEdit->setPlaceholderText(tr("Name, pinyin initials, address or plate"));
        m_holderList = new QListWidget(box);
        m_holderList->setObjectName(QStringLiteral("holderList"));
        m_holderList->setMinimumHeight(160);
        v->addWidget(m_holderEdit);
        v->addWidget(m_holderList);
        addRow(tr("For"), box, core::RefusalField::Person, "holder");
        connect(m_holderEdit, &QLineEdit::textChanged, this, &IssueDialog::searchHolders);
    }
    alsoShowAt(core::RefusalField::Plate, core::RefusalField::Person);
    QCheckBox* custom = nullptr;
    addRow(tr("Valid"), untilRow(this, custom, m_until, registry.today()), core::RefusalField::ValidUntil,
           "validUntil");
    m_customUntil = custom;
}

void IssueDialog::searchHolders(const QString& text)
{
    m_holderList->clear();
    if (text.trimmed().isEmpty())
        return;
    core::OfficeQuery q;
    q.text = text.trimmed();
    q.limit = kHolderRows;
    try {
        for (const core::PersonRow& p : m_registry.listPeople(q).rows) {
            auto* item = new QListWidgetItem(
                QStringLiteral("%1 — %2 — %3").arg(p.name, categoryName(p.category), p.address),
                m_holderList);
            item->setData(kKindRole, static_cast<int>(core::HolderKind::Person));
            item->setData(kIdRole, p.id);
        }
        for (const core::VehicleRow& v : m_registry.listVehicles(q).rows) {
            auto* item = new QListWidgetItem(
                QStringLiteral("%1 — %2").arg(core::formats::displayPlate(v.vehicle.plate), v.address),
                m_holderList);
            item->setData(kKindRole, static_cast<int>(core::HolderKind::Vehicle));
            item->setData(kIdRole, v.vehicle.id);
        }
    } catch (const std::exception&) {
        m_holderList->clear(); // nothing to choose; OK says why
    }
    if (m_holderList->count() > 0)
        m_holderList->setCurrentRow(0);
}

core::IssueRequest IssueDialog::request() const
{
    core::IssueRequest r;
    if (m_holder) {
        r.holderKind = m_holder->kind;
        r.holderId = m_holder->id;
    } else {
        const QListWidgetItem* item = m_holderList->currentItem();
        if (!item)
            core::refuse(core::RefusalCode::PersonUnknown, core::RefusalField::Person);
        r.holderKind = static_cast<core::HolderKind>(item->data(kKindRole).toInt());
        r.holderId = item->data(kIdRole).toLongLong();
    }
    if (m_customUntil->isChecked())
        r.validUntil = m_until->date();
    return r;
}

// --- batch -----------------------------------------------------------------------------------

BatchIssueDialog::BatchIssueDialog(const core::Registry& registry, qint64 householdId, QWidget* parent)
    : OfficeDialog("batchIssueDialog", parent)
    , m_registry(registry)
{
    setWindowTitle(tr("Issue passes in a batch"));
    auto* intro =
        new QLabel(tr("Everyone (and every vehicle) that matches all of the fields below and holds no "
                      "valid pass gets one. Leave a field empty for any."),
                   this);
    intro->setWordWrap(true);
    form()->addRow(intro);
    m_household = new HouseholdField(registry, this);
    m_household->setHousehold(householdId);
    addRow(tr("Household"), m_household, core::RefusalField::Household, "household");
    m_area = new QComboBox(this);
    m_area->setObjectName(QStringLiteral("areaCombo"));
    m_area->addItem(tr("Any area"), -1);
    for (int c = 0; c <= 6; ++c)
        m_area->addItem(areaName(c), c);
    addRow(tr("Area"), m_area, core::RefusalField::Courtyard, "area");
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    m_category->addItem(tr("Any category"), -1);
    for (core::Category c : core::allCategories())
        m_category->addItem(categoryName(c), static_cast<int>(c));
    addRow(tr("Category"), m_category, core::RefusalField::Category, "category");
    auto* kinds = new QWidget(this);
    auto* h = new QHBoxLayout(kinds);
    h->setContentsMargins(0, 0, 0, 0);
    m_people = new QCheckBox(tr("People"), kinds);
    m_people->setObjectName(QStringLiteral("peopleCheck"));
    m_vehicles = new QCheckBox(tr("Vehicles"), kinds);
    m_vehicles->setObjectName(QStringLiteral("vehiclesCheck"));
    m_people->setChecked(true);
    m_vehicles->setChecked(true);
    h->addWidget(m_people);
    h->addWidget(m_vehicles);
    h->addStretch(1);
    addRow(tr("Holders"), kinds, core::RefusalField::None, "holders");
    QCheckBox* custom = nullptr;
    addRow(tr("Valid"), untilRow(this, custom, m_until, registry.today()), core::RefusalField::ValidUntil,
           "validUntil");
    m_customUntil = custom;
}

core::BatchIssueRequest BatchIssueDialog::request() const
{
    core::BatchIssueRequest r;
    r.householdId = m_household->householdId();
    if (const int area = m_area->currentData().toInt(); area >= 0)
        r.courtyard = area;
    if (const int category = m_category->currentData().toInt(); category >= 0)
        r.category = static_cast<core::Category>(category);
    r.people = m_people->isChecked();
    r.vehicles = m_vehicles->isChecked();
    if (m_customUntil->isChecked())
        r.validUntil = m_until->date();
    return r;
}

// --- reason ----------------------------------------------------------------------------------

ReasonDialog::ReasonDialog(const QString& title, const QString& what, const QString& warning, QWidget* parent)
    : OfficeDialog("reasonDialog", parent)
{
    setWindowTitle(title);
    auto* whatLabel = new QLabel(what, this);
    whatLabel->setObjectName(QStringLiteral("whatLabel"));
    whatLabel->setWordWrap(true);
    form()->addRow(whatLabel);
    if (!warning.isEmpty()) {
        auto* warningLabel = new QLabel(warning, this);
        warningLabel->setObjectName(QStringLiteral("warningLabel"));
        warningLabel->setWordWrap(true);
        warningLabel->setStyleSheet(QStringLiteral("font-weight: bold; color: #8A4B00;"));
        form()->addRow(warningLabel);
    }
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    addRow(tr("Why"), m_reason, core::RefusalField::Reason, "reason");
    m_reason->setFocus(Qt::OtherFocusReason);
}

QString ReasonDialog::reason() const
{
    return m_reason->text().trimmed();
}

// --- extend ----------------------------------------------------------------------------------

ExtendDialog::ExtendDialog(const core::Pass& pass, const QString& holder, const QDate& suggested,
                           QWidget* parent)
    : OfficeDialog("extendDialog", parent)
{
    setWindowTitle(tr("Extend validity"));
    auto* what = new QLabel(
        tr("Pass %1 of %2 is valid until %3.").arg(pass.serial, holder, dateText(pass.validUntil)), this);
    what->setWordWrap(true);
    form()->addRow(what);
    m_until = new QDateEdit(suggested, this);
    m_until->setObjectName(QStringLiteral("validUntilEdit"));
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    addRow(tr("New last day"), m_until, core::RefusalField::ValidUntil, "validUntil");
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    addRow(tr("Why"), m_reason, core::RefusalField::Reason, "reason");
    m_reason->setFocus(Qt::OtherFocusReason);
}

QDate ExtendDialog::validUntil() const
{
    return m_until->date();
}

QString ExtendDialog::reason() const
{
    return m_reason->text().trimmed();
}

} // namespace gatepost::gui::office
