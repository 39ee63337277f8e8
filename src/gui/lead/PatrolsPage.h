#pragma once

// The courtyard patrols (issue 9): the 6 outlying courtyards with their last scheduled check and
// when the next one is due (overdue ones in red), a form to record a check (scheduled or spot;
// in person, by phone or by video; result and note), and the checks of the current shift. The
// core judges and stores (core::Patrols); this page shows what it returns.

#include "LeadServices.h"

#include <QWidget>

#include <memory>

namespace gatepost::gui {

class PatrolsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit PatrolsPage(const LeadServices& services, QWidget* parent = nullptr);
    ~PatrolsPage() override;

    /// Reads the schedule and the shift's checks again (other stations sync theirs in).
    void reload();

private:
    void record();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gatepost::gui
