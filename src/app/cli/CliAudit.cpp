// The audit trail: audit [--from ISO] [--to ISO] [--json | --format csv|json].

#include "Cli.h"
#include "Json.h"

#include "app/Station.h"
#include "core/AuditTrail.h"
#include "core/Registry.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace gatepost::cli {

namespace {

QJsonObject auditJson(const core::AuditEntry& e)
{
    return QJsonObject{{QStringLiteral("at_utc"), json::isoUtc(e.atUtc)},
                       {QStringLiteral("station"), e.stationId},
                       {QStringLiteral("seq"), e.stationSeq},
                       {QStringLiteral("actor"), e.actor},
                       {QStringLiteral("actor_kind"), e.actorKind},
                       {QStringLiteral("action"), e.action},
                       {QStringLiteral("target"), e.target},
                       {QStringLiteral("before"), e.before},
                       {QStringLiteral("after"), e.after},
                       {QStringLiteral("hash"), e.hash}};
}

} // namespace

int cmdAudit(Context& ctx)
{
    QCommandLineParser p;
    p.addOptions({{QStringLiteral("from"), QStringLiteral("From."), QStringLiteral("ISO")},
                  {QStringLiteral("to"), QStringLiteral("To."), QStringLiteral("ISO")},
                  {QStringLiteral("json"), QStringLiteral("JSON output (same as --format json).")},
                  {QStringLiteral("format"), QStringLiteral("text, csv or json."), QStringLiteral("F"),
                   QStringLiteral("text")}});
    parseOrThrow(p, ctx);
    QString format = p.value(QStringLiteral("format"));
    if (p.isSet(QStringLiteral("json"))) {
        if (p.isSet(QStringLiteral("format")) && format != QLatin1String("json"))
            throw UsageError(QStringLiteral("give --json or --format, not both"));
        format = QStringLiteral("json");
    }
    if (format != QLatin1String("text") && format != QLatin1String("csv") && format != QLatin1String("json"))
        throw UsageError(QStringLiteral("--format: use text, csv or json"));
    if (!p.positionalArguments().isEmpty())
        throw UsageError(QStringLiteral("unexpected argument '%1'").arg(p.positionalArguments().first()));

    auto station = ctx.openStation(Open::Read);
    const QString tz = station->registry().policy().timeZone;
    const TimeRange range = parseRange(p, tz);

    qint64 rows = 0;
    if (format == QLatin1String("json")) {
        ctx.out << '[';
        station->audit().forEach(range.fromUtc, range.toUtc, [&](const core::AuditEntry& e) {
            ctx.out << (rows++ == 0 ? "\n  " : ",\n  ")
                    << QJsonDocument(auditJson(e)).toJson(QJsonDocument::Compact);
        });
        ctx.out << (rows == 0 ? "]\n" : "\n]\n");
    } else if (format == QLatin1String("csv")) {
        ctx.out << "at_utc,station,seq,actor,actor_kind,action,target,before,after,hash\n";
        station->audit().forEach(range.fromUtc, range.toUtc, [&](const core::AuditEntry& e) {
            const QStringList cells{json::isoUtc(e.atUtc),
                                    e.stationId,
                                    QString::number(e.stationSeq),
                                    e.actor,
                                    e.actorKind,
                                    e.action,
                                    e.target,
                                    e.before,
                                    e.after,
                                    e.hash};
            QStringList escaped;
            for (const QString& c : cells)
                escaped << csvCell(c);
            ctx.out << escaped.join(QLatin1Char(',')) << '\n';
            ++rows;
        });
    } else {
        station->audit().forEach(range.fromUtc, range.toUtc, [&](const core::AuditEntry& e) {
            ctx.out << json::isoUtc(e.atUtc) << '\t' << e.actor << '\t' << e.action << '\t' << e.target;
            if (!e.before.isEmpty() || !e.after.isEmpty())
                ctx.out << '\t' << e.before << " -> " << e.after;
            ctx.out << '\n';
            ++rows;
        });
    }
    ctx.out.flush();
    station.reset();
    recordExport(ctx, core::AuditAction::AuditExport, QStringLiteral("audit_trail"), rows);
    return 0;
}

} // namespace gatepost::cli
