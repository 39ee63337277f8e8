// gatepost-cli station … and sync …: the station's key, the stations it knows, and moving
// events through a hub or a USB bundle.

#include "Cli.h"
#include "Json.h"

#include "app/Station.h"
#include "core/Crypto.h"
#include "core/EventLog.h"
#include "core/Refusal.h"
#include "core/Registry.h"
#include "core/SyncSettings.h"
#include "sync/Exchange.h"
#include "sync/HubSettings.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QThread>

#include <csignal>

namespace gatepost::cli {

namespace {

void printJsonDoc(Context& ctx, const QJsonObject& o)
{
    ctx.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    ctx.out.flush();
}

void noPositional(const QCommandLineParser& p)
{
    if (!p.positionalArguments().isEmpty())
        throw UsageError(QStringLiteral("unexpected argument '%1'").arg(p.positionalArguments().first()));
}

core::StationIdentity requireIdentity(app::Station& s)
{
    const auto id = s.registry().station();
    if (!id)
        throw CommandError(QStringLiteral("the station is not set up yet (gatepost-cli init)"));
    return *id;
}

QJsonObject stationJson(const core::KnownStation& s)
{
    return {
        {QStringLiteral("station_id"), s.stationId},
        {QStringLiteral("name"), s.name},
        {QStringLiteral("gate"), s.gate},
        {QStringLiteral("role"), s.role},
        {QStringLiteral("pubkey"), s.publicKey},
        {QStringLiteral("fingerprint"), core::crypto::fingerprint(core::crypto::keyFromHex(s.publicKey))}};
}

// The sync settings' refusals in the CLI's plain English (the GUI translates the same codes).
QString settingsRefusalLine(const core::Refusal& r)
{
    using C = core::RefusalCode;
    switch (r.code) {
    case C::HubUrlInvalid:
        return QStringLiteral("--hub: the hub address must look like postgresql://USER@HOST:PORT/DB");
    case C::HubUrlHasPassword:
        return QStringLiteral("--hub: the address must not contain the password (use --password-stdin)");
    case C::ValueOutOfRange:
        return QStringLiteral("%1 must be a whole number from %2 to %3")
            .arg(core::toString(r.field), r.args.value(1), r.args.value(2));
    default:
        break;
    }
    return QStringLiteral("refused: %1").arg(core::toString(r.code));
}

QString problemLine(const core::EventRefusal& r)
{
    return QStringLiteral("event %1/%2 (%3): %4%5")
        .arg(r.origin)
        .arg(r.seq)
        .arg(r.kind, core::toString(r.problem),
             r.detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(r.detail));
}

QString bundleErrorText(core::BundleError e)
{
    switch (e) {
    case core::BundleError::NotABundle:
        return QStringLiteral("this file is not a Gatepost sync bundle");
    case core::BundleError::Truncated:
        return QStringLiteral("the bundle is cut short (copy it again from the station that wrote it)");
    case core::BundleError::Malformed:
        return QStringLiteral("the bundle is damaged: a line cannot be read");
    case core::BundleError::WrongCommunity:
        return QStringLiteral("the bundle belongs to another community");
    case core::BundleError::UnknownStation:
        return QStringLiteral("the bundle was written by a station the office has not registered");
    case core::BundleError::Tampered:
        return QStringLiteral("the bundle was changed after it was written (its signature does not match); "
                              "nothing was imported");
    case core::BundleError::None:
        break;
    }
    return {};
}

volatile std::sig_atomic_t g_stop = 0;

extern "C" void onStopSignal(int)
{
    g_stop = 1;
}

QJsonObject reportJson(const core::ApplyReport& r)
{
    QJsonArray problems;
    for (const core::EventRefusal& p : r.problems)
        problems.append(QJsonObject{{QStringLiteral("origin"), p.origin},
                                    {QStringLiteral("seq"), p.seq},
                                    {QStringLiteral("kind"), p.kind},
                                    {QStringLiteral("problem"), core::toString(p.problem)},
                                    {QStringLiteral("detail"), p.detail}});
    return {{QStringLiteral("received"), r.received}, {QStringLiteral("applied"), r.applied},
            {QStringLiteral("known"), r.known},       {QStringLiteral("held"), r.held},
            {QStringLiteral("refused"), r.refused},   {QStringLiteral("problems"), problems}};
}

void printProblems(const core::ApplyReport& r)
{
    QTextStream err(stderr);
    for (const core::EventRefusal& p : r.problems)
        err << "gatepost-cli: " << problemLine(p) << Qt::endl;
}

} // namespace

int cmdStationShow(Context& ctx)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("json"), QStringLiteral("JSON output.")});
    parseOrThrow(p, ctx);
    noPositional(p);
    auto station = ctx.openStation(Open::Read);
    const core::StationIdentity id = requireIdentity(*station);
    const QString fp = core::crypto::fingerprint(core::crypto::keyFromHex(id.publicKey));
    if (p.isSet(QStringLiteral("json"))) {
        printJsonDoc(ctx, {{QStringLiteral("name"), id.name},
                           {QStringLiteral("gate"), id.gate},
                           {QStringLiteral("station_id"), id.stationId},
                           {QStringLiteral("pubkey"), id.publicKey},
                           {QStringLiteral("fingerprint"), fp},
                           {QStringLiteral("community"), id.community},
                           {QStringLiteral("office_pubkey"), id.rootKey},
                           {QStringLiteral("stands_alone"), id.standsAlone()}});
    } else {
        ctx.out << "station     " << id.name << " at " << id.gate << '\n'
                << "station id  " << id.stationId << '\n'
                << "public key  " << id.publicKey << '\n'
                << "fingerprint " << fp << '\n'
                << "community   " << id.community << (id.standsAlone() ? " (this station is its office)" : "")
                << Qt::endl;
    }
    return 0;
}

int cmdStationAdd(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("name"), QStringLiteral("Station name."));
    p.addOptions({{QStringLiteral("pubkey"), QStringLiteral("Its public key."), QStringLiteral("KEY")},
                  {QStringLiteral("gate"), QStringLiteral("Its gate (default: the name, when it is a gate)."),
                   QStringLiteral("G")},
                  {QStringLiteral("json"), QStringLiteral("JSON output.")}});
    parseOrThrow(p, ctx);
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1)
        throw UsageError(QStringLiteral("expected exactly one station name"));
    const QString key = requireValue(p, QStringLiteral("pubkey"));
    auto station = ctx.openStation(Open::Write);
    const QString gate = p.isSet(QStringLiteral("gate")) ? p.value(QStringLiteral("gate")) : pos.first();
    if (!station->registry().gateCodes().contains(gate))
        throw UsageError(QStringLiteral("--gate: which gate is station '%1' at? (known: %2)")
                             .arg(pos.first(), station->registry().gateCodes().join(QStringLiteral(", "))));
    const core::KnownStation s =
        station->registry().registerStation(pos.first(), gate, key, core::Actor::osAccount());
    if (p.isSet(QStringLiteral("json")))
        printJsonDoc(ctx, stationJson(s));
    else
        ctx.out << "registered " << s.name << " (" << s.stationId << ") at " << s.gate
                << "; its events are accepted after the next sync" << Qt::endl;
    return 0;
}

int cmdStationList(Context& ctx)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("json"), QStringLiteral("JSON output.")});
    parseOrThrow(p, ctx);
    noPositional(p);
    auto station = ctx.openStation(Open::Read);
    const QList<core::KnownStation> all = station->registry().knownStations();
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const core::KnownStation& s : all)
            a.append(stationJson(s));
        printJsonDoc(ctx, {{QStringLiteral("stations"), a}});
    } else {
        for (const core::KnownStation& s : all)
            ctx.out << s.name << '\t' << s.gate << '\t' << s.role << '\t' << s.stationId << '\n';
        ctx.out.flush();
    }
    return 0;
}

int cmdSyncStatus(Context& ctx)
{
    QCommandLineParser p;
    p.addOptions({{QStringLiteral("json"), QStringLiteral("JSON output.")},
                  {QStringLiteral("days"), QStringLiteral("Conflicts of the last N days (default 30)."),
                   QStringLiteral("N"), QStringLiteral("30")}});
    parseOrThrow(p, ctx);
    noPositional(p);
    bool ok = false;
    const int days = p.value(QStringLiteral("days")).toInt(&ok);
    if (!ok || days < 1)
        throw UsageError(QStringLiteral("--days: a number of days, 1 or more"));
    auto station = ctx.openStation(Open::Read);
    requireIdentity(*station);
    core::EventLog log(station->db(), station->clock());
    const core::SyncStatus s = log.status();
    const QList<core::SyncConflict> conflicts = log.conflicts(station->clock().nowUtc().addDays(-days));
    QJsonObject vector;
    for (auto it = s.vector.cbegin(); it != s.vector.cend(); ++it)
        vector.insert(it.key(), it.value());
    QJsonArray c;
    for (const core::SyncConflict& x : conflicts)
        c.append(QJsonObject{
            {QStringLiteral("serial"), x.serial},
            {QStringLiteral("direction"), x.direction},
            {QStringLiteral("first"), QJsonObject{{QStringLiteral("station"), x.firstStation},
                                                  {QStringLiteral("gate"), x.firstGate},
                                                  {QStringLiteral("uuid"), x.firstUuid},
                                                  {QStringLiteral("at"), json::isoUtc(x.firstAtUtc)}}},
            {QStringLiteral("second"), QJsonObject{{QStringLiteral("station"), x.secondStation},
                                                   {QStringLiteral("gate"), x.secondGate},
                                                   {QStringLiteral("uuid"), x.secondUuid},
                                                   {QStringLiteral("at"), json::isoUtc(x.secondAtUtc)}}}});
    const auto when = [](const QDateTime& t) {
        return t.isValid() ? QJsonValue(json::isoUtc(t)) : QJsonValue();
    };
    if (p.isSet(QStringLiteral("json"))) {
        printJsonDoc(ctx, {{QStringLiteral("station_id"), s.stationId},
                           {QStringLiteral("community"), s.community},
                           {QStringLiteral("vector"), vector},
                           {QStringLiteral("own_events"), s.ownSeq},
                           {QStringLiteral("waiting"), s.waiting},
                           {QStringLiteral("waiting_crossings"), s.waitingCrossings},
                           {QStringLiteral("last_contact"), when(s.lastContactUtc)},
                           {QStringLiteral("last_registry_change"), when(s.lastRegistryUtc)},
                           {QStringLiteral("last_error"), s.lastError},
                           {QStringLiteral("held"), s.held},
                           {QStringLiteral("refused"), s.refused},
                           {QStringLiteral("conflicts"), c}});
    } else {
        ctx.out << "events made here " << s.ownSeq << ", waiting for the hub " << s.waiting << " ("
                << s.waitingCrossings << " crossings)\n"
                << "last contact "
                << (s.lastContactUtc.isValid() ? json::isoUtc(s.lastContactUtc) : QStringLiteral("never"))
                << '\n'
                << "held " << s.held << ", refused " << s.refused << ", conflicts " << conflicts.size()
                << Qt::endl;
    }
    return 0;
}

int cmdSyncExport(Context& ctx)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("out"), QStringLiteral("Bundle file."), QStringLiteral("FILE")});
    parseOrThrow(p, ctx);
    noPositional(p);
    const QString out = requireValue(p, QStringLiteral("out"));
    auto station = ctx.openStation(Open::Write);
    requireIdentity(*station);
    QString error;
    const bool written =
        station->events().exportBundle(core::Actor::osAccount(), [&](const QByteArray& data) {
            QSaveFile f(out);
            if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
                error = f.errorString();
                return false;
            }
            QFile::setPermissions(out, QFile::ReadOwner | QFile::WriteOwner);
            return true;
        });
    if (!written) // nothing in the audit trail either
        throw CommandError(QStringLiteral("cannot write %1: %2").arg(out, error));
    ctx.out << out << Qt::endl;
    return 0;
}

int cmdSyncImport(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Bundle file."));
    p.addOption({QStringLiteral("json"), QStringLiteral("JSON output.")});
    parseOrThrow(p, ctx);
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1)
        throw UsageError(QStringLiteral("expected exactly one bundle file"));
    QFile f(pos.first());
    if (!f.open(QIODevice::ReadOnly))
        throw CommandError(QStringLiteral("cannot read %1: %2").arg(pos.first(), f.errorString()));
    if (f.size() > core::bundle::kMaxBytes)
        throw CommandError(QStringLiteral("%1 is too large to be a bundle").arg(pos.first()));
    const QByteArray data = f.readAll();
    auto station = ctx.openStation(Open::Write);
    requireIdentity(*station);
    const auto result = station->events().importBundle(data, core::Actor::osAccount());
    if (result.error != core::BundleError::None)
        throw CommandError(QStringLiteral("%1: %2").arg(pos.first(), bundleErrorText(result.error)));
    printProblems(result.report);
    if (p.isSet(QStringLiteral("json")))
        printJsonDoc(ctx, reportJson(result.report));
    else
        ctx.out << "bundle from " << result.origin << ": " << result.report.received << " events, "
                << result.report.applied << " new, " << result.report.known << " already here, "
                << result.report.held << " held, " << result.report.refused << " refused" << Qt::endl;
    return 0;
}

int cmdSync(Context& ctx)
{
    QCommandLineParser p;
    p.addOptions(
        {{QStringLiteral("hub"), QStringLiteral("postgresql://USER@HOST:PORT/DB (default: the stored one)."),
          QStringLiteral("URL")},
         {QStringLiteral("once"), QStringLiteral("One exchange, then exit.")},
         {QStringLiteral("interval"), QStringLiteral("Seconds between exchanges (default: the stored one)."),
          QStringLiteral("S")},
         {QStringLiteral("json"), QStringLiteral("JSON output.")}});
    parseOrThrow(p, ctx);
    noPositional(p);
    auto station = ctx.openStation(Open::Write);
    requireIdentity(*station);
    const core::SyncSettings stored = core::SyncSettings::load(station->db());
    const QString url = p.isSet(QStringLiteral("hub")) ? p.value(QStringLiteral("hub")) : stored.hubUrl;
    if (url.trimmed().isEmpty())
        throw UsageError(QStringLiteral("no hub: give --hub postgresql://USER@HOST:PORT/DB or store one with "
                                        "'gatepost-cli sync config --hub URL'"));
    QString error;
    std::optional<sync::HubSettings> hub = sync::HubSettings::fromUrl(url, &error);
    if (!hub)
        throw UsageError(QStringLiteral("--hub: %1").arg(error));
    if (url.trimmed() == stored.hubUrl.trimmed() && hub->password.isEmpty())
        hub->password = stored.hubPassword;
    int interval = stored.intervalSeconds;
    if (p.isSet(QStringLiteral("interval"))) {
        bool ok = false;
        interval = p.value(QStringLiteral("interval")).toInt(&ok);
        if (!ok || interval < 1 || interval > 3600)
            throw UsageError(QStringLiteral("--interval: seconds from 1 to 3600"));
    }
    const bool once = p.isSet(QStringLiteral("once"));
    const bool asJson = p.isSet(QStringLiteral("json"));
    if (!once) {
        std::signal(SIGINT, onStopSignal);
        std::signal(SIGTERM, onStopSignal);
    }
    QTextStream err(stderr);
    bool lastOk = false;
    do {
        const sync::ExchangeResult r =
            sync::connectAndExchange(station->events(), *hub, station->clock().nowUtc());
        lastOk = r.ok;
        printProblems(r.report);
        if (asJson) {
            QJsonObject o = reportJson(r.report);
            o.insert(QStringLiteral("ok"), r.ok);
            o.insert(QStringLiteral("hub"), hub->displayUrl());
            o.insert(QStringLiteral("pushed"), r.pushed);
            o.insert(QStringLiteral("pulled"), r.pulled);
            if (!r.ok)
                o.insert(QStringLiteral("error"), r.error);
            printJsonDoc(ctx, o);
        } else if (r.ok) {
            ctx.out << "hub " << hub->displayUrl() << ": pushed " << r.pushed << ", pulled " << r.pulled
                    << " (" << r.report.applied << " applied, " << r.report.held << " held, "
                    << r.report.refused << " refused)" << Qt::endl;
        }
        if (!r.ok)
            err << "gatepost-cli: hub " << hub->displayUrl() << ": " << r.error
                << (once ? QString() : QStringLiteral(" (the station keeps working; trying again)"))
                << Qt::endl;
        for (int waited = 0; !once && !g_stop && waited < interval * 10; ++waited)
            QThread::msleep(100);
    } while (!once && !g_stop);
    return lastOk ? 0 : 1;
}

int cmdSyncConfig(Context& ctx)
{
    QCommandLineParser p;
    p.addOptions(
        {{QStringLiteral("hub"), QStringLiteral("postgresql://USER@HOST:PORT/DB ('' = none)."),
          QStringLiteral("URL")},
         {QStringLiteral("interval"), QStringLiteral("Seconds between exchanges."), QStringLiteral("S")},
         {QStringLiteral("stale-hours"), QStringLiteral("Warn when the registry is older."),
          QStringLiteral("H")},
         {QStringLiteral("password-stdin"), QStringLiteral("Read the hub password from standard input.")},
         {QStringLiteral("json"), QStringLiteral("JSON output.")}});
    parseOrThrow(p, ctx);
    noPositional(p);
    auto station = ctx.openStation(Open::Write);
    core::SyncSettings s = core::SyncSettings::load(station->db());
    if (p.isSet(QStringLiteral("hub"))) {
        const QString url = p.value(QStringLiteral("hub")).trimmed();
        QString error;
        if (!url.isEmpty() && !sync::HubSettings::fromUrl(url, &error))
            throw UsageError(QStringLiteral("--hub: %1").arg(error));
        s.hubUrl = url;
    }
    const auto intOption = [&p](const QString& name, int lo, int hi, int* out) {
        if (!p.isSet(name))
            return;
        bool ok = false;
        const int v = p.value(name).toInt(&ok);
        if (!ok || v < lo || v > hi)
            throw UsageError(QStringLiteral("--%1: a whole number from %2 to %3").arg(name).arg(lo).arg(hi));
        *out = v;
    };
    intOption(QStringLiteral("interval"), 1, 3600, &s.intervalSeconds);
    intOption(QStringLiteral("stale-hours"), 1, 720, &s.staleRegistryHours);
    if (p.isSet(QStringLiteral("password-stdin"))) {
        QTextStream in(stdin);
        s.hubPassword = in.readLine();
    }
    try {
        core::SyncSettings::save(station->db(), s, core::Actor::osAccount(), station->clock());
    } catch (const core::RefusedError& e) {
        throw UsageError(settingsRefusalLine(e.refusal()));
    }
    const QJsonObject shown{{QStringLiteral("hub"), s.hubUrl},
                            {QStringLiteral("password_set"), !s.hubPassword.isEmpty()},
                            {QStringLiteral("interval_seconds"), s.intervalSeconds},
                            {QStringLiteral("stale_registry_hours"), s.staleRegistryHours}};
    if (p.isSet(QStringLiteral("json")))
        printJsonDoc(ctx, shown);
    else
        ctx.out << "hub " << (s.hubUrl.isEmpty() ? QStringLiteral("(none: standalone)") : s.hubUrl)
                << ", every " << s.intervalSeconds << " s"
                << (s.hubPassword.isEmpty() ? "" : ", password stored") << Qt::endl;
    return 0;
}

} // namespace gatepost::cli
