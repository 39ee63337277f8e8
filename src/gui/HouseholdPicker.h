#pragma once

// Choosing a household by typing part of its address (or a resident's name): the matching
// addresses appear as big rows below the field; a tap chooses one. Typing an address exactly
// chooses it too. Used by the visitor and returnee forms.

#include "core/Types.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace gatepost::core {
class Registry;
}

namespace gatepost::gui {

class HouseholdPicker final : public QWidget
{
    Q_OBJECT

public:
    explicit HouseholdPicker(const core::Registry& registry, QWidget* parent = nullptr);
    ~HouseholdPicker() override;

    /// The chosen household; nullopt while nothing (or nothing exact) is chosen.
    std::optional<core::Household> household() const;
    /// True when something is typed but no household is chosen yet.
    bool hasUnresolvedText() const;
    void reset();
    /// Runs a pending search now instead of after the typing pause.
    void searchNow();

signals:
    void chosen(qint64 householdId);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gatepost::gui
