// gatepost-cli roster and team commands: the rotation calendar, dated shift patterns, the
// teams and their members (docs/roster.md).

#include "Cli.h"
#include "Json.h"

#include "app/Station.h"
#include "core/Database.h"
#include "core/Registry.h"
#include "core/Roster.h"
#include "core/RosterChange.h"
#include "core/Teams.h"
#include "gui/lead/LeadText.h"
#include "print/RosterMonth.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <functional>

namespace gatepost::cli {

namespace {

QString arg(const core::Refusal& r, int i)
{
    return i < r.args.size() ? r.args.at(i) : QString();
}

// A refusal as the plain English sentence the command line prints.
QString sentence(const core::Refusal& r)
{
    using C = core::RefusalCode;
    switch (r.code) {
    case C::ShiftPatternInPast:
        return QStringLiteral(
                   "a new shift pattern applies from %1 at the earliest (the past is not rewritten)")
            .arg(arg(r, 1));
    case C::ShiftPatternInvalid:
        return QStringLiteral("the shift pattern is not valid: %1").arg(r.args.join(QLatin1Char(' ')));
    case C::TeamUnknown:
        return QStringLiteral("there is no team %1").arg(arg(r, 0));
    case C::TeamAlreadyExists:
        return QStringLiteral("team %1 already exists").arg(arg(r, 0));
    case C::TeamCodeInvalid:
        return QStringLiteral("'%1' is not a team code (1 to 8 letters, digits or _)").arg(arg(r, 0));
    case C::TeamNameMissing:
        return QStringLiteral("the team needs a name");
    case C::TeamOperatorUnknown:
        return QStringLiteral("there is no operator %1").arg(arg(r, 0));
    case C::TeamLeadNotMember:
        return QStringLiteral("%1 is not a member of team %2 (team member %1 --team %2 first)")
            .arg(arg(r, 0), arg(r, 1));
    case C::TeamMemberElsewhere:
        return QStringLiteral("%1 is already in team %2").arg(arg(r, 0), arg(r, 1));
    case C::TeamNotMember:
        return QStringLiteral("%1 is not in a team").arg(arg(r, 0));
    case C::GateUnknown:
        return QStringLiteral("there is no gate %1").arg(arg(r, 0));
    default:
        return core::toString(r.code);
    }
}

template<typename F> void refusalsAsErrors(F&& f)
{
    try {
        f();
    } catch (const core::RefusedError& e) {
        throw CommandError(sentence(e.refusal()));
    }
}

void printJson(Context& ctx, const QJsonObject& o)
{
    ctx.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QDate todayIn(const core::Policy& policy, const core::Clock& clock)
{
    return clock.nowUtc().toTimeZone(core::policyTimeZone(policy.timeZone)).date();
}

// The teams as stored, plus the codes of today's pattern not stored yet (the default teams
// exist on demand: shown by their code, without lead or members).
QList<core::Team> teamsShown(core::Teams& teams, const core::Roster& roster, QDate today)
{
    QList<core::Team> out;
    try {
        out = teams.teams();
    } catch (const core::DbError&) {
        // A file from before schema 6 opened read-only: no team tables yet.
    }
    for (const QString& code : roster.patternOn(today).teams) {
        if (std::none_of(out.begin(), out.end(), [&](const core::Team& t) { return t.code == code; }))
            out.append(core::Team{code, code, {}});
    }
    std::sort(out.begin(), out.end(),
              [](const core::Team& a, const core::Team& b) { return a.code < b.code; });
    return out;
}

QList<core::TeamMember> membersOf(core::Teams& teams, const QString& code)
{
    try {
        return teams.membersOf(code);
    } catch (const core::DbError&) {
        return {};
    }
}

QDate monthArg(const QCommandLineParser& p, QDate today)
{
    if (!p.isSet(QStringLiteral("month")))
        return QDate(today.year(), today.month(), 1);
    const QDate d = QDate::fromString(p.value(QStringLiteral("month")) + QStringLiteral("-01"), Qt::ISODate);
    if (!d.isValid() || p.value(QStringLiteral("month")).size() != 7)
        throw UsageError(
            QStringLiteral("--month: '%1' is not YYYY-MM").arg(p.value(QStringLiteral("month"))));
    return d;
}

} // namespace

int cmdRosterShow(Context& ctx)
{
    QCommandLineParser p;
    p.addOptions({{QStringLiteral("month"), QStringLiteral("The month."), QStringLiteral("YYYY-MM")},
                  {QStringLiteral("json"), QStringLiteral("JSON output.")}});
    parseOrThrow(p, ctx);
    auto station = ctx.openStation(Open::Read);
    const core::Policy policy = station->registry().policy();
    const core::Roster roster(policy);
    core::Teams teams(station->db(), station->clock());
    const QDate today = todayIn(policy, station->clock());
    const QDate first = monthArg(p, today);
    const QList<core::RosterDay> days = roster.calendar(first, first.addMonths(1).addDays(-1));
    QMap<QString, QString> leads;
    const QList<core::Team> shown = teamsShown(teams, roster, today);
    for (const core::Team& t : shown)
        leads.insert(t.code, t.lead);

    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray daysJson;
        for (const core::RosterDay& d : days) {
            QJsonArray shifts;
            for (const core::RosterSlot& s : d.shifts)
                shifts.append(QJsonObject{{QStringLiteral("id"), s.shift.id()},
                                          {QStringLiteral("number"), s.shift.number},
                                          {QStringLiteral("name"), s.shift.name},
                                          {QStringLiteral("start_utc"), json::isoUtc(s.shift.startUtc)},
                                          {QStringLiteral("end_utc"), json::isoUtc(s.shift.endUtc)},
                                          {QStringLiteral("team"), s.team},
                                          {QStringLiteral("lead"), leads.value(s.team)}});
            daysJson.append(QJsonObject{{QStringLiteral("date"), d.day.toString(Qt::ISODate)},
                                        {QStringLiteral("shifts"), shifts}});
        }
        QJsonArray teamsJson;
        for (const core::Team& t : shown) {
            QJsonArray members;
            for (const core::TeamMember& m : membersOf(teams, t.code))
                members.append(QJsonObject{{QStringLiteral("operator"), m.operatorName},
                                           {QStringLiteral("role"), m.role},
                                           {QStringLiteral("gate"), m.gate}});
            teamsJson.append(QJsonObject{{QStringLiteral("code"), t.code},
                                         {QStringLiteral("name"), t.name},
                                         {QStringLiteral("lead"), t.lead},
                                         {QStringLiteral("members"), members}});
        }
        printJson(ctx, {{QStringLiteral("month"), first.toString(QStringLiteral("yyyy-MM"))},
                        {QStringLiteral("time_zone"), policy.timeZone},
                        {QStringLiteral("days"), daysJson},
                        {QStringLiteral("teams"), teamsJson}});
        return 0;
    }
    ctx.out << "roster " << first.toString(QStringLiteral("yyyy-MM")) << " (" << policy.timeZone << ")"
            << Qt::endl;
    for (const core::RosterDay& d : days) {
        ctx.out << d.day.toString(Qt::ISODate);
        for (const core::RosterSlot& s : d.shifts) {
            const QTime start = s.shift.startUtc.toTimeZone(roster.timeZone()).time();
            ctx.out << "  " << s.shift.number << ' ' << start.toString(QStringLiteral("HH:mm")) << ' '
                    << (s.team.isEmpty() ? QStringLiteral("-") : s.team);
        }
        ctx.out << Qt::endl;
    }
    for (const core::Team& t : shown) {
        ctx.out << "team " << t.code << " " << t.name
                << "  lead: " << (t.lead.isEmpty() ? QStringLiteral("-") : t.lead)
                << "  members: " << membersOf(teams, t.code).size() << Qt::endl;
    }
    return 0;
}

bool rosterDrawsPdf(const QStringList& arguments)
{
    const qsizetype i = arguments.indexOf(QStringLiteral("roster"));
    return i >= 0 && arguments.value(i + 1) == QLatin1String("pdf");
}

int cmdRosterPdf(Context& ctx)
{
    QCommandLineParser p;
    p.addOptions(
        {{QStringLiteral("month"), QStringLiteral("The month."), QStringLiteral("YYYY-MM")},
         {QStringLiteral("out"), QStringLiteral("The PDF file."), QStringLiteral("FILE")},
         {QStringLiteral("community"), QStringLiteral("The heading's name."), QStringLiteral("NAME")},
         {QStringLiteral("lang"), QStringLiteral("Language of the PDF (zh_CN, en)."), QStringLiteral("L")}});
    parseOrThrow(p, ctx);
    const QString out = requireValue(p, QStringLiteral("out"));
    requireValue(p, QStringLiteral("month"));
    auto station = ctx.openStation(Open::Read);
    const QDate month = monthArg(p, QDate());
    print::RosterMonthData data =
        print::collectRosterMonth(station->db(), station->registry(), station->clock(), month);
    data.community = p.value(QStringLiteral("community"));
    loadPrintLanguage(p.isSet(QStringLiteral("lang")) ? p.value(QStringLiteral("lang"))
                                                      : QStringLiteral("zh_CN"));
    QString error;
    if (!print::writeRosterMonthPdf(data, gui::LeadText::rosterMonthTexts(), out, &error))
        throw CommandError(error);
    ctx.out << "roster " << month.toString(QStringLiteral("yyyy-MM")) << " written to " << out << Qt::endl;
    return 0;
}

int cmdRosterPattern(Context& ctx)
{
    QCommandLineParser p;
    p.addOptions(
        {{QStringLiteral("from"), QStringLiteral("First day."), QStringLiteral("YYYY-MM-DD")},
         {QStringLiteral("shifts"), QStringLiteral("Start times."), QStringLiteral("HH:mm,...")},
         {QStringLiteral("names"), QStringLiteral("Shift names."), QStringLiteral("N,...")},
         {QStringLiteral("teams"), QStringLiteral("Team codes."), QStringLiteral("A,B,...")},
         {QStringLiteral("cycle"), QStringLiteral("Teams of each cycle day."), QStringLiteral("ABCD,...")}});
    parseOrThrow(p, ctx);
    const QDate from = QDate::fromString(requireValue(p, QStringLiteral("from")), Qt::ISODate);
    if (!from.isValid())
        throw UsageError(
            QStringLiteral("--from: '%1' is not YYYY-MM-DD").arg(p.value(QStringLiteral("from"))));
    core::RosterPattern pattern;
    try {
        pattern = core::parseRosterPattern(from, requireValue(p, QStringLiteral("shifts")),
                                           p.value(QStringLiteral("teams")), p.value(QStringLiteral("names")),
                                           p.value(QStringLiteral("cycle")));
    } catch (const core::RefusedError& e) {
        const QStringList& args = e.refusal().args;
        if (args.value(0) == QLatin1String("start_time"))
            throw UsageError(QStringLiteral("--shifts: '%1' is not HH:mm").arg(args.value(1)));
        if (args.value(0) == QLatin1String("names_count"))
            throw UsageError(
                QStringLiteral("--names: one name for each of the %1 shifts").arg(args.value(1)));
        throw;
    }

    auto station = ctx.openStation(Open::Write);
    refusalsAsErrors([&] {
        core::applyRosterPattern(station->db(), station->registry(), station->clock(), pattern,
                                 core::Actor::osAccount());
    });
    ctx.out << "shift pattern from " << pattern.from.toString(Qt::ISODate) << ": " << pattern.shifts.size()
            << " shifts, " << pattern.teams.size() << " teams, a cycle of " << pattern.cycle.size() << " days"
            << Qt::endl;
    return 0;
}

int cmdTeamList(Context& ctx)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("json"), QStringLiteral("JSON output.")});
    parseOrThrow(p, ctx);
    auto station = ctx.openStation(Open::Read);
    const core::Policy policy = station->registry().policy();
    core::Teams teams(station->db(), station->clock());
    const QList<core::Team> shown =
        teamsShown(teams, core::Roster(policy), todayIn(policy, station->clock()));
    QJsonArray list;
    for (const core::Team& t : shown) {
        const QList<core::TeamMember> members = membersOf(teams, t.code);
        if (!p.isSet(QStringLiteral("json"))) {
            ctx.out << t.code << '\t' << t.name
                    << "\tlead: " << (t.lead.isEmpty() ? QStringLiteral("-") : t.lead) << Qt::endl;
            for (const core::TeamMember& m : members)
                ctx.out << "  " << m.operatorName << '\t' << m.role << '\t'
                        << (m.gate.isEmpty() ? QStringLiteral("any gate") : m.gate) << Qt::endl;
            continue;
        }
        QJsonArray membersJson;
        for (const core::TeamMember& m : members)
            membersJson.append(QJsonObject{{QStringLiteral("operator"), m.operatorName},
                                           {QStringLiteral("role"), m.role},
                                           {QStringLiteral("gate"), m.gate},
                                           {QStringLiteral("active"), m.active}});
        list.append(QJsonObject{{QStringLiteral("code"), t.code},
                                {QStringLiteral("name"), t.name},
                                {QStringLiteral("lead"), t.lead},
                                {QStringLiteral("members"), membersJson}});
    }
    if (p.isSet(QStringLiteral("json")))
        ctx.out << QJsonDocument(list).toJson(QJsonDocument::Indented);
    return 0;
}

namespace {

// Opens the file for writing, stores the policy's team codes if they are not yet (the default
// teams on demand), and runs @p change; all of it one transaction.
int teamChange(Context& ctx, const std::function<void(core::Teams&, const core::Actor&)>& change)
{
    auto station = ctx.openStation(Open::Write);
    const core::Policy policy = station->registry().policy();
    const core::Actor actor = core::Actor::osAccount();
    core::Teams teams(station->db(), station->clock());
    refusalsAsErrors([&] {
        teams.changeWithDefaults(core::Roster(policy).patternOn(todayIn(policy, station->clock())).teams,
                                 actor, [&] { change(teams, actor); });
    });
    return 0;
}

QString positional(const QCommandLineParser& p, const QString& what)
{
    if (p.positionalArguments().size() != 1)
        throw UsageError(QStringLiteral("give one %1").arg(what));
    return p.positionalArguments().first();
}

} // namespace

int cmdTeamAdd(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("CODE"), QStringLiteral("Team code."));
    p.addOption({QStringLiteral("name"), QStringLiteral("Team name."), QStringLiteral("N")});
    parseOrThrow(p, ctx);
    const QString code = positional(p, QStringLiteral("team code"));
    const QString name = p.isSet(QStringLiteral("name")) ? p.value(QStringLiteral("name")) : code;
    teamChange(ctx, [&](core::Teams& t, const core::Actor& a) { t.add(code, name, a); });
    ctx.out << "team " << code << " added" << Qt::endl;
    return 0;
}

int cmdTeamRename(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("CODE"), QStringLiteral("Team code."));
    p.addOption({QStringLiteral("name"), QStringLiteral("Team name."), QStringLiteral("N")});
    parseOrThrow(p, ctx);
    const QString code = positional(p, QStringLiteral("team code"));
    const QString name = requireValue(p, QStringLiteral("name"));
    teamChange(ctx, [&](core::Teams& t, const core::Actor& a) { t.rename(code, name, a); });
    ctx.out << "team " << code << " is now " << name << Qt::endl;
    return 0;
}

int cmdTeamLead(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("CODE"), QStringLiteral("Team code."));
    p.addOptions({{QStringLiteral("operator"), QStringLiteral("The lead."), QStringLiteral("NAME")},
                  {QStringLiteral("clear"), QStringLiteral("No lead.")}});
    parseOrThrow(p, ctx);
    const QString code = positional(p, QStringLiteral("team code"));
    const QString lead =
        p.isSet(QStringLiteral("clear")) ? QString() : requireValue(p, QStringLiteral("operator"));
    teamChange(ctx, [&](core::Teams& t, const core::Actor& a) { t.setLead(code, lead, a); });
    ctx.out << "team " << code << " lead: " << (lead.isEmpty() ? QStringLiteral("none") : lead) << Qt::endl;
    return 0;
}

int cmdTeamMember(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("OPERATOR"), QStringLiteral("Operator name."));
    p.addOptions(
        {{QStringLiteral("team"), QStringLiteral("Put in (or move to) this team."), QStringLiteral("CODE")},
         {QStringLiteral("gate"), QStringLiteral("Home gate (empty: any)."), QStringLiteral("G")},
         {QStringLiteral("remove"), QStringLiteral("Take out of their team.")}});
    parseOrThrow(p, ctx);
    const QString name = positional(p, QStringLiteral("operator name"));
    if (p.isSet(QStringLiteral("remove")) == p.isSet(QStringLiteral("team")))
        throw UsageError(QStringLiteral("give --team CODE or --remove"));
    const std::optional<QString> gate =
        p.isSet(QStringLiteral("gate")) ? std::optional(p.value(QStringLiteral("gate"))) : std::nullopt;
    const QString team = p.value(QStringLiteral("team"));
    teamChange(ctx, [&](core::Teams& t, const core::Actor& a) {
        if (p.isSet(QStringLiteral("remove")))
            t.removeMember(name, a);
        else if (t.memberNamed(name))
            t.moveMember(name, team, gate, a);
        else
            t.addMember(team, name, gate.value_or(QString()), a);
    });
    if (p.isSet(QStringLiteral("remove")))
        ctx.out << name << " is in no team" << Qt::endl;
    else
        ctx.out << name << " is in team " << team << Qt::endl;
    return 0;
}

} // namespace gatepost::cli
