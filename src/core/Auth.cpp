#include "Auth.h"

#include <sodium.h>

#include <stdexcept>

namespace gatepost::core {

namespace {

[[noreturn]] void refuse(const QString& message)
{
    throw std::invalid_argument(message.toStdString());
}

// Holds the PIN's bytes and wipes them when done.
class PinBytes
{
public:
    explicit PinBytes(const QString& pin)
        : m_bytes(pin.toUtf8())
    {
    }
    ~PinBytes() { sodium_memzero(m_bytes.data(), static_cast<size_t>(m_bytes.size())); }
    Q_DISABLE_COPY_MOVE(PinBytes)
    const char* data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

QString hashPin(const QString& pin)
{
    const PinBytes bytes(pin);
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, bytes.data(), bytes.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw std::runtime_error("not enough memory to hash the PIN");
    return QString::fromLatin1(out);
}

bool verifyPin(const QString& hash, const QString& pin)
{
    const QByteArray h = hash.toLatin1();
    const PinBytes bytes(pin);
    return crypto_pwhash_str_verify(h.constData(), bytes.data(), bytes.size()) == 0;
}

// Verified against when the name is unknown, so that an unknown name costs as much time
// as a wrong PIN and does not reveal which names exist.
const QString& dummyHash()
{
    static const QString hash = [] {
        unsigned char random[16];
        randombytes_buf(random, sizeof random);
        return hashPin(
            QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(random), sizeof random).toHex()));
    }();
    return hash;
}

Operator operatorFromRow(const Statement& row)
{
    Operator op;
    op.id = row.int64(0);
    op.name = row.text(1);
    op.role = roleFromString(row.text(2)).value_or(Role::Volunteer);
    op.pinHash = row.text(3);
    return op;
}

} // namespace

Auth::Auth(Database& db)
    : m_db(db)
{
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium could not be initialised");
}

bool Auth::isAcceptablePin(const QString& pin)
{
    if (pin.size() < 4 || pin.size() > 8)
        return false;
    for (QChar c : pin) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

bool Auth::roleAtLeast(Role have, Role need)
{
    return static_cast<int>(have) >= static_cast<int>(need);
}

qint64 Auth::addOperator(const QString& name, Role role, const QString& pin)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        refuse(QStringLiteral("an operator needs a name"));
    if (!isAcceptablePin(pin))
        refuse(QStringLiteral("a PIN is 4 to 8 digits"));
    const QString hash = hashPin(pin); // slow: outside the write lock
    Transaction tx(m_db);
    Statement exists = m_db.prepare("SELECT 1 FROM operators WHERE name = ?1");
    exists.bind(1, n);
    if (exists.step())
        refuse(QStringLiteral("there is already an operator called %1").arg(n));
    Statement ins =
        m_db.prepare("INSERT INTO operators (name, role, pin_hash, active) VALUES (?1, ?2, ?3, 1)");
    ins.bind(1, n).bind(2, toString(role)).bind(3, hash).exec();
    const qint64 id = m_db.lastInsertId();
    tx.commit();
    return id;
}

std::optional<Operator> Auth::signOn(const QString& name, const QString& pin)
{
    std::optional<Operator> op;
    bool active = false;
    {
        Statement q = m_db.prepare("SELECT id, name, role, pin_hash, active FROM operators WHERE name = ?1");
        q.bind(1, name.trimmed());
        if (q.step()) {
            op = operatorFromRow(q);
            active = q.int64(4) != 0;
        }
    }
    if (!op) {
        verifyPin(dummyHash(), pin);
        return std::nullopt;
    }
    // Verify even for a deactivated account: the answer must not tell it apart by time.
    if (!verifyPin(op->pinHash, pin) || !active)
        return std::nullopt;

    const QByteArray stored = op->pinHash.toLatin1();
    if (crypto_pwhash_str_needs_rehash(stored.constData(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                       crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
        op->pinHash = hashPin(pin);
        Transaction tx(m_db);
        Statement upd = m_db.prepare("UPDATE operators SET pin_hash = ?1 WHERE id = ?2");
        upd.bind(1, op->pinHash).bind(2, op->id).exec();
        tx.commit();
    }
    return op;
}

void Auth::changePin(qint64 id, const QString& newPin)
{
    if (!isAcceptablePin(newPin))
        refuse(QStringLiteral("a PIN is 4 to 8 digits"));
    const QString hash = hashPin(newPin);
    Transaction tx(m_db);
    Statement upd = m_db.prepare("UPDATE operators SET pin_hash = ?1 WHERE id = ?2");
    upd.bind(1, hash).bind(2, id).exec();
    if (m_db.changes() == 0)
        refuse(QStringLiteral("there is no operator %1").arg(id));
    tx.commit();
}

void Auth::setActive(qint64 id, bool active)
{
    Transaction tx(m_db);
    const std::optional<Operator> op = operatorById(id);
    if (!op)
        refuse(QStringLiteral("there is no operator %1").arg(id));
    if (!active && op->role == Role::Admin) {
        Statement admins = m_db.prepare("SELECT count(*) FROM operators WHERE role = 'admin' AND active = 1"
                                        " AND id <> ?1");
        admins.bind(1, id);
        admins.step();
        if (admins.int64(0) == 0 && isActive(id))
            refuse(QStringLiteral("%1 is the last active admin: add another admin first").arg(op->name));
    }
    Statement upd = m_db.prepare("UPDATE operators SET active = ?1 WHERE id = ?2");
    upd.bind(1, active).bind(2, id).exec();
    tx.commit();
}

bool Auth::isActive(qint64 id) const
{
    Statement q = m_db.prepare("SELECT active FROM operators WHERE id = ?1");
    q.bind(1, id);
    return q.step() && q.int64(0) != 0;
}

QList<Operator> Auth::operators() const
{
    Statement q = m_db.prepare("SELECT id, name, role, pin_hash FROM operators ORDER BY name");
    QList<Operator> out;
    while (q.step())
        out << operatorFromRow(q);
    return out;
}

std::optional<Operator> Auth::operatorById(qint64 id) const
{
    Statement q = m_db.prepare("SELECT id, name, role, pin_hash FROM operators WHERE id = ?1");
    q.bind(1, id);
    if (!q.step())
        return std::nullopt;
    return operatorFromRow(q);
}

} // namespace gatepost::core
