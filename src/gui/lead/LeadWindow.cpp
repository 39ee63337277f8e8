#include "LeadWindow.h"

#include "HandoverPage.h"
#include "LeadText.h"
#include "OperatorsPage.h"
#include "PatrolsPage.h"
#include "ReviewPage.h"
#include "RosterPage.h"
#include "RulesPage.h"
#include "core/Registry.h"
#include "gui/CategoryNames.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace gatepost::gui {

LeadWindow::LeadWindow(const LeadServices& services, QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("Shift lead: %1 (%2)").arg(services.lead.name, roleName(services.lead.role)));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    // Fits 1366×768 (and 1024×768) without scrolling.
    resize(1280, 720);

    m_operators = new OperatorsPage(services);
    addPage(m_operators, tr("Operators"));
    m_rules = new RulesPage(services);
    addPage(m_rules, tr("Rules"));
    const core::Actor actor = core::Actor::operatorNamed(services.lead.name);
    addPage(new ReviewPage({services.db, services.registry, services.clock, actor, services.lead.role}),
            tr("Crossings"));
    addPage(new RosterPage({services.db, services.registry, services.auth, services.clock, actor}),
            tr("Roster"));
    auto* patrols = new PatrolsPage(services);
    addPage(patrols, tr("Patrols"));
    const auto station = services.registry.station();
    addPage(new HandoverPage(services.db, services.auth, services.registry,
                             station ? station->stationId : QString(), services.clock),
            tr("Handover"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this, patrols](int) {
        // What another station or window changed meanwhile.
        m_operators->reload();
        patrols->reload();
    });
}

void LeadWindow::addPage(QWidget* page, const QString& title)
{
    m_tabs->addTab(page, title);
}

} // namespace gatepost::gui
