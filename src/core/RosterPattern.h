#pragma once

// A dated shift pattern of the roster (四班倒 or any other): its shifts, the teams, and the
// rotation cycle saying which team holds which shift on each day of the cycle. Part of the
// policy (key "roster_patterns", docs/policy.md); Roster answers with the pattern in force
// on a local day. A new pattern applies from a date and never rewrites the past.

#include "Refusal.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTime>

#include <optional>

namespace gatepost::core {

struct ShiftDef
{
    QString name; // "A", "B", "C", "D" (四班倒)
    QTime start;  // local start time; a shift lasts until the next one starts
    bool operator==(const ShiftDef&) const = default;
};

struct RosterPattern
{
    /// First local day it is in force; null = from the beginning (only the first pattern).
    QDate from;
    QList<ShiftDef> shifts; ///< sorted by start, names and starts unique, at least one
    QStringList teams;      ///< team codes ("A".."D"); empty = a roster without teams
    /// Day k of the cycle (k = days since the anchor, modulo the cycle's length): the team
    /// code of each shift slot, in shift order ("" = nobody planned). Empty when no teams.
    QList<QStringList> cycle;
    bool operator==(const RosterPattern&) const = default;

    /// Where day 0 of the cycle falls: `from`, or rotationEpoch() for the first pattern.
    QDate anchor() const;
    /// The team of shift @p number (1-based) on @p day; "" when none.
    QString teamOn(QDate day, int number) const;
};

/// Day 0 of the first pattern's rotation (a pattern without a date): 2020-01-01.
QDate rotationEpoch();

/// Team i holds shift slot (i - k) on day k: the teams move one shift EARLIER each day
/// (ABCD, BCDA, CDAB, DABC), so no team works two shifts back to back and each takes the
/// nights in turn. With fewer shifts than teams the extra teams rest.
QList<QStringList> defaultCycle(qsizetype shiftCount, const QStringList& teams);
/// 00:00, 06:00, 12:00, 18:00 named A..D, teams A..D, defaultCycle, from the beginning.
RosterPattern defaultRosterPattern();

/// Structural problems (no shifts, duplicate start, a cycle day of the wrong length, a code
/// that is not a team, ...) as a ShiftPatternInvalid refusal naming the problem; nullopt when
/// sound. Sorts nothing: @p p must already be sorted (see normalised()).
std::optional<Refusal> checkRosterPattern(const RosterPattern& p);
/// @p p with its shifts sorted by start (the cycle's slots follow their shifts).
RosterPattern normalised(RosterPattern p);

QJsonObject toJson(const RosterPattern& p);
/// nullopt and *error (an English sentence naming @p key) when malformed.
std::optional<RosterPattern> rosterPatternFromJson(const QJsonValue& v, const QString& key, QString* error);

/// Adds @p pattern to @p patterns (sorted by date; a pattern with the same date is replaced).
/// Refuses (RefusedError) ShiftPatternInPast when it is dated today or earlier (@p today is the
/// policy zone's local date: today's shifts have begun), ShiftPatternInvalid when malformed.
void addRosterPattern(QList<RosterPattern>& patterns, RosterPattern pattern, QDate today);

/// "ABCD" -> {"A","B","C","D"}; "A1/B1/-" -> {"A1","B1",""} (a "/" separates longer codes;
/// "-" is a slot nobody holds). For the CLI and forms.
QStringList parseCycleDay(const QString& text);
QString cycleDayText(const QStringList& day);

} // namespace gatepost::core
