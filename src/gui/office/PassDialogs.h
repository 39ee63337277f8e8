#pragma once

// The passes' forms: issue one pass (for a person or a vehicle found by typing), issue a
// batch (a household, an area, a category), a reason for a status change, a new last day.
// Like every office form they only collect; the page's save function asks the core, whose
// refusal shows next to the field it concerns.

#include "OfficeDialog.h"

#include "core/Registry.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;

namespace gatepost::gui::office {

class HouseholdField;

/// One pass for one holder. With a holder given (from the people or vehicles tab) it only asks
/// for the validity; otherwise typing a name, address or plate lists people and vehicles.
class IssueDialog final : public OfficeDialog
{
    Q_OBJECT

public:
    struct Holder
    {
        core::HolderKind kind = core::HolderKind::Person;
        qint64 id = 0;
        QString label; // name, or the displayed plate
    };

    IssueDialog(const core::Registry& registry, const std::optional<Holder>& holder, QWidget* parent);
    /// Throws a refusal (field person) while no holder is chosen.
    core::IssueRequest request() const;

private:
    void searchHolders(const QString& text);

    const core::Registry& m_registry;
    std::optional<Holder> m_holder;
    QLineEdit* m_holderEdit = nullptr;
    QListWidget* m_holderList = nullptr;
    QCheckBox* m_customUntil = nullptr;
    QDateEdit* m_until = nullptr;
};

/// Passes for every holder of a household, an area and/or a category that has no valid pass.
class BatchIssueDialog final : public OfficeDialog
{
    Q_OBJECT

public:
    BatchIssueDialog(const core::Registry& registry, qint64 householdId, QWidget* parent);
    /// Throws a refusal for an address that is no household's.
    core::BatchIssueRequest request() const;

private:
    const core::Registry& m_registry;
    HouseholdField* m_household = nullptr;
    QComboBox* m_area = nullptr;
    QComboBox* m_category = nullptr;
    QCheckBox* m_people = nullptr;
    QCheckBox* m_vehicles = nullptr;
    QCheckBox* m_customUntil = nullptr;
    QDateEdit* m_until = nullptr;
};

/// Why a pass is suspended, reported lost, revoked or resumed (the audit trail keeps it).
class ReasonDialog final : public OfficeDialog
{
    Q_OBJECT

public:
    /// @p what: the action in a sentence ("Suspend pass 0000042 of 王小明."); @p warning: what
    /// it changes at the gates, shown in bold (may be empty).
    ReasonDialog(const QString& title, const QString& what, const QString& warning, QWidget* parent);
    QString reason() const;

private:
    QLineEdit* m_reason = nullptr;
};

/// A new last day for a pass, and why.
class ExtendDialog final : public OfficeDialog
{
    Q_OBJECT

public:
    ExtendDialog(const core::Pass& pass, const QString& holder, const QDate& suggested, QWidget* parent);
    QDate validUntil() const;
    QString reason() const;

private:
    QDateEdit* m_until = nullptr;
    QLineEdit* m_reason = nullptr;
};

} // namespace gatepost::gui::office
