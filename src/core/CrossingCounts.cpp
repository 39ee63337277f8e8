// The counts of the status strip and the shift lead's screens, with the one definition of
// "went through" that the passback rule uses too (CrossingLog::recentForPass).

#include "CrossingLog.h"

#include "Formats.h"

namespace gatepost::core {

bool wentThrough(Verdict verdict, std::optional<bool> decision)
{
    return decision ? *decision : verdict == Verdict::Allow;
}

CrossingCounts CrossingLog::counts(const QDateTime& fromUtc, const QDateTime& toUtc) const
{
    // Each crossing with its decision (the first, as decisionOn; a decision is never older than
    // its crossing, so the time index bounds the join), then wentThrough() decides in C++.
    Statement q = m_db.prepare(
        "SELECT c.entry_kind, c.direction, c.verdict, c.decision, d.decision, count(*) FROM crossings c"
        " LEFT JOIN (SELECT ref_uuid, decision, min(row_id) FROM crossings"
        "            WHERE entry_kind = 'decision' AND at_utc >= ?1 GROUP BY ref_uuid) d"
        " ON d.ref_uuid = c.uuid AND c.entry_kind IN ('scan', 'manual', 'visitor')"
        " WHERE c.at_utc >= ?1 AND c.at_utc < ?2"
        " GROUP BY c.entry_kind, c.direction, c.verdict, c.decision, d.decision");
    q.bind(1, formats::utcLowerBound(fromUtc)).bind(2, formats::utcUpperBound(toUtc));
    CrossingCounts c;
    while (q.step()) {
        const QString kind = q.text(0);
        const qint64 n = q.int64(5);
        const bool out = q.text(1) == QLatin1String("out");
        const Verdict verdict = verdictFromString(q.text(2)).value_or(Verdict::Deny);
        if (kind == QLatin1String("incident")) {
            c.incidents += n;
        } else if (kind == QLatin1String("decision")) {
            // Decision rows carry the verdict of the crossing they decide on.
            if (verdict == Verdict::Deny && q.text(3) == QLatin1String("let_through"))
                c.overrides += n;
        } else {
            c.total += n;
            (out ? c.out : c.in) += n;
            const QString decision = q.text(4);
            const std::optional<bool> decided =
                decision.isEmpty() ? std::nullopt
                                   : std::optional<bool>(decision == QLatin1String("let_through"));
            if (wentThrough(verdict, decided))
                (out ? c.passedOut : c.passedIn) += n;
            (verdict == Verdict::Allow ? c.allow : verdict == Verdict::Deny ? c.deny : c.check) += n;
        }
    }
    return c;
}

} // namespace gatepost::core
