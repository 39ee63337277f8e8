// Duty and courtyard patrols (docs/patrols.md): patrol add, patrol list, patrol overdue, duty list.

#include "Cli.h"

#include "Json.h"
#include "app/Station.h"
#include "core/Database.h"
#include "core/Duty.h"
#include "core/Formats.h"
#include "core/Patrols.h"
#include "core/Registry.h"
#include "core/Roster.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gatepost::cli {

namespace {

template<typename E>
E enumValue(const QCommandLineParser& p, const QString& name, std::optional<E> (*parse)(QStringView),
            const QString& allowed)
{
    const QString v = requireValue(p, name);
    const std::optional<E> e = parse(v);
    if (!e)
        throw UsageError(QStringLiteral("--%1: '%2' is not one of %3").arg(name, v, allowed));
    return *e;
}

void noPositionals(const QCommandLineParser& p)
{
    if (!p.positionalArguments().isEmpty())
        throw UsageError(QStringLiteral("unexpected argument '%1'").arg(p.positionalArguments().first()));
}

// "3", "三号院" or "3号院".
int courtyardArg(const QString& text)
{
    bool ok = false;
    const int n = text.trimmed().toInt(&ok);
    if (ok)
        return n;
    if (const std::optional<int> c = core::formats::courtyardOfAddress(text.trimmed()))
        return *c;
    throw UsageError(
        QStringLiteral("--courtyard: '%1' is not a courtyard (1 to 6, or 一号院..六号院)").arg(text));
}

QString sentence(const core::Refusal& r)
{
    using C = core::RefusalCode;
    switch (r.code) {
    case C::CourtyardUnknown:
        return QStringLiteral("there is no outlying courtyard %1 (they are 1 to 6)").arg(r.args.value(0));
    case C::PatrolNoteMissing:
        return QStringLiteral("a check that found a problem needs --note saying what");
    case C::CheckInFuture:
        return QStringLiteral("the check's time %1 is in the future (now %2)")
            .arg(r.args.value(0), r.args.value(1));
    default:
        break;
    }
    return core::toString(r.code);
}

// --from/--to, or --shift ID (the roster's range of that shift).
TimeRange rangeOf(const QCommandLineParser& p, app::Station& station)
{
    const core::Policy policy = station.registry().policy();
    if (p.isSet(QStringLiteral("shift"))) {
        if (p.isSet(QStringLiteral("from")) || p.isSet(QStringLiteral("to")))
            throw UsageError(QStringLiteral("give --shift or --from/--to, not both"));
        const QString id = p.value(QStringLiteral("shift"));
        const std::optional<core::Shift> s = core::Roster(policy).shiftById(id);
        if (!s)
            throw UsageError(QStringLiteral("--shift: '%1' is not a shift (YYYY-MM-DD/N)").arg(id));
        return {s->startUtc, s->endUtc};
    }
    return parseRange(p, policy.timeZone);
}

void addRangeOptions(QCommandLineParser& p)
{
    p.addOptions({{QStringLiteral("from"), QStringLiteral("From (ISO-8601)."), QStringLiteral("ISO")},
                  {QStringLiteral("to"), QStringLiteral("To (ISO-8601)."), QStringLiteral("ISO")},
                  {QStringLiteral("shift"), QStringLiteral("One shift, YYYY-MM-DD/N."), QStringLiteral("ID")},
                  {QStringLiteral("json"), QStringLiteral("JSON output.")}});
}

QJsonObject checkJson(const core::PatrolRecord& r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("courtyard"), r.check.courtyard},
            {QStringLiteral("kind"), core::toString(r.check.kind)},
            {QStringLiteral("method"), core::toString(r.check.method)},
            {QStringLiteral("result"), core::toString(r.check.result)},
            {QStringLiteral("note"), r.check.note},
            {QStringLiteral("checked_by"), r.checkedBy},
            {QStringLiteral("checked_utc"), json::isoUtc(r.check.checkedUtc)},
            {QStringLiteral("shift"), r.shiftId},
            {QStringLiteral("station"), r.station}};
}

QString checkLine(const core::PatrolRecord& r)
{
    QString s = QStringLiteral("%1  courtyard %2  %3 %4 %5  by %6  shift %7")
                    .arg(json::isoUtc(r.check.checkedUtc))
                    .arg(r.check.courtyard)
                    .arg(core::toString(r.check.kind), core::toString(r.check.method),
                         core::toString(r.check.result), r.checkedBy, r.shiftId);
    if (!r.check.note.isEmpty())
        s += QStringLiteral("  note: ") + r.check.note;
    return s;
}

QJsonValue timeOrNull(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(json::isoUtc(t)) : QJsonValue();
}

void printJson(Context& ctx, const QJsonArray& a)
{
    ctx.out << QJsonDocument(a).toJson(QJsonDocument::Indented);
}

} // namespace

int cmdPatrolAdd(Context& ctx)
{
    QCommandLineParser p;
    p.addOptions(
        {{QStringLiteral("courtyard"), QStringLiteral("1..6 or 一号院..六号院."), QStringLiteral("C")},
         {QStringLiteral("kind"), QStringLiteral("scheduled or spot."), QStringLiteral("K")},
         {QStringLiteral("method"), QStringLiteral("in_person, phone or video."), QStringLiteral("M")},
         {QStringLiteral("result"), QStringLiteral("ok, problem or no_answer."), QStringLiteral("R")},
         {QStringLiteral("note"), QStringLiteral("What was found."), QStringLiteral("T")},
         {QStringLiteral("at"), QStringLiteral("When (ISO-8601), for a check written down later."),
          QStringLiteral("ISO")},
         {QStringLiteral("json"), QStringLiteral("JSON output.")}});
    parseOrThrow(p, ctx);
    noPositionals(p);
    core::PatrolCheck check;
    check.courtyard = courtyardArg(requireValue(p, QStringLiteral("courtyard")));
    check.kind = enumValue<core::PatrolKind>(p, QStringLiteral("kind"), core::patrolKindFromString,
                                             QStringLiteral("scheduled, spot"));
    check.method = enumValue<core::PatrolMethod>(p, QStringLiteral("method"), core::patrolMethodFromString,
                                                 QStringLiteral("in_person, phone, video"));
    check.result = enumValue<core::PatrolResult>(p, QStringLiteral("result"), core::patrolResultFromString,
                                                 QStringLiteral("ok, problem, no_answer"));
    check.note = p.value(QStringLiteral("note"));

    auto station = ctx.openStation(Open::Write);
    if (p.isSet(QStringLiteral("at")))
        check.checkedUtc = parseInstant(p.value(QStringLiteral("at")), QStringLiteral("at"),
                                        station->registry().policy().timeZone);
    core::Patrols patrols(station->db(), station->clock());
    core::PatrolRecord r;
    try {
        r = patrols.record(check, core::Actor::osAccount());
    } catch (const core::RefusedError& e) {
        throw CommandError(sentence(e.refusal()));
    }
    if (p.isSet(QStringLiteral("json")))
        ctx.out << QJsonDocument(checkJson(r)).toJson(QJsonDocument::Indented);
    else
        ctx.out << checkLine(r) << Qt::endl;
    return 0;
}

int cmdPatrolList(Context& ctx)
{
    QCommandLineParser p;
    addRangeOptions(p);
    parseOrThrow(p, ctx);
    noPositionals(p);
    auto station = ctx.openStation(Open::Read);
    const TimeRange range = rangeOf(p, *station);
    QList<core::PatrolRecord> rows;
    if (station->db().hasTable("patrol_checks"))
        rows = core::Patrols(station->db(), station->clock()).checks(range.fromUtc, range.toUtc);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const core::PatrolRecord& r : rows)
            a.append(checkJson(r));
        printJson(ctx, a);
    } else {
        for (const core::PatrolRecord& r : rows)
            ctx.out << checkLine(r) << '\n';
        ctx.out << rows.size() << (rows.size() == 1 ? " check" : " checks") << Qt::endl;
    }
    return 0;
}

int cmdPatrolOverdue(Context& ctx)
{
    QCommandLineParser p;
    p.addOptions({{QStringLiteral("json"), QStringLiteral("JSON output.")}});
    parseOrThrow(p, ctx);
    noPositionals(p);
    auto station = ctx.openStation(Open::Read);
    if (!station->db().hasTable("patrol_checks"))
        throw CommandError(QStringLiteral("this file was written before patrols were recorded (schema 6)"));
    const core::Patrols patrols(station->db(), station->clock());
    const QList<core::CourtyardStatus> rows = patrols.overdue(station->clock().nowUtc());
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const core::CourtyardStatus& s : rows)
            a.append(QJsonObject{{QStringLiteral("courtyard"), s.courtyard},
                                 {QStringLiteral("last_scheduled_utc"), timeOrNull(s.lastScheduledUtc)},
                                 {QStringLiteral("due_utc"), timeOrNull(s.dueUtc)}});
        printJson(ctx, a);
        return 0;
    }
    for (const core::CourtyardStatus& s : rows) {
        if (s.lastScheduledUtc.isValid())
            ctx.out << "courtyard " << s.courtyard << " overdue since " << json::isoUtc(s.dueUtc)
                    << " (last scheduled check " << json::isoUtc(s.lastScheduledUtc) << ")\n";
        else
            ctx.out << "courtyard " << s.courtyard << " overdue: no scheduled check recorded\n";
    }
    if (rows.isEmpty())
        ctx.out << "no courtyard is overdue (a scheduled check every "
                << std::chrono::duration_cast<std::chrono::minutes>(patrols.interval()).count() / 60.0
                << " h)\n";
    ctx.out.flush();
    return 0;
}

int cmdDutyList(Context& ctx)
{
    QCommandLineParser p;
    addRangeOptions(p);
    parseOrThrow(p, ctx);
    noPositionals(p);
    auto station = ctx.openStation(Open::Read);
    const TimeRange range = rangeOf(p, *station);
    QList<core::DutySession> rows;
    if (station->db().hasTable("duty_sessions"))
        rows = core::DutyLog(station->db(), station->clock()).sessions(range.fromUtc, range.toUtc);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const core::DutySession& s : rows)
            a.append(QJsonObject{{QStringLiteral("id"), s.id},
                                 {QStringLiteral("operator"), s.operatorName},
                                 {QStringLiteral("role"), core::toString(s.role)},
                                 {QStringLiteral("station"), s.station},
                                 {QStringLiteral("gate"), s.gate},
                                 {QStringLiteral("shift"), s.shiftId},
                                 {QStringLiteral("on_utc"), json::isoUtc(s.onUtc)},
                                 {QStringLiteral("off_utc"), timeOrNull(s.offUtc)},
                                 {QStringLiteral("closed_how"), core::toString(s.closedHow)}});
        printJson(ctx, a);
        return 0;
    }
    for (const core::DutySession& s : rows) {
        ctx.out << s.operatorName << " (" << core::toString(s.role) << ")  gate " << s.gate << "  shift "
                << s.shiftId << "  " << json::isoUtc(s.onUtc) << " .. ";
        if (s.isOpen())
            ctx.out << "on duty";
        else
            ctx.out << json::isoUtc(s.offUtc) << " (" << core::toString(s.closedHow) << ')';
        ctx.out << '\n';
    }
    ctx.out << rows.size() << (rows.size() == 1 ? " session" : " sessions") << Qt::endl;
    return 0;
}

} // namespace gatepost::cli
