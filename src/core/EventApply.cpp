// EventLog::apply: what an event from another station may change here, and the change.

#include "Crypto.h"
#include "EventLog.h"
#include "EventLogImpl.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace gatepost::core {

namespace {

void bindJson(Statement& s, int index, const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        s.bindNull(index);
        break;
    case QJsonValue::Bool:
        s.bind(index, v.toBool());
        break;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == static_cast<double>(static_cast<qint64>(d)))
            s.bind(index, static_cast<qint64>(d));
        else
            s.bind(index, d);
        break;
    }
    case QJsonValue::String:
        s.bind(index, v.toString());
        break;
    default:
        s.bind(index, QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)));
        break;
    }
}

QStringList names(std::span<const char* const> columns)
{
    QStringList out;
    for (const char* c : columns)
        out << QString::fromLatin1(c);
    return out;
}

QString placeholders(int from, int count)
{
    QStringList p;
    for (int i = 0; i < count; ++i)
        p << QStringLiteral("?%1").arg(from + i);
    return p.join(QStringLiteral(", "));
}

} // namespace

EventProblem EventLog::Impl::process(const SyncEvent& e, QString* detail, std::optional<bool> signatureOk)
{
    const Identity* me = identity ? &*identity : loadIdentity();
    if (!me)
        return EventProblem::UnknownStation;
    if (e.community != me->community)
        return EventProblem::WrongCommunity;
    const QByteArray key = keyFor(e.origin);
    if (key.isEmpty())
        return EventProblem::UnknownStation;
    if (!signatureOk)
        signatureOk =
            crypto::keyId(key) == e.origin && crypto::verify(EventLog::signedBytes(e), e.signature, key);
    if (!*signatureOk)
        return EventProblem::BadSignature;

    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(e.payload, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return EventProblem::Malformed;
    const QJsonObject payload = doc.object();

    Transaction sp(db); // a savepoint: a failed event leaves nothing behind
    EventProblem p = EventProblem::Malformed;
    try {
        if (e.kind == QLatin1String("crossing")) {
            p = applyLog(e, "crossings", kCrossingColumns, payload);
        } else if (e.kind == QLatin1String("audit")) {
            p = applyLog(e, "audit_trail", kAuditColumns, payload);
        } else if (e.kind.startsWith(QLatin1String("row."))) {
            const synctables::Table* t = synctables::find(QStringView(e.kind).mid(4));
            p = t ? applyRow(e, *t, payload, detail) : EventProblem::Malformed;
        }
    } catch (const DbError& ex) {
        if (!ex.isConstraint())
            throw; // a full disk or a damaged file stops the whole apply: nothing is half done
        *detail = ex.message();
        p = EventProblem::Conflict;
    }
    if (p != EventProblem::None)
        return p; // the savepoint rolls back
    sp.commit();
    if (e.kind == QLatin1String("row.stations"))
        keys.clear(); // a station registered or changed: read the keys again
    observe(e.hlc);
    return EventProblem::None;
}

EventProblem EventLog::Impl::applyLog(const SyncEvent& e, const char* table,
                                      std::span<const char* const> columns, const QJsonObject& payload)
{
    // A station writes only its own log.
    if (payload.value(QLatin1String("station_id")).toString() != e.origin)
        return EventProblem::NotAllowed;
    const QStringList cols = names(columns);
    for (const QString& c : cols)
        if (!payload.contains(c))
            return EventProblem::Malformed;
    Statement& ins = stmt(
        QStringLiteral("INSERT OR IGNORE INTO %1 (%2) VALUES (%3)")
            .arg(QLatin1String(table), cols.join(QStringLiteral(", ")), placeholders(1, int(cols.size()))));
    for (int i = 0; i < cols.size(); ++i)
        bindJson(ins, i + 1, payload.value(cols[i]));
    ins.exec();
    return EventProblem::None;
}

EventProblem EventLog::Impl::applyRow(const SyncEvent& e, const synctables::Table& t,
                                      const QJsonObject& payload, QString* detail)
{
    const QString table = QString::fromLatin1(t.name);
    const QString uid = payload.value(QLatin1String("uid")).toString();
    const QJsonObject values = payload.value(QLatin1String("v")).toObject();
    if (uid.isEmpty())
        return EventProblem::Malformed;

    // Who may change this row: the office any row; another station only rows born there.
    const bool fromOffice = e.origin == loadIdentity()->community;
    if (!fromOffice && t.authority != synctables::Authority::AnyStation) {
        const bool born = uid.startsWith(e.origin + QLatin1Char('.'));
        if (t.authority != synctables::Authority::OfficeOrBirthplace || !born)
            return EventProblem::NotAllowed;
    }
    if (table == QLatin1String("stations") && values.value(QLatin1String("station_id")).toString() != uid)
        return EventProblem::Malformed;

    const QStringList cols = names(t.columns);
    QList<QJsonValue> bound;
    for (const QString& c : cols) {
        if (!values.contains(c))
            return EventProblem::Malformed;
        QJsonValue v = values.value(c);
        const char* target = nullptr;
        if (synctables::isForeignKey(t, c, &target) && !v.isNull()) {
            Statement& fk =
                stmt(QStringLiteral("SELECT rowid FROM %1 WHERE sync_uid = ?1").arg(QLatin1String(target)));
            fk.bind(1, v.toString());
            if (!fk.step()) {
                *detail = QLatin1String(target);
                return EventProblem::MissingRow;
            }
            v = QJsonValue(fk.int64(0));
            fk.reset();
        }
        bound.append(v);
    }

    // Last writer wins on (hybrid logical clock, origin); the losing event stays in sync_events.
    Statement& cur =
        stmt(QStringLiteral("SELECT rowid, sync_hlc, sync_origin FROM %1 WHERE sync_uid = ?1").arg(table));
    cur.bind(1, uid);
    std::optional<qint64> rowId;
    if (cur.step()) {
        rowId = cur.int64(0);
        const QString hlc = cur.text(1);
        const QString origin = cur.text(2);
        cur.reset();
        if (std::tie(e.hlc, e.origin) <= std::tie(hlc, origin))
            return EventProblem::None; // an older edit: weighed and lost
    }
    cur.reset();

    if (rowId) {
        QStringList sets;
        for (int i = 0; i < cols.size(); ++i)
            sets << QStringLiteral("%1 = ?%2").arg(cols[i]).arg(i + 1);
        const int n = int(cols.size());
        Statement& up =
            stmt(QStringLiteral("UPDATE %1 SET %2, sync_hlc = ?%3, sync_origin = ?%4 WHERE rowid = ?%5")
                     .arg(table, sets.join(QStringLiteral(", ")))
                     .arg(n + 1)
                     .arg(n + 2)
                     .arg(n + 3));
        for (int i = 0; i < n; ++i)
            bindJson(up, i + 1, bound[i]);
        up.bind(n + 1, e.hlc).bind(n + 2, e.origin).bind(n + 3, *rowId).exec();
    } else {
        // A pass arrives without its secret: the gate keeps only the hashes.
        const bool pass = table == QLatin1String("passes");
        const int n = int(cols.size());
        Statement& ins = stmt(
            QStringLiteral("INSERT INTO %1 (%2, sync_uid, sync_hlc, sync_origin%3) VALUES (%4%5)")
                .arg(table, cols.join(QStringLiteral(", ")), pass ? QStringLiteral(", secret") : QString(),
                     placeholders(1, n + 3), pass ? QStringLiteral(", ''") : QString()));
        for (int i = 0; i < n; ++i)
            bindJson(ins, i + 1, bound[i]);
        ins.bind(n + 1, uid).bind(n + 2, e.hlc).bind(n + 3, e.origin).exec();
        rowId = db.lastInsertId();
    }

    if (table == QLatin1String("passes")) {
        Statement& gen = stmt(QStringLiteral("INSERT OR IGNORE INTO pass_generations"
                                             " (pass_id, generation, secret, issued_utc, secret_hash)"
                                             " VALUES (?1, ?2, '', ?3, ?4)"));
        for (const QJsonValue& g : payload.value(QLatin1String("gens")).toArray()) {
            const QJsonArray a = g.toArray();
            if (a.size() != 3)
                return EventProblem::Malformed;
            gen.bind(1, *rowId).bind(2, static_cast<qint64>(a.at(0).toDouble()));
            gen.bind(3, a.at(2).toString()).bind(4, a.at(1).toString()).exec();
            gen.reset();
        }
    }
    return EventProblem::None;
}

ApplyReport EventLog::apply(const QList<SyncEvent>& events)
{
    ApplyReport report;
    Transaction tx(d->db);
    qint64 outboxMark = 0;
    {
        Statement q = d->db.prepare("SELECT coalesce(max(id), 0) FROM sync_outbox");
        if (q.step())
            outboxMark = q.int64(0);
    }
    const QString root = community();
    d->beginClock();
    d->keys.clear();
    // The office's events first: they register the stations whose events follow.
    QList<SyncEvent> ordered = events;
    std::stable_sort(ordered.begin(), ordered.end(), [&root](const SyncEvent& a, const SyncEvent& b) {
        return std::make_tuple(a.origin != root, a.origin, a.seq) <
               std::make_tuple(b.origin != root, b.origin, b.seq);
    });

    // Signatures are checked up front on every core: the costly part of a large pull.
    std::vector<signed char> verified(static_cast<std::size_t>(ordered.size()), -1);
    {
        QList<QByteArray> keyOfEvent;
        keyOfEvent.reserve(ordered.size());
        for (const SyncEvent& e : ordered)
            keyOfEvent.append(d->keyFor(e.origin));
        parallelFor(ordered.size(), [&](qsizetype i) {
            const QByteArray& key = keyOfEvent[i];
            if (!key.isEmpty())
                verified[static_cast<std::size_t>(i)] =
                    crypto::keyId(key) == ordered[i].origin &&
                    crypto::verify(EventLog::signedBytes(ordered[i]), ordered[i].signature, key);
        });
    }

    QSet<QString> origins;
    for (qsizetype i = 0; i < ordered.size(); ++i) {
        const SyncEvent& e = ordered[i];
        ++report.received;
        Statement& known =
            d->stmt(QStringLiteral("SELECT 1 FROM sync_events WHERE origin = ?1 AND seq = ?2"));
        known.bind(1, e.origin).bind(2, e.seq);
        const bool isKnown = known.step();
        known.reset();
        if (isKnown || e.seq < 1 || e.origin.isEmpty()) {
            ++report.known;
            continue;
        }
        QString detail;
        const signed char v = verified[static_cast<std::size_t>(i)];
        const EventProblem p = d->process(e, &detail, v < 0 ? std::nullopt : std::optional<bool>(v == 1));
        if (p == EventProblem::None) {
            ++report.applied;
            d->store(e, "applied", p, {});
        } else {
            (isHeld(p) ? report.held : report.refused) += 1;
            report.problems.append({e.origin, e.seq, e.kind, p, detail});
            d->store(e, isHeld(p) ? "held" : "refused", p, detail);
        }
        origins.insert(e.origin);
    }

    // Held events whose station or row has arrived since apply now, until nothing moves.
    for (bool progress = true; progress;) {
        progress = false;
        QList<SyncEvent> held;
        {
            Statement q =
                d->db.prepare("SELECT " GP_EVENT_COLUMNS
                              " FROM sync_events WHERE state = 'held' ORDER BY origin <> ?1, origin, seq");
            q.bind(1, root);
            while (q.step())
                held.append(eventFromRow(q));
        }
        for (const SyncEvent& e : held) {
            QString detail;
            const EventProblem p = d->process(e, &detail);
            if (isHeld(p))
                continue;
            Statement& up = d->stmt(QStringLiteral("UPDATE sync_events SET state = ?1, problem = ?2"
                                                   " WHERE origin = ?3 AND seq = ?4"));
            up.bind(1, p == EventProblem::None ? "applied" : "refused")
                .bind(2, p == EventProblem::None ? QString() : toString(p))
                .bind(3, e.origin)
                .bind(4, e.seq)
                .exec();
            progress = true;
        }
    }

    for (const QString& o : origins)
        d->advanceVector(o);
    d->endClock();
    // What applying wrote is not this station's change: no events of its own for it.
    Statement clear = d->db.prepare("DELETE FROM sync_outbox WHERE id > ?1");
    clear.bind(1, outboxMark).exec();
    d->resetAll();
    tx.commit();
    return report;
}

} // namespace gatepost::core
