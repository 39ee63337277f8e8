#pragma once

// The hub: a PostgreSQL database that stores signed sync events for one or more communities and
// hands them on. It never decides anything: stations verify and apply what they pull. Each
// station logs in with its own role, and row-level security lets that role see and insert only
// its own community's rows (docs/hub.md). Blocking calls: never use a Hub on the GUI thread.

#include "core/SyncEvent.h"
#include "sync/HubError.h"
#include "sync/HubSettings.h"

#include <QList>
#include <QString>

#include <memory>

namespace gatepost::sync {

class PgConnection;

class Hub final
{
public:
    /// Connects, or throws HubError (Unreachable, AuthFailed, NoSchema for a missing database, Other).
    /// The session has application_name=gatepost, a statement timeout and TCP keepalives.
    static std::unique_ptr<Hub> connect(const HubSettings& settings);
    ~Hub();
    Q_DISABLE_COPY_MOVE(Hub)

    /// Creates the schema when it is missing and this role may (the admin); idempotent, and safe from
    /// two processes at once. A station role gets HubError NoSchema when the tables are missing.
    void ensureSchema();

    /// Stores events of any origin in one transaction; events the hub already has are skipped.
    /// Returns how many were new. Throws HubError (Denied for another community's event, Lost ...);
    /// on any error nothing of this call is stored.
    int push(const QList<core::SyncEvent>& events);

    /// Events of `community` that are not in `have` (seq > have[origin], or any seq of an origin not
    /// in have), ordered by origin then seq, at most `limit`.
    QList<core::SyncEvent> pull(const QString& community, const core::SyncVector& have, int limit);

    /// Admin only (a role that may create roles): a station login role that reads and inserts only
    /// `community`'s rows. The password travels as a SCRAM verifier computed here and is never
    /// logged; an empty password leaves the role without one (client certificate login).
    /// Idempotent on the role name (the password and community are updated). Refuses a role that
    /// is a superuser, may create roles, bypasses row-level security or is the admin itself.
    void addStationRole(const QString& role, const QString& community, const QString& password);

    QString serverVersion() const;
    /// The server process serving this connection (for diagnostics and tests).
    int backendPid() const;

private:
    explicit Hub(std::unique_ptr<PgConnection> connection);

    std::unique_ptr<PgConnection> m_pg;
};

} // namespace gatepost::sync
