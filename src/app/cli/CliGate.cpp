// Gate commands: check, scan-image, verify-log (log is in CliReview.cpp).

#include "Cli.h"
#include "Json.h"

#include "app/Station.h"
#include "core/AuditTrail.h"
#include "core/Checkpoint.h"
#include "core/CrossingLog.h"
#include "core/GateController.h"
#include "core/Registry.h"
#include "scan/ImageLoader.h"
#include "scan/QrDecoder.h"

#include <QJsonDocument>
#include <QTimeZone>

namespace gatepost::cli {

namespace {

void addGateOptions(QCommandLineParser& p)
{
    p.addOptions({{QStringLiteral("gate"), QStringLiteral("Gate."), QStringLiteral("G")},
                  {QStringLiteral("direction"), QStringLiteral("in or out."), QStringLiteral("D")},
                  {QStringLiteral("temp"), QStringLiteral("Temperature in °C."), QStringLiteral("T")},
                  {QStringLiteral("json"), QStringLiteral("JSON output.")}});
}

struct GateOptions
{
    QString gate;
    core::Direction direction = core::Direction::In;
    std::optional<double> temperature;
};

GateOptions gateOptions(const QCommandLineParser& p, const core::Registry& reg)
{
    GateOptions g;
    g.gate = requireValue(p, QStringLiteral("gate"));
    if (!reg.gateCodes().contains(g.gate))
        throw UsageError(QStringLiteral("--gate: unknown gate '%1' (known: %2)")
                             .arg(g.gate, reg.gateCodes().join(QStringLiteral(", "))));
    const auto d = core::directionFromString(requireValue(p, QStringLiteral("direction")));
    if (!d)
        throw UsageError(QStringLiteral("--direction: use in or out"));
    g.direction = *d;
    if (p.isSet(QStringLiteral("temp"))) {
        bool ok = false;
        const double t = p.value(QStringLiteral("temp")).toDouble(&ok);
        if (!ok || t < 30.0 || t > 45.0)
            throw UsageError(QStringLiteral("--temp: '%1' is not a body temperature in °C")
                                 .arg(p.value(QStringLiteral("temp"))));
        g.temperature = t;
    }
    return g;
}

void printJson(Context& ctx, const QJsonDocument& doc)
{
    ctx.out << doc.toJson(QJsonDocument::Indented);
}

} // namespace

int cmdCheck(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("text"), QStringLiteral("The code text."));
    addGateOptions(p);
    p.addOption({QStringLiteral("at"), QStringLiteral("Evaluate at this time."), QStringLiteral("ISO-8601")});
    parseOrThrow(p, ctx);
    if (p.positionalArguments().size() != 1)
        throw UsageError(QStringLiteral("expected exactly one code text"));
    auto station = ctx.openStation(Open::Read);
    const GateOptions g = gateOptions(p, station->registry());
    QDateTime at;
    if (p.isSet(QStringLiteral("at")))
        at = parseInstant(p.value(QStringLiteral("at")), QStringLiteral("at"),
                          station->registry().policy().timeZone);

    core::CheckInput in;
    in.codeText = p.positionalArguments().first();
    in.gate = g.gate;
    in.direction = g.direction;
    in.temperature = g.temperature;
    const core::Decision d = station->checkpoint().evaluate(in, at);
    if (p.isSet(QStringLiteral("json"))) {
        printJson(ctx, QJsonDocument(json::decision(d)));
    } else {
        QStringList reasons;
        for (core::Reason r : d.reasons)
            reasons << core::toString(r);
        ctx.out << core::toString(d.verdict)
                << (reasons.isEmpty() ? QString() : QLatin1Char(' ') + reasons.join(QLatin1Char(',')))
                << Qt::endl;
    }
    return 0;
}

int cmdScanImage(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Images."), QStringLiteral("FILE..."));
    addGateOptions(p);
    p.addOption({QStringLiteral("operator"), QStringLiteral("Operator name for the log."),
                 QStringLiteral("NAME"), QStringLiteral("cli")});
    parseOrThrow(p, ctx);
    const QStringList files = p.positionalArguments();
    if (files.isEmpty())
        throw UsageError(QStringLiteral("expected one or more image files"));

    // Load every image before anything is logged: a bad file writes nothing.
    QList<scan::Frame> frames;
    for (const QString& f : files) {
        QString error;
        const auto frame = scan::ImageLoader::load(f, &error);
        if (!frame)
            throw CommandError(error);
        frames.append(*frame);
    }
    auto station = ctx.openStation(Open::Write);
    const GateOptions g = gateOptions(p, station->registry());
    // The same gate controller as the station screen: one path for every code.
    core::GateController gate(station->registry(), station->log(), station->checkpoint(), station->desk(),
                              station->clock());
    gate.setGate(g.gate);
    gate.setDirection(g.direction);
    core::Operator op;
    op.name = p.value(QStringLiteral("operator"));
    gate.signOn(op);

    const scan::QrDecoder decoder;
    QJsonArray results;
    int undecoded = 0;
    for (qsizetype i = 0; i < frames.size(); ++i) {
        const scan::DecodeResult r = decoder.decode(frames[i]);
        QJsonObject o{{QStringLiteral("file"), files[i]}, {QStringLiteral("decode_ms"), r.ms}};
        if (!r.found) {
            ++undecoded;
            o.insert(QStringLiteral("decoded"), QJsonValue());
            o.insert(QStringLiteral("error"), QStringLiteral("no QR code found"));
            if (!p.isSet(QStringLiteral("json")))
                ctx.out << files[i] << ": no QR code found" << Qt::endl;
            results.append(o);
            continue;
        }
        if (g.temperature)
            gate.submitTemperature(*g.temperature); // taken before this pass, as at the gate
        core::GateOutcome outcome = gate.scan(r.text);
        // No one to ask for a reading here: judged without one (missing_temperature).
        if (outcome.step == core::GateOutcome::Step::NeedsTemperature)
            outcome = gate.skipTemperature();
        gate.closeDecision();
        if (outcome.step == core::GateOutcome::Step::NotLogged)
            throw CommandError(
                QStringLiteral("%1: not logged (database: %2)")
                    .arg(files[i], core::toString(outcome.dbProblem.value_or(core::DbProblem::Other))));
        if (outcome.step == core::GateOutcome::Step::Refused)
            throw CommandError(
                QStringLiteral("%1: refused (%2)").arg(files[i], core::toString(outcome.refusal->code)));
        gate.clearTemperature();
        const QJsonObject d = json::decision(outcome.decision);
        for (auto it = d.begin(); it != d.end(); ++it)
            o.insert(it.key(), it.value());
        o.insert(QStringLiteral("logged"), outcome.logged ? QJsonValue(outcome.crossingUuid) : QJsonValue());
        results.append(o);
        if (!p.isSet(QStringLiteral("json")))
            ctx.out << files[i] << ": " << core::toString(outcome.decision.verdict) << Qt::endl;
    }
    if (p.isSet(QStringLiteral("json")))
        printJson(ctx, QJsonDocument(results));
    return undecoded == 0 ? 0 : 3;
}

namespace {

QJsonObject brokenJson(const core::ChainReport& r)
{
    return QJsonObject{{QStringLiteral("station"), r.stationId},
                       {QStringLiteral("seq"), r.firstBrokenSeq},
                       {QStringLiteral("row_id"), r.firstBrokenRowId},
                       {QStringLiteral("problem"), r.problem}};
}

} // namespace

int cmdVerifyLog(Context& ctx)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("json"), QStringLiteral("JSON output.")});
    parseOrThrow(p, ctx);
    auto station = ctx.openStation(Open::Read);
    const QString integrity = station->db().integrityCheck();
    const core::ChainReport r = station->log().verify();
    const core::ChainReport a = station->audit().verify();
    const bool ok = r.ok && a.ok && integrity == QLatin1String("ok");
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o{{QStringLiteral("ok"), ok},
                      {QStringLiteral("rows_checked"), r.rowsChecked},
                      {QStringLiteral("audit_rows_checked"), a.rowsChecked},
                      {QStringLiteral("integrity_check"), integrity}};
        if (!r.ok)
            o.insert(QStringLiteral("first_broken"), brokenJson(r));
        if (!a.ok)
            o.insert(QStringLiteral("audit_first_broken"), brokenJson(a));
        printJson(ctx, QJsonDocument(o));
        return ok ? 0 : 1;
    }
    if (ok)
        ctx.out << "log ok: " << r.rowsChecked << " rows and " << a.rowsChecked
                << " audit rows, hash chains intact, integrity_check ok" << Qt::endl;
    if (!r.ok)
        ctx.out << "log BROKEN at station " << r.stationId << " seq " << r.firstBrokenSeq << " (row "
                << r.firstBrokenRowId << "): " << r.problem << Qt::endl;
    if (!a.ok)
        ctx.out << "audit trail BROKEN at station " << a.stationId << " seq " << a.firstBrokenSeq << " (row "
                << a.firstBrokenRowId << "): " << a.problem << Qt::endl;
    if (integrity != QLatin1String("ok"))
        ctx.out << "database damaged: " << integrity << Qt::endl;
    return ok ? 0 : 1;
}

} // namespace gatepost::cli
