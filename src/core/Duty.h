#pragma once

// Who was actually on duty (issue 9): one row per operator signed on at a station, from the
// sign-on until the sign-off. The gate station writes them (src/app/gui/StationApp); the
// handover compares them with the roster's plan. Rows are replicated (duty_sessions, changed
// only at the station where they were made). See docs/patrols.md.
//
// - signOn closes whatever is still open at this station first (closed_how next_sign_on): one
//   screen, one operator at a time.
// - closeLeftOpen, at the station's start-up, closes the sessions a killed process left open
//   (closed_how restart); their off time is the last crossing the station logged during the
//   session, or the sign-on time when it logged none: an estimate, and marked as one.
// - Each call is one transaction.

#include "Types.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace gatepost::core {

class Clock;
class Database;

enum class DutyClose { Open, SignOff, NextSignOn, Restart };
QString toString(DutyClose c); ///< "", sign_off, next_sign_on, restart
std::optional<DutyClose> dutyCloseFromString(QStringView s);

struct DutySession
{
    qint64 id = 0;
    QString operatorName;
    Role role = Role::Volunteer; ///< the role at sign-on
    QString station;             ///< the station id
    QString gate;
    QString shiftId; ///< the shift at sign-on ("2026-11-28/2"); empty when the policy was unreadable
    QDateTime onUtc;
    QDateTime offUtc; ///< null while on duty
    DutyClose closedHow = DutyClose::Open;
    bool isOpen() const { return closedHow == DutyClose::Open; }
};

class DutyLog
{
public:
    DutyLog(Database& db, const Clock& clock);
    Q_DISABLE_COPY_MOVE(DutyLog)

    /// @p op signs on at this station at @p gate, now. Returns the new session.
    DutySession signOn(const Operator& op, const QString& gate);
    /// Closes @p op's open session at this station; false when there was none.
    bool signOff(const Operator& op);
    /// At start-up: closes every session still open at this station (restart). Returns how many.
    int closeLeftOpen();

    /// Sessions of every station that overlap [fromUtc, toUtc) (null bounds are open), an open
    /// one counting until now; by sign-on time.
    QList<DutySession> sessions(const QDateTime& fromUtc = {}, const QDateTime& toUtc = {}) const;
    /// The open session at this station, if any.
    std::optional<DutySession> current() const;

private:
    QString stationId() const;

    Database& m_db;
    const Clock& m_clock;
};

/// The shift (Roster over the stored policy) an instant falls in; empty when the stored policy
/// cannot be read. Shared by DutyLog and Patrols.
QString shiftIdAt(Database& db, const Clock& clock, const QDateTime& instantUtc);
/// This file's station id ("local" before gatepost-cli init).
QString ownStationId(Database& db);

} // namespace gatepost::core
