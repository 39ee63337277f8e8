// The community policy's storage (docs/rules.md): a replicated row of community_policy that any
// station's shift lead may change. Where more than one row exists (stations that each held a
// policy before schema 6), the row with the newest write (sync_hlc, sync_origin) counts, at every
// station alike once they have synced; a change rewrites that row.

#include "Registry.h"

#include "AuditTrail.h"
#include "Formats.h"
#include "PolicyDiff.h"

#include <QJsonDocument>

#include <stdexcept>

namespace gatepost::core {

namespace {

// The uid of the row a station writes when it holds none: the same at every station, so two
// stations that write their first policy apart converge on one row (last writer wins).
constexpr const char* kPolicyUid = "community.policy";

constexpr const char* kCurrentRow = "SELECT id, policy FROM community_policy"
                                    " ORDER BY sync_hlc DESC, sync_origin DESC, id DESC LIMIT 1";

} // namespace

Policy Registry::policy() const
{
    // A file older than schema 6 opened read-only (the CLI's log, audit) keeps it in settings.
    bool replicated = false;
    {
        auto t = query("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'community_policy'");
        replicated = t->step();
    }
    auto q = query(replicated ? kCurrentRow : "SELECT 0, value FROM settings WHERE key = 'policy'");
    if (!q->step())
        return Policy::defaults();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(q->text(1).toUtf8(), &parseError);
    if (!doc.isObject())
        throw std::runtime_error(
            QStringLiteral("the stored policy is damaged: %1").arg(parseError.errorString()).toStdString());
    QString error;
    Policy p = Policy::fromJson(doc.object(), &error);
    if (!error.isEmpty())
        throw std::runtime_error(QStringLiteral("the stored policy is damaged: %1").arg(error).toStdString());
    return p;
}

void Registry::setPolicy(const Policy& policy, const Actor& actor)
{
    const QJsonObject json = policy.toJson();
    QString error;
    Policy::fromJson(json, &error);
    if (!error.isEmpty())
        throw std::invalid_argument(QStringLiteral("the policy is not valid: %1").arg(error).toStdString());
    const QString text = QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
    Transaction tx(m_db);
    const QList<PolicyChange> changes = diff(this->policy(), policy);
    if (changes.isEmpty())
        return; // nothing changed, nothing to audit
    std::optional<qint64> rowId;
    {
        auto cur = query(kCurrentRow);
        if (cur->step())
            rowId = cur->int64(0);
    }
    const QString now = formats::utcText(m_clock.nowUtc());
    if (rowId) {
        auto q =
            query("UPDATE community_policy SET policy = ?1, changed_by = ?2, changed_utc = ?3 WHERE id = ?4");
        q->bind(1, text).bind(2, actor.name).bind(3, now).bind(4, *rowId).exec();
    } else {
        auto q = query("INSERT INTO community_policy (policy, changed_by, changed_utc, sync_uid)"
                       " VALUES (?1, ?2, ?3, ?4)");
        q->bind(1, text).bind(2, actor.name).bind(3, now).bind(4, QString::fromLatin1(kPolicyUid)).exec();
    }
    // The audit row names the changed fields: {field: old} before, {field: new} after.
    AuditTrail(m_db, m_clock)
        .append(actor, AuditAction::PolicyChange, QStringLiteral("policy"), changesBefore(changes),
                changesAfter(changes));
    tx.commit();
}

} // namespace gatepost::core
