#include "CrossingLog.h"

#include "Formats.h"
#include "HashChain.h"
#include "NameTable.h"
#include "Refusal.h"

#include <QCryptographicHash>
#include <QHash>
#include <QUuid>

#include <array>
#include <cmath>
#include <stdexcept>
#include <utility>

namespace gatepost::core {

namespace {

constexpr NameTable<EntryKind, 5> kEntryKinds{{
    {EntryKind::Scan, "scan"},
    {EntryKind::Manual, "manual"},
    {EntryKind::Visitor, "visitor"},
    {EntryKind::Decision, "decision"},
    {EntryKind::Incident, "incident"},
}};

// The column list every row reader expects, in this order (see readEntry and readBytes).
#define GP_CROSSING_COLUMNS                                                                                  \
    "row_id, uuid, station_id, station_seq, at_utc, gate, direction, entry_kind, pass_serial, visitor_id, "  \
    "subject_kind, verdict, reasons, ref_uuid, decision, override_reason, operator, shift, temperature, "    \
    "note, prev_hash, hash"

// clang-format off
enum Col {
    cRowId, cUuid, cStationId, cSeq, cAt, cGate, cDirection, cKind, cPassSerial, cVisitorId, cSubjectKind,
    cVerdict, cReasons, cRefUuid, cDecision, cOverrideReason, cOperator, cShift, cTemperature, cNote, cPrevHash,
    cHash, cColumnCount
};
// clang-format on

// Resets a cached statement when a read or write leaves scope, so that no statement
// keeps a read transaction open between calls.
class ResetOnExit
{
public:
    explicit ResetOnExit(Statement& s)
        : m_s(s)
    {
    }
    ~ResetOnExit() { m_s.reset(); }
    Q_DISABLE_COPY_MOVE(ResetOnExit)

private:
    Statement& m_s;
};

QString reasonsText(const QList<Reason>& reasons)
{
    QStringList names;
    names.reserve(reasons.size());
    for (Reason r : reasons)
        names << toString(r);
    return names.join(QLatin1Char(','));
}

QString decisionText(const std::optional<bool>& letThrough)
{
    if (!letThrough)
        return {};
    return *letThrough ? QStringLiteral("let_through") : QStringLiteral("refused");
}

QByteArray temperatureText(const std::optional<double>& t)
{
    return t ? QByteArray::number(*t, 'f', 1) : QByteArray();
}

// The hashed fields in their fixed order, with the names the encoding writes.
constexpr std::array<std::pair<Col, const char*>, 19> kHashed{{
    {cUuid, "uuid"},
    {cStationId, "station_id"},
    {cSeq, "station_seq"},
    {cAt, "at_utc"},
    {cGate, "gate"},
    {cDirection, "direction"},
    {cKind, "entry_kind"},
    {cPassSerial, "pass_serial"},
    {cVisitorId, "visitor_id"},
    {cSubjectKind, "subject_kind"},
    {cVerdict, "verdict"},
    {cReasons, "reasons"},
    {cRefUuid, "ref_uuid"},
    {cDecision, "decision"},
    {cOverrideReason, "override_reason"},
    {cOperator, "operator"},
    {cShift, "shift"},
    {cTemperature, "temperature"},
    {cNote, "note"},
}};

// The exact stored text of each column (seq in decimal, temperature with one decimal):
// what append binds and hashes, and what verify reads back and hashes again.
using RowBytes = std::array<QByteArray, cColumnCount>;

void encode(const RowBytes& r, QByteArray& out)
{
    hashchain::begin(out, "gatepost-crossing-v1");
    for (const auto& [col, name] : kHashed)
        hashchain::field(out, name, r[col]);
}

RowBytes bytesOf(const CrossingEntry& c)
{
    RowBytes r;
    r[cUuid] = c.uuid.toUtf8();
    r[cStationId] = c.stationId.toUtf8();
    r[cSeq] = QByteArray::number(c.stationSeq);
    r[cAt] = c.atUtc.isValid() ? formats::utcText(c.atUtc).toUtf8() : QByteArray();
    r[cGate] = c.gate.toUtf8();
    r[cDirection] = toString(c.direction).toUtf8();
    r[cKind] = toString(c.kind).toUtf8();
    r[cPassSerial] = c.passSerial.toUtf8();
    r[cVisitorId] = c.visitorId.toUtf8();
    r[cSubjectKind] = toString(c.subjectKind).toUtf8();
    r[cVerdict] = toString(c.verdict).toUtf8();
    r[cReasons] = reasonsText(c.reasons).toUtf8();
    r[cRefUuid] = c.refUuid.toUtf8();
    r[cDecision] = decisionText(c.letThrough).toUtf8();
    r[cOverrideReason] = c.overrideReason.toUtf8();
    r[cOperator] = c.operatorName.toUtf8();
    r[cShift] = c.shift.toUtf8();
    r[cTemperature] = temperatureText(c.temperature);
    r[cNote] = c.note.toUtf8();
    return r;
}

// Text columns read as raw bytes (sqlite3_column_blob on TEXT): no UTF-8 decoding, which
// keeps verify() fast and hashes exactly what is on disk.
void readBytes(const Statement& q, RowBytes& r)
{
    for (const auto& [col, name] : kHashed) {
        if (col == cSeq)
            r[col] = QByteArray::number(q.int64(col));
        else if (col == cTemperature)
            r[col] = temperatureText(q.optReal(col));
        else
            r[col] = q.blob(col);
    }
}

QByteArray chainHash(QCryptographicHash& sha, QByteArrayView prevHash, const QByteArray& encoding)
{
    return hashchain::link(sha, prevHash, encoding);
}

// Unknown names cannot get past the schema's CHECKs; a tampered reasons list is reported
// by verify(), so readers skip what they do not know instead of failing the screen.
CrossingEntry readEntry(const Statement& q)
{
    CrossingEntry c;
    c.rowId = q.int64(cRowId);
    c.uuid = q.text(cUuid);
    c.stationId = q.text(cStationId);
    c.stationSeq = q.int64(cSeq);
    c.atUtc = QDateTime::fromString(q.text(cAt), Qt::ISODateWithMs);
    c.gate = q.text(cGate);
    c.direction = directionFromString(q.text(cDirection)).value_or(Direction::In);
    c.kind = entryKindFromString(q.text(cKind)).value_or(EntryKind::Scan);
    c.passSerial = q.text(cPassSerial);
    c.visitorId = q.text(cVisitorId);
    c.subjectKind = subjectKindFromString(q.text(cSubjectKind)).value_or(SubjectKind::Person);
    c.verdict = verdictFromString(q.text(cVerdict)).value_or(Verdict::Deny);
    const QString reasons = q.text(cReasons);
    for (QStringView name : QStringView(reasons).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (auto r = reasonFromString(name))
            c.reasons << *r;
    }
    c.refUuid = q.text(cRefUuid);
    const QString decision = q.text(cDecision);
    if (!decision.isEmpty())
        c.letThrough = decision == QLatin1String("let_through");
    c.overrideReason = q.text(cOverrideReason);
    c.operatorName = q.text(cOperator);
    c.shift = q.text(cShift);
    c.temperature = q.optReal(cTemperature);
    c.note = q.text(cNote);
    c.prevHash = q.text(cPrevHash);
    c.hash = q.text(cHash);
    return c;
}

void bindOptionalText(Statement& s, int index, const QString& value)
{
    if (value.isEmpty())
        s.bindNull(index);
    else
        s.bind(index, value);
}

[[noreturn]] void invalid(const QString& message)
{
    throw std::invalid_argument(message.toStdString());
}

} // namespace

QString toString(EntryKind k)
{
    return nameOf(kEntryKinds, k);
}

std::optional<EntryKind> entryKindFromString(QStringView s)
{
    return valueOf(kEntryKinds, s);
}

QString genesisHash()
{
    return hashchain::genesis();
}

QByteArray canonicalEncoding(const CrossingEntry& entry)
{
    QByteArray out;
    encode(bytesOf(entry), out);
    return out;
}

struct CrossingLog::Statements
{
    explicit Statements(Database& db)
        : last(db.prepare("SELECT station_seq, hash FROM crossings WHERE station_id = ?1"
                          " ORDER BY station_seq DESC LIMIT 1"))
        , insert(db.prepare("INSERT INTO crossings (uuid, station_id, station_seq, at_utc, gate, direction,"
                            " entry_kind, pass_serial, visitor_id, subject_kind, verdict, reasons, ref_uuid,"
                            " decision, override_reason, operator, shift, temperature, note, prev_hash, hash)"
                            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,"
                            " ?17, ?18, ?19, ?20, ?21)"))
        , byUuid(db.prepare("SELECT " GP_CROSSING_COLUMNS " FROM crossings WHERE uuid = ?1"))
        , range(db.prepare("SELECT " GP_CROSSING_COLUMNS " FROM crossings WHERE at_utc >= ?1 AND at_utc < ?2"
                           " ORDER BY at_utc, row_id LIMIT ?3"))
        , forPass(db.prepare("SELECT " GP_CROSSING_COLUMNS " FROM crossings WHERE pass_serial = ?1"
                             " AND at_utc >= ?2 ORDER BY at_utc, row_id"))
        , count(db.prepare("SELECT count(*) FROM crossings"))
        , decisionOn(db.prepare("SELECT " GP_CROSSING_COLUMNS " FROM crossings WHERE at_utc >= ?2"
                                " AND ref_uuid = ?1 AND entry_kind = 'decision' ORDER BY row_id LIMIT 1"))
    {
    }
    Statement last;
    Statement insert;
    Statement byUuid;
    Statement range;
    Statement forPass;
    Statement count;
    Statement decisionOn; // by the time index: a decision is never older than its crossing
    QCryptographicHash sha{QCryptographicHash::Sha256};
    QByteArray encoding;
};

CrossingLog::CrossingLog(Database& db, QString stationId, const Clock& clock)
    : m_db(db)
    , m_stationId(std::move(stationId))
    , m_clock(clock)
    , m_st(std::make_unique<Statements>(db))
{
    if (m_stationId.isEmpty())
        invalid(QStringLiteral("a crossing log needs the id of its station"));
}

CrossingLog::~CrossingLog() = default;

CrossingEntry CrossingLog::append(CrossingEntry draft)
{
    Transaction tx(m_db);
    CrossingEntry written = insertLocked(std::move(draft));
    tx.commit();
    return written;
}

QList<CrossingEntry> CrossingLog::appendBatch(QList<CrossingEntry> drafts)
{
    QList<CrossingEntry> written;
    written.reserve(drafts.size());
    Transaction tx(m_db);
    for (CrossingEntry& d : drafts)
        written << insertLocked(std::move(d));
    tx.commit();
    return written;
}

CrossingEntry CrossingLog::appendDecision(const QString& refUuid, bool letThrough,
                                          const QString& overrideReason, const QString& operatorName,
                                          const QString& note)
{
    CrossingEntry d;
    d.kind = EntryKind::Decision;
    d.refUuid = refUuid;
    d.letThrough = letThrough;
    d.overrideReason = overrideReason;
    d.operatorName = operatorName;
    d.note = note;
    return append(std::move(d));
}

// Runs inside the caller's BEGIN IMMEDIATE: the seq and the previous hash are read under
// the write lock, so another process writing the same file cannot take the same seq.
CrossingEntry CrossingLog::insertLocked(CrossingEntry c)
{
    if (c.temperature) {
        if (!std::isfinite(*c.temperature))
            invalid(QStringLiteral("the temperature is not a number"));
        // Stored exactly as hashed: one decimal.
        c.temperature = temperatureText(c.temperature).toDouble();
    }
    if (c.kind == EntryKind::Decision) {
        if (c.refUuid.isEmpty())
            invalid(QStringLiteral("a decision must name the crossing it decides on"));
        if (!c.letThrough)
            invalid(QStringLiteral("a decision must say whether the person was let through or refused"));
    } else if (c.letThrough) {
        invalid(QStringLiteral("only a decision row records whether someone was let through"));
    }
    if (!c.refUuid.isEmpty()) {
        const auto ref = byUuid(c.refUuid);
        if (!ref) {
            if (c.kind == EntryKind::Decision)
                refuse(RefusalCode::CrossingUnknown, RefusalField::Decision, {c.refUuid});
            invalid(QStringLiteral("the crossing %1 is not in the log").arg(c.refUuid));
        }
        if (c.kind == EntryKind::Decision) {
            if (ref->kind == EntryKind::Decision || ref->kind == EntryKind::Incident)
                refuse(RefusalCode::DecisionNotOpen, RefusalField::Decision);
            // Exactly one decision per crossing, read under the write lock of this transaction.
            if (decisionOn(c.refUuid))
                refuse(RefusalCode::AlreadyDecided, RefusalField::Decision);
            c.overrideReason = c.overrideReason.trimmed();
            c.note = c.note.trimmed();
            if (!*c.letThrough) {
                c.overrideReason.clear(); // a refusal overrides nothing
            } else if (!c.overrideReason.isEmpty()) {
                const auto reason = overrideReasonFromString(c.overrideReason);
                if (!reason)
                    refuse(RefusalCode::OverrideReasonUnknown, RefusalField::OverrideReason,
                           {c.overrideReason});
                if (*reason == OverrideReason::Other && c.note.isEmpty())
                    refuse(RefusalCode::OverrideTextMissing, RefusalField::OverrideText);
            }
            if (ref->verdict == Verdict::Deny && *c.letThrough && c.overrideReason.isEmpty())
                refuse(RefusalCode::OverrideReasonMissing, RefusalField::OverrideReason);
            // The decision row repeats what was decided on, so the pass index finds it.
            c.passSerial = ref->passSerial;
            c.visitorId = ref->visitorId;
            c.subjectKind = ref->subjectKind;
            c.direction = ref->direction;
            c.verdict = ref->verdict;
            c.reasons = ref->reasons;
            if (c.gate.isEmpty())
                c.gate = ref->gate;
            if (c.shift.isEmpty())
                c.shift = ref->shift;
        }
    }
    if (c.gate.isEmpty())
        invalid(QStringLiteral("a crossing needs the gate it happened at"));

    Statements& st = *m_st;
    qint64 lastSeq = 0;
    QString prevHash = genesisHash();
    {
        ResetOnExit guard(st.last);
        st.last.bind(1, m_stationId);
        if (st.last.step()) {
            lastSeq = st.last.int64(0);
            prevHash = st.last.text(1);
        }
    }

    c.rowId = 0;
    c.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.stationId = m_stationId;
    c.stationSeq = lastSeq + 1;
    c.atUtc = c.atUtc.isValid() ? c.atUtc.toUTC() : m_clock.nowUtc().toUTC();
    c.prevHash = prevHash;
    encode(bytesOf(c), st.encoding);
    c.hash = QString::fromLatin1(chainHash(st.sha, prevHash.toLatin1(), st.encoding));

    ResetOnExit guard(st.insert);
    Statement& s = st.insert;
    s.bind(1, c.uuid)
        .bind(2, c.stationId)
        .bind(3, c.stationSeq)
        .bind(4, formats::utcText(c.atUtc))
        .bind(5, c.gate);
    s.bind(6, toString(c.direction)).bind(7, toString(c.kind));
    bindOptionalText(s, 8, c.passSerial);
    bindOptionalText(s, 9, c.visitorId);
    s.bind(10, toString(c.subjectKind)).bind(11, toString(c.verdict)).bind(12, reasonsText(c.reasons));
    bindOptionalText(s, 13, c.refUuid);
    bindOptionalText(s, 14, decisionText(c.letThrough));
    s.bind(15, c.overrideReason).bind(16, c.operatorName).bind(17, c.shift).bind(18, c.temperature);
    s.bind(19, c.note).bind(20, c.prevHash).bind(21, c.hash);
    s.step();
    c.rowId = m_db.lastInsertId();
    return c;
}

QList<CrossingEntry> CrossingLog::query(const QDateTime& fromUtc, const QDateTime& toUtc, int limit) const
{
    Statement& q = m_st->range;
    ResetOnExit guard(q);
    q.bind(1, formats::utcLowerBound(fromUtc))
        .bind(2, formats::utcUpperBound(toUtc))
        .bind(3, limit < 0 ? -1 : limit);
    QList<CrossingEntry> out;
    while (q.step())
        out << readEntry(q);
    return out;
}

std::optional<CrossingEntry> CrossingLog::decisionOn(const QString& crossingUuid) const
{
    const auto ref = byUuid(crossingUuid);
    if (!ref)
        return std::nullopt;
    Statement& q = m_st->decisionOn;
    ResetOnExit guard(q);
    q.bind(1, crossingUuid).bind(2, formats::utcText(ref->atUtc));
    if (!q.step())
        return std::nullopt;
    return readEntry(q);
}

void CrossingLog::forEach(const QDateTime& fromUtc, const QDateTime& toUtc,
                          const std::function<void(const CrossingEntry&)>& visit) const
{
    Statement q =
        m_db.prepare("SELECT " GP_CROSSING_COLUMNS " FROM crossings WHERE at_utc >= ?1 AND at_utc < ?2"
                     " ORDER BY at_utc, row_id");
    q.bind(1, formats::utcLowerBound(fromUtc)).bind(2, formats::utcUpperBound(toUtc));
    while (q.step())
        visit(readEntry(q));
}

std::optional<CrossingEntry> CrossingLog::byUuid(const QString& uuid) const
{
    Statement& q = m_st->byUuid;
    ResetOnExit guard(q);
    q.bind(1, uuid);
    if (!q.step())
        return std::nullopt;
    return readEntry(q);
}

QList<RecentCrossing> CrossingLog::recentForPass(const QString& serial, const QDateTime& sinceUtc) const
{
    QList<RecentCrossing> out;
    QHash<QString, bool> decided; // crossing uuid -> its decision
    Statement& q = m_st->forPass;
    ResetOnExit guard(q);
    q.bind(1, serial).bind(2, formats::utcLowerBound(sinceUtc));
    while (q.step()) {
        const CrossingEntry c = readEntry(q);
        if (c.kind == EntryKind::Decision) {
            // One per crossing; in a file from before that rule the first one counts, as in counts().
            if (c.letThrough && !decided.contains(c.refUuid))
                decided.insert(c.refUuid, *c.letThrough);
            continue;
        }
        if (c.kind == EntryKind::Incident)
            continue; // an incident report is not a crossing
        RecentCrossing r;
        r.uuid = c.uuid;
        r.atUtc = c.atUtc;
        r.stationId = c.stationId;
        r.gate = c.gate;
        r.direction = c.direction;
        r.verdict = c.verdict;
        r.reasons = c.reasons;
        out << r;
    }
    for (RecentCrossing& r : out) {
        const auto it = decided.constFind(r.uuid);
        r.passedThrough = wentThrough(r.verdict, it != decided.cend() ? std::optional<bool>(it.value())
                                                                      : std::optional<bool>());
    }
    return out;
}

qint64 CrossingLog::count() const
{
    Statement& q = m_st->count;
    ResetOnExit guard(q);
    q.step();
    return q.int64(0);
}

ChainReport CrossingLog::verify() const
{
    ChainReport report;
    // Every station's chain in the file (a central file holds many), in seq order.
    Statement q =
        m_db.prepare("SELECT " GP_CROSSING_COLUMNS " FROM crossings ORDER BY station_id, station_seq");
    QCryptographicHash sha(QCryptographicHash::Sha256);
    const QByteArray genesis = genesisHash().toLatin1();
    QByteArray station, prevHash, encoding;
    RowBytes r;
    qint64 expectedSeq = 1;
    while (q.step()) {
        readBytes(q, r);
        const qint64 seq = q.int64(cSeq);
        if (report.rowsChecked++ == 0 || r[cStationId] != station) {
            station = r[cStationId];
            prevHash = genesis;
            expectedSeq = 1;
        }
        const QString stationName = QString::fromUtf8(station);
        QString problem;
        if (seq != expectedSeq) {
            problem =
                seq - expectedSeq == 1
                    ? QStringLiteral("station %1: entry %2 is missing (the log jumps from %3 to %4)")
                          .arg(stationName)
                          .arg(expectedSeq)
                          .arg(expectedSeq - 1)
                          .arg(seq)
                    : QStringLiteral("station %1: entries %2 to %3 are missing (the log jumps from %4 to %5)")
                          .arg(stationName)
                          .arg(expectedSeq)
                          .arg(seq - 1)
                          .arg(expectedSeq - 1)
                          .arg(seq);
        } else if (q.blob(cPrevHash) != prevHash) {
            problem = QStringLiteral("station %1, entry %2 does not link to the entry before it: an earlier "
                                     "entry was changed or replaced")
                          .arg(stationName)
                          .arg(seq);
        } else {
            encode(r, encoding);
            const QByteArray hash = q.blob(cHash);
            const auto temperature = q.optReal(cTemperature);
            // One decimal is hashed, so a stored value with more digits was edited.
            const bool temperatureExact = !temperature || r[cTemperature].toDouble() == *temperature;
            if (chainHash(sha, prevHash, encoding) == hash && temperatureExact) {
                prevHash = hash;
                ++expectedSeq;
                continue;
            }
            problem =
                QStringLiteral("station %1, entry %2 was changed after it was written (its contents do not "
                               "match its hash)")
                    .arg(stationName)
                    .arg(seq);
        }
        report.ok = false;
        report.stationId = stationName;
        report.firstBrokenSeq = expectedSeq; // for a gap: the first missing entry
        report.firstBrokenRowId = q.int64(cRowId);
        report.problem = problem;
        break;
    }
    return report;
}

#undef GP_CROSSING_COLUMNS

} // namespace gatepost::core
