#include "RosterPattern.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace gatepost::core {

namespace {

const QString kTimeFormat = QStringLiteral("HH:mm");

std::optional<QTime> parseTime(const QJsonValue& v)
{
    if (!v.isString() || v.toString().size() != 5)
        return std::nullopt;
    const QTime t = QTime::fromString(v.toString(), kTimeFormat);
    return t.isValid() ? std::optional(t) : std::nullopt;
}

Refusal invalid(const QString& problem, const QString& detail = {})
{
    QStringList args{problem};
    if (!detail.isEmpty())
        args << detail;
    return Refusal{RefusalCode::ShiftPatternInvalid, RefusalField::ShiftPattern, args};
}

bool validTeamCode(const QString& code)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_]{1,8}$"));
    return re.match(code).hasMatch();
}

} // namespace

QDate rotationEpoch()
{
    return QDate(2020, 1, 1);
}

QDate RosterPattern::anchor() const
{
    return from.isValid() ? from : rotationEpoch();
}

QString RosterPattern::teamOn(QDate day, int number) const
{
    if (cycle.isEmpty() || !day.isValid() || number < 1)
        return {};
    const qint64 n = cycle.size();
    const qint64 k = ((anchor().daysTo(day) % n) + n) % n;
    const QStringList& codes = cycle.at(k);
    return number <= codes.size() ? codes.at(number - 1) : QString();
}

QList<QStringList> defaultCycle(qsizetype shiftCount, const QStringList& teams)
{
    QList<QStringList> cycle;
    const qsizetype t = teams.size();
    if (t == 0 || shiftCount <= 0)
        return cycle;
    for (qsizetype k = 0; k < t; ++k) {
        QStringList day;
        for (qsizetype i = 0; i < shiftCount; ++i)
            day << (i < t ? teams.at((i + k) % t) : QString());
        cycle << day;
    }
    return cycle;
}

RosterPattern defaultRosterPattern()
{
    RosterPattern p;
    p.shifts = {
        ShiftDef{QStringLiteral("A"), QTime(0, 0)},
        ShiftDef{QStringLiteral("B"), QTime(6, 0)},
        ShiftDef{QStringLiteral("C"), QTime(12, 0)},
        ShiftDef{QStringLiteral("D"), QTime(18, 0)},
    };
    p.teams = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")};
    p.cycle = defaultCycle(p.shifts.size(), p.teams);
    return p;
}

RosterPattern normalised(RosterPattern p)
{
    QList<qsizetype> order(p.shifts.size());
    for (qsizetype i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return p.shifts.at(a).start < p.shifts.at(b).start; });
    QList<ShiftDef> shifts;
    for (qsizetype i : order)
        shifts << p.shifts.at(i);
    for (QStringList& day : p.cycle) {
        if (day.size() != order.size())
            continue; // checkRosterPattern reports it
        QStringList sorted;
        for (qsizetype i : order)
            sorted << day.at(i);
        day = sorted;
    }
    p.shifts = shifts;
    return p;
}

std::optional<Refusal> checkRosterPattern(const RosterPattern& p)
{
    if (p.shifts.isEmpty())
        return invalid(QStringLiteral("no_shifts"));
    QSet<QString> names;
    for (qsizetype i = 0; i < p.shifts.size(); ++i) {
        const ShiftDef& s = p.shifts.at(i);
        if (s.name.trimmed().isEmpty() || !s.start.isValid())
            return invalid(QStringLiteral("shift_invalid"), QString::number(i + 1));
        if (names.contains(s.name))
            return invalid(QStringLiteral("shift_name_twice"), s.name);
        names.insert(s.name);
        if (i > 0 && !(p.shifts.at(i - 1).start < s.start))
            return invalid(QStringLiteral("shift_start_twice"), s.start.toString(kTimeFormat));
    }
    QSet<QString> teams;
    for (const QString& t : p.teams) {
        if (!validTeamCode(t))
            return invalid(QStringLiteral("team_code_invalid"), t);
        if (teams.contains(t))
            return invalid(QStringLiteral("team_twice"), t);
        teams.insert(t);
    }
    if (p.teams.isEmpty() != p.cycle.isEmpty())
        return invalid(QStringLiteral("cycle_without_teams"));
    for (qsizetype k = 0; k < p.cycle.size(); ++k) {
        const QStringList& day = p.cycle.at(k);
        if (day.size() != p.shifts.size())
            return invalid(QStringLiteral("cycle_day_length"), QString::number(k + 1));
        QSet<QString> seen;
        for (const QString& code : day) {
            if (code.isEmpty())
                continue;
            if (!teams.contains(code))
                return invalid(QStringLiteral("team_not_in_pattern"), code);
            if (seen.contains(code))
                return invalid(QStringLiteral("team_twice_a_day"), code);
            seen.insert(code);
        }
    }
    return std::nullopt;
}

QJsonObject toJson(const RosterPattern& p)
{
    QJsonObject o;
    if (p.from.isValid())
        o.insert(QStringLiteral("from"), p.from.toString(Qt::ISODate));
    QJsonArray shifts;
    for (const ShiftDef& s : p.shifts)
        shifts.append(QJsonObject{{QStringLiteral("name"), s.name},
                                  {QStringLiteral("start"), s.start.toString(kTimeFormat)}});
    o.insert(QStringLiteral("shifts"), shifts);
    o.insert(QStringLiteral("teams"), QJsonArray::fromStringList(p.teams));
    QJsonArray cycle;
    for (const QStringList& day : p.cycle)
        cycle.append(QJsonArray::fromStringList(day));
    o.insert(QStringLiteral("cycle"), cycle);
    return o;
}

std::optional<RosterPattern> rosterPatternFromJson(const QJsonValue& v, const QString& key, QString* error)
{
    auto fail = [&](const QString& what) -> std::optional<RosterPattern> {
        if (error)
            *error = QStringLiteral("policy key \"%1\": %2").arg(key, what);
        return std::nullopt;
    };
    if (!v.isObject())
        return fail(QStringLiteral("must be {\"from\", \"shifts\", \"teams\", \"cycle\"}"));
    const QJsonObject o = v.toObject();
    RosterPattern p;
    if (o.contains(QLatin1String("from"))) {
        const QJsonValue f = o.value(QLatin1String("from"));
        p.from = QDate::fromString(f.toString(), Qt::ISODate);
        if (!f.isString() || f.toString().size() != 10 || !p.from.isValid())
            return fail(QStringLiteral("\"from\" must be a date \"YYYY-MM-DD\""));
    }
    const QJsonValue shifts = o.value(QLatin1String("shifts"));
    for (const QJsonValue& s : shifts.toArray()) {
        const QJsonValue name = s.toObject().value(QLatin1String("name"));
        const auto start = parseTime(s.toObject().value(QLatin1String("start")));
        if (!s.isObject() || !name.isString() || !start)
            return fail(QStringLiteral("each shift must be {\"name\": text, \"start\": \"HH:mm\"}"));
        p.shifts << ShiftDef{name.toString(), *start};
    }
    for (const QJsonValue& t : o.value(QLatin1String("teams")).toArray()) {
        if (!t.isString())
            return fail(QStringLiteral("\"teams\" must be a list of team codes"));
        p.teams << t.toString();
    }
    for (const QJsonValue& d : o.value(QLatin1String("cycle")).toArray()) {
        QStringList day;
        for (const QJsonValue& c : d.toArray()) {
            if (!c.isString())
                return fail(QStringLiteral("each cycle day must be a list of team codes"));
            day << c.toString();
        }
        if (!d.isArray())
            return fail(QStringLiteral("each cycle day must be a list of team codes"));
        p.cycle << day;
    }
    p = normalised(p);
    if (const auto problem = checkRosterPattern(p))
        return fail(problem->args.join(QLatin1Char(' ')));
    return p;
}

void addRosterPattern(QList<RosterPattern>& patterns, RosterPattern pattern, QDate today)
{
    pattern = normalised(pattern);
    if (!pattern.from.isValid() || pattern.from <= today)
        refuse(RefusalCode::ShiftPatternInPast, RefusalField::ShiftPattern,
               {pattern.from.toString(Qt::ISODate), today.addDays(1).toString(Qt::ISODate)});
    if (const auto problem = checkRosterPattern(pattern))
        throw RefusedError(*problem);
    patterns.removeIf([&](const RosterPattern& p) { return p.from == pattern.from; });
    const auto at =
        std::upper_bound(patterns.begin(), patterns.end(), pattern.from,
                         [](QDate d, const RosterPattern& p) { return p.from.isValid() && d < p.from; });
    patterns.insert(at, pattern);
}

QStringList parseCycleDay(const QString& text)
{
    QStringList codes;
    if (text.contains(QLatin1Char('/')))
        codes = text.split(QLatin1Char('/'));
    else
        for (QChar c : text)
            codes << QString(c);
    for (QString& c : codes) {
        c = c.trimmed();
        if (c == QLatin1String("-"))
            c.clear();
    }
    return codes;
}

QString cycleDayText(const QStringList& day)
{
    const bool single = std::all_of(day.begin(), day.end(), [](const QString& c) { return c.size() <= 1; });
    QStringList shown;
    for (const QString& c : day)
        shown << (c.isEmpty() ? QStringLiteral("-") : c);
    return shown.join(single ? QString() : QStringLiteral("/"));
}

} // namespace gatepost::core
