#include "Hub.h"

#include "sync/HubSchema.h"
#include "sync/PgConnection.h"

namespace gatepost::sync {

namespace {

// Rows per INSERT: big enough that 100,000 events are a handful of statements, small enough that
// one statement's parameters stay a few megabytes.
constexpr qsizetype kPushChunk = 5000;

constexpr auto kInsert =
    "INSERT INTO gatepost.events (community, origin, seq, hlc, at_utc, kind, payload, signature)"
    " SELECT c, o, s, h, a, k, decode(p, 'hex'), decode(g, 'hex')"
    " FROM unnest($1::text[], $2::text[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[],"
    "             $8::text[]) AS u(c, o, s, h, a, k, p, g)"
    " ON CONFLICT (community, origin, seq) DO NOTHING";

// The origins of a community, one index probe each (a loose index scan), in byte order.
constexpr auto kOrigins = "WITH RECURSIVE o(origin) AS ("
                          " SELECT min(origin) FROM gatepost.events WHERE community = $1::text"
                          " UNION ALL"
                          " SELECT (SELECT min(e.origin) FROM gatepost.events e WHERE e.community = $1::text "
                          "AND e.origin > o.origin)"
                          " FROM o WHERE o.origin IS NOT NULL)"
                          " SELECT origin FROM o WHERE origin IS NOT NULL ORDER BY origin";

constexpr auto kEventsOfOrigin =
    "SELECT community, origin, seq, hlc, at_utc, kind, payload, signature FROM gatepost.events"
    " WHERE community = $1::text AND origin = $2::text AND seq > $3::bigint ORDER BY seq LIMIT $4::bigint";

// A PostgreSQL array literal of text elements, each quoted.
class ArrayLiteral
{
public:
    explicit ArrayLiteral(qsizetype expected) { m_text.reserve(expected * 16 + 2); }
    void addQuoted(const QByteArray& value)
    {
        m_text += m_first ? "{\"" : ",\"";
        m_first = false;
        if (!value.contains('"') && !value.contains('\\')) {
            m_text += value;
        } else {
            for (const char c : value) {
                if (c == '"' || c == '\\')
                    m_text += '\\';
                m_text += c;
            }
        }
        m_text += '"';
    }
    void addPlain(const QByteArray& value)
    {
        m_text += m_first ? "{" : ",";
        m_first = false;
        m_text += value;
    }
    QByteArray take()
    {
        m_text += m_first ? "{}" : "}";
        return std::move(m_text);
    }

private:
    QByteArray m_text;
    bool m_first = true;
};

// A transaction that rolls back unless committed.
class Transaction
{
public:
    Transaction(PgConnection& pg, const QByteArray& begin)
        : m_pg(pg)
    {
        m_pg.exec(begin);
    }
    ~Transaction()
    {
        if (!m_done)
            m_pg.rollbackQuietly();
    }
    Q_DISABLE_COPY_MOVE(Transaction)
    void commit()
    {
        m_pg.exec("COMMIT");
        m_done = true;
    }

private:
    PgConnection& m_pg;
    bool m_done = false;
};

} // namespace

Hub::Hub(std::unique_ptr<PgConnection> connection)
    : m_pg(std::move(connection))
{
}

Hub::~Hub() = default;

std::unique_ptr<Hub> Hub::connect(const HubSettings& settings)
{
    return std::unique_ptr<Hub>(new Hub(PgConnection::open(settings)));
}

void Hub::ensureSchema()
{
    if (hubschema::isPresent(*m_pg))
        return;
    try {
        hubschema::create(*m_pg);
    } catch (const HubError& e) {
        if (e.kind() != HubError::Kind::Denied)
            throw;
        throw HubError(
            HubError::Kind::NoSchema,
            QStringLiteral("the hub at %1 has no Gatepost tables and this role may not create them; "
                           "the hub's admin sets it up first (%2)")
                .arg(m_pg->settings().displayUrl(), e.message()));
    }
}

int Hub::push(const QList<core::SyncEvent>& events)
{
    if (events.isEmpty())
        return 0;
    Transaction tx(*m_pg, "BEGIN");
    qint64 stored = 0;
    for (qsizetype from = 0; from < events.size(); from += kPushChunk) {
        const qsizetype to = std::min(events.size(), from + kPushChunk);
        const qsizetype n = to - from;
        ArrayLiteral community(n), origin(n), seq(n), hlc(n), atUtc(n), kind(n), payload(n * 8),
            signature(n * 8);
        for (qsizetype i = from; i < to; ++i) {
            const core::SyncEvent& e = events[i];
            community.addQuoted(e.community.toUtf8());
            origin.addQuoted(e.origin.toUtf8());
            seq.addPlain(QByteArray::number(e.seq));
            hlc.addQuoted(e.hlc.toUtf8());
            atUtc.addQuoted(e.atUtc.toUtf8());
            kind.addQuoted(e.kind.toUtf8());
            payload.addQuoted(e.payload.toHex()); // "" for an empty payload
            signature.addQuoted(e.signature.toHex());
        }
        stored += m_pg->exec(kInsert, {community.take(), origin.take(), seq.take(), hlc.take(), atUtc.take(),
                                       kind.take(), payload.take(), signature.take()})
                      .affectedRows();
    }
    tx.commit();
    return static_cast<int>(stored);
}

QList<core::SyncEvent> Hub::pull(const QString& community, const core::SyncVector& have, int limit)
{
    QList<core::SyncEvent> out;
    if (limit <= 0)
        return out;
    // One snapshot for all origins: events pushed meanwhile come with the next pull.
    Transaction tx(*m_pg, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const QByteArray communityText = community.toUtf8();
    const PgResult origins = m_pg->exec(kOrigins, {communityText});
    for (int o = 0; o < origins.rows() && out.size() < limit; ++o) {
        const QString origin = origins.text(o, 0);
        const PgResult rows =
            m_pg->exec(kEventsOfOrigin,
                       {communityText, origin.toUtf8(), QByteArray::number(have.value(origin, 0)),
                        QByteArray::number(limit - out.size())},
                       PgConnection::Format::Binary);
        out.reserve(out.size() + rows.rows());
        for (int r = 0; r < rows.rows(); ++r) {
            core::SyncEvent e;
            e.community = rows.text(r, 0);
            e.origin = rows.text(r, 1);
            e.seq = rows.int64(r, 2);
            e.hlc = rows.text(r, 3);
            e.atUtc = rows.text(r, 4);
            e.kind = rows.text(r, 5);
            e.payload = rows.bytes(r, 6);
            e.signature = rows.bytes(r, 7);
            out.append(std::move(e));
        }
    }
    tx.commit();
    return out;
}

void Hub::addStationRole(const QString& role, const QString& community, const QString& password)
{
    if (role.isEmpty() || role.toUtf8().size() > 63 || role.startsWith(QLatin1String("pg_")))
        throw HubError(HubError::Kind::Other,
                       QStringLiteral("a station role name has 1 to 63 bytes and does not start with pg_"));
    if (community.isEmpty())
        throw HubError(HubError::Kind::Other, QStringLiteral("a station role needs a community"));
    Transaction tx(*m_pg, "BEGIN");
    const QByteArray roleText = role.toUtf8();
    const PgResult existing =
        m_pg->exec("SELECT rolsuper OR rolcreaterole OR rolbypassrls OR rolreplication"
                   " OR rolname = current_user FROM pg_catalog.pg_roles WHERE rolname = $1",
                   {roleText});
    if (existing.rows() == 1 && existing.text(0, 0) == QLatin1String("t"))
        throw HubError(HubError::Kind::Denied,
                       QStringLiteral("role %1 is not a station role (it is an admin or superuser role); "
                                      "choose another name")
                           .arg(role));
    const QByteArray quotedRole = m_pg->escapeIdentifier(role);
    const QByteArray secret =
        password.isEmpty() ? QByteArray("NULL")
                           : m_pg->escapeLiteral(QString::fromLatin1(m_pg->scramVerifier(password, role)));
    if (existing.rows() == 0)
        m_pg->exec(
            "CREATE ROLE " + quotedRole +
            " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION NOBYPASSRLS PASSWORD " +
            secret);
    else
        m_pg->exec("ALTER ROLE " + quotedRole + " LOGIN NOCREATEDB NOINHERIT PASSWORD " + secret);
    hubschema::grantStation(*m_pg, quotedRole);
    m_pg->exec("INSERT INTO gatepost.stations (role, community) VALUES ($1, $2)"
               " ON CONFLICT (role) DO UPDATE SET community = EXCLUDED.community",
               {roleText, community.toUtf8()});
    tx.commit();
}

QString Hub::serverVersion() const
{
    return m_pg->serverVersion();
}

int Hub::backendPid() const
{
    return m_pg->backendPid();
}

} // namespace gatepost::sync
