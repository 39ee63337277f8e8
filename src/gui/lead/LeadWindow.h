#pragma once

// The shift lead's window: one tab per tool (operators, rules, crossings, roster, patrols,
// handover), each with one addPage() line in the constructor.
// Opened from the gate station (a lead who confirmed with a PIN) and from the office.

#include "LeadServices.h"

#include <QWidget>

class QTabWidget;

namespace gatepost::gui {

class OperatorsPage;
class RulesPage;

class LeadWindow : public QWidget
{
    Q_OBJECT

public:
    /// A top-level window without @p parent (the gate station), a tab's page with one (the office).
    explicit LeadWindow(const LeadServices& services, QWidget* parent = nullptr);

    /// Adds a tab (the window owns @p page).
    void addPage(QWidget* page, const QString& title);
    QTabWidget* tabs() const { return m_tabs; }
    OperatorsPage* operatorsPage() const { return m_operators; }
    RulesPage* rulesPage() const { return m_rules; }

private:
    QTabWidget* m_tabs = nullptr;
    OperatorsPage* m_operators = nullptr;
    RulesPage* m_rules = nullptr;
};

} // namespace gatepost::gui
