#include "EventLog.h"

#include "Crypto.h"
#include "EventLogImpl.h"
#include "Formats.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <thread>
#include <vector>

namespace gatepost::core {

namespace {

constexpr int kHlcMillisDigits = 13;
constexpr int kHlcCounterDigits = 5;

QString hlcText(qint64 millis, int counter)
{
    return QStringLiteral("%1.%2")
        .arg(millis, kHlcMillisDigits, 10, QLatin1Char('0'))
        .arg(counter, kHlcCounterDigits, 10, QLatin1Char('0'));
}

bool parseHlc(const QString& text, qint64* millis, int* counter)
{
    if (text.size() != kHlcMillisDigits + 1 + kHlcCounterDigits || text.at(kHlcMillisDigits) != u'.')
        return false;
    bool ok1 = false;
    bool ok2 = false;
    *millis = text.left(kHlcMillisDigits).toLongLong(&ok1);
    *counter = text.mid(kHlcMillisDigits + 1).toInt(&ok2);
    return ok1 && ok2;
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

SyncEvent eventFromRow(const Statement& q)
{
    SyncEvent e;
    e.origin = q.text(0);
    e.seq = q.int64(1);
    e.community = q.text(2);
    e.hlc = q.text(3);
    e.atUtc = q.text(4);
    e.kind = q.text(5);
    e.payload = q.blob(6);
    e.signature = q.blob(7);
    return e;
}

void parallelFor(qsizetype count, const std::function<void(qsizetype)>& work)
{
    const qsizetype threads =
        count < 64 ? 1 : std::min<qsizetype>(std::max(1u, std::thread::hardware_concurrency()), 8);
    if (threads <= 1) {
        for (qsizetype i = 0; i < count; ++i)
            work(i);
        return;
    }
    std::vector<std::thread> pool;
    const qsizetype per = (count + threads - 1) / threads;
    for (qsizetype t = 0; t < threads; ++t)
        pool.emplace_back([&work, t, per, count] {
            for (qsizetype i = t * per; i < std::min(count, (t + 1) * per); ++i)
                work(i);
        });
    for (std::thread& th : pool)
        th.join();
}

namespace {

} // namespace

QString toString(EventProblem p)
{
    switch (p) {
    case EventProblem::None:
        return QStringLiteral("none");
    case EventProblem::WrongCommunity:
        return QStringLiteral("wrong_community");
    case EventProblem::BadSignature:
        return QStringLiteral("bad_signature");
    case EventProblem::NotAllowed:
        return QStringLiteral("not_allowed");
    case EventProblem::Malformed:
        return QStringLiteral("malformed");
    case EventProblem::Conflict:
        return QStringLiteral("conflict");
    case EventProblem::UnknownStation:
        return QStringLiteral("unknown_station");
    case EventProblem::MissingRow:
        return QStringLiteral("missing_row");
    }
    return QStringLiteral("none");
}

bool isHeld(EventProblem p)
{
    return p == EventProblem::UnknownStation || p == EventProblem::MissingRow;
}

// --- Impl: identity, statements, clock, state ---------------------------------------------

const EventLog::Impl::Identity* EventLog::Impl::loadIdentity()
{
    // Read every time (one row): a station that joins a community changes it under us.
    Statement& q =
        stmt(QStringLiteral("SELECT station_id, community, secret_key FROM station_identity WHERE id = 1"));
    if (!q.step() || q.text(2).isEmpty()) {
        q.reset();
        identity.reset();
        return nullptr;
    }
    if (!identity || identity->stationId != q.text(0) || identity->community != q.text(1)) {
        Identity id;
        id.stationId = q.text(0);
        id.community = q.text(1);
        id.secretKey = crypto::keyFromHex(q.text(2), crypto::kSecretKeyBytes);
        id.office = id.stationId == id.community;
        identity = id;
    }
    q.reset();
    return &*identity;
}

Statement& EventLog::Impl::stmt(const QString& sql)
{
    const std::string key = sql.toStdString();
    auto it = statements.find(key);
    if (it == statements.end())
        it = statements.emplace(key, std::make_unique<Statement>(db.prepare(key.c_str()))).first;
    it->second->reset();
    return *it->second;
}

// Cached statements: the clock is read and written by every commit on the scan path.
QString EventLog::Impl::stateValue(const char* key)
{
    Statement& q = stmt(QStringLiteral("SELECT value FROM sync_state WHERE key = ?1"));
    q.bind(1, key);
    const QString value = q.step() ? q.text(0) : QString();
    q.reset();
    return value;
}

void EventLog::Impl::setState(const char* key, const QString& value)
{
    Statement& q = stmt(QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?1, ?2)"
                                       " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.bind(1, key).bind(2, value).exec();
    q.reset();
}

void EventLog::Impl::beginClock()
{
    hlc = stateValue("hlc");
    hlcDirty = false;
}

void EventLog::Impl::endClock()
{
    if (hlcDirty)
        setState("hlc", hlc);
    hlcDirty = false;
}

QString EventLog::Impl::tick()
{
    qint64 lastMs = 0;
    int lastCounter = 0;
    parseHlc(hlc, &lastMs, &lastCounter);
    const qint64 now = clock.nowUtc().toMSecsSinceEpoch();
    hlc = now > lastMs ? hlcText(now, 0) : hlcText(lastMs, lastCounter + 1);
    hlcDirty = true;
    return hlc;
}

void EventLog::Impl::observe(const QString& remoteHlc)
{
    qint64 ms = 0;
    int counter = 0;
    if (parseHlc(remoteHlc, &ms, &counter) && remoteHlc > hlc) {
        hlc = remoteHlc;
        hlcDirty = true;
    }
}

QByteArray EventLog::Impl::keyFor(const QString& stationId)
{
    const auto it = keys.constFind(stationId);
    if (it != keys.constEnd())
        return *it;
    Statement& k = stmt(QStringLiteral("SELECT public_key FROM stations WHERE station_id = ?1"));
    k.bind(1, stationId);
    const QByteArray key = k.step() ? crypto::keyFromHex(k.text(0)) : QByteArray();
    k.reset();
    keys.insert(stationId, key);
    return key;
}

// --- making events ------------------------------------------------------------------------

bool EventLog::Impl::mayEmit(const synctables::Table& t, const QString& uid) const
{
    if (identity->office || t.authority == synctables::Authority::AnyStation)
        return true;
    return t.authority == synctables::Authority::OfficeOrBirthplace &&
           uid.startsWith(identity->stationId + QLatin1Char('.'));
}

std::optional<QJsonObject> EventLog::Impl::rowPayload(const synctables::Table& t, qint64 rowId, QString* uid)
{
    QStringList cols;
    for (const char* c : t.columns)
        cols << QString::fromLatin1(c);
    Statement& q = stmt(QStringLiteral("SELECT sync_uid, %1 FROM %2 WHERE rowid = ?1")
                            .arg(cols.join(QStringLiteral(", ")), QString::fromLatin1(t.name)));
    q.bind(1, rowId);
    if (!q.step())
        return std::nullopt;
    *uid = q.text(0);
    QJsonObject values;
    for (int i = 0; i < cols.size(); ++i) {
        const char* target = nullptr;
        if (synctables::isForeignKey(t, cols[i], &target) && !q.isNull(i + 1)) {
            Statement& fk =
                stmt(QStringLiteral("SELECT sync_uid FROM %1 WHERE rowid = ?1").arg(QLatin1String(target)));
            fk.bind(1, q.int64(i + 1));
            values.insert(cols[i], fk.step() ? QJsonValue(fk.text(0)) : QJsonValue(QJsonValue::Null));
        } else {
            values.insert(cols[i], q.json(i + 1));
        }
    }
    QJsonObject payload{{QStringLiteral("uid"), *uid}, {QStringLiteral("v"), values}};
    if (QLatin1String(t.name) == QLatin1String("passes")) {
        QJsonArray gens;
        Statement& g = stmt(QStringLiteral("SELECT generation, secret_hash, issued_utc FROM pass_generations"
                                           " WHERE pass_id = ?1 ORDER BY generation"));
        g.bind(1, rowId);
        while (g.step())
            gens.append(QJsonArray{g.int64(0), g.text(1), g.text(2)});
        payload.insert(QStringLiteral("gens"), gens);
    }
    return payload;
}

QJsonObject EventLog::Impl::logPayload(const char* table, std::span<const char* const> columns, qint64 rowId)
{
    QStringList cols;
    for (const char* c : columns)
        cols << QString::fromLatin1(c);
    Statement& q = stmt(QStringLiteral("SELECT %1 FROM %2 WHERE rowid = ?1")
                            .arg(cols.join(QStringLiteral(", ")), QLatin1String(table)));
    q.bind(1, rowId);
    QJsonObject o;
    if (q.step())
        for (int i = 0; i < cols.size(); ++i)
            o.insert(cols[i], q.json(i));
    return o;
}

void EventLog::Impl::store(const SyncEvent& e, const char* state, EventProblem problem, const QString& detail)
{
    Statement& q =
        stmt(QStringLiteral("INSERT INTO sync_events (" GP_EVENT_COLUMNS ", state, problem, received_utc)"
                            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"));
    QString problemText = problem == EventProblem::None ? QString() : toString(problem);
    if (!detail.isEmpty())
        problemText += QLatin1Char(':') + detail;
    q.bind(1, e.origin).bind(2, e.seq).bind(3, e.community).bind(4, e.hlc).bind(5, e.atUtc).bind(6, e.kind);
    q.bind(7, e.payload).bind(8, e.signature).bind(9, state).bind(10, problemText);
    q.bind(11, formats::utcText(clock.nowUtc())).exec();
}

void EventLog::Impl::advanceVector(const QString& origin)
{
    qint64 seq = 0;
    {
        Statement& q = stmt(QStringLiteral("SELECT seq FROM sync_vector WHERE origin = ?1"));
        q.bind(1, origin);
        if (q.step())
            seq = q.int64(0);
    }
    Statement& next =
        stmt(QStringLiteral("SELECT seq FROM sync_events WHERE origin = ?1 AND seq > ?2 ORDER BY seq"));
    next.bind(1, origin).bind(2, seq);
    while (next.step() && next.int64(0) == seq + 1)
        ++seq;
    next.reset();
    Statement& w = stmt(QStringLiteral("INSERT INTO sync_vector (origin, seq) VALUES (?1, ?2)"
                                       " ON CONFLICT (origin) DO UPDATE SET seq = excluded.seq"));
    w.bind(1, origin).bind(2, seq).exec();
}

// --- EventLog -------------------------------------------------------------------------------

EventLog::EventLog(Database& db, const Clock& clock)
    : d(std::make_unique<Impl>(db, clock))
{
}

EventLog::~EventLog()
{
    if (d->db.handle())
        d->db.setBeforeCommit({});
}

void EventLog::setOnEventsMade(std::function<void()> callback)
{
    d->onEventsMade = std::move(callback);
}

void EventLog::attach()
{
    d->db.setBeforeCommit([this](Database&) { flush(); });
}

QByteArray EventLog::signedBytes(const SyncEvent& e)
{
    QByteArray b("gatepost-event/1\n");
    b += e.community.toUtf8() + '\n' + e.origin.toUtf8() + '\n' + QByteArray::number(e.seq) + '\n' +
         e.hlc.toUtf8() + '\n' + e.atUtc.toUtf8() + '\n' + e.kind.toUtf8() + '\n';
    b += e.payload;
    return b;
}

void EventLog::flush()
{
    {
        Statement& any = d->stmt(QStringLiteral("SELECT 1 FROM sync_outbox LIMIT 1"));
        const bool pending = any.step();
        any.reset();
        if (!pending)
            return;
    }
    const Impl::Identity* me = d->loadIdentity();
    if (!me)
        return; // not set up yet: the rows wait in the outbox
    qint64 seq = 0;
    {
        Statement& q = d->stmt(QStringLiteral("SELECT max(seq) FROM sync_events WHERE origin = ?1"));
        q.bind(1, me->stationId);
        if (q.step() && !q.isNull(0))
            seq = q.int64(0);
    }
    struct Change
    {
        QString table;
        qint64 rowId;
    };
    QList<Change> changes;
    {
        Statement& q = d->stmt(QStringLiteral("SELECT tbl, row_id FROM sync_outbox ORDER BY id"));
        while (q.step())
            changes.append({q.text(0), q.int64(1)});
        q.reset();
    }
    const QString at = formats::utcText(d->clock.nowUtc());
    d->beginClock();
    QList<SyncEvent> made;
    made.reserve(changes.size());
    for (const Change& c : changes) {
        SyncEvent e;
        e.community = me->community;
        e.origin = me->stationId;
        e.atUtc = at;
        QJsonObject payload;
        if (c.table == QLatin1String("crossings")) {
            payload = d->logPayload("crossings", kCrossingColumns, c.rowId);
            if (payload.value(QLatin1String("station_id")).toString() != me->stationId)
                continue;
            e.kind = QStringLiteral("crossing");
            e.hlc = d->tick();
        } else if (c.table == QLatin1String("audit_trail")) {
            payload = d->logPayload("audit_trail", kAuditColumns, c.rowId);
            if (payload.value(QLatin1String("station_id")).toString() != me->stationId)
                continue;
            e.kind = QStringLiteral("audit");
            e.hlc = d->tick();
        } else if (const synctables::Table* t = synctables::find(c.table)) {
            QString uid;
            const auto p = d->rowPayload(*t, c.rowId, &uid);
            if (!p || uid.isEmpty() || !d->mayEmit(*t, uid))
                continue; // gone, or a change this station keeps to itself (it may not make it for others)
            payload = *p;
            e.kind = QStringLiteral("row.") + c.table;
            e.hlc = d->tick();
            Statement& mark =
                d->stmt(QStringLiteral("UPDATE %1 SET sync_hlc = ?1, sync_origin = ?2 WHERE rowid = ?3")
                            .arg(c.table));
            mark.bind(1, e.hlc).bind(2, me->stationId).bind(3, c.rowId).exec();
        } else {
            continue;
        }
        e.seq = ++seq;
        e.payload = compact(payload);
        made.append(e);
    }
    // Signing is the costly part of a large batch (an import): spread over the cores.
    const QByteArray secretKey = me->secretKey;
    parallelFor(made.size(), [&made, &secretKey](qsizetype i) {
        made[i].signature = crypto::sign(signedBytes(made[i]), secretKey);
    });
    for (const SyncEvent& e : made)
        d->store(e, "applied", EventProblem::None, {});
    if (!made.isEmpty() && d->onEventsMade)
        d->onEventsMade();
    d->endClock();
    d->stmt(QStringLiteral("DELETE FROM sync_outbox")).exec();
    d->advanceVector(me->stationId);
    d->resetAll();
}

QByteArray EventLog::exportBundle(const Actor& actor)
{
    QByteArray out;
    exportBundle(actor, [&out](const QByteArray& data) {
        out = data;
        return true;
    });
    return out;
}

bool EventLog::exportBundle(const Actor& actor, const std::function<bool(const QByteArray&)>& write)
{
    const Impl::Identity* me = d->loadIdentity();
    if (!me)
        throw std::runtime_error("the station is not set up (gatepost-cli init)");
    const QList<SyncEvent> events = allEvents();
    const QByteArray data = bundle::write(events, me->community, me->stationId, me->secretKey,
                                          formats::utcText(d->clock.nowUtc()));
    if (!write(data))
        return false; // not on the stick: not an export
    Transaction tx(d->db);
    AuditTrail(d->db, d->clock)
        .append(actor, AuditAction::SyncExport, QStringLiteral("bundle"), {},
                AuditTrail::json({{QStringLiteral("events"), static_cast<qint64>(events.size())}}));
    tx.commit();
    return true;
}

EventLog::BundleImport EventLog::importBundle(const QByteArray& data, const Actor& actor)
{
    BundleImport out;
    const Impl::Identity* me = d->loadIdentity();
    if (!me) {
        out.error = BundleError::UnknownStation;
        return out;
    }
    const BundleContents c =
        bundle::read(data, me->community, [this](const QString& id) { return keyOf(id); });
    out.error = c.error;
    out.origin = c.origin;
    if (c.error != BundleError::None)
        return out;
    Transaction tx(d->db);
    out.report = apply(c.events);
    AuditTrail(d->db, d->clock)
        .append(actor, AuditAction::SyncImport, c.origin, {},
                AuditTrail::json({{QStringLiteral("events"), out.report.received},
                                  {QStringLiteral("applied"), out.report.applied},
                                  {QStringLiteral("known"), out.report.known},
                                  {QStringLiteral("held"), out.report.held},
                                  {QStringLiteral("refused"), out.report.refused}}));
    tx.commit();
    return out;
}

SyncVector EventLog::vector() const
{
    SyncVector v;
    Statement q = d->db.prepare("SELECT origin, seq FROM sync_vector");
    while (q.step())
        v.insert(q.text(0), q.int64(1));
    return v;
}

QList<SyncEvent> EventLog::eventsFrom(const QString& origin, qint64 afterSeq, int limit) const
{
    QList<SyncEvent> out;
    Statement q = d->db.prepare("SELECT " GP_EVENT_COLUMNS " FROM sync_events WHERE origin = ?1 AND seq > ?2"
                                " ORDER BY seq LIMIT ?3");
    q.bind(1, origin).bind(2, afterSeq).bind(3, limit);
    while (q.step())
        out.append(eventFromRow(q));
    return out;
}

QList<SyncEvent> EventLog::allEvents() const
{
    QList<SyncEvent> out;
    Statement q = d->db.prepare("SELECT " GP_EVENT_COLUMNS " FROM sync_events ORDER BY origin, seq");
    while (q.step())
        out.append(eventFromRow(q));
    return out;
}

QList<SyncEvent> EventLog::unpushed(int limit) const
{
    const QString me = stationId();
    if (me.isEmpty())
        return {};
    return eventsFrom(me, d->stateValue("hub_pushed").toLongLong(), limit);
}

void EventLog::markPushed(qint64 seq)
{
    Transaction tx(d->db);
    if (seq > d->stateValue("hub_pushed").toLongLong())
        d->setState("hub_pushed", QString::number(seq));
    tx.commit();
}

void EventLog::recordContact(const QDateTime& atUtc)
{
    Transaction tx(d->db);
    d->setState("last_contact_utc", formats::utcText(atUtc));
    d->setState("last_error", QString());
    tx.commit();
}

void EventLog::recordFailure(const QString& error)
{
    Transaction tx(d->db);
    d->setState("last_error", error);
    tx.commit();
}

QString EventLog::community() const
{
    const Impl::Identity* me = d->loadIdentity();
    return me ? me->community : QString();
}

QString EventLog::stationId() const
{
    const Impl::Identity* me = d->loadIdentity();
    return me ? me->stationId : QString();
}

QByteArray EventLog::keyOf(const QString& stationId) const
{
    Statement& q = d->stmt(QStringLiteral("SELECT public_key FROM stations WHERE station_id = ?1"));
    q.bind(1, stationId);
    const QByteArray key = q.step() ? crypto::keyFromHex(q.text(0)) : QByteArray();
    q.reset();
    return key;
}

} // namespace gatepost::core
