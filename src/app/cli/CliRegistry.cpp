// Registry commands: init, demo-community, pass list, issue, reissue, revoke, qr, operator add.

#include "Cli.h"
#include "Json.h"

#include "app/Station.h"
#include "core/Auth.h"
#include "core/DemoCommunity.h"
#include "core/Formats.h"
#include "core/Registry.h"
#include "print/QrEncoder.h"

#include <QJsonDocument>
#include <QTimeZone>

#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace gatepost::cli {

namespace {

void printJson(Context& ctx, const QJsonValue& v)
{
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    ctx.out << doc.toJson(QJsonDocument::Indented);
}

QDate parseDate(const QString& text, const QString& option)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        throw UsageError(QStringLiteral("--%1: '%2' is not a date (YYYY-MM-DD)").arg(option, text));
    return d;
}

QString requirePositional(const QCommandLineParser& p, const QString& what)
{
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1)
        throw UsageError(QStringLiteral("expected exactly one %1").arg(what));
    return pos.first();
}

// Echo off while a PIN is typed on the terminal; restored however the read ends.
class NoEcho
{
public:
    NoEcho()
    {
        if (::tcgetattr(STDIN_FILENO, &m_saved) != 0)
            return;
        termios quiet = m_saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        m_active = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
    }
    ~NoEcho()
    {
        if (m_active)
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
    }
    Q_DISABLE_COPY_MOVE(NoEcho)

private:
    termios m_saved{};
    bool m_active = false;
};

QString readLine()
{
    std::string line;
    if (!std::getline(std::cin, line))
        throw UsageError(QStringLiteral("no PIN on standard input"));
    QString text = QString::fromStdString(line);
    std::fill(line.begin(), line.end(), '\0');
    if (text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return text;
}

// From the terminal without echo, typed twice when @p confirm (a new PIN); otherwise one line
// of standard input.
QString readPin(const QString& prompt, bool confirm = true)
{
    if (!::isatty(STDIN_FILENO))
        return readLine();
    QTextStream err(stderr);
    QString first, second;
    {
        const NoEcho quiet;
        err << prompt << Qt::flush;
        first = readLine();
        if (!confirm) {
            err << Qt::endl;
            return first;
        }
        err << "\nthe same PIN again: " << Qt::flush;
        second = readLine();
        err << Qt::endl;
    }
    if (first != second)
        throw UsageError(QStringLiteral("the two PINs differ: nothing was written"));
    return first;
}

core::Pass requirePass(const core::Registry& reg, const QString& serial)
{
    const auto p = reg.pass(serial);
    if (!p)
        throw CommandError(QStringLiteral("no pass with serial %1").arg(serial));
    return *p;
}

} // namespace

int cmdInit(Context& ctx)
{
    QCommandLineParser p;
    p.addOptions({{QStringLiteral("station"), QStringLiteral("Station name."), QStringLiteral("NAME")},
                  {QStringLiteral("gate"), QStringLiteral("north, south or office."), QStringLiteral("G")},
                  {QStringLiteral("trust"), QStringLiteral("The office's public key (joins its community)."),
                   QStringLiteral("KEY")}});
    parseOrThrow(p, ctx);
    const QString name = requireValue(p, QStringLiteral("station"));
    const QString gate = requireValue(p, QStringLiteral("gate"));
    if (!p.positionalArguments().isEmpty())
        throw UsageError(QStringLiteral("unexpected argument '%1'").arg(p.positionalArguments().first()));
    auto station = ctx.openStation(Open::Create);
    if (!station->registry().gateCodes().contains(gate))
        throw UsageError(QStringLiteral("--gate: unknown gate '%1' (known: %2)")
                             .arg(gate, station->registry().gateCodes().join(QStringLiteral(", "))));
    const core::StationIdentity id =
        station->registry().initStation(name, gate, p.value(QStringLiteral("trust")));
    ctx.out << "station " << id.name << " (" << id.stationId << ") at gate " << id.gate << " in "
            << ctx.dbPath << Qt::endl;
    ctx.out << (id.standsAlone() ? "stands alone (its own office), community " : "community ") << id.community
            << Qt::endl;
    return 0;
}

int cmdDemoCommunity(Context& ctx)
{
    QCommandLineParser p;
    p.addOptions({{QStringLiteral("seed"), QStringLiteral("Generator seed."), QStringLiteral("N"),
                   QStringLiteral("1")},
                  {QStringLiteral("today"), QStringLiteral("Reference date."), QStringLiteral("YYYY-MM-DD")},
                  {QStringLiteral("json"), QStringLiteral("JSON output.")}});
    parseOrThrow(p, ctx);
    bool ok = false;
    const uint seed = p.value(QStringLiteral("seed")).toUInt(&ok);
    if (!ok)
        throw UsageError(
            QStringLiteral("--seed: '%1' is not a non-negative number").arg(p.value(QStringLiteral("seed"))));
    core::DemoOptions opts;
    opts.seed = seed;
    if (p.isSet(QStringLiteral("today")))
        opts.today = parseDate(p.value(QStringLiteral("today")), QStringLiteral("today"));

    auto station = ctx.openStation(Open::Create);
    if (!opts.today.isValid())
        opts.today = station->registry().today();
    const core::DemoSummary s = core::generateDemoCommunity(station->db(), opts);

    qint64 people = 0, passes = 0;
    for (qint64 n : s.people)
        people += n;
    for (qint64 n : s.passesByCategory)
        passes += n;
    if (p.isSet(QStringLiteral("json"))) {
        printJson(ctx, QJsonObject{{QStringLiteral("households"), s.households},
                                   {QStringLiteral("people"), json::countsBy(s.people)},
                                   {QStringLiteral("vehicles"), s.vehicles},
                                   {QStringLiteral("passes"), json::countsBy(s.passesByCategory)},
                                   {QStringLiteral("pass_status"), json::countsBy(s.passesByStatus)},
                                   {QStringLiteral("pass_validity"),
                                    QJsonObject{{QStringLiteral("expired"), s.expired},
                                                {QStringLiteral("not_yet_valid"), s.notYetValid},
                                                {QStringLiteral("superseded"), s.superseded}}},
                                   {QStringLiteral("home_quarantine_active"), s.homeQuarantineActive},
                                   {QStringLiteral("seed"), static_cast<qint64>(seed)},
                                   {QStringLiteral("today"), opts.today.toString(Qt::ISODate)}});
    } else {
        ctx.out << "demo community (seed " << seed << ", " << opts.today.toString(Qt::ISODate)
                << "): " << s.households << " households, " << people << " people, " << s.vehicles
                << " vehicles, " << passes << " passes" << Qt::endl;
    }
    return 0;
}

int cmdPassList(Context& ctx)
{
    QCommandLineParser p;
    p.addOptions({{QStringLiteral("status"), QStringLiteral("Status."), QStringLiteral("S")},
                  {QStringLiteral("category"), QStringLiteral("Category."), QStringLiteral("C")},
                  {QStringLiteral("limit"), QStringLiteral("At most N."), QStringLiteral("N")},
                  {QStringLiteral("json"), QStringLiteral("JSON output.")}});
    parseOrThrow(p, ctx);
    core::PassFilter f;
    if (p.isSet(QStringLiteral("status"))) {
        f.status = core::passStatusFromString(p.value(QStringLiteral("status")));
        if (!f.status)
            throw UsageError(
                QStringLiteral("--status: unknown status '%1'").arg(p.value(QStringLiteral("status"))));
    }
    if (p.isSet(QStringLiteral("category"))) {
        f.category = core::categoryFromString(p.value(QStringLiteral("category")));
        if (!f.category)
            throw UsageError(
                QStringLiteral("--category: unknown category '%1'").arg(p.value(QStringLiteral("category"))));
    }
    if (p.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        f.limit = p.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || f.limit < 0)
            throw UsageError(
                QStringLiteral("--limit: '%1' is not a count").arg(p.value(QStringLiteral("limit"))));
    }
    auto station = ctx.openStation(Open::Read);
    const auto& reg = station->registry();
    const QList<core::Pass> passes = reg.passes(f);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const core::Pass& pass : passes) {
            const auto snap = reg.snapshot(pass.serial);
            a.append(json::pass(pass, snap ? std::optional(snap->holder) : std::nullopt));
        }
        printJson(ctx, a);
    } else {
        for (const core::Pass& pass : passes)
            ctx.out << pass.serial << '\t' << core::toString(pass.category) << '\t'
                    << core::toString(pass.status) << '\t' << pass.validUntil.toString(Qt::ISODate) << '\t'
                    << (pass.secret.isEmpty()
                            ? QStringLiteral("-")
                            : core::passcode::format({pass.serial, pass.generation, pass.secret}))
                    << '\n';
    }
    return 0;
}

int cmdIssue(Context& ctx)
{
    QCommandLineParser p;
    p.addOptions(
        {{QStringLiteral("person"), QStringLiteral("Person id or ID number."), QStringLiteral("ID")},
         {QStringLiteral("vehicle"), QStringLiteral("Plate."), QStringLiteral("PLATE")},
         {QStringLiteral("valid-until"), QStringLiteral("Last valid day."), QStringLiteral("YYYY-MM-DD")},
         {QStringLiteral("gates"), QStringLiteral("Allowed gates."), QStringLiteral("G,G")},
         {QStringLiteral("json"), QStringLiteral("JSON output.")}});
    parseOrThrow(p, ctx);
    const bool person = p.isSet(QStringLiteral("person")), vehicle = p.isSet(QStringLiteral("vehicle"));
    if (person == vehicle)
        throw UsageError(QStringLiteral("give exactly one of --person ID or --vehicle PLATE"));
    core::IssueRequest req;
    if (p.isSet(QStringLiteral("valid-until")))
        req.validUntil = parseDate(p.value(QStringLiteral("valid-until")), QStringLiteral("valid-until"));
    if (p.isSet(QStringLiteral("gates")))
        req.gates = p.value(QStringLiteral("gates")).split(QLatin1Char(','), Qt::SkipEmptyParts);

    auto station = ctx.openStation(Open::Write);
    auto& reg = station->registry();
    for (const QString& g : std::as_const(req.gates))
        if (!reg.gateCodes().contains(g))
            throw UsageError(QStringLiteral("--gates: unknown gate '%1'").arg(g));
    if (person) {
        const QString key = p.value(QStringLiteral("person"));
        std::optional<core::Person> who;
        bool isNumber = false;
        const qint64 id = key.toLongLong(&isNumber);
        if (key.size() == 18)
            who = reg.personByIdNumber(key.toUpper());
        else if (isNumber)
            who = reg.person(id);
        if (!who)
            throw CommandError(QStringLiteral("no person with id or ID number '%1'").arg(key));
        req.holderKind = core::HolderKind::Person;
        req.holderId = who->id;
    } else {
        const auto v = reg.vehicleByPlate(p.value(QStringLiteral("vehicle")));
        if (!v)
            throw CommandError(
                QStringLiteral("no vehicle with plate '%1'").arg(p.value(QStringLiteral("vehicle"))));
        req.holderKind = core::HolderKind::Vehicle;
        req.holderId = v->id;
    }
    const core::Pass pass = reg.issue(req, core::Actor::osAccount());
    if (p.isSet(QStringLiteral("json")))
        printJson(ctx, json::pass(pass, reg.snapshot(pass.serial)->holder));
    else
        ctx.out << core::Registry::qrText(pass) << Qt::endl;
    return 0;
}

int cmdReissue(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("serial"), QStringLiteral("Pass serial."));
    p.addOption({QStringLiteral("json"), QStringLiteral("JSON output.")});
    parseOrThrow(p, ctx);
    const QString serial = requirePositional(p, QStringLiteral("pass serial"));
    auto station = ctx.openStation(Open::Write);
    auto& reg = station->registry();
    requirePass(reg, serial);
    const core::Pass pass = reg.reissue(serial, core::Actor::osAccount());
    if (p.isSet(QStringLiteral("json")))
        printJson(ctx, json::pass(pass, reg.snapshot(pass.serial)->holder));
    else
        ctx.out << core::Registry::qrText(pass) << Qt::endl;
    return 0;
}

int cmdRevoke(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("serial"), QStringLiteral("Pass serial."));
    p.addOption({QStringLiteral("reason"), QStringLiteral("Why."), QStringLiteral("TEXT")});
    parseOrThrow(p, ctx);
    const QString serial = requirePositional(p, QStringLiteral("pass serial"));
    const QString reason = requireValue(p, QStringLiteral("reason"));
    auto station = ctx.openStation(Open::Write);
    auto& reg = station->registry();
    requirePass(reg, serial);
    reg.setStatus(serial, core::PassStatus::Revoked, reason, core::Actor::osAccount());
    ctx.out << "revoked " << serial << Qt::endl;
    return 0;
}

int cmdQr(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("serial"), QStringLiteral("Pass serial."));
    p.addOption({QStringLiteral("out"), QStringLiteral("PNG file."), QStringLiteral("FILE")});
    parseOrThrow(p, ctx);
    const QString serial = requirePositional(p, QStringLiteral("pass serial"));
    const QString out = requireValue(p, QStringLiteral("out"));
    auto station = ctx.openStation(Open::Read);
    const core::Pass pass = requirePass(station->registry(), serial);
    if (pass.secret.isEmpty())
        throw CommandError(
            QStringLiteral("this station holds no pass secrets (a gate keeps only their hashes): "
                           "print passes at the office"));
    QString error;
    if (!print::QrEncoder::savePng(core::Registry::qrText(pass), out, &error))
        throw CommandError(error);
    ctx.out << out << Qt::endl;
    return 0;
}

int cmdOperatorAdd(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("name"), QStringLiteral("Operator name."));
    p.addOptions({{QStringLiteral("role"), QStringLiteral("Role."), QStringLiteral("R")},
                  // Known only to refuse it with a reason.
                  {QStringLiteral("pin"), QStringLiteral("Refused."), QStringLiteral("PIN")}});
    parseOrThrow(p, ctx);
    if (p.isSet(QStringLiteral("pin")))
        throw UsageError(QStringLiteral(
            "--pin is refused: a PIN on the command line stays in the shell history and shows in the process "
            "list; leave it out and type the PIN when asked (or give it as one line on standard input)"));
    const QString name = requirePositional(p, QStringLiteral("operator name"));
    const auto role = core::roleFromString(requireValue(p, QStringLiteral("role")));
    if (!role)
        throw UsageError(QStringLiteral("--role: unknown role '%1'").arg(p.value(QStringLiteral("role"))));
    const QString pin = readPin(QStringLiteral("PIN for %1 (4 to 8 digits): ").arg(name));
    if (!core::Auth::isAcceptablePin(pin))
        throw UsageError(QStringLiteral("a PIN is 4 to 8 digits"));
    auto station = ctx.openStation(Open::Write);
    station->auth().addOperator(name, *role, pin, core::Actor::osAccount());
    ctx.out << "operator " << name << " (" << core::toString(*role) << ") added" << Qt::endl;
    return 0;
}

QString readOperatorPin(const QString& prompt)
{
    return readPin(prompt, false);
}

} // namespace gatepost::cli
