#include "Teams.h"

#include "Refusal.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace gatepost::core {

namespace {

// A macro so that each query below is one string literal.
#define GATEPOST_MEMBER_SQL                                                                                  \
    "SELECT o.name, o.role, t.code, m.gate, o.active FROM team_members m"                                    \
    " JOIN operators o ON o.id = m.operator_id JOIN teams t ON t.id = m.team_id"

TeamMember memberAt(const Statement& q)
{
    return TeamMember{q.text(0), q.text(1), q.text(2), q.text(3), q.int64(4) != 0};
}

QJsonObject memberJson(const TeamMember& m)
{
    return {{QStringLiteral("operator"), m.operatorName},
            {QStringLiteral("team"), m.team},
            {QStringLiteral("gate"), m.gate}};
}

} // namespace

Teams::Teams(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

QList<Team> Teams::teams() const
{
    QList<Team> out;
    Statement q = m_db.prepare("SELECT t.code, t.name, COALESCE(o.name, '') FROM teams t"
                               " LEFT JOIN operators o ON o.id = t.lead_id ORDER BY t.code");
    while (q.step())
        out.append(Team{q.text(0), q.text(1), q.text(2)});
    return out;
}

std::optional<Team> Teams::team(const QString& code) const
{
    for (const Team& t : teams())
        if (t.code == code)
            return t;
    return std::nullopt;
}

QList<TeamMember> Teams::membersOf(const QString& code) const
{
    QList<TeamMember> out;
    Statement q = m_db.prepare(GATEPOST_MEMBER_SQL " WHERE t.code = ?1 ORDER BY o.name");
    q.bind(1, code);
    while (q.step())
        out.append(memberAt(q));
    return out;
}

QList<TeamMember> Teams::members() const
{
    QList<TeamMember> out;
    Statement q = m_db.prepare(GATEPOST_MEMBER_SQL " ORDER BY t.code, o.name");
    while (q.step())
        out.append(memberAt(q));
    return out;
}

std::optional<TeamMember> Teams::memberNamed(const QString& operatorName) const
{
    Statement q = m_db.prepare(GATEPOST_MEMBER_SQL " WHERE o.name = ?1");
    q.bind(1, operatorName);
    if (!q.step())
        return std::nullopt;
    return memberAt(q);
}

qint64 Teams::teamId(const QString& code) const
{
    Statement q = m_db.prepare("SELECT id FROM teams WHERE code = ?1");
    q.bind(1, code);
    if (!q.step())
        refuse(RefusalCode::TeamUnknown, RefusalField::Team, {code});
    return q.int64(0);
}

qint64 Teams::operatorId(const QString& name) const
{
    Statement q = m_db.prepare("SELECT id FROM operators WHERE name = ?1");
    q.bind(1, name);
    if (!q.step())
        refuse(RefusalCode::TeamOperatorUnknown, RefusalField::Operator, {name});
    return q.int64(0);
}

void Teams::checkGate(const QString& gate) const
{
    if (gate.isEmpty())
        return;
    Statement q = m_db.prepare("SELECT 1 FROM gates WHERE code = ?1 AND kind = 'gate'");
    q.bind(1, gate);
    if (!q.step())
        refuse(RefusalCode::GateUnknown, RefusalField::Gate, {gate});
}

void Teams::audit(const Actor& actor, AuditAction action, const QString& target, const QJsonObject& before,
                  const QJsonObject& after)
{
    AuditTrail(m_db, m_clock)
        .append(actor, action, target, before.isEmpty() ? QString() : AuditTrail::json(before),
                after.isEmpty() ? QString() : AuditTrail::json(after));
}

Team Teams::add(const QString& code, const QString& name, const Actor& actor)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_]{1,8}$"));
    if (!valid.match(code).hasMatch())
        refuse(RefusalCode::TeamCodeInvalid, RefusalField::Team, {code});
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        refuse(RefusalCode::TeamNameMissing, RefusalField::Name);
    Transaction tx(m_db);
    if (team(code))
        refuse(RefusalCode::TeamAlreadyExists, RefusalField::Team, {code});
    Statement q = m_db.prepare("INSERT INTO teams (code, name) VALUES (?1, ?2)");
    q.bind(1, code).bind(2, trimmed).exec();
    audit(actor, AuditAction::TeamAdd, code, {}, {{QStringLiteral("name"), trimmed}});
    tx.commit();
    return Team{code, trimmed, {}};
}

int Teams::ensure(const QStringList& codes, const Actor& actor)
{
    Transaction tx(m_db);
    int added = 0;
    for (const QString& code : codes) {
        if (!team(code)) {
            add(code, code, actor);
            ++added;
        }
    }
    tx.commit();
    return added;
}

void Teams::changeWithDefaults(const QStringList& defaultCodes, const Actor& actor,
                               const std::function<void()>& change)
{
    Transaction tx(m_db);
    ensure(defaultCodes, actor);
    change();
    tx.commit();
}

void Teams::rename(const QString& code, const QString& name, const Actor& actor)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        refuse(RefusalCode::TeamNameMissing, RefusalField::Name);
    Transaction tx(m_db);
    const qint64 id = teamId(code);
    const QString before = team(code)->name;
    if (before == trimmed)
        return;
    Statement q = m_db.prepare("UPDATE teams SET name = ?1 WHERE id = ?2");
    q.bind(1, trimmed).bind(2, id).exec();
    audit(actor, AuditAction::TeamRename, code, {{QStringLiteral("name"), before}},
          {{QStringLiteral("name"), trimmed}});
    tx.commit();
}

void Teams::setLead(const QString& code, const QString& operatorName, const Actor& actor)
{
    Transaction tx(m_db);
    const qint64 id = teamId(code);
    std::optional<qint64> lead;
    if (!operatorName.isEmpty()) {
        lead = operatorId(operatorName);
        const auto member = memberNamed(operatorName);
        if (!member || member->team != code)
            refuse(RefusalCode::TeamLeadNotMember, RefusalField::Operator, {operatorName, code});
    }
    const QString before = team(code)->lead;
    if (before == operatorName)
        return;
    Statement q = m_db.prepare("UPDATE teams SET lead_id = ?1 WHERE id = ?2");
    q.bind(1, lead).bind(2, id).exec();
    audit(actor, AuditAction::TeamLead, code, {{QStringLiteral("lead"), before}},
          {{QStringLiteral("lead"), operatorName}});
    tx.commit();
}

void Teams::addMember(const QString& code, const QString& operatorName, const QString& gate,
                      const Actor& actor)
{
    Transaction tx(m_db);
    const qint64 team = teamId(code);
    const qint64 op = operatorId(operatorName);
    checkGate(gate);
    if (const auto member = memberNamed(operatorName))
        refuse(RefusalCode::TeamMemberElsewhere, RefusalField::Team, {operatorName, member->team});
    Statement q = m_db.prepare("INSERT INTO team_members (operator_id, team_id, gate) VALUES (?1, ?2, ?3)"
                               " ON CONFLICT (operator_id) DO UPDATE SET team_id = excluded.team_id,"
                               " gate = excluded.gate");
    q.bind(1, op).bind(2, team).bind(3, gate).exec();
    const TeamMember m{operatorName, {}, code, gate, true};
    audit(actor, AuditAction::TeamMemberAdd, operatorName, {}, memberJson(m));
    tx.commit();
}

void Teams::moveMember(const QString& operatorName, const QString& code, const std::optional<QString>& gate,
                       const Actor& actor)
{
    Transaction tx(m_db);
    const qint64 team = teamId(code);
    const qint64 op = operatorId(operatorName);
    const auto before = memberNamed(operatorName);
    if (!before)
        refuse(RefusalCode::TeamNotMember, RefusalField::Operator, {operatorName, code});
    TeamMember after = *before;
    after.team = code;
    if (gate) {
        checkGate(*gate);
        after.gate = *gate;
    }
    if (after == *before)
        return;
    if (before->team != code) {
        // A lead who leaves stops leading.
        Statement clear = m_db.prepare("UPDATE teams SET lead_id = NULL WHERE lead_id = ?1");
        clear.bind(1, op).exec();
    }
    Statement q = m_db.prepare("UPDATE team_members SET team_id = ?1, gate = ?2 WHERE operator_id = ?3");
    q.bind(1, team).bind(2, after.gate).bind(3, op).exec();
    audit(actor, AuditAction::TeamMemberMove, operatorName, memberJson(*before), memberJson(after));
    tx.commit();
}

void Teams::removeMember(const QString& operatorName, const Actor& actor)
{
    Transaction tx(m_db);
    const qint64 op = operatorId(operatorName);
    const auto before = memberNamed(operatorName);
    if (!before)
        refuse(RefusalCode::TeamNotMember, RefusalField::Operator, {operatorName, QString()});
    Statement clear = m_db.prepare("UPDATE teams SET lead_id = NULL WHERE lead_id = ?1");
    clear.bind(1, op).exec();
    Statement q = m_db.prepare("UPDATE team_members SET team_id = NULL WHERE operator_id = ?1");
    q.bind(1, op).exec();
    audit(actor, AuditAction::TeamMemberRemove, operatorName, memberJson(*before), {});
    tx.commit();
}

} // namespace gatepost::core
