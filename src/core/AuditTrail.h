#pragma once

// The audit trail: every administrative act (operators, settings and policy, passes, exports,
// a masked number shown in full, a failed PIN) as an append-only row, hash-chained per station
// like the crossing log, so that an edited or deleted row shows up in verify(). An act appends
// its row inside the caller's transaction (a nested Transaction), so the act and its audit row
// commit together or not at all.

#include "Clock.h"
#include "CrossingLog.h"
#include "Database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace gatepost::core {

/// Who did it. The snake_case kind names are what the actor_kind column holds.
struct Actor
{
    enum class Kind { Operator, OsAccount, System };
    Kind kind = Kind::System;
    QString name; ///< the operator's name, "os:<login>", or the system part ("gatepost")

    static Actor operatorNamed(const QString& name) { return {Kind::Operator, name}; }
    /// The account running this process, as "os:<login>" (the CLI's actor).
    static Actor osAccount();
    static Actor system(const QString& what = QStringLiteral("gatepost")) { return {Kind::System, what}; }
};

QString toString(Actor::Kind k);

/// Action codes (snake_case in the action column).
enum class AuditAction {
    OperatorAdd,
    OperatorPinChange,
    OperatorRoleChange,
    OperatorDeactivate,
    OperatorReactivate,
    PinFailed,
    SettingsChange,
    PolicyChange,
    PassIssue,
    PassReissue,
    PassRevoke,
    PassReportLost,
    PassSuspend,
    PassReactivate,
    LogExport,
    AuditExport,
    RevealIdNumber,
    RevealPhone,
    PendingUnreadable, ///< a deferred record (see AuditTrail::defer) that could not be read
    StationAdd,        ///< the office registered a station's key
    StationJoin,       ///< a station that stood alone joined an office's community
    SyncImport,        ///< events read from a USB bundle
    SyncExport,        ///< events written to a USB bundle
    SyncHubChange,     ///< the hub connection settings changed
    // The pass office (issue 8).
    HouseholdAdd,
    HouseholdEdit,
    PersonAdd,
    PersonEdit,
    VehicleAdd,
    VehicleEdit,
    PhotoSet,         ///< a person's photo taken or replaced
    PassExtend,       ///< a pass's validity changed
    ImportRun,        ///< a CSV list imported (file, kind, counts)
    PassPrint,        ///< cards, placards or sheets printed or saved as PDF (serials)
    QuarantineMove,   ///< a returnee moved between home and central quarantine
    QuarantineCheck,  ///< a door or video check recorded
    CertificateIssue, ///< a health certificate (健康证明) issued
    // The shift leads (issue 9).
    HandoverSign,        ///< the outgoing lead signed a shift's handover
    HandoverAcknowledge, ///< the incoming lead acknowledged it
    // Duty and courtyard patrols (issue 9).
    PatrolCheck, ///< a courtyard's scheduled or spot check recorded
    // The roster (issue 9).
    TeamAdd,          ///< a team added (code, name)
    TeamRename,       ///< a team's name changed
    TeamLead,         ///< a team's lead set or cleared
    TeamMemberAdd,    ///< an operator put in a team (team, home gate)
    TeamMemberMove,   ///< a member moved to another team or home gate
    TeamMemberRemove, ///< a member taken out of their team
    OperatorUnlock,   ///< a locked account's wrong PINs and lock cleared (Auth::resetLock)
};
QString toString(AuditAction a);
std::optional<AuditAction> auditActionFromString(QStringView s);

/// One row of the audit trail, as stored.
struct AuditEntry
{
    qint64 rowId = 0;
    QString stationId;
    qint64 stationSeq = 0; ///< 1, 2, 3 ... per station
    QDateTime atUtc;
    QString actor;
    QString actorKind; ///< operator, os_account, system
    QString action;    ///< an AuditAction name (text: a tampered row may hold anything)
    QString target;    ///< what was acted on: operator name, pass serial, "station", "policy", ...
    QString before;    ///< JSON or plain text, empty when nothing was there
    QString after;
    QString prevHash;
    QString hash;
};

class AuditTrail
{
public:
    AuditTrail(Database& db, const Clock& clock);
    Q_DISABLE_COPY_MOVE(AuditTrail)

    /// False on a file opened read-only from before schema 3 (no audit table): reads are empty.
    bool exists() const;

    /// Appends one act inside the caller's transaction (a savepoint when one is open), for the
    /// station that owns the file ("local" before gatepost-cli init). Throws DbError.
    AuditEntry append(const Actor& actor, AuditAction action, const QString& target,
                      const QString& before = {}, const QString& after = {});
    /// JSON objects as compact text, for before/after.
    static QString json(const QJsonObject& o);

    /// Where acts wait that could not be written because another process holds the file (an
    /// export read beside a running station): `<database>-audit-pending`, one JSON line each.
    static QString pendingPathFor(const QString& databasePath);
    /// Keeps one act for the writer to import (the file is created 0600). The act's own time
    /// goes into `after` as "done_at"; the row is timed when it is imported.
    /// Returns false (nothing kept) when the file cannot be written.
    static bool defer(const QString& pendingPath, const Actor& actor, AuditAction action,
                      const QString& target, const QJsonObject& after, const QDateTime& atUtc);
    /// Appends every act waiting in @p pendingPath, in one transaction, and removes the file.
    /// A line that is not a deferred act becomes a pending_unreadable row holding its text, so
    /// nothing is dropped silently. Returns the number of rows appended. Throws DbError (the
    /// file is then left for the next try).
    int importPending(const QString& pendingPath);

    /// Rows with fromUtc <= atUtc < toUtc (null bounds are open), oldest first.
    QList<AuditEntry> query(const QDateTime& fromUtc = {}, const QDateTime& toUtc = {}) const;
    /// The same rows one at a time, so that memory does not grow with the trail.
    void forEach(const QDateTime& fromUtc, const QDateTime& toUtc,
                 const std::function<void(const AuditEntry&)>& visit) const;
    qint64 count() const;

    /// Walks every station's chain in seq order and names the first broken row.
    ChainReport verify() const;

    /**
     * The bytes hashed for a row after the previous hash: "gatepost-audit-v1", then
     * station_id, station_seq, at_utc, actor, actor_kind, action, target, before, after
     * (hashchain::field format).
     */
    static QByteArray canonicalEncoding(const AuditEntry& entry);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace gatepost::core
