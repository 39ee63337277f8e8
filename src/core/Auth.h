#pragma once

// Operator accounts and sign-on. PINs are stored only as Argon2id hashes (libsodium's
// crypto_pwhash_str format); a PIN is never stored, logged or put in an exception message.
// Wrong PINs are counted per operator in the database, with a doubling lock-out, so closing
// the dialog or restarting the program does not reset them. Every change to an account and
// every failed PIN is an audit row (AuditTrail), written in the same transaction.

#include "AuditTrail.h"
#include "Clock.h"
#include "Database.h"
#include "Types.h"

#include <QDateTime>
#include <QList>

#include <chrono>
#include <optional>
#include <stdexcept>

namespace gatepost::core {

/// A refused account change, by code; what() is plain English for logs and the CLI.
class AuthRefusal : public std::invalid_argument
{
public:
    enum class Code { EmptyName, BadPin, NameTaken, NoSuchOperator, LastAdmin, OperatorsExist };
    AuthRefusal(Code code, const QString& message)
        : std::invalid_argument(message.toStdString())
        , m_code(code)
    {
    }
    Code code() const { return m_code; }

private:
    Code m_code;
};

struct SignOnResult
{
    /// WrongPin also stands for an unknown name and a deactivated account (same answer,
    /// about the same time).
    enum class Code { Ok, WrongPin, Locked };
    Code code = Code::WrongPin;
    std::optional<Operator> op; ///< set when Ok
    QDateTime lockedUntilUtc;   ///< set when Locked: no PIN is checked before then
    qint64 lockSeconds = 0;     ///< when Locked: seconds from now (the Auth's clock) to lockedUntilUtc
    int failedPins = 0;         ///< wrong PINs in a row on this account (0 for an unknown name)

    bool ok() const { return code == Code::Ok; }
    explicit operator bool() const { return ok(); }
};

/// An account as the operators page lists it: active, and wrong PINs and lock (v3 columns).
struct OperatorAccount
{
    Operator op;
    bool active = true;
    int failedPins = 0;
    QDateTime lockedUntilUtc; ///< null when never locked (or reset)
    /// Locked at @p nowUtc (a wrong PIN count alone is not a lock).
    bool lockedAt(const QDateTime& nowUtc) const
    {
        return lockedUntilUtc.isValid() && lockedUntilUtc > nowUtc;
    }
};

/// Whether an operator of role @p actor may manage (add, edit, reset, deactivate) an account of
/// role @p target: an admin any account; a shift lead only volunteers and shift leads; staff and
/// volunteers none (docs/rules.md).
bool mayManageOperator(Role actor, Role target);

class Auth
{
public:
    /// Wrong PINs allowed before the first lock.
    static constexpr int kFreeAttempts = 4;
    /// The first lock; each further wrong PIN doubles it, up to kMaxLock.
    static constexpr std::chrono::seconds kFirstLock{30};
    static constexpr std::chrono::seconds kMaxLock{3600};

    /// The clock times locks and audit rows.
    Auth(Database& db, const Clock& clock);
    Q_DISABLE_COPY_MOVE(Auth)

    /// True when any operator (active or not) exists.
    bool hasOperators() const;
    /// The first account of a new station: an admin. Refused (OperatorsExist) once any operator
    /// exists, so it cannot be used to add a second admin behind the others' backs.
    qint64 createFirstAdmin(const QString& name, const QString& pin);

    /// Returns the new operator's id. Throws AuthRefusal for an empty or taken name or a PIN
    /// that is not 4 to 8 digits.
    qint64 addOperator(const QString& name, Role role, const QString& pin, const Actor& actor);
    /// Checks name and PIN. A wrong PIN counts against the account; from the
    /// (kFreeAttempts + 1)th in a row the account is locked for kFirstLock, doubling with each
    /// further wrong PIN up to kMaxLock; success resets the count. Every wrong PIN is an audit
    /// row. A hash made with weaker parameters than today's is replaced on success.
    SignOnResult signOn(const QString& name, const QString& pin);
    /// Throws AuthRefusal for an unknown id or an unacceptable PIN.
    void changePin(qint64 id, const QString& newPin, const Actor& actor);
    /// Throws AuthRefusal for an unknown id, or when it would leave no active admin.
    void setRole(qint64 id, Role role, const Actor& actor);
    /// Throws AuthRefusal for an unknown id, or when it would leave no active admin.
    void setActive(qint64 id, bool active, const Actor& actor);
    bool isActive(qint64 id) const;
    /// Clears the wrong-PIN count and the lock of a locked account (an audit row by @p actor,
    /// operator_unlock, with the count and lock before). Nothing happens (and nothing is audited)
    /// when the account has no wrong PIN. Throws AuthRefusal for an unknown id.
    void resetLock(qint64 id, const Actor& actor);
    /// Every account with its state, ordered by name.
    QList<OperatorAccount> accounts() const;
    /// Every operator, deactivated ones included, ordered by name.
    QList<Operator> operators() const;
    std::optional<Operator> operatorById(qint64 id) const;

    /// 4 to 8 ASCII digits.
    static bool isAcceptablePin(const QString& pin);
    /// Volunteer < ShiftLead < Staff < Admin.
    static bool roleAtLeast(Role have, Role need);
    /// How long the account is locked after @p failedPins wrong PINs in a row (0 s below the
    /// first lock).
    static std::chrono::seconds lockFor(int failedPins);

private:
    bool wouldLeaveNoAdmin(qint64 id) const;

    Database& m_db;
    const Clock& m_clock;
};

} // namespace gatepost::core
