#pragma once

// Operator accounts and sign-on. PINs are stored only as Argon2id hashes (libsodium's
// crypto_pwhash_str format); a PIN is never stored, logged or put in an exception message.

#include "Database.h"
#include "Types.h"

#include <QList>

#include <optional>

namespace gatepost::core {

class Auth
{
public:
    /// Initialises libsodium (throws std::runtime_error if it cannot).
    explicit Auth(Database& db);
    Q_DISABLE_COPY_MOVE(Auth)

    /// Returns the new operator's id. Throws std::invalid_argument for an empty or taken
    /// name or a PIN that is not 4 to 8 digits.
    qint64 addOperator(const QString& name, Role role, const QString& pin);
    /// The operator when the name and PIN match an active account; nullopt otherwise (wrong
    /// PIN, unknown name and deactivated account give the same answer in about the same
    /// time). A hash made with weaker parameters than today's is replaced on success.
    std::optional<Operator> signOn(const QString& name, const QString& pin);
    /// Throws std::invalid_argument for an unknown id or an unacceptable PIN.
    void changePin(qint64 id, const QString& newPin);
    /// Throws std::invalid_argument for an unknown id, or when it would leave no active admin.
    void setActive(qint64 id, bool active);
    bool isActive(qint64 id) const;
    /// Every operator, deactivated ones included, ordered by name.
    QList<Operator> operators() const;
    std::optional<Operator> operatorById(qint64 id) const;

    /// 4 to 8 ASCII digits.
    static bool isAcceptablePin(const QString& pin);
    /// Volunteer < ShiftLead < Staff < Admin.
    static bool roleAtLeast(Role have, Role need);

private:
    Database& m_db;
};

} // namespace gatepost::core
