#pragma once

// A change of the roster's shift pattern from a form or the command line (issue 9): the words
// typed turned into a RosterPattern, and the pattern added to the community policy with the
// teams it names, in one transaction (audited: policy_change, team_add). See docs/roster.md.

#include "RosterPattern.h"

#include <QDate>
#include <QString>

namespace gatepost::core {

class Clock;
class Database;
class Registry;
struct Actor;

/// @p starts "00:00,06:00,12:00,18:00" (HH:mm, commas or spaces), @p teams "A,B,C,D", @p names
/// one per shift or empty (1, 2, ...), @p cycle "ABCD,BCDA,..." or empty (defaultCycle).
/// Refused ShiftPatternInvalid with ("start_time", the text) for a time that is not HH:mm, and
/// ("names_count", the number of shifts) when the names do not match the shifts. The rest is
/// judged by addRosterPattern.
RosterPattern parseRosterPattern(QDate from, const QString& starts, const QString& teams,
                                 const QString& names = {}, const QString& cycle = {});

/// Adds @p pattern to the policy (addRosterPattern: from tomorrow at the earliest, in the
/// policy's zone) and makes the teams it names, as @p actor: one transaction. Throws
/// RefusedError (nothing written).
void applyRosterPattern(Database& db, Registry& registry, const Clock& clock, const RosterPattern& pattern,
                        const Actor& actor);

} // namespace gatepost::core
