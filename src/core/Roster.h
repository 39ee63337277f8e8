#pragma once

// The shift rotation (四班倒): which shift an instant belongs to, and which team holds it.
// Pure code, no clock of its own: pass the instant in. Crossings and reports are labelled with
// Shift::id(). Each local day follows the policy's shift pattern in force on that day (a shift
// belongs to the day it started, so the night shift begun the evening before a change keeps
// the old pattern and lasts until the new pattern's first shift starts).

#include "Policy.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace gatepost::core {

/// One concrete shift: a named shift on a given local day.
struct Shift
{
    QString name;       // the slot's display name ("A".."D", "night")
    int number = 1;     // 1-based position of the slot in its day's pattern (by start time)
    QDate day;          // local date on which the shift STARTED (a night shift keeps its start day)
    QDateTime startUtc; // inclusive
    QDateTime endUtc;   // exclusive: the next shift's start
    /// "2026-11-29/4": the day the shift started and its number; the label stored with each
    /// crossing and what `--shift` takes. (Files written before schema 6 hold "day/name".)
    QString id() const;
    bool operator==(const Shift&) const = default;
};

/// One shift of the calendar and the team planned on it ("" when none).
struct RosterSlot
{
    Shift shift;
    QString team;
};

/// One local day of the calendar: its shifts in order.
struct RosterDay
{
    QDate day;
    QList<RosterSlot> shifts;
};

class Roster
{
public:
    /// Uses policy.rosterPatterns and policy.timeZone.
    explicit Roster(const Policy& policy);
    /// One pattern without teams, from the beginning. @p shifts in any order; each lasts until
    /// the next start (the last until the first one of the next day). Duplicate start times
    /// keep the first entry. An empty list means one all-day shift named "A" from 00:00. An
    /// unknown @p timeZone falls back to UTC+8.
    Roster(QList<ShiftDef> shifts, const QString& timeZone);
    /// @p patterns as in Policy::rosterPatterns (an empty list: one all-day shift, no teams).
    Roster(QList<RosterPattern> patterns, const QString& timeZone);

    /// The shift that contains @p instant (any time spec; converted to the roster's zone).
    Shift shiftAt(const QDateTime& instant) const;
    /// The shift that starts when @p shift ends.
    Shift next(const Shift& shift) const;
    /// Shift number @p number (1-based) of @p day; nullopt when the day has no such shift.
    std::optional<Shift> shift(QDate day, int number) const;
    /// The shift named by an id() ("2026-11-29/2"); nullopt for a malformed id or a number
    /// the day does not have.
    std::optional<Shift> shiftById(QStringView id) const;

    /// The team planned on @p shift by the pattern of its day; "" when none.
    QString teamFor(const Shift& shift) const;
    /// Every shift of the local days @p from..@p to (inclusive; at most 400 days, the rest
    /// is cut) with its team.
    QList<RosterDay> calendar(QDate from, QDate to) const;

    /// The pattern in force on local day @p day.
    const RosterPattern& patternOn(QDate day) const;
    /// The shifts of local day @p day, sorted by start time.
    const QList<ShiftDef>& shiftsOn(QDate day) const { return patternOn(day).shifts; }
    const QList<RosterPattern>& patterns() const { return m_patterns; }
    const QTimeZone& timeZone() const { return m_zone; }

private:
    Shift make(QDate day, qsizetype index) const;

    QList<RosterPattern> m_patterns; // sorted by date, the first without one
    QTimeZone m_zone;
};

/// The zone of a policy's time_zone name; Asia/Shanghai's fixed UTC+8 when the name is unknown
/// (the community's zone; fromJson already refuses unknown names).
QTimeZone policyTimeZone(const QString& name);

/// Splits "YYYY-MM-DD/N" (N >= 1); nullopt when malformed.
std::optional<std::pair<QDate, int>> parseShiftId(QStringView id);

} // namespace gatepost::core
