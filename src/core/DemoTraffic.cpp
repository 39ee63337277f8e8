#include "DemoTraffic.h"

#include "CrossingLog.h"
#include "Database.h"
#include "DemoCommunity.h"
#include "Formats.h"
#include "HashChain.h"
#include "Roster.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <stdexcept>

namespace gatepost::core {

namespace {

// Share of a day's crossings in each local hour: quiet nights, the morning and evening rush.
constexpr std::array<int, 24> kHourWeight{2,  1,  1, 1,  2,  6,  18, 34, 30, 14, 10, 10,
                                          12, 10, 9, 10, 14, 28, 32, 20, 14, 10, 6,  3};

// Gate volunteers by team (A..D), each team holding one shift in rotation.
const std::array<const char*, 16> kOperators{"张伟", "王芳",   "李娜", "刘洋",  "陈静", "杨磊",
                                             "赵敏", "黄强",   "周杰", "吴霞",  "徐涛", "孙丽",
                                             "马超", "朱红梅", "胡斌", "郭玉兰"};

struct DemoPass
{
    QString serial;
    SubjectKind subject = SubjectKind::Person;
    QString status;
    bool southOnly = false;
};

struct Draft
{
    CrossingEntry row;
    int refIndex = -1; // decision and incident rows: the index of the crossing in the day's list
};

class Writer
{
public:
    Writer(Database& db, const QString& station)
        : m_station(station)
        , m_insert(db.prepare(
              "INSERT INTO crossings (uuid, station_id, station_seq, at_utc, gate, direction, entry_kind,"
              " pass_serial, visitor_id, subject_kind, verdict, reasons, ref_uuid, decision, override_reason,"
              " operator, shift, temperature, note, prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8,"
              " ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)"))
    {
        Statement last = db.prepare("SELECT station_seq, hash FROM crossings WHERE station_id = ?1"
                                    " ORDER BY station_seq DESC LIMIT 1");
        last.bind(1, station);
        m_prevHash = hashchain::genesis().toLatin1();
        if (last.step()) {
            m_seq = last.int64(0);
            m_prevHash = last.blob(1);
        }
    }

    void write(CrossingEntry& c)
    {
        c.stationId = m_station;
        c.stationSeq = ++m_seq;
        c.prevHash = QString::fromLatin1(m_prevHash);
        const QByteArray hash = hashchain::link(m_sha, m_prevHash, canonicalEncoding(c));
        c.hash = QString::fromLatin1(hash);
        m_prevHash = hash;
        Statement& s = m_insert;
        s.bind(1, c.uuid).bind(2, c.stationId).bind(3, c.stationSeq).bind(4, formats::utcText(c.atUtc));
        s.bind(5, c.gate).bind(6, toString(c.direction)).bind(7, toString(c.kind));
        optText(8, c.passSerial);
        optText(9, c.visitorId);
        QStringList reasons;
        for (Reason r : c.reasons)
            reasons << toString(r);
        s.bind(10, toString(c.subjectKind)).bind(11, toString(c.verdict)).bind(12, reasons.join(u','));
        optText(13, c.refUuid);
        optText(14, c.letThrough ? (*c.letThrough ? QStringLiteral("let_through") : QStringLiteral("refused"))
                                 : QString());
        s.bind(15, c.overrideReason).bind(16, c.operatorName).bind(17, c.shift).bind(18, c.temperature);
        s.bind(19, c.note).bind(20, c.prevHash).bind(21, c.hash);
        s.exec();
        s.reset();
    }

private:
    void optText(int i, const QString& v)
    {
        if (v.isEmpty())
            m_insert.bindNull(i);
        else
            m_insert.bind(i, v);
    }

    QString m_station;
    Statement m_insert;
    qint64 m_seq = 0;
    QByteArray m_prevHash;
    QCryptographicHash m_sha{QCryptographicHash::Sha256};
};

QList<DemoPass> loadPasses(Database& db)
{
    QList<DemoPass> out;
    Statement q = db.prepare("SELECT serial, holder_kind, status, gates FROM passes ORDER BY serial");
    while (q.step()) {
        DemoPass p;
        p.serial = q.text(0);
        p.subject = q.text(1) == QLatin1String("vehicle") ? SubjectKind::Vehicle : SubjectKind::Person;
        p.status = q.text(2);
        p.southOnly = q.text(3) == QLatin1String("south");
        out << p;
    }
    return out;
}

class Generator
{
public:
    Generator(const Policy& policy, const QList<DemoPass>& passes, quint32 seed)
        : m_policy(policy)
        , m_roster(policy)
        , m_passes(passes)
        , m_rng(seed)
    {
        for (int w : kHourWeight)
            m_weightSum += w;
    }

    int pct() { return int(m_rng.bounded(100)); }
    int below(int n) { return int(m_rng.bounded(n)); }

    QString uuid()
    {
        QByteArray b(16, Qt::Uninitialized);
        for (int i = 0; i < 16; i += 4) {
            const quint32 v = m_rng.generate();
            std::memcpy(b.data() + i, &v, 4);
        }
        b[6] = char((b[6] & 0x0f) | 0x40); // version 4
        b[8] = char((b[8] & 0x3f) | 0x80); // variant
        return QUuid::fromRfc4122(b).toString(QUuid::WithoutBraces);
    }

    int hourOf()
    {
        int r = below(m_weightSum);
        for (int h = 0; h < 24; ++h) {
            if (r < kHourWeight[h])
                return h;
            r -= kHourWeight[h];
        }
        return 23;
    }

    const Shift& shiftAt(const QDateTime& t)
    {
        if (!m_shift.startUtc.isValid() || t < m_shift.startUtc || t >= m_shift.endUtc)
            m_shift = m_roster.shiftAt(t);
        return m_shift;
    }

    // The day's crossings and what followed them, in time order, for local date @p day.
    QList<Draft> day(QDate day, int perDay, const QDateTime& fromUtc, const QDateTime& toUtc,
                     DemoTrafficSummary& sum)
    {
        QList<Draft> out;
        out.reserve(perDay + perDay / 8);
        // Time zone arithmetic once a day, not once a row (the community's zone has no daylight saving).
        const QDateTime midnight = QDateTime(day, QTime(0, 0), m_roster.timeZone()).toUTC();
        for (int i = 0; i < perDay; ++i) {
            const int hour = hourOf();
            const int minute = below(60);
            const int second = below(60);
            const qint64 ms = ((qint64(hour) * 60 + minute) * 60 + second) * 1000 + below(1000);
            Draft d;
            crossing(d.row, midnight.addMSecs(ms), hour);
            out << d;
        }
        // Incidents of the day (forced through, abuse, other), about one a day.
        for (int i = 0, n = below(3); i < n; ++i) {
            Draft d;
            const int hour = 7 + below(14);
            const int minute = below(60);
            incident(d.row, midnight.addSecs((qint64(hour) * 60 + minute) * 60 + below(60)));
            out << d;
        }
        std::sort(out.begin(), out.end(),
                  [](const Draft& a, const Draft& b) { return a.row.atUtc < b.row.atUtc; });
        // Drop what falls outside the window before the follow-ups are made.
        out.erase(
            std::remove_if(out.begin(), out.end(),
                           [&](const Draft& d) { return d.row.atUtc < fromUtc || d.row.atUtc >= toUtc; }),
            out.end());
        QList<Draft> follow;
        for (qsizetype i = 0; i < out.size(); ++i) {
            const CrossingEntry& c = out[i].row;
            if (c.kind == EntryKind::Incident)
                continue;
            ++sum.crossings;
            if (c.reasons.contains(Reason::UnknownPass))
                ++sum.unknownPasses;
            if (c.reasons.contains(Reason::Fever)) {
                ++sum.fevers;
                Draft inc;
                inc.refIndex = int(i);
                inc.row = c;
                inc.row.uuid = uuid();
                inc.row.kind = EntryKind::Incident;
                inc.row.verdict = Verdict::Deny;
                inc.row.reasons = {Reason::Fever};
                inc.row.atUtc = c.atUtc.addMSecs(200);
                follow << inc;
                continue; // a fever is sent to the clinic, never let through
            }
            if (c.verdict == Verdict::Allow)
                continue;
            const int p = pct();
            Draft dec;
            dec.refIndex = int(i);
            dec.row = c;
            dec.row.uuid = uuid();
            dec.row.kind = EntryKind::Decision;
            dec.row.temperature.reset();
            dec.row.atUtc = c.atUtc.addMSecs(3000 + below(40000));
            if (c.verdict == Verdict::Check) {
                dec.row.letThrough = p < 92;
            } else if (p < 12 && !c.reasons.contains(Reason::UnknownPass)) {
                dec.row.letThrough = true;
                const int r = below(4);
                dec.row.overrideReason = toString(static_cast<OverrideReason>(r));
                if (r == int(OverrideReason::Other))
                    dec.row.note = QStringLiteral("居委会电话确认");
                ++sum.overrides;
            } else if (p < 70) {
                dec.row.letThrough = false;
            } else {
                continue; // the volunteer closed the verdict without a decision
            }
            if (dec.row.atUtc >= toUtc)
                continue;
            ++sum.decisions;
            follow << dec;
        }
        for (const Draft& d : out)
            if (d.row.kind == EntryKind::Incident)
                ++sum.incidents;
        sum.incidents += std::count_if(follow.begin(), follow.end(),
                                       [](const Draft& d) { return d.row.kind == EntryKind::Incident; });
        for (Draft& f : follow)
            f.row.refUuid = out[f.refIndex].row.uuid;
        out += follow;
        std::stable_sort(out.begin(), out.end(),
                         [](const Draft& a, const Draft& b) { return a.row.atUtc < b.row.atUtc; });
        return out;
    }

private:
    void stamp(CrossingEntry& c, const QDateTime& at, const QString& gate)
    {
        c.uuid = uuid();
        c.atUtc = at;
        c.gate = gate;
        const Shift& s = shiftAt(at);
        c.shift = s.id();
        const int team = int((s.day.toJulianDay() + s.number) % 4);
        c.operatorName = QString::fromUtf8(
            kOperators[std::size_t(team * 4 + (gate == QLatin1String("south") ? 2 : 0) + below(2))]);
    }

    void crossing(CrossingEntry& c, const QDateTime& at, int hour)
    {
        QString gate = pct() < 62 ? QStringLiteral("north") : QStringLiteral("south");
        // Mornings go out to work, evenings come home.
        const int inShare = hour < 10 ? 30 : hour >= 16 ? 70 : 50;
        c.direction = pct() < inShare ? Direction::In : Direction::Out;
        const int kind = pct();
        if (kind < 3) { // a visitor registered at the desk
            c.kind = EntryKind::Visitor;
            c.subjectKind = SubjectKind::Visitor;
            c.visitorId = uuid();
            c.direction = Direction::In;
            c.verdict = pct() < 85 ? Verdict::Allow : Verdict::Check;
        } else if (kind < 4) { // a code nobody issued
            c.kind = EntryKind::Scan;
            c.passSerial = QStringLiteral("%1").arg(9000000 + below(999999), 7, 10, QLatin1Char('0'));
            c.verdict = Verdict::Deny;
            c.reasons = {Reason::UnknownPass};
        } else {
            const DemoPass& p = m_passes.at(below(int(m_passes.size())));
            c.kind = kind < 7 ? EntryKind::Manual : EntryKind::Scan;
            c.passSerial = p.serial;
            c.subjectKind = p.subject;
            if (p.southOnly)
                gate = QStringLiteral("south");
            judge(c, p, hour);
        }
        stamp(c, at, gate);
        if (c.direction == Direction::In && c.subjectKind != SubjectKind::Vehicle && pct() < 60) {
            const bool fever = below(1000) < 3;
            const double t = fever ? 37.5 + below(12) / 10.0 : 36.0 + below(10) / 10.0;
            c.temperature = t;
            if (fever) {
                c.verdict = Verdict::Deny;
                c.reasons << Reason::Fever;
            }
        }
    }

    void judge(CrossingEntry& c, const DemoPass& p, int hour)
    {
        if (p.status != QLatin1String("active")) {
            c.verdict = Verdict::Deny;
            c.reasons = {p.status == QLatin1String("lost")        ? Reason::Lost
                         : p.status == QLatin1String("suspended") ? Reason::Suspended
                                                                  : Reason::Revoked};
            return;
        }
        const int r = below(1000);
        if (r < 25) {
            c.verdict = Verdict::Deny;
            c.reasons = {Reason::Passback};
        } else if (r < 35) {
            c.verdict = Verdict::Deny;
            c.reasons = {Reason::Expired};
        } else if (r < 42 && (hour < 6 || hour >= 23)) {
            c.verdict = Verdict::Deny;
            c.reasons = {Reason::OutsideHours};
        } else if (r < 50) {
            c.verdict = Verdict::Deny;
            c.reasons = {Reason::WrongSecret};
        } else if (r < 58) {
            c.verdict = Verdict::Deny;
            c.reasons = {Reason::Superseded};
        } else if (r < 62) {
            c.verdict = Verdict::Deny;
            c.reasons = {Reason::HomeQuarantine};
        } else if (r < 70) {
            c.verdict = Verdict::Deny;
            c.reasons = {Reason::Duplicate};
        } else if (c.kind == EntryKind::Manual) {
            c.verdict = m_policy.manualEntryVerdict;
            c.reasons = {Reason::ManualEntry};
        } else if (r < 90) {
            c.verdict = Verdict::Check;
            c.reasons = {Reason::MissingTemperature};
        } else {
            c.verdict = Verdict::Allow;
        }
    }

    void incident(CrossingEntry& c, const QDateTime& at)
    {
        c.kind = EntryKind::Incident;
        c.verdict = Verdict::Deny;
        const int r = below(3);
        c.reasons = {r == 0 ? Reason::ForcedThrough : r == 1 ? Reason::Abuse : Reason::OtherIncident};
        c.note = r == 0   ? QStringLiteral("电动车未停车冲卡")
                 : r == 1 ? QStringLiteral("拒绝出示出入证并辱骂志愿者")
                          : QStringLiteral("快递员要求进入小区");
        c.direction = Direction::In;
        stamp(c, at, pct() < 60 ? QStringLiteral("north") : QStringLiteral("south"));
    }

    const Policy& m_policy;
    Roster m_roster;
    const QList<DemoPass>& m_passes;
    QRandomGenerator m_rng;
    int m_weightSum = 0;
    Shift m_shift;
};

} // namespace

QString demoStationFor(const QString& gate)
{
    return QStringLiteral("demo-") + gate;
}

DemoTrafficSummary generateDemoTraffic(Database& db, const Policy& policy, const DemoTrafficOptions& options,
                                       const std::function<void(qint64)>& progress)
{
    if (options.days < 1 || options.perDay < 1)
        throw std::invalid_argument("days and crossings per day must be at least 1");
    if (!isDemoFile(db))
        throw std::invalid_argument(
            "this is not a demo file: demo traffic goes only into a file made by demo-community");
    const QList<DemoPass> passes = loadPasses(db);
    if (passes.isEmpty())
        throw std::invalid_argument("the file has no passes: run demo-community first");

    DemoTrafficSummary sum;
    sum.toUtc = (options.endUtc.isValid() ? options.endUtc : QDateTime::currentDateTimeUtc()).toUTC();
    sum.fromUtc = sum.toUtc.addDays(-options.days);
    Generator gen(policy, passes, options.seed);
    const QTimeZone zone = Roster(policy).timeZone();
    const QDate first = sum.fromUtc.toTimeZone(zone).date();
    const QDate last = sum.toUtc.toTimeZone(zone).date();

    Writer north(db, demoStationFor(QStringLiteral("north")));
    Writer south(db, demoStationFor(QStringLiteral("south")));
    Statement dropOutbox = db.prepare("DELETE FROM sync_outbox WHERE tbl = 'crossings' AND row_id >= ?1");
    std::unique_ptr<Transaction> tx;
    qint64 inTx = 0;
    qint64 firstRow = 0;
    const auto commit = [&]() {
        // Rows of demo stations are never this station's events.
        dropOutbox.bind(1, firstRow).exec();
        dropOutbox.reset();
        tx->commit();
        tx.reset();
        if (progress)
            progress(sum.rows);
    };
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        QList<Draft> rows = gen.day(d, options.perDay, sum.fromUtc, sum.toUtc, sum);
        for (Draft& r : rows) {
            if (!tx)
                tx = std::make_unique<Transaction>(db);
            (r.row.gate == QLatin1String("south") ? south : north).write(r.row);
            if (inTx++ == 0)
                firstRow = db.lastInsertId();
            ++sum.rows;
        }
        if (inTx >= options.rowsPerCommit) {
            commit();
            inTx = 0;
        }
    }
    if (tx)
        commit();
    return sum;
}

} // namespace gatepost::core
