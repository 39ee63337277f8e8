#pragma once

// The roster screen of a shift lead: the month's rotation (which team holds which shift on each
// day, and its lead), a new shift pattern from a date (start times and teams; the past keeps its
// own), the teams with their members and home gates (add, move, make lead, take out), and the
// month as a PDF. The core plans and checks (core::Roster, core::Teams); this
// page shows what they return and sends back what the lead chose, one action at a time.

#include "core/AuditTrail.h"

#include <QDate>
#include <QWidget>

#include <memory>

namespace gatepost::core {
class Auth;
class Clock;
class Database;
class Registry;
} // namespace gatepost::core

namespace gatepost::gui {

struct RosterServices
{
    core::Database& db;
    core::Registry& registry;
    core::Auth& auth;
    const core::Clock& clock;
    core::Actor actor;
};

class RosterPage final : public QWidget
{
    Q_OBJECT

public:
    explicit RosterPage(RosterServices services, QWidget* parent = nullptr);
    ~RosterPage() override;

    /// Shows the month of @p day.
    void showMonth(QDate day);
    QDate month() const;
    /// The month as a PDF; false with a message on the page when it cannot be written.
    bool saveMonthPdf(const QString& path);

    /// The team a cell of the calendar shows: day @p day, shift @p number ("" when none).
    QString teamShown(QDate day, int number) const;

private:
    void reloadCalendar();
    void reloadTeams();
    void addMember();
    void moveMember();
    void makeLead();
    void removeMember();
    void applyPattern();
    void act(const std::function<void()>& action, const QString& done);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gatepost::gui
