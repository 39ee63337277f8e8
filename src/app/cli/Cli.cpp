#include "Cli.h"

#include "app/Station.h"
#include "core/AuditTrail.h"
#include "core/Database.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <cstdio>
#include <map>

namespace gatepost::cli {

namespace {

const char* kUsage = R"(usage: gatepost-cli [--db FILE] COMMAND [OPTIONS]

Commands:
  init --station NAME --gate north|south|office [--trust OFFICE_PUBKEY]
  demo-community [--seed N] [--today YYYY-MM-DD] [--json]
  pass list [--status S] [--category C] [--limit N] [--json]
  issue --person ID | --vehicle PLATE [--valid-until YYYY-MM-DD] [--gates G,G] [--json]
  issue --household ADDRESS | --courtyard N | --category C [--valid-until D] [--gates G,G] [--json]
                                        a pass for each holder there without an active one
  reissue SERIAL [--json]
  pass extend SERIAL --until YYYY-MM-DD --reason TEXT [--json]
  pass suspend|resume|lost SERIAL [--reason TEXT] [--json]   (suspend needs a reason)
  household add ADDRESS [--courtyard N] [--note TEXT] [--json]
  household list [--search T] [--courtyard N] [--limit N] [--offset N] [--json]
  person add --name N --category C [--household ADDRESS] [--phone P] [--id-number ID]
             [--photo FILE.jpg|png] [--json]
  person list [--search T] [--household ADDRESS] [--category C] [--limit N] [--offset N] [--json]
  person show ID [--reveal id|phone] [--json]   masked unless revealed (a reveal is audited)
  vehicle add PLATE --household ADDRESS | --external [--json]
  vehicle list [--search T] [--household ADDRESS] [--limit N] [--offset N] [--json]
  revoke SERIAL --reason TEXT
  qr SERIAL --out FILE.png
  check TEXT --gate G --direction in|out [--at ISO-8601] [--temp 36.6] [--json]
  scan-image FILE... --gate G --direction in|out [--temp T] [--operator NAME] [--json]
  decode FILE... [--json]
  log [--from ISO] [--to ISO] [--format csv|json]
      [--shift YYYY-MM-DD/N] [--gate G] [--verdict V] [--serial S]  (filters: see export)
  verify-log [--json]
  audit [--from ISO] [--to ISO] [--json | --format csv|json]
  operator add NAME --role volunteer|shift_lead|staff|admin
  station show [--json]                 this station's name, id and public key
  station add NAME --pubkey KEY [--gate G] [--json]   (office) accept a station's events
  station list [--json]
  sync --hub postgresql://USER@HOST[:PORT]/DB [--once] [--interval S] [--json]
  sync config [--hub URL] [--interval S] [--stale-hours H] [--password-stdin]
  sync status [--days N] [--json]       vector, waiting events, last contact, conflicts
  sync export --out FILE                every event held, signed, for a USB stick
  sync import FILE [--json]             a bundle from another station of the community
  print SERIAL... | --all | --household ADDRESS [--out FILE.pdf] [--lang zh_CN|en] [--json]
                                        passes to one PDF: A4 sheets of 10 cards, A5 vehicle placards
  import FILE.csv --kind households|residents|migrants|vehicles [--dry-run]
         [--create-households] [--map HEADER=FIELD ...] [--json]
                                        a CSV list from Excel/WPS (UTF-8 or GB18030)
  returnee list [--released] [--json]   returnees by arrival date: end, reports, flags
  returnee temp PERSON_ID --slot morning|afternoon --celsius T [--date YYYY-MM-DD]
  returnee check PERSON_ID --kind door|video --result present|absent|unwell [--note TEXT]
  returnee move PERSON_ID --to central|home --reason TEXT
  returnee release PERSON_ID [--certificate FILE.pdf] [--json]   pass + health certificate
  returnee certificate NUMBER --out FILE.pdf   a health certificate's PDF again
  handover --shift YYYY-MM-DD/N [--gate G] [--json] [--out FILE.pdf] [--lang zh_CN|en]
                                        a shift's handover: crossings per gate and category,
                                        denials, overrides, incidents, fevers, signatures
  handover sign --shift ID [--gate G] --lead NAME [--notes T] [--open T] [--json]
  handover ack --shift ID [--gate G] --lead NAME [--note T] [--json]
                                        the leads' PIN is read like operator add's (typed once)
  patrol add --courtyard C --kind scheduled|spot --method in_person|phone|video
             --result ok|problem|no_answer [--note TEXT] [--at ISO] [--json]
                                        a courtyard check (C: 1..6 or 一号院..六号院)
  patrol list [--from ISO --to ISO | --shift YYYY-MM-DD/N] [--json]
  patrol overdue [--json]               courtyards whose scheduled check is overdue (every 4 h)
  duty list [--from ISO --to ISO | --shift YYYY-MM-DD/N] [--json]   who was signed on where
  roster show [--month YYYY-MM] [--json]   which team holds which shift each day, the teams
  roster pdf --month YYYY-MM --out FILE.pdf   the month's roster, A4 landscape
  roster pattern --from YYYY-MM-DD --shifts HH:mm,... [--names N,...] --teams A,B,...
                 [--cycle ABCD,BCDA,...]   a new shift pattern from that day (tomorrow or later)
  team list [--json]                    teams, leads, members and their home gates
  team add CODE [--name N] | team rename CODE --name N | team lead CODE --operator NAME|--clear
  team member OPERATOR --team CODE [--gate G] | --remove   put in, move, or take out
  export --out FILE.csv [--from ISO] [--to ISO] [--shift YYYY-MM-DD/N] [--gate G,G] [--direction D]
         [--verdict V,V] [--reason R,R] [--kind K,K] [--category C] [--operator NAME] [--serial S]
         [--search TEXT] [--json]       crossings as CSV for Excel/WPS (UTF-8 BOM, numbers masked)
  demo-crossings [--days N] [--per-day M] [--seed S] [--json]
                                        (demo file only) realistic gate traffic ending now

--db FILE defaults to the station's data folder (%1).
operator add asks for the PIN twice on the terminal (nothing is shown), or reads one line of
standard input when that is not a terminal; a PIN is never a command-line argument.
The hub's password comes from GATEPOST_HUB_PASSWORD or ~/.pgpass, never from the command line.
Read-only commands (pass list, qr, print, check, log, verify-log, audit, station show|list,
sync status, import --dry-run, returnee list|certificate, handover, household|person|vehicle list,
person show without --reveal, patrol list|overdue, duty list, roster show|pdf, team list) work
beside a running station; the others are refused while another program writes the file.
)";

void printError(const QString& message)
{
    QTextStream err(stderr);
    err << "gatepost-cli: " << message << Qt::endl;
}

} // namespace

void parseOrThrow(QCommandLineParser& parser, const Context& ctx)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList argv{QStringLiteral("gatepost-cli")};
    argv += ctx.args;
    if (!parser.parse(argv))
        throw UsageError(parser.errorText());
}

QString requireValue(const QCommandLineParser& parser, const QString& name)
{
    const QString v = parser.value(name);
    if (!parser.isSet(name) || v.isEmpty())
        throw UsageError(QStringLiteral("--%1 is required").arg(name));
    return v;
}

void recordExport(Context& ctx, core::AuditAction action, const QString& what, qint64 rows)
{
    try {
        auto station = ctx.openStation(Open::Write);
        station->audit().append(core::Actor::osAccount(), action, what, {},
                                core::AuditTrail::json({{QStringLiteral("rows"), rows}}));
    } catch (const core::DbError& e) {
        if (!e.isLockedByOtherProgram())
            throw;
        // The station holding the file writes it into the trail (it imports deferred acts).
        if (core::AuditTrail::defer(core::AuditTrail::pendingPathFor(ctx.dbPath), core::Actor::osAccount(),
                                    action, what, {{QStringLiteral("rows"), rows}},
                                    QDateTime::currentDateTimeUtc()))
            printError(QStringLiteral("the program that has the file open will add this export to the audit "
                                      "trail (%1)")
                           .arg(e.message()));
        else
            printError(QStringLiteral("this export is not in the audit trail: %1").arg(e.message()));
    }
}

QString csvCell(QString s)
{
    // A cell starting with = + - @ (or a tab or carriage return before one) is a formula in
    // Excel and WPS: defuse it.
    if (!s.isEmpty() && QStringLiteral("=+-@\t\r").contains(s.front()))
        s.prepend(QLatin1Char('\''));
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')) ||
        s.contains(QLatin1Char('\r'))) {
        s.replace(QLatin1String("\""), QLatin1String("\"\""));
        s = QLatin1Char('"') + s + QLatin1Char('"');
    }
    return s;
}

QDateTime parseInstant(const QString& text, const QString& option, const QString& timeZone)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            t = QDateTime(d, QTime(0, 0));
    }
    if (!t.isValid())
        throw UsageError(QStringLiteral("--%1: '%2' is not an ISO-8601 time").arg(option, text));
    if (t.timeSpec() == Qt::LocalTime)
        t = QDateTime(t.date(), t.time(), QTimeZone(timeZone.toUtf8()));
    return t.toUTC();
}

TimeRange parseRange(const QCommandLineParser& parser, const QString& timeZone)
{
    TimeRange r;
    if (parser.isSet(QStringLiteral("from")))
        r.fromUtc = parseInstant(parser.value(QStringLiteral("from")), QStringLiteral("from"), timeZone);
    if (parser.isSet(QStringLiteral("to")))
        r.toUtc = parseInstant(parser.value(QStringLiteral("to")), QStringLiteral("to"), timeZone);
    return r;
}

// The review (CliReview.cpp).
int cmdExport(Context& ctx);
int cmdDemoCrossings(Context& ctx);

int run(const QStringList& arguments)
{
    QStringList args = arguments.mid(1);
    QString dbPath;
    // --db may stand anywhere; take it out before the command parses its own options.
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--db")) {
            if (i + 1 >= args.size()) {
                printError(QStringLiteral("--db needs a file name"));
                return 2;
            }
            dbPath = args[i + 1];
            args.remove(i, 2);
            --i;
        } else if (args[i].startsWith(QLatin1String("--db="))) {
            dbPath = args[i].mid(5);
            args.remove(i);
            --i;
        }
    }
    if (dbPath.isEmpty())
        dbPath = app::defaultDatabasePath();

    if (args.isEmpty() || args[0] == QLatin1String("--help") || args[0] == QLatin1String("-h") ||
        args[0] == QLatin1String("help")) {
        QTextStream(args.isEmpty() ? stderr : stdout)
            << QString::fromUtf8(kUsage).arg(app::defaultDatabasePath());
        return args.isEmpty() ? 2 : 0;
    }
    if (args[0] == QLatin1String("--version")) {
        QTextStream(stdout) << "gatepost-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }

    static const std::map<QString, Command> commands{
        {QStringLiteral("init"), cmdInit},
        {QStringLiteral("demo-community"), cmdDemoCommunity},
        {QStringLiteral("pass list"), cmdPassList},
        {QStringLiteral("issue"), cmdIssueOrBatch},
        {QStringLiteral("reissue"), cmdReissue},
        {QStringLiteral("revoke"), cmdRevoke},
        {QStringLiteral("qr"), cmdQr},
        {QStringLiteral("check"), cmdCheck},
        {QStringLiteral("scan-image"), cmdScanImage},
        {QStringLiteral("decode"), cmdDecode},
        {QStringLiteral("log"), cmdLog},
        {QStringLiteral("verify-log"), cmdVerifyLog},
        {QStringLiteral("operator add"), cmdOperatorAdd},
        {QStringLiteral("audit"), cmdAudit},
        {QStringLiteral("station show"), cmdStationShow},
        {QStringLiteral("station add"), cmdStationAdd},
        {QStringLiteral("station list"), cmdStationList},
        {QStringLiteral("sync status"), cmdSyncStatus},
        {QStringLiteral("sync export"), cmdSyncExport},
        {QStringLiteral("sync import"), cmdSyncImport},
        {QStringLiteral("sync config"), cmdSyncConfig},
        {QStringLiteral("sync"), cmdSync},
        {QStringLiteral("print"), cmdPrint},
        {QStringLiteral("import"), cmdImport},
        {QStringLiteral("returnee list"), cmdReturneeList},
        {QStringLiteral("returnee temp"), cmdReturneeTemp},
        {QStringLiteral("returnee check"), cmdReturneeCheck},
        {QStringLiteral("returnee move"), cmdReturneeMove},
        {QStringLiteral("returnee release"), cmdReturneeRelease},
        {QStringLiteral("returnee certificate"), cmdReturneeCertificate},
        {QStringLiteral("patrol add"), cmdPatrolAdd},
        {QStringLiteral("patrol list"), cmdPatrolList},
        {QStringLiteral("patrol overdue"), cmdPatrolOverdue},
        {QStringLiteral("duty list"), cmdDutyList},
        {QStringLiteral("household add"), cmdHouseholdAdd},
        {QStringLiteral("household list"), cmdHouseholdList},
        {QStringLiteral("person add"), cmdPersonAdd},
        {QStringLiteral("person list"), cmdPersonList},
        {QStringLiteral("person show"), cmdPersonShow},
        {QStringLiteral("vehicle add"), cmdVehicleAdd},
        {QStringLiteral("vehicle list"), cmdVehicleList},
        {QStringLiteral("pass extend"), cmdPassExtend},
        {QStringLiteral("pass suspend"), cmdPassSuspend},
        {QStringLiteral("pass resume"), cmdPassResume},
        {QStringLiteral("pass lost"), cmdPassLost},
        {QStringLiteral("handover sign"), cmdHandoverSign},
        {QStringLiteral("handover ack"), cmdHandoverAck},
        {QStringLiteral("handover"), cmdHandover},
        {QStringLiteral("roster show"), cmdRosterShow},
        {QStringLiteral("roster pattern"), cmdRosterPattern},
        {QStringLiteral("roster pdf"), cmdRosterPdf},
        {QStringLiteral("team list"), cmdTeamList},
        {QStringLiteral("team add"), cmdTeamAdd},
        {QStringLiteral("team rename"), cmdTeamRename},
        {QStringLiteral("team lead"), cmdTeamLead},
        {QStringLiteral("team member"), cmdTeamMember},
        {QStringLiteral("export"), cmdExport},
        {QStringLiteral("demo-crossings"), cmdDemoCrossings},
    };
    // Two-word commands ("pass list") first, then one-word ones.
    auto it = commands.end();
    int words = 0;
    if (args.size() >= 2)
        it = commands.find(args[0] + QLatin1Char(' ') + args[1]), words = 2;
    if (it == commands.end())
        it = commands.find(args[0]), words = 1;
    if (it == commands.end()) {
        printError(QStringLiteral("unknown command '%1' (see gatepost-cli --help)").arg(args[0]));
        return 2;
    }

    QTextStream out(stdout);
    out.setEncoding(QStringConverter::Utf8);
    Context ctx{dbPath, args.mid(words), out, {}};
    ctx.openStation = [&dbPath](Open how) {
        using S = app::Station;
        return S::open(dbPath, how == Open::Create ? S::Mode::CreateIfMissing : S::Mode::MustExist,
                       how == Open::Read ? S::Access::ReadOnly : S::Access::ReadWrite);
    };
    try {
        const int rc = it->second(ctx);
        out.flush();
        return rc;
    } catch (const UsageError& e) {
        printError(QString::fromUtf8(e.what()));
        return 2;
    } catch (const core::DbError& e) {
        printError(e.message());
        return 1;
    } catch (const std::exception& e) {
        printError(QString::fromUtf8(e.what()));
        return 1;
    }
}

} // namespace gatepost::cli
