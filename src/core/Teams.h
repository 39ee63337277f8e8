#pragma once

// The teams of the roster (四班倒: A..D by default) and their members: a team has a code (the
// one the shift patterns name), a name, and a lead; a member is an operator in one team with
// a home gate. Tables `teams` and `team_members` (schema 6) travel to every station and any
// station may change them (a lead edits at a gate). Every change is one transaction with its
// audit row; refusals are RefusedError codes (Team*). A member leaves a team by a row whose
// team is NULL (rows are never deleted: deletions do not travel). See docs/roster.md.

#include "AuditTrail.h"
#include "Clock.h"
#include "Database.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace gatepost::core {

struct Team
{
    QString code;
    QString name; ///< as entered; the screens show 一班.. for A..D when it is the code itself
    QString lead; ///< the lead operator's name; "" when none
    bool operator==(const Team&) const = default;
};

struct TeamMember
{
    QString operatorName;
    QString role; ///< the operator's role (volunteer, shift_lead, ...)
    QString team; ///< team code
    QString gate; ///< home gate; "" = any gate
    bool active = true;
    bool operator==(const TeamMember&) const = default;
};

class Teams
{
public:
    Teams(Database& db, const Clock& clock);
    Q_DISABLE_COPY_MOVE(Teams)

    /// Every team, by code.
    QList<Team> teams() const;
    std::optional<Team> team(const QString& code) const;
    /// The members of @p code by name; empty for an unknown team.
    QList<TeamMember> membersOf(const QString& code) const;
    /// Every member of every team, by team then name.
    QList<TeamMember> members() const;
    /// The team @p operatorName is in; nullopt when none.
    std::optional<TeamMember> memberNamed(const QString& operatorName) const;

    /// A new team. Refuses TeamCodeInvalid (1-8 letters, digits or _), TeamAlreadyExists,
    /// TeamNameMissing.
    Team add(const QString& code, const QString& name, const Actor& actor);
    /// Adds each of @p codes not stored yet, named by its code (the default four on demand:
    /// the first change to the teams stores the policy's team codes). Returns how many.
    int ensure(const QStringList& codes, const Actor& actor);
    /// One change to the teams as one transaction: stores @p defaultCodes not stored yet (as
    /// ensure), then runs @p change (calls to this object's setters); both commit together or
    /// neither does.
    void changeWithDefaults(const QStringList& defaultCodes, const Actor& actor,
                            const std::function<void()>& change);
    void rename(const QString& code, const QString& name, const Actor& actor);
    /// @p operatorName must be a member of the team; "" clears the lead.
    void setLead(const QString& code, const QString& operatorName, const Actor& actor);
    /// Puts an operator in a team. Refuses TeamOperatorUnknown, GateUnknown, and
    /// TeamMemberElsewhere when they are in another team (move them instead).
    void addMember(const QString& code, const QString& operatorName, const QString& gate, const Actor& actor);
    /// Moves a member to team @p code (keeps the home gate unless @p gate is given); a lead
    /// who moves stops leading the team they left.
    void moveMember(const QString& operatorName, const QString& code, const std::optional<QString>& gate,
                    const Actor& actor);
    /// Takes a member out of their team (TeamNotMember when in none).
    void removeMember(const QString& operatorName, const Actor& actor);

private:
    qint64 teamId(const QString& code) const;     // refuses TeamUnknown
    qint64 operatorId(const QString& name) const; // refuses TeamOperatorUnknown
    void checkGate(const QString& gate) const;    // refuses GateUnknown
    void audit(const Actor& actor, AuditAction action, const QString& target, const QJsonObject& before,
               const QJsonObject& after);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace gatepost::core
