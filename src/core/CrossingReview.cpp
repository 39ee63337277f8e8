#include "CrossingReview.h"

#include "CrossingReviewSql.h"
#include "Database.h"
#include "Formats.h"

#include <QHash>

#include <algorithm>

namespace gatepost::core {

namespace review {

void Where::add(const QString& clause)
{
    sql += (sql.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + clause;
}

QString Where::arg(const QString& text)
{
    args.append(Arg{text, 0, false});
    return QStringLiteral("?%1").arg(args.size());
}

QString Where::arg(qint64 n)
{
    args.append(Arg{{}, n, true});
    return QStringLiteral("?%1").arg(args.size());
}

void Where::bind(Statement& s) const
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i].isInt)
            s.bind(int(i + 1), args[i].number);
        else
            s.bind(int(i + 1), args[i].text);
    }
}

namespace {

QString likePattern(const QString& text)
{
    QString t = text;
    t.replace(QLatin1String("\\"), QLatin1String("\\\\"));
    t.replace(QLatin1String("%"), QLatin1String("\\%"));
    t.replace(QLatin1String("_"), QLatin1String("\\_"));
    return QStringLiteral("%") + t + QStringLiteral("%");
}

QString list(Where& w, const QStringList& values)
{
    QStringList marks;
    for (const QString& v : values)
        marks << w.arg(v);
    return QStringLiteral("(") + marks.join(QLatin1String(", ")) + QStringLiteral(")");
}

} // namespace

Where where(const CrossingFilter& f)
{
    Where w;
    // Over a short time range the time index and a look-up by serial per row beat a seek per pass
    // in the pass index (the plan SQLite picks for "pass_serial IN (list)").
    const bool shortRange = f.fromUtc.isValid() && f.toUtc.isValid() && f.fromUtc.daysTo(f.toUtc) <= 7;
    if (f.fromUtc.isValid())
        w.add(QStringLiteral("at_utc >= ") + w.arg(formats::utcLowerBound(f.fromUtc)));
    if (f.toUtc.isValid())
        w.add(QStringLiteral("at_utc < ") + w.arg(formats::utcUpperBound(f.toUtc)));
    if (!f.gates.isEmpty())
        w.add(QStringLiteral("gate IN ") + list(w, f.gates));
    if (f.direction)
        w.add(QStringLiteral("direction = ") + w.arg(toString(*f.direction)));
    if (!f.verdicts.isEmpty()) {
        QStringList v;
        for (Verdict x : f.verdicts)
            v << toString(x);
        w.add(QStringLiteral("verdict IN ") + list(w, v));
    }
    if (!f.kinds.isEmpty()) {
        QStringList v;
        for (EntryKind x : f.kinds)
            v << toString(x);
        w.add(QStringLiteral("entry_kind IN ") + list(w, v));
    }
    if (!f.reasons.isEmpty()) {
        QStringList any;
        for (Reason r : f.reasons)
            any << QStringLiteral("(',' || reasons || ',') LIKE ") +
                       w.arg(QStringLiteral("%,%1,%").arg(toString(r)));
        w.add(QStringLiteral("(") + any.join(QLatin1String(" OR ")) + QStringLiteral(")"));
    }
    if (f.category) {
        // Over a short range: one look-up by serial per row of the range.
        QString c =
            shortRange
                ? QStringLiteral("EXISTS (SELECT 1 FROM passes p WHERE p.serial = crossings.pass_serial"
                                 " AND p.category = %1)")
                      .arg(w.arg(toString(*f.category)))
                : QStringLiteral("pass_serial IN (SELECT serial FROM passes WHERE category = %1)")
                      .arg(w.arg(toString(*f.category)));
        if (*f.category == Category::Visitor)
            c = QStringLiteral("(") + c + QStringLiteral(" OR subject_kind = 'visitor')");
        w.add(c);
    }
    if (!f.operatorName.isEmpty())
        w.add(QStringLiteral("operator = ") + w.arg(f.operatorName));
    if (!f.serial.isEmpty())
        w.add(QStringLiteral("pass_serial = ") + w.arg(f.serial.trimmed()));
    const QString text = f.text.trimmed();
    if (!text.isEmpty()) {
        const QString exact = w.arg(text);
        const QString like = w.arg(likePattern(text));
        w.add(QStringLiteral(
                  "(pass_serial = %1 OR %3 (SELECT %4 FROM passes p"
                  " LEFT JOIN people pe ON pe.id = p.person_id LEFT JOIN vehicles v ON v.id = p.vehicle_id"
                  " LEFT JOIN households h ON h.id = coalesce(pe.household_id, v.household_id)"
                  " WHERE %5 (pe.name LIKE %2 ESCAPE '\\' OR v.plate LIKE %2 ESCAPE '\\'"
                  " OR h.address LIKE %2 ESCAPE '\\'))"
                  " OR visitor_id IN (SELECT visit_id FROM visits WHERE name LIKE %2 ESCAPE '\\'"
                  " OR plate LIKE %2 ESCAPE '\\'))")
                  .arg(exact, like, shortRange ? QStringLiteral("EXISTS") : QStringLiteral("pass_serial IN"),
                       shortRange ? QStringLiteral("1") : QStringLiteral("p.serial"),
                       shortRange ? QStringLiteral("p.serial = crossings.pass_serial AND") : QString()));
    }
    return w;
}

// Unknown names cannot get past the schema's CHECKs; readers skip what they do not know.
CrossingEntry readRow(const Statement& q)
{
    CrossingEntry c;
    c.rowId = q.int64(0);
    c.uuid = q.text(1);
    c.stationId = q.text(2);
    c.stationSeq = q.int64(3);
    c.atUtc = QDateTime::fromString(q.text(4), Qt::ISODateWithMs);
    c.gate = q.text(5);
    c.direction = directionFromString(q.text(6)).value_or(Direction::In);
    c.kind = entryKindFromString(q.text(7)).value_or(EntryKind::Scan);
    c.passSerial = q.text(8);
    c.visitorId = q.text(9);
    c.subjectKind = subjectKindFromString(q.text(10)).value_or(SubjectKind::Person);
    c.verdict = verdictFromString(q.text(11)).value_or(Verdict::Deny);
    const QString reasons = q.text(12);
    for (QStringView name : QStringView(reasons).split(u',', Qt::SkipEmptyParts))
        if (auto r = reasonFromString(name))
            c.reasons << *r;
    c.refUuid = q.text(13);
    const QString decision = q.text(14);
    if (!decision.isEmpty())
        c.letThrough = decision == QLatin1String("let_through");
    c.overrideReason = q.text(15);
    c.operatorName = q.text(16);
    c.shift = q.text(17);
    c.temperature = q.optReal(18);
    c.note = q.text(19);
    c.prevHash = q.text(20);
    c.hash = q.text(21);
    return c;
}

} // namespace review

using review::kColumns;

CrossingReview::CrossingReview(Database& db)
    : m_db(db)
{
}

qint64 CrossingReview::count(const CrossingFilter& filter) const
{
    const review::Where w = review::where(filter);
    Statement q =
        m_db.prepare(QStringLiteral("SELECT count(*) FROM crossings%1").arg(w.sql).toUtf8().constData());
    w.bind(q);
    q.step();
    return q.int64(0);
}

ReviewPage CrossingReview::page(const CrossingFilter& filter, const ReviewCursor& cursor, int limit,
                                ReviewOrder order) const
{
    review::Where w = review::where(filter);
    const bool desc = order == ReviewOrder::NewestFirst;
    if (!cursor.isNull()) {
        const QString at = w.arg(formats::utcText(cursor.atUtc));
        const QString id = w.arg(cursor.rowId);
        w.add(QStringLiteral("(at_utc, row_id) %1 (%2, %3)")
                  .arg(desc ? QStringLiteral("<") : QStringLiteral(">"), at, id));
    }
    const QString lim = w.arg(qint64(std::max(limit, 1)) + 1);
    const QString sql =
        QStringLiteral("SELECT %1 FROM crossings%2 ORDER BY at_utc %3, row_id %3 LIMIT %4")
            .arg(QLatin1String(kColumns), w.sql, desc ? QStringLiteral("DESC") : QStringLiteral("ASC"), lim);
    Statement q = m_db.prepare(sql.toUtf8().constData());
    w.bind(q);
    ReviewPage out;
    while (q.step()) {
        if (out.rows.size() == std::max(limit, 1)) {
            out.atEnd = false;
            break;
        }
        out.rows << review::readRow(q);
    }
    if (!out.rows.isEmpty())
        out.next = ReviewCursor{out.rows.last().atUtc, out.rows.last().rowId};
    else
        out.next = cursor;
    return out;
}

void CrossingReview::forEach(const CrossingFilter& filter,
                             const std::function<void(const CrossingEntry&)>& visit) const
{
    const review::Where w = review::where(filter);
    const QString sql = QStringLiteral("SELECT %1 FROM crossings%2 ORDER BY at_utc, row_id")
                            .arg(QLatin1String(kColumns), w.sql);
    Statement q = m_db.prepare(sql.toUtf8().constData());
    w.bind(q);
    while (q.step())
        visit(review::readRow(q));
}

QList<HourlyCount> CrossingReview::hourly(const CrossingFilter& filter) const
{
    review::Where w = review::where(filter);
    w.add(QStringLiteral("entry_kind IN ('scan', 'manual', 'visitor')"));
    const QString sql =
        QStringLiteral("SELECT substr(at_utc, 1, 13), gate, direction, count(*) FROM crossings%1"
                       " GROUP BY 1, 2, 3 ORDER BY 1, 2, 3")
            .arg(w.sql);
    Statement q = m_db.prepare(sql.toUtf8().constData());
    w.bind(q);
    QList<HourlyCount> out;
    while (q.step()) {
        HourlyCount h;
        h.hourUtc = QDateTime::fromString(q.text(0) + QStringLiteral(":00:00Z"), Qt::ISODate);
        h.gate = q.text(1);
        h.direction = directionFromString(q.text(2)).value_or(Direction::In);
        h.count = q.int64(3);
        out << h;
    }
    return out;
}

QList<ReasonCount> CrossingReview::denialsByReason(const CrossingFilter& filter) const
{
    review::Where w = review::where(filter);
    w.add(QStringLiteral("entry_kind IN ('scan', 'manual', 'visitor') AND verdict = 'deny'"));
    const QString sql =
        QStringLiteral("SELECT reasons, count(*) FROM crossings%1 GROUP BY reasons").arg(w.sql);
    Statement q = m_db.prepare(sql.toUtf8().constData());
    w.bind(q);
    QHash<int, qint64> by;
    while (q.step()) {
        const QString reasons = q.text(0);
        for (QStringView name : QStringView(reasons).split(u',', Qt::SkipEmptyParts))
            if (auto r = reasonFromString(name))
                by[int(*r)] += q.int64(1);
    }
    QList<ReasonCount> out;
    for (auto it = by.cbegin(); it != by.cend(); ++it)
        out << ReasonCount{static_cast<Reason>(it.key()), it.value()};
    std::sort(out.begin(), out.end(), [](const ReasonCount& a, const ReasonCount& b) {
        return a.count != b.count ? a.count > b.count : int(a.reason) < int(b.reason);
    });
    return out;
}

QList<CrossingEntry> CrossingReview::history(const QString& serial, int limit) const
{
    Statement q = m_db.prepare(QStringLiteral("SELECT %1 FROM crossings WHERE pass_serial = ?1"
                                              " ORDER BY at_utc DESC, row_id DESC LIMIT ?2")
                                   .arg(QLatin1String(kColumns))
                                   .toUtf8()
                                   .constData());
    q.bind(1, serial.trimmed()).bind(2, limit);
    QList<CrossingEntry> out;
    while (q.step())
        out << review::readRow(q);
    return out;
}

QList<CrossingEntry> CrossingReview::householdHistory(qint64 householdId, int limit) const
{
    Statement q = m_db.prepare(
        QStringLiteral(
            "SELECT %1 FROM crossings WHERE pass_serial IN (SELECT p.serial FROM passes p"
            " LEFT JOIN people pe ON pe.id = p.person_id LEFT JOIN vehicles v ON v.id = p.vehicle_id"
            " WHERE pe.household_id = ?1 OR v.household_id = ?1)"
            " ORDER BY at_utc DESC, row_id DESC LIMIT ?2")
            .arg(QLatin1String(kColumns))
            .toUtf8()
            .constData());
    q.bind(1, householdId).bind(2, limit);
    QList<CrossingEntry> out;
    while (q.step())
        out << review::readRow(q);
    return out;
}

} // namespace gatepost::core
