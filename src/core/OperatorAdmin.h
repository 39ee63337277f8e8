#pragma once

// Operator management by a shift lead or an admin (the lead screen's operators page, docs/rules.md).
// Each call checks that the signed-on actor may manage the account (core::mayManageOperator, with
// the actor's role read again from the file) and refuses with a RefusedError code otherwise; the
// writes and their audit rows are Auth's, one transaction per call.

#include "Auth.h"
#include "Refusal.h"

namespace gatepost::core {

class OperatorAdmin
{
public:
    /// @p actorId: the signed-on operator who makes the changes.
    OperatorAdmin(Auth& auth, qint64 actorId);

    QList<OperatorAccount> accounts() const { return m_auth.accounts(); }
    /// Whether the actor may manage an account of @p role (the page greys out what it may not).
    bool mayManage(Role role) const;
    /// The roles the actor may give (add or change to).
    QList<Role> assignableRoles() const;

    /// Refuses NameMissing, PinInvalid, OperatorNameTaken, OperatorNotManageable.
    qint64 add(const QString& name, Role role, const QString& pin);
    /// Refuses PinInvalid, OperatorUnknown, OperatorNotManageable.
    void changePin(qint64 id, const QString& pin);
    void resetLock(qint64 id);
    /// Refuses LastActiveAdmin besides the above.
    void setActive(qint64 id, bool active);
    /// Both the account's role and @p role must be manageable by the actor.
    void setRole(qint64 id, Role role);

private:
    Operator actor() const;
    Operator target(qint64 id) const;
    void check(Role role) const;
    template<typename F> void translated(F&& f) const;

    Auth& m_auth;
    qint64 m_actorId;
};

} // namespace gatepost::core
