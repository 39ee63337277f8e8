#include "OperatorAdmin.h"

namespace gatepost::core {

OperatorAdmin::OperatorAdmin(Auth& auth, qint64 actorId)
    : m_auth(auth)
    , m_actorId(actorId)
{
}

Operator OperatorAdmin::actor() const
{
    // Read again: a lead deactivated or demoted elsewhere manages nothing from then on.
    const std::optional<Operator> op = m_auth.operatorById(m_actorId);
    if (!op || !m_auth.isActive(m_actorId))
        refuse(RefusalCode::OperatorNotManageable, RefusalField::Operator);
    return *op;
}

Operator OperatorAdmin::target(qint64 id) const
{
    const std::optional<Operator> op = m_auth.operatorById(id);
    if (!op)
        refuse(RefusalCode::OperatorUnknown, RefusalField::Operator, {QString::number(id)});
    return *op;
}

bool OperatorAdmin::mayManage(Role role) const
{
    const std::optional<Operator> op = m_auth.operatorById(m_actorId);
    return op && m_auth.isActive(m_actorId) && mayManageOperator(op->role, role);
}

QList<Role> OperatorAdmin::assignableRoles() const
{
    QList<Role> out;
    for (Role r : {Role::Volunteer, Role::ShiftLead, Role::Staff, Role::Admin})
        if (mayManage(r))
            out << r;
    return out;
}

void OperatorAdmin::check(Role role) const
{
    const Operator a = actor();
    if (!mayManageOperator(a.role, role))
        refuse(RefusalCode::OperatorNotManageable, RefusalField::Role, {toString(a.role), toString(role)});
}

// Auth's refusals as codes the GUI translates.
template<typename F> void OperatorAdmin::translated(F&& f) const
{
    try {
        f();
    } catch (const AuthRefusal& e) {
        switch (e.code()) {
        case AuthRefusal::Code::EmptyName:
            refuse(RefusalCode::NameMissing, RefusalField::Name);
        case AuthRefusal::Code::BadPin:
            refuse(RefusalCode::PinInvalid, RefusalField::Pin);
        case AuthRefusal::Code::NameTaken:
            refuse(RefusalCode::OperatorNameTaken, RefusalField::Name);
        case AuthRefusal::Code::NoSuchOperator:
            refuse(RefusalCode::OperatorUnknown, RefusalField::Operator);
        case AuthRefusal::Code::LastAdmin:
            refuse(RefusalCode::LastActiveAdmin, RefusalField::Operator);
        case AuthRefusal::Code::OperatorsExist:
            break;
        }
        throw;
    }
}

qint64 OperatorAdmin::add(const QString& name, Role role, const QString& pin)
{
    check(role);
    qint64 id = 0;
    translated([&] { id = m_auth.addOperator(name, role, pin, Actor::operatorNamed(actor().name)); });
    return id;
}

void OperatorAdmin::changePin(qint64 id, const QString& pin)
{
    check(target(id).role);
    translated([&] { m_auth.changePin(id, pin, Actor::operatorNamed(actor().name)); });
}

void OperatorAdmin::resetLock(qint64 id)
{
    check(target(id).role);
    translated([&] { m_auth.resetLock(id, Actor::operatorNamed(actor().name)); });
}

void OperatorAdmin::setActive(qint64 id, bool active)
{
    const Operator t = target(id);
    check(t.role);
    translated([&] { m_auth.setActive(id, active, Actor::operatorNamed(actor().name)); });
}

void OperatorAdmin::setRole(qint64 id, Role role)
{
    check(target(id).role);
    check(role);
    translated([&] { m_auth.setRole(id, role, Actor::operatorNamed(actor().name)); });
}

} // namespace gatepost::core
