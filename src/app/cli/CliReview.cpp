// Review commands: log (with the review's filters), export (CSV for Excel/WPS), demo-crossings.

#include "Cli.h"
#include "Json.h"

#include "app/Station.h"
#include "core/AuditTrail.h"
#include "core/CrossingReview.h"
#include "core/CsvExport.h"
#include "core/DemoTraffic.h"
#include "core/Registry.h"
#include "core/Roster.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace gatepost::cli {

namespace {

void addFilterOptions(QCommandLineParser& p)
{
    p.addOptions(
        {{QStringLiteral("from"), QStringLiteral("From."), QStringLiteral("ISO")},
         {QStringLiteral("to"), QStringLiteral("To."), QStringLiteral("ISO")},
         {QStringLiteral("shift"), QStringLiteral("The shift's time range."), QStringLiteral("YYYY-MM-DD/N")},
         {QStringLiteral("gate"), QStringLiteral("Gate(s), comma-separated."), QStringLiteral("G")},
         {QStringLiteral("direction"), QStringLiteral("in or out."), QStringLiteral("D")},
         {QStringLiteral("verdict"), QStringLiteral("allow, deny, check (comma-separated)."),
          QStringLiteral("V")},
         {QStringLiteral("reason"), QStringLiteral("Reason code(s)."), QStringLiteral("R")},
         {QStringLiteral("kind"), QStringLiteral("Entry kind(s)."), QStringLiteral("K")},
         {QStringLiteral("category"), QStringLiteral("Pass category."), QStringLiteral("C")},
         {QStringLiteral("operator"), QStringLiteral("Operator name."), QStringLiteral("NAME")},
         {QStringLiteral("serial"), QStringLiteral("Pass serial."), QStringLiteral("SERIAL")},
         {QStringLiteral("search"), QStringLiteral("Serial, name, plate or address."),
          QStringLiteral("TEXT")}});
}

QStringList values(const QCommandLineParser& p, const QString& name)
{
    QStringList out;
    for (const QString& v : p.values(name))
        for (const QString& part : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
            out << part.trimmed();
    return out;
}

template<typename T, typename F> QList<T> parseList(const QCommandLineParser& p, const QString& name, F from)
{
    QList<T> out;
    for (const QString& v : values(p, name)) {
        const std::optional<T> x = from(v);
        if (!x)
            throw UsageError(QStringLiteral("--%1: unknown value '%2'").arg(name, v));
        out << *x;
    }
    return out;
}

core::CrossingFilter parseFilter(const QCommandLineParser& p, app::Station& station)
{
    const core::Policy policy = station.registry().policy();
    core::CrossingFilter f;
    const TimeRange range = parseRange(p, policy.timeZone);
    f.fromUtc = range.fromUtc;
    f.toUtc = range.toUtc;
    if (p.isSet(QStringLiteral("shift"))) {
        if (p.isSet(QStringLiteral("from")) || p.isSet(QStringLiteral("to")))
            throw UsageError(QStringLiteral("--shift: give either a shift or --from/--to, not both"));
        const core::Roster roster(policy);
        const QString id = p.value(QStringLiteral("shift"));
        const auto shift = roster.shiftById(id);
        if (!shift)
            throw UsageError(
                QStringLiteral("--shift: '%1' is not a shift (YYYY-MM-DD/N, N a shift of that day)").arg(id));
        f.fromUtc = shift->startUtc;
        f.toUtc = shift->endUtc;
    }
    f.gates = values(p, QStringLiteral("gate"));
    const QStringList known = station.registry().gateCodes();
    for (const QString& g : f.gates)
        if (!known.contains(g))
            throw UsageError(QStringLiteral("--gate: unknown gate '%1' (known: %2)")
                                 .arg(g, known.join(QStringLiteral(", "))));
    if (p.isSet(QStringLiteral("direction"))) {
        f.direction = core::directionFromString(p.value(QStringLiteral("direction")));
        if (!f.direction)
            throw UsageError(QStringLiteral("--direction: use in or out"));
    }
    f.verdicts = parseList<core::Verdict>(p, QStringLiteral("verdict"),
                                          [](const QString& s) { return core::verdictFromString(s); });
    f.reasons = parseList<core::Reason>(p, QStringLiteral("reason"),
                                        [](const QString& s) { return core::reasonFromString(s); });
    f.kinds = parseList<core::EntryKind>(p, QStringLiteral("kind"),
                                         [](const QString& s) { return core::entryKindFromString(s); });
    if (p.isSet(QStringLiteral("category"))) {
        f.category = core::categoryFromString(p.value(QStringLiteral("category")));
        if (!f.category)
            throw UsageError(
                QStringLiteral("--category: unknown category '%1'").arg(p.value(QStringLiteral("category"))));
    }
    f.operatorName = p.value(QStringLiteral("operator"));
    f.serial = p.value(QStringLiteral("serial")).trimmed();
    f.text = p.value(QStringLiteral("search")).trimmed();
    return f;
}

} // namespace

int cmdLog(Context& ctx)
{
    QCommandLineParser p;
    addFilterOptions(p);
    p.addOption({QStringLiteral("format"), QStringLiteral("csv or json."), QStringLiteral("F"),
                 QStringLiteral("csv")});
    parseOrThrow(p, ctx);
    const QString format = p.value(QStringLiteral("format"));
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        throw UsageError(QStringLiteral("--format: use csv or json"));
    auto station = ctx.openStation(Open::Read);
    const core::CrossingFilter filter = parseFilter(p, *station);
    const core::CrossingReview review(station->db());

    // Each row is written as it is read: memory does not grow with the log.
    qint64 rows = 0;
    if (format == QLatin1String("json")) {
        ctx.out << '[';
        review.forEach(filter, [&](const core::CrossingEntry& e) {
            ctx.out << (rows++ == 0 ? "\n  " : ",\n  ")
                    << QJsonDocument(json::crossing(e)).toJson(QJsonDocument::Compact);
        });
        ctx.out << (rows == 0 ? "]\n" : "\n]\n");
    } else {
        ctx.out << "at_utc,station,seq,gate,direction,kind,pass_serial,subject,verdict,reasons,decision,"
                   "override_reason,operator,shift,temperature,note,uuid\n";
        review.forEach(filter, [&](const core::CrossingEntry& e) {
            QStringList reasons;
            for (core::Reason r : e.reasons)
                reasons << core::toString(r);
            const QString decision =
                e.letThrough ? (*e.letThrough ? QStringLiteral("let_through") : QStringLiteral("refused"))
                             : QString();
            const QStringList cells{json::isoUtc(e.atUtc),
                                    e.stationId,
                                    QString::number(e.stationSeq),
                                    e.gate,
                                    core::toString(e.direction),
                                    core::toString(e.kind),
                                    e.passSerial,
                                    core::toString(e.subjectKind),
                                    core::toString(e.verdict),
                                    reasons.join(QLatin1Char(';')),
                                    decision,
                                    e.overrideReason,
                                    e.operatorName,
                                    e.shift,
                                    e.temperature ? QString::number(*e.temperature, 'f', 1) : QString(),
                                    e.note,
                                    e.uuid};
            QStringList escaped;
            for (const QString& c : cells)
                escaped << csvCell(c);
            ctx.out << escaped.join(QLatin1Char(',')) << '\n';
            ++rows;
        });
    }
    ctx.out.flush();
    station.reset();
    recordExport(ctx, core::AuditAction::LogExport, QStringLiteral("crossings"), rows);
    return 0;
}

int cmdExport(Context& ctx)
{
    QCommandLineParser p;
    addFilterOptions(p);
    p.addOption({QStringLiteral("out"), QStringLiteral("CSV file to write."), QStringLiteral("FILE.csv")});
    p.addOption({QStringLiteral("json"), QStringLiteral("JSON output.")});
    parseOrThrow(p, ctx);
    const QString outPath = requireValue(p, QStringLiteral("out"));
    auto station = ctx.openStation(Open::Read);
    const core::CrossingFilter filter = parseFilter(p, *station);
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly))
        throw CommandError(QStringLiteral("cannot write %1: %2").arg(outPath, file.errorString()));
    // The command line has no signed-on role: ID and phone numbers stay masked.
    const qint64 rows = core::csvexport::exportCrossings(station->db(), filter, core::Role::Volunteer,
                                                         [&](const QByteArray& b) { file.write(b); });
    if (!file.commit())
        throw CommandError(QStringLiteral("cannot write %1: %2").arg(outPath, file.errorString()));
    station.reset();
    recordExport(ctx, core::AuditAction::LogExport, QStringLiteral("crossings csv"), rows);
    if (p.isSet(QStringLiteral("json")))
        ctx.out << QJsonDocument(
                       QJsonObject{{QStringLiteral("rows"), rows}, {QStringLiteral("file"), outPath}})
                       .toJson(QJsonDocument::Indented);
    else
        ctx.out << rows << " rows written to " << outPath << Qt::endl;
    return 0;
}

int cmdDemoCrossings(Context& ctx)
{
    QCommandLineParser p;
    p.addOptions({{QStringLiteral("days"), QStringLiteral("Days of traffic ending now."), QStringLiteral("N"),
                   QStringLiteral("7")},
                  {QStringLiteral("per-day"), QStringLiteral("Crossings per day."), QStringLiteral("M"),
                   QStringLiteral("2000")},
                  {QStringLiteral("seed"), QStringLiteral("Generator seed."), QStringLiteral("S"),
                   QStringLiteral("1")},
                  {QStringLiteral("json"), QStringLiteral("JSON output.")}});
    parseOrThrow(p, ctx);
    const auto number = [&](const QString& name, qint64 max) {
        bool ok = false;
        const qint64 v = p.value(name).toLongLong(&ok);
        if (!ok || v < 1 || v > max)
            throw UsageError(
                QStringLiteral("--%1: '%2' is not a number from 1 to %3").arg(name, p.value(name)).arg(max));
        return v;
    };
    core::DemoTrafficOptions o;
    o.days = int(number(QStringLiteral("days"), 3660));
    o.perDay = int(number(QStringLiteral("per-day"), 1000000));
    bool ok = false;
    o.seed = p.value(QStringLiteral("seed")).toUInt(&ok);
    if (!ok)
        throw UsageError(
            QStringLiteral("--seed: '%1' is not a non-negative number").arg(p.value(QStringLiteral("seed"))));
    auto station = ctx.openStation(Open::Write);
    QElapsedTimer timer;
    timer.start();
    core::DemoTrafficSummary s;
    try {
        s = core::generateDemoTraffic(station->db(), station->registry().policy(), o);
    } catch (const std::invalid_argument& e) {
        throw CommandError(QString::fromUtf8(e.what()));
    }
    const double seconds = timer.elapsed() / 1000.0;
    if (p.isSet(QStringLiteral("json"))) {
        ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("rows"), s.rows},
                                             {QStringLiteral("crossings"), s.crossings},
                                             {QStringLiteral("decisions"), s.decisions},
                                             {QStringLiteral("overrides"), s.overrides},
                                             {QStringLiteral("incidents"), s.incidents},
                                             {QStringLiteral("fevers"), s.fevers},
                                             {QStringLiteral("unknown_passes"), s.unknownPasses},
                                             {QStringLiteral("from"), json::isoUtc(s.fromUtc)},
                                             {QStringLiteral("to"), json::isoUtc(s.toUtc)},
                                             {QStringLiteral("seconds"), seconds}})
                       .toJson(QJsonDocument::Indented);
    } else {
        ctx.out << "demo traffic: " << s.rows << " rows (" << s.crossings << " crossings, " << s.decisions
                << " decisions, " << s.incidents << " incidents) in " << QString::number(seconds, 'f', 1)
                << " s" << Qt::endl;
    }
    return 0;
}

} // namespace gatepost::cli
