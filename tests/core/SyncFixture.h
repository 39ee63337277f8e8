#pragma once

// Stations of one community on real SQLite files, each with its event log attached, so that
// every commit writes its events as in the station app. Events travel by hand (apply) or in
// bundles; the hub is tested in tests/sync.

#include "FakeClock.h"
#include "TempDb.h"
#include "core/Checkpoint.h"
#include "core/CrossingLog.h"
#include "core/EventLog.h"
#include "core/PassCode.h"
#include "core/Registry.h"

#include <QFile>

#include <memory>

namespace gatepost::test {

using namespace gatepost::core;

/// "allow ", "deny revoked", "check passback": a verdict and its reasons, as tests compare them.
inline QString verdictText(const Decision& d)
{
    QStringList r;
    for (Reason x : d.reasons)
        r << toString(x);
    return toString(d.verdict) + QLatin1Char(' ') + r.join(QLatin1Char(','));
}

inline QString serialOf(const QString& code)
{
    return passcode::parse(code).code->serial;
}

struct SyncNode
{
    TempDb t;
    std::unique_ptr<EventLog> events;
    std::unique_ptr<Registry> reg;
    std::unique_ptr<CrossingLog> log;
    std::unique_ptr<Checkpoint> cp;
    StationIdentity id;

    SyncNode(const Clock& clock, const QString& name, const QString& gate, const QString& trust = {})
    {
        events = std::make_unique<EventLog>(t.db(), clock);
        events->attach();
        reg = std::make_unique<Registry>(t.db(), clock);
        id = reg->initStation(name, gate, trust);
        log = std::make_unique<CrossingLog>(t.db(), id.stationId, clock);
        cp = std::make_unique<Checkpoint>(*reg, *log, clock, id.stationId);
    }
    ~SyncNode()
    {
        cp.reset();
        log.reset();
        reg.reset();
        events.reset();
    }
    SyncNode(const SyncNode&) = delete;
    SyncNode& operator=(const SyncNode&) = delete;

    Decision check(const QString& code, Direction dir = Direction::In) const
    {
        return cp->evaluate(CheckInput{code, id.gate, dir, {}, EntryKind::Scan, {}, {}}, {});
    }
    CheckOutcome cross(const QString& code, Direction dir = Direction::In)
    {
        return cp->process(CheckInput{code, id.gate, dir, {}, EntryKind::Scan, QStringLiteral("志愿者"), {}});
    }
    /// Every event @p from holds, applied here.
    ApplyReport pull(const SyncNode& from) { return events->apply(from.events->allEvents()); }

    qint64 count(const char* sql)
    {
        Statement q = t.db().prepare(sql);
        return q.step() ? q.int64(0) : -1;
    }
    /// The file and its WAL, as a thief would copy them.
    QByteArray fileBytes() const
    {
        QByteArray all;
        for (const QString& p : QStringList{t.path(), t.path() + QStringLiteral("-wal")}) {
            QFile f(p);
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        return all;
    }
};

/// An office and two gates that trust it, each registered at the office.
struct Community
{
    FakeClock clock{QDateTime(QDate(2026, 3, 1), QTime(2, 0), Qt::UTC)};
    SyncNode office{clock, QStringLiteral("office"), QStringLiteral("office")};
    SyncNode north{clock, QStringLiteral("north"), QStringLiteral("north"), office.id.publicKey};
    SyncNode south{clock, QStringLiteral("south"), QStringLiteral("south"), office.id.publicKey};

    Community()
    {
        office.reg->registerStation(QStringLiteral("north"), QStringLiteral("north"), north.id.publicKey,
                                    Actor::system());
        office.reg->registerStation(QStringLiteral("south"), QStringLiteral("south"), south.id.publicKey,
                                    Actor::system());
    }

    /// One round in which everybody hears everybody (as through the hub).
    void syncAll()
    {
        for (SyncNode* to : {&office, &north, &south})
            for (SyncNode* from : {&office, &north, &south})
                if (to != from)
                    to->pull(*from);
    }

    /// A household, a resident and an active pass issued at the office; returns the code.
    QString issueResident(const QString& address, const QString& name)
    {
        const qint64 h = office.reg->addHousehold(Household{0, address, 0, {}});
        Person p;
        p.householdId = h;
        p.name = name;
        const qint64 id = office.reg->addPerson(p);
        const Pass pass =
            office.reg->issue(IssueRequest{HolderKind::Person, id, {}, {}, {}, {}}, Actor::system());
        return Registry::qrText(pass);
    }
};

} // namespace gatepost::test
