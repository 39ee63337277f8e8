#pragma once

// Checks of the 6 outlying courtyards (issue 9): scheduled rounds and spot checks, in person,
// by phone or by video, with their result and a note; per shift (the shift the check's time
// falls in); and the courtyards whose scheduled check is overdue. Rows are replicated
// (patrol_checks, made once and never changed). See docs/patrols.md.
//
// - The courtyards are households.courtyard 1..6 ("一号院".."六号院", formats::courtyardOfAddress);
//   0 is the main area, which is not patrolled.
// - A courtyard is overdue when its last *scheduled* check (from any station) is older than the
//   interval, or it has none: due = last + interval, overdue when now > due. The interval is
//   kDefaultInterval (4 h) unless set (the policy may carry it later).
// - Refused (nothing written): courtyard_unknown (not 1..6), patrol_note_missing (a problem
//   without a note), check_in_future (a check time after now).
// - record() is one transaction with its audit row (patrol_check).

#include "AuditTrail.h"
#include "Refusal.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>

namespace gatepost::core {

class Clock;
class Database;

enum class PatrolKind { Scheduled, Spot };
enum class PatrolMethod { InPerson, Phone, Video };
enum class PatrolResult { Ok, Problem, NoAnswer };

QString toString(PatrolKind k);   ///< scheduled, spot
QString toString(PatrolMethod m); ///< in_person, phone, video
QString toString(PatrolResult r); ///< ok, problem, no_answer
std::optional<PatrolKind> patrolKindFromString(QStringView s);
std::optional<PatrolMethod> patrolMethodFromString(QStringView s);
std::optional<PatrolResult> patrolResultFromString(QStringView s);

/// What the person who checked reports (unchecked: record() judges it).
struct PatrolCheck
{
    int courtyard = 0; ///< 1..6
    PatrolKind kind = PatrolKind::Scheduled;
    PatrolMethod method = PatrolMethod::InPerson;
    PatrolResult result = PatrolResult::Ok;
    QString note;
    QDateTime checkedUtc; ///< null = now; an earlier time for a check written down afterwards
};

/// A check as stored.
struct PatrolRecord
{
    qint64 id = 0;
    PatrolCheck check; ///< checkedUtc always set
    QString checkedBy;
    QString shiftId;
    QString station;
};

/// One courtyard's schedule now.
struct CourtyardStatus
{
    int courtyard = 0;
    QDateTime lastScheduledUtc; ///< null: never checked on schedule
    QDateTime dueUtc;           ///< null: due at once
    bool overdue = false;
};

class Patrols
{
public:
    static constexpr int kCourtyards = 6;
    static constexpr std::chrono::minutes kDefaultInterval{std::chrono::hours(4)};

    Patrols(Database& db, const Clock& clock, std::chrono::minutes interval = kDefaultInterval);
    Q_DISABLE_COPY_MOVE(Patrols)

    std::chrono::minutes interval() const { return m_interval; }
    void setInterval(std::chrono::minutes interval) { m_interval = interval; }

    /// Records one check by @p actor at this station. Throws RefusedError (nothing written).
    PatrolRecord record(const PatrolCheck& check, const Actor& actor);
    /// Checks of every station with fromUtc <= checked < toUtc (null bounds open), oldest first.
    QList<PatrolRecord> checks(const QDateTime& fromUtc = {}, const QDateTime& toUtc = {}) const;
    /// Every courtyard 1..6 at @p nowUtc.
    QList<CourtyardStatus> schedule(const QDateTime& nowUtc) const;
    /// The overdue ones of schedule(nowUtc).
    QList<CourtyardStatus> overdue(const QDateTime& nowUtc) const;

private:
    Database& m_db;
    const Clock& m_clock;
    std::chrono::minutes m_interval;
};

} // namespace gatepost::core
