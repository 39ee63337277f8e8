#include "Auth.h"

#include "Crypto.h"

#include <QJsonObject>

#include <algorithm>
#include <stdexcept>

namespace gatepost::core {

namespace {

[[noreturn]] void refuse(AuthRefusal::Code code, const QString& message)
{
    throw AuthRefusal(code, message);
}

QString utcText(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// Holds the PIN's bytes and wipes them when done.
class PinBytes
{
public:
    explicit PinBytes(const QString& pin)
        : m_bytes(pin.toUtf8())
    {
    }
    ~PinBytes() { crypto::wipe(m_bytes.data(), static_cast<std::size_t>(m_bytes.size())); }
    Q_DISABLE_COPY_MOVE(PinBytes)
    const QByteArray& bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

QString hashPin(const QString& pin)
{
    const PinBytes bytes(pin);
    return QString::fromLatin1(crypto::pinHash(bytes.bytes()));
}

bool verifyPin(const QString& hash, const QString& pin)
{
    const PinBytes bytes(pin);
    return crypto::pinMatches(hash.toLatin1(), bytes.bytes());
}

// Verified against when the name is unknown, so that an unknown name costs as much time
// as a wrong PIN and does not reveal which names exist.
const QString& dummyHash()
{
    static const QString hash = [] {
        unsigned char random[16];
        crypto::randomBytes(random, sizeof random);
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

Auth::Auth(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
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

std::chrono::seconds Auth::lockFor(int failedPins)
{
    if (failedPins <= kFreeAttempts)
        return std::chrono::seconds{0};
    std::chrono::seconds lock = kFirstLock;
    for (int i = kFreeAttempts + 1; i < failedPins && lock < kMaxLock; ++i)
        lock *= 2;
    return std::min(lock, kMaxLock);
}

bool Auth::hasOperators() const
{
    Statement q = m_db.prepare("SELECT EXISTS (SELECT 1 FROM operators)");
    q.step();
    return q.int64(0) != 0;
}

qint64 Auth::createFirstAdmin(const QString& name, const QString& pin)
{
    if (hasOperators())
        refuse(AuthRefusal::Code::OperatorsExist, QStringLiteral("this station already has operators"));
    Transaction tx(m_db);
    if (hasOperators()) // checked again under the write lock
        refuse(AuthRefusal::Code::OperatorsExist, QStringLiteral("this station already has operators"));
    const qint64 id = addOperator(name, Role::Admin, pin, Actor::operatorNamed(name.trimmed()));
    tx.commit();
    return id;
}

qint64 Auth::addOperator(const QString& name, Role role, const QString& pin, const Actor& actor)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        refuse(AuthRefusal::Code::EmptyName, QStringLiteral("an operator needs a name"));
    if (!isAcceptablePin(pin))
        refuse(AuthRefusal::Code::BadPin, QStringLiteral("a PIN is 4 to 8 digits"));
    const QString hash = hashPin(pin); // slow: outside the write lock
    Transaction tx(m_db);
    Statement exists = m_db.prepare("SELECT 1 FROM operators WHERE name = ?1");
    exists.bind(1, n);
    if (exists.step())
        refuse(AuthRefusal::Code::NameTaken, QStringLiteral("there is already an operator called %1").arg(n));
    Statement ins =
        m_db.prepare("INSERT INTO operators (name, role, pin_hash, active) VALUES (?1, ?2, ?3, 1)");
    ins.bind(1, n).bind(2, toString(role)).bind(3, hash).exec();
    const qint64 id = m_db.lastInsertId();
    AuditTrail(m_db, m_clock)
        .append(
            actor, AuditAction::OperatorAdd, n, {},
            AuditTrail::json({{QStringLiteral("role"), toString(role)}, {QStringLiteral("active"), true}}));
    tx.commit();
    return id;
}

SignOnResult Auth::signOn(const QString& name, const QString& pin)
{
    SignOnResult result;
    std::optional<Operator> op;
    bool active = false;
    QDateTime lockedUntil;
    {
        Statement q = m_db.prepare("SELECT id, name, role, pin_hash, active, failed_pins, locked_until_utc "
                                   "FROM operators WHERE name = ?1");
        q.bind(1, name.trimmed());
        if (q.step()) {
            op = operatorFromRow(q);
            active = q.int64(4) != 0;
            result.failedPins = q.int32(5);
            if (!q.isNull(6))
                lockedUntil = QDateTime::fromString(q.text(6), Qt::ISODateWithMs);
        }
    }
    const QDateTime now = m_clock.nowUtc();
    if (op && lockedUntil.isValid() && now < lockedUntil) {
        result.code = SignOnResult::Code::Locked;
        result.lockedUntilUtc = lockedUntil.toUTC();
        result.lockSeconds = std::max<qint64>(1, (now.msecsTo(lockedUntil) + 999) / 1000);
        return result;
    }
    // Verify even for an unknown name or a deactivated account: the answer must not tell them
    // apart by time.
    const bool pinOk = verifyPin(op ? op->pinHash : dummyHash(), pin);
    if (!op || !pinOk || !active) {
        Transaction tx(m_db);
        QJsonObject after;
        if (op) {
            result.failedPins += 1;
            const auto lock = lockFor(result.failedPins);
            if (lock.count() > 0) {
                result.lockedUntilUtc = now.toUTC().addSecs(lock.count());
                result.lockSeconds = lock.count();
            }
            Statement upd =
                m_db.prepare("UPDATE operators SET failed_pins = ?1, locked_until_utc = ?2 WHERE id = ?3");
            upd.bind(1, result.failedPins);
            if (result.lockedUntilUtc.isValid())
                upd.bind(2, utcText(result.lockedUntilUtc));
            else
                upd.bindNull(2);
            upd.bind(3, op->id).exec();
            after.insert(QStringLiteral("failed_pins"), result.failedPins);
            if (result.lockedUntilUtc.isValid())
                after.insert(QStringLiteral("locked_until_utc"), utcText(result.lockedUntilUtc));
        } else {
            after.insert(QStringLiteral("known"), false);
        }
        const QString who = name.trimmed().left(40);
        AuditTrail(m_db, m_clock)
            .append(Actor::operatorNamed(who), AuditAction::PinFailed, who, {}, AuditTrail::json(after));
        tx.commit();
        result.code =
            result.lockedUntilUtc.isValid() ? SignOnResult::Code::Locked : SignOnResult::Code::WrongPin;
        return result;
    }

    const QByteArray stored = op->pinHash.toLatin1();
    const bool rehash = crypto::pinHashNeedsRehash(stored);
    if (rehash)
        op->pinHash = hashPin(pin);
    if (rehash || result.failedPins != 0 || lockedUntil.isValid()) {
        Transaction tx(m_db);
        Statement upd = m_db.prepare(
            "UPDATE operators SET pin_hash = ?1, failed_pins = 0, locked_until_utc = NULL WHERE id = ?2");
        upd.bind(1, op->pinHash).bind(2, op->id).exec();
        tx.commit();
    }
    result.code = SignOnResult::Code::Ok;
    result.failedPins = 0;
    result.op = op;
    return result;
}

void Auth::changePin(qint64 id, const QString& newPin, const Actor& actor)
{
    if (!isAcceptablePin(newPin))
        refuse(AuthRefusal::Code::BadPin, QStringLiteral("a PIN is 4 to 8 digits"));
    const QString hash = hashPin(newPin);
    Transaction tx(m_db);
    const std::optional<Operator> op = operatorById(id);
    if (!op)
        refuse(AuthRefusal::Code::NoSuchOperator, QStringLiteral("there is no operator %1").arg(id));
    Statement upd = m_db.prepare(
        "UPDATE operators SET pin_hash = ?1, failed_pins = 0, locked_until_utc = NULL WHERE id = ?2");
    upd.bind(1, hash).bind(2, id).exec();
    AuditTrail(m_db, m_clock).append(actor, AuditAction::OperatorPinChange, op->name);
    tx.commit();
}

bool Auth::wouldLeaveNoAdmin(qint64 id) const
{
    Statement admins = m_db.prepare("SELECT count(*) FROM operators WHERE role = 'admin' AND active = 1"
                                    " AND id <> ?1");
    admins.bind(1, id);
    admins.step();
    return admins.int64(0) == 0;
}

void Auth::setRole(qint64 id, Role role, const Actor& actor)
{
    Transaction tx(m_db);
    const std::optional<Operator> op = operatorById(id);
    if (!op)
        refuse(AuthRefusal::Code::NoSuchOperator, QStringLiteral("there is no operator %1").arg(id));
    if (op->role == role)
        return;
    if (op->role == Role::Admin && isActive(id) && wouldLeaveNoAdmin(id))
        refuse(AuthRefusal::Code::LastAdmin,
               QStringLiteral("%1 is the last active admin: add another admin first").arg(op->name));
    Statement upd = m_db.prepare("UPDATE operators SET role = ?1 WHERE id = ?2");
    upd.bind(1, toString(role)).bind(2, id).exec();
    AuditTrail(m_db, m_clock)
        .append(actor, AuditAction::OperatorRoleChange, op->name,
                AuditTrail::json({{QStringLiteral("role"), toString(op->role)}}),
                AuditTrail::json({{QStringLiteral("role"), toString(role)}}));
    tx.commit();
}

void Auth::setActive(qint64 id, bool active, const Actor& actor)
{
    Transaction tx(m_db);
    const std::optional<Operator> op = operatorById(id);
    if (!op)
        refuse(AuthRefusal::Code::NoSuchOperator, QStringLiteral("there is no operator %1").arg(id));
    const bool was = isActive(id);
    if (was == active)
        return;
    if (!active && op->role == Role::Admin && wouldLeaveNoAdmin(id))
        refuse(AuthRefusal::Code::LastAdmin,
               QStringLiteral("%1 is the last active admin: add another admin first").arg(op->name));
    Statement upd = m_db.prepare("UPDATE operators SET active = ?1 WHERE id = ?2");
    upd.bind(1, active).bind(2, id).exec();
    AuditTrail(m_db, m_clock)
        .append(actor, active ? AuditAction::OperatorReactivate : AuditAction::OperatorDeactivate, op->name,
                AuditTrail::json({{QStringLiteral("active"), was}}),
                AuditTrail::json({{QStringLiteral("active"), active}}));
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

bool mayManageOperator(Role actor, Role target)
{
    switch (actor) {
    case Role::Admin:
        return true;
    case Role::ShiftLead:
        return target == Role::Volunteer || target == Role::ShiftLead;
    case Role::Staff:
    case Role::Volunteer:
        break;
    }
    return false;
}

void Auth::resetLock(qint64 id, const Actor& actor)
{
    Transaction tx(m_db);
    Statement q = m_db.prepare("SELECT name, failed_pins, locked_until_utc FROM operators WHERE id = ?1");
    q.bind(1, id);
    if (!q.step())
        refuse(AuthRefusal::Code::NoSuchOperator, QStringLiteral("there is no operator %1").arg(id));
    const QString name = q.text(0);
    const qint64 failed = q.int64(1);
    const QString lockedUntil = q.isNull(2) ? QString() : q.text(2);
    q.reset();
    if (failed == 0 && lockedUntil.isEmpty())
        return;
    Statement upd =
        m_db.prepare("UPDATE operators SET failed_pins = 0, locked_until_utc = NULL WHERE id = ?1");
    upd.bind(1, id).exec();
    AuditTrail(m_db, m_clock)
        .append(actor, AuditAction::OperatorUnlock, name,
                AuditTrail::json({{QStringLiteral("failed_pins"), failed},
                                  {QStringLiteral("locked_until_utc"), lockedUntil}}),
                AuditTrail::json({{QStringLiteral("failed_pins"), 0}}));
    tx.commit();
}

QList<OperatorAccount> Auth::accounts() const
{
    Statement q = m_db.prepare("SELECT id, name, role, pin_hash, active, failed_pins, locked_until_utc"
                               " FROM operators ORDER BY name");
    QList<OperatorAccount> out;
    while (q.step()) {
        OperatorAccount a;
        a.op = operatorFromRow(q);
        a.active = q.int64(4) != 0;
        a.failedPins = static_cast<int>(q.int64(5));
        if (!q.isNull(6))
            a.lockedUntilUtc = QDateTime::fromString(q.text(6), Qt::ISODateWithMs);
        out << a;
    }
    return out;
}

} // namespace gatepost::core
