#include "RosterChange.h"

#include "Clock.h"
#include "Database.h"
#include "Refusal.h"
#include "Registry.h"
#include "Teams.h"

#include <QRegularExpression>

namespace gatepost::core {

namespace {

QStringList listOf(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,，、\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

} // namespace

RosterPattern parseRosterPattern(QDate from, const QString& starts, const QString& teams,
                                 const QString& names, const QString& cycle)
{
    RosterPattern pattern;
    pattern.from = from;
    const QStringList times = listOf(starts);
    const QStringList named = listOf(names);
    if (!named.isEmpty() && named.size() != times.size())
        refuse(RefusalCode::ShiftPatternInvalid, RefusalField::ShiftPattern,
               {QStringLiteral("names_count"), QString::number(times.size())});
    for (qsizetype i = 0; i < times.size(); ++i) {
        const QTime t = QTime::fromString(times.at(i), QStringLiteral("HH:mm"));
        if (!t.isValid() || times.at(i).size() != 5)
            refuse(RefusalCode::ShiftPatternInvalid, RefusalField::ShiftPattern,
                   {QStringLiteral("start_time"), times.at(i)});
        pattern.shifts.append(ShiftDef{named.isEmpty() ? QString::number(i + 1) : named.at(i), t});
    }
    pattern.teams = listOf(teams);
    for (const QString& day : listOf(cycle))
        pattern.cycle.append(parseCycleDay(day));
    if (pattern.cycle.isEmpty())
        pattern.cycle = defaultCycle(pattern.shifts.size(), pattern.teams);
    return pattern;
}

void applyRosterPattern(Database& db, Registry& registry, const Clock& clock, const RosterPattern& pattern,
                        const Actor& actor)
{
    Policy policy = registry.policy();
    addRosterPattern(policy.rosterPatterns, pattern, registry.today());
    Transaction tx(db);
    registry.setPolicy(policy, actor);
    Teams(db, clock).ensure(pattern.teams, actor);
    tx.commit();
}

} // namespace gatepost::core
