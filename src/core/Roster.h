#pragma once

// The shift rotation (四班倒): which shift an instant belongs to. Pure code, no clock of
// its own: pass the instant in. Crossings and reports are labelled with Shift::id().

#include "Policy.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace gatepost::core {

/// One concrete shift: a named shift on a given local day.
struct Shift
{
    QString name;       // "A".."D"
    QDate day;          // local date on which the shift STARTED (a night shift keeps its start day)
    QDateTime startUtc; // inclusive
    QDateTime endUtc;   // exclusive: the next shift's start
    /// "2026-11-29/D": stable label stored with each crossing.
    QString id() const;
    bool operator==(const Shift&) const = default;
};

class Roster
{
public:
    /// Uses policy.shifts and policy.timeZone.
    explicit Roster(const Policy& policy);
    /// @p shifts in any order; each lasts until the next start (the last until the first one
    /// of the next day). Duplicate start times keep the first entry. An empty list means one
    /// all-day shift named "A" from 00:00. An unknown @p timeZone falls back to UTC+8.
    Roster(QList<ShiftDef> shifts, const QString& timeZone);

    /// The shift that contains @p instant (any time spec; converted to the roster's zone).
    Shift shiftAt(const QDateTime& instant) const;
    /// The shift that starts when @p shift ends.
    Shift next(const Shift& shift) const;

    /// Sorted by start time.
    const QList<ShiftDef>& shifts() const { return m_shifts; }
    const QTimeZone& timeZone() const { return m_zone; }

private:
    Shift make(QDate day, qsizetype index) const;

    QList<ShiftDef> m_shifts;
    QTimeZone m_zone;
};

/// The zone of a policy's time_zone name; Asia/Shanghai's fixed UTC+8 when the name is unknown
/// (the community's zone; fromJson already refuses unknown names).
QTimeZone policyTimeZone(const QString& name);

} // namespace gatepost::core
