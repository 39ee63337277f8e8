#include "AuditTrail.h"

#include "Formats.h"
#include "HashChain.h"
#include "NameTable.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <array>
#include <utility>

#include <pwd.h>
#include <unistd.h>

namespace gatepost::core {

namespace {

constexpr NameTable<AuditAction, 47> kActions{{
    {AuditAction::OperatorAdd, "operator_add"},
    {AuditAction::OperatorPinChange, "operator_pin_change"},
    {AuditAction::OperatorRoleChange, "operator_role_change"},
    {AuditAction::OperatorDeactivate, "operator_deactivate"},
    {AuditAction::OperatorReactivate, "operator_reactivate"},
    {AuditAction::PinFailed, "pin_failed"},
    {AuditAction::SettingsChange, "settings_change"},
    {AuditAction::PolicyChange, "policy_change"},
    {AuditAction::PassIssue, "pass_issue"},
    {AuditAction::PassReissue, "pass_reissue"},
    {AuditAction::PassRevoke, "pass_revoke"},
    {AuditAction::PassReportLost, "pass_report_lost"},
    {AuditAction::PassSuspend, "pass_suspend"},
    {AuditAction::PassReactivate, "pass_reactivate"},
    {AuditAction::LogExport, "log_export"},
    {AuditAction::AuditExport, "audit_export"},
    {AuditAction::RevealIdNumber, "reveal_id_number"},
    {AuditAction::RevealPhone, "reveal_phone"},
    {AuditAction::PendingUnreadable, "pending_unreadable"},
    {AuditAction::StationAdd, "station_add"},
    {AuditAction::StationJoin, "station_join"},
    {AuditAction::SyncImport, "sync_import"},
    {AuditAction::SyncExport, "sync_export"},
    {AuditAction::SyncHubChange, "sync_hub_change"},
    {AuditAction::HouseholdAdd, "household_add"},
    {AuditAction::HouseholdEdit, "household_edit"},
    {AuditAction::PersonAdd, "person_add"},
    {AuditAction::PersonEdit, "person_edit"},
    {AuditAction::VehicleAdd, "vehicle_add"},
    {AuditAction::VehicleEdit, "vehicle_edit"},
    {AuditAction::PhotoSet, "photo_set"},
    {AuditAction::PassExtend, "pass_extend"},
    {AuditAction::ImportRun, "import_run"},
    {AuditAction::PassPrint, "pass_print"},
    {AuditAction::QuarantineMove, "quarantine_move"},
    {AuditAction::QuarantineCheck, "quarantine_check"},
    {AuditAction::CertificateIssue, "certificate_issue"},
    {AuditAction::HandoverSign, "handover_sign"},
    {AuditAction::HandoverAcknowledge, "handover_acknowledge"},
    {AuditAction::PatrolCheck, "patrol_check"},
    {AuditAction::TeamAdd, "team_add"},
    {AuditAction::TeamRename, "team_rename"},
    {AuditAction::TeamLead, "team_lead"},
    {AuditAction::TeamMemberAdd, "team_member_add"},
    {AuditAction::TeamMemberMove, "team_member_move"},
    {AuditAction::TeamMemberRemove, "team_member_remove"},
    {AuditAction::OperatorUnlock, "operator_unlock"},
}};

constexpr const char* kHeader = "gatepost-audit-v1";

#define GP_AUDIT_COLUMNS                                                                                     \
    "row_id, station_id, station_seq, at_utc, actor, actor_kind, action, target, before_value, after_value," \
    " prev_hash, hash"
// clang-format off
enum Col { cRowId, cStation, cSeq, cAt, cActor, cActorKind, cAction, cTarget, cBefore, cAfter, cPrevHash, cHash };
// clang-format on

// The hashed columns in their fixed order, with the names the encoding writes.
constexpr std::array<std::pair<Col, const char*>, 9> kHashed{{
    {cStation, "station_id"},
    {cSeq, "station_seq"},
    {cAt, "at_utc"},
    {cActor, "actor"},
    {cActorKind, "actor_kind"},
    {cAction, "action"},
    {cTarget, "target"},
    {cBefore, "before"},
    {cAfter, "after"},
}};

// What the row stores, column by column, as the exact bytes that are hashed.
void encode(const std::array<QByteArray, cHash + 1>& r, QByteArray& out)
{
    hashchain::begin(out, kHeader);
    for (const auto& [col, name] : kHashed)
        hashchain::field(out, name, r[col]);
}

std::array<QByteArray, cHash + 1> bytesOf(const AuditEntry& e)
{
    std::array<QByteArray, cHash + 1> r;
    r[cStation] = e.stationId.toUtf8();
    r[cSeq] = QByteArray::number(e.stationSeq);
    r[cAt] = e.atUtc.isValid() ? formats::utcText(e.atUtc).toUtf8() : QByteArray();
    r[cActor] = e.actor.toUtf8();
    r[cActorKind] = e.actorKind.toUtf8();
    r[cAction] = e.action.toUtf8();
    r[cTarget] = e.target.toUtf8();
    r[cBefore] = e.before.toUtf8();
    r[cAfter] = e.after.toUtf8();
    return r;
}

AuditEntry readEntry(const Statement& q)
{
    AuditEntry e;
    e.rowId = q.int64(cRowId);
    e.stationId = q.text(cStation);
    e.stationSeq = q.int64(cSeq);
    e.atUtc = QDateTime::fromString(q.text(cAt), Qt::ISODateWithMs);
    e.actor = q.text(cActor);
    e.actorKind = q.text(cActorKind);
    e.action = q.text(cAction);
    e.target = q.text(cTarget);
    e.before = q.text(cBefore);
    e.after = q.text(cAfter);
    e.prevHash = q.text(cPrevHash);
    e.hash = q.text(cHash);
    return e;
}

} // namespace

Actor Actor::osAccount()
{
    QString login;
    if (const passwd* pw = ::getpwuid(::geteuid()); pw && pw->pw_name)
        login = QString::fromLocal8Bit(pw->pw_name);
    if (login.isEmpty())
        login = QString::number(::geteuid());
    return {Kind::OsAccount, QStringLiteral("os:") + login};
}

QString toString(Actor::Kind k)
{
    switch (k) {
    case Actor::Kind::Operator:
        return QStringLiteral("operator");
    case Actor::Kind::OsAccount:
        return QStringLiteral("os_account");
    case Actor::Kind::System:
        return QStringLiteral("system");
    }
    return {};
}

QString toString(AuditAction a)
{
    return nameOf(kActions, a);
}

std::optional<AuditAction> auditActionFromString(QStringView s)
{
    return valueOf(kActions, s);
}

AuditTrail::AuditTrail(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

bool AuditTrail::exists() const
{
    return m_db.hasTable("audit_trail");
}

QString AuditTrail::json(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QByteArray AuditTrail::canonicalEncoding(const AuditEntry& entry)
{
    QByteArray out;
    encode(bytesOf(entry), out);
    return out;
}

AuditEntry AuditTrail::append(const Actor& actor, AuditAction action, const QString& target,
                              const QString& before, const QString& after)
{
    Transaction tx(m_db);
    AuditEntry e;
    {
        Statement q = m_db.prepare("SELECT station_id FROM station_identity WHERE id = 1");
        e.stationId = q.step() ? q.text(0) : QStringLiteral("local");
    }
    e.prevHash = hashchain::genesis();
    {
        // Read under the write lock, so the seq and the link cannot be taken twice.
        Statement q = m_db.prepare("SELECT station_seq, hash FROM audit_trail WHERE station_id = ?1"
                                   " ORDER BY station_seq DESC LIMIT 1");
        q.bind(1, e.stationId);
        if (q.step()) {
            e.stationSeq = q.int64(0);
            e.prevHash = q.text(1);
        }
    }
    e.stationSeq += 1;
    e.atUtc = m_clock.nowUtc().toUTC();
    e.actor = actor.name;
    e.actorKind = toString(actor.kind);
    e.action = toString(action);
    e.target = target;
    e.before = before;
    e.after = after;
    QCryptographicHash sha(QCryptographicHash::Sha256);
    e.hash = QString::fromLatin1(hashchain::link(sha, e.prevHash.toLatin1(), canonicalEncoding(e)));

    Statement ins =
        m_db.prepare("INSERT INTO audit_trail (station_id, station_seq, at_utc, actor, actor_kind,"
                     " action, target, before_value, after_value, prev_hash, hash)"
                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    ins.bind(1, e.stationId).bind(2, e.stationSeq).bind(3, formats::utcText(e.atUtc)).bind(4, e.actor);
    ins.bind(5, e.actorKind).bind(6, e.action).bind(7, e.target).bind(8, e.before).bind(9, e.after);
    ins.bind(10, e.prevHash).bind(11, e.hash).exec();
    e.rowId = m_db.lastInsertId();
    tx.commit();
    return e;
}

QList<AuditEntry> AuditTrail::query(const QDateTime& fromUtc, const QDateTime& toUtc) const
{
    QList<AuditEntry> out;
    forEach(fromUtc, toUtc, [&out](const AuditEntry& e) { out << e; });
    return out;
}

void AuditTrail::forEach(const QDateTime& fromUtc, const QDateTime& toUtc,
                         const std::function<void(const AuditEntry&)>& visit) const
{
    if (!exists())
        return;
    Statement q =
        m_db.prepare("SELECT " GP_AUDIT_COLUMNS " FROM audit_trail WHERE at_utc >= ?1 AND at_utc < ?2"
                     " ORDER BY at_utc, row_id");
    q.bind(1, formats::utcLowerBound(fromUtc)).bind(2, formats::utcUpperBound(toUtc));
    while (q.step())
        visit(readEntry(q));
}

qint64 AuditTrail::count() const
{
    if (!exists())
        return 0;
    Statement q = m_db.prepare("SELECT count(*) FROM audit_trail");
    q.step();
    return q.int64(0);
}

ChainReport AuditTrail::verify() const
{
    ChainReport report;
    if (!exists())
        return report;
    Statement q =
        m_db.prepare("SELECT " GP_AUDIT_COLUMNS " FROM audit_trail ORDER BY station_id, station_seq");
    QCryptographicHash sha(QCryptographicHash::Sha256);
    const QByteArray genesis = hashchain::genesis().toLatin1();
    QByteArray station, prevHash, encoding;
    std::array<QByteArray, cHash + 1> r;
    qint64 expectedSeq = 1;
    while (q.step()) {
        for (const auto& [col, name] : kHashed)
            r[col] = col == cSeq ? QByteArray::number(q.int64(col)) : q.blob(col);
        const qint64 seq = q.int64(cSeq);
        if (report.rowsChecked++ == 0 || r[cStation] != station) {
            station = r[cStation];
            prevHash = genesis;
            expectedSeq = 1;
        }
        const QString stationName = QString::fromUtf8(station);
        QString problem;
        if (seq != expectedSeq) {
            problem =
                QStringLiteral("audit trail of station %1: entry %2 is missing (it jumps from %3 to %4)")
                    .arg(stationName)
                    .arg(expectedSeq)
                    .arg(expectedSeq - 1)
                    .arg(seq);
        } else if (q.blob(cPrevHash) != prevHash) {
            problem = QStringLiteral("audit trail of station %1, entry %2 does not link to the entry before "
                                     "it: an earlier entry was changed or replaced")
                          .arg(stationName)
                          .arg(seq);
        } else {
            encode(r, encoding);
            const QByteArray hash = q.blob(cHash);
            if (hashchain::link(sha, prevHash, encoding) == hash) {
                prevHash = hash;
                ++expectedSeq;
                continue;
            }
            problem = QStringLiteral("audit trail of station %1, entry %2 was changed after it was written "
                                     "(its contents do not match its hash)")
                          .arg(stationName)
                          .arg(seq);
        }
        report.ok = false;
        report.stationId = stationName;
        report.firstBrokenSeq = expectedSeq;
        report.firstBrokenRowId = q.int64(cRowId);
        report.problem = problem;
        break;
    }
    return report;
}

#undef GP_AUDIT_COLUMNS

QString AuditTrail::pendingPathFor(const QString& databasePath)
{
    return databasePath + QStringLiteral("-audit-pending");
}

bool AuditTrail::defer(const QString& pendingPath, const Actor& actor, AuditAction action,
                       const QString& target, const QJsonObject& after, const QDateTime& atUtc)
{
    QJsonObject line{{QStringLiteral("actor"), actor.name},
                     {QStringLiteral("actor_kind"), toString(actor.kind)},
                     {QStringLiteral("action"), toString(action)},
                     {QStringLiteral("target"), target},
                     {QStringLiteral("after"), after}};
    line.insert(QStringLiteral("done_at"), formats::utcText(atUtc));
    QFile f(pendingPath);
    // Created private; appended to by every process that defers (one short write per line).
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return false;
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    return f.write(bytes) == bytes.size() && f.flush();
}

int AuditTrail::importPending(const QString& pendingPath)
{
    if (!QFileInfo::exists(pendingPath))
        return 0;
    // Take the file away first, so that an act deferred meanwhile starts a new file instead of
    // landing in one being removed.
    const QString taking = pendingPath + QStringLiteral(".importing");
    if (!QFileInfo::exists(taking) && !QFile::rename(pendingPath, taking))
        return 0;
    QFile f(taking);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = f.readAll().split('\n');
    f.close();
    int appended = 0;
    Transaction tx(m_db);
    for (const QByteArray& raw : lines) {
        if (raw.trimmed().isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(raw).object();
        const auto action = auditActionFromString(o.value(QStringLiteral("action")).toString());
        const QString kind = o.value(QStringLiteral("actor_kind")).toString();
        const QString name = o.value(QStringLiteral("actor")).toString();
        if (!action || name.isEmpty() || kind.isEmpty()) {
            append(Actor::system(QStringLiteral("audit-pending")), AuditAction::PendingUnreadable,
                   pendingPath, {}, QString::fromUtf8(raw.left(2000)));
        } else {
            QJsonObject after = o.value(QStringLiteral("after")).toObject();
            after.insert(QStringLiteral("done_at"), o.value(QStringLiteral("done_at")));
            const Actor actor{kind == toString(Actor::Kind::Operator)    ? Actor::Kind::Operator
                              : kind == toString(Actor::Kind::OsAccount) ? Actor::Kind::OsAccount
                                                                         : Actor::Kind::System,
                              name};
            append(actor, *action, o.value(QStringLiteral("target")).toString(), {}, json(after));
        }
        ++appended;
    }
    tx.commit();
    QFile::remove(taking);
    return appended;
}

} // namespace gatepost::core
