#pragma once

// gatepost-cli: the same core as the station, without a GUI, for headless administration
// and for tests. Each command is one function; errors are one plain line on stderr and a
// non-zero exit, and a failed command writes nothing.

#include "core/AuditTrail.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <stdexcept>

namespace gatepost::app {
class Station;
}

namespace gatepost::cli {

// A usage or input error: printed as one line, exit code 2.
class UsageError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
    explicit UsageError(const QString& message)
        : std::runtime_error(message.toStdString())
    {
    }
};

// A refusal or failure of the command itself: exit code 1.
class CommandError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
    explicit CommandError(const QString& message)
        : std::runtime_error(message.toStdString())
    {
    }
};

// How a command opens the database.
enum class Open {
    Create, // may create the file (init, demo-community)
    Write,  // an existing file, with the writer lock: refused while a station writes it
    Read,   // an existing file, read-only: works beside a running station
};

struct Context
{
    QString dbPath;
    QStringList args; // the command's own arguments, command words removed
    QTextStream& out;
    // Opens the database. Write and Read need an existing file, so that a mistyped --db never
    // creates an empty one.
    std::function<std::unique_ptr<app::Station>(Open how)> openStation;
};

using Command = std::function<int(Context&)>;

// Parses ctx.args with the given options (and positional names); unknown options and
// missing values are UsageErrors.
void parseOrThrow(QCommandLineParser& parser, const Context& ctx);
QString requireValue(const QCommandLineParser& parser, const QString& name);

int cmdInit(Context& ctx);
int cmdDemoCommunity(Context& ctx);
int cmdPassList(Context& ctx);
int cmdIssue(Context& ctx);
int cmdReissue(Context& ctx);
int cmdRevoke(Context& ctx);
int cmdQr(Context& ctx);
int cmdCheck(Context& ctx);
int cmdScanImage(Context& ctx);
int cmdDecode(Context& ctx);
int cmdLog(Context& ctx);
int cmdVerifyLog(Context& ctx);
int cmdOperatorAdd(Context& ctx);
int cmdAudit(Context& ctx);
int cmdStationShow(Context& ctx);
int cmdStationAdd(Context& ctx);
int cmdStationList(Context& ctx);
int cmdSyncStatus(Context& ctx);
int cmdSyncExport(Context& ctx);
int cmdSyncImport(Context& ctx);
int cmdSync(Context& ctx);
int cmdSyncConfig(Context& ctx);
int cmdPrint(Context& ctx);
// The printed words in the document's language (--lang: zh_CN by default, like the station).
// Throws UsageError for another language.
void loadPrintLanguage(const QString& lang);
// Whether the command line runs a command that paints (print): it needs a QGuiApplication.
bool commandNeedsGui(const QStringList& arguments);
int cmdImport(Context& ctx);
// Returnees and quarantine (CliReturnees.cpp).
int cmdReturneeList(Context& ctx);
int cmdReturneeTemp(Context& ctx);
int cmdReturneeCheck(Context& ctx);
int cmdReturneeMove(Context& ctx);
int cmdReturneeRelease(Context& ctx);
int cmdReturneeCertificate(Context& ctx);
// The registry, headless (CliPeople.cpp).
int cmdHouseholdAdd(Context& ctx);
int cmdHouseholdList(Context& ctx);
int cmdPersonAdd(Context& ctx);
int cmdPersonList(Context& ctx);
int cmdPersonShow(Context& ctx);
int cmdVehicleAdd(Context& ctx);
int cmdVehicleList(Context& ctx);
int cmdPassExtend(Context& ctx);
int cmdPassSuspend(Context& ctx);
int cmdPassResume(Context& ctx);
int cmdPassLost(Context& ctx);
// Duty and courtyard patrols (CliPatrol.cpp).
int cmdPatrolAdd(Context& ctx);
int cmdPatrolList(Context& ctx);
int cmdPatrolOverdue(Context& ctx);
int cmdDutyList(Context& ctx);
// The roster and teams (CliRoster.cpp).
int cmdRosterShow(Context& ctx);
int cmdRosterPattern(Context& ctx);
int cmdRosterPdf(Context& ctx);
// True for `roster pdf` (main() then makes a QGuiApplication: fonts).
bool rosterDrawsPdf(const QStringList& arguments);
int cmdTeamList(Context& ctx);
int cmdTeamAdd(Context& ctx);
int cmdTeamRename(Context& ctx);
int cmdTeamLead(Context& ctx);
int cmdTeamMember(Context& ctx);
// issue with --household, --courtyard or --category: a batch; otherwise cmdIssue.
int cmdIssueOrBatch(Context& ctx);

// Records an export (log, audit) in the audit trail. The export itself reads the file
// read-only; the record needs the writer lock for a moment, so while a station runs on the
// file the record is deferred to the station (AuditTrail::defer) and stderr says so.
void recordExport(Context& ctx, core::AuditAction action, const QString& what, qint64 rows);
// A CSV cell: quoted when needed, and a cell that a spreadsheet would run as a formula (it
// starts with = + - @, tab or carriage return) starts with ' instead.
QString csvCell(QString s);
// ISO-8601; without an offset the time is read in @p timeZone. Throws UsageError.
QDateTime parseInstant(const QString& text, const QString& option, const QString& timeZone);
// --from and --to of a listing (log, audit), each optional: a null bound is open.
struct TimeRange
{
    QDateTime fromUtc;
    QDateTime toUtc;
};
TimeRange parseRange(const QCommandLineParser& parser, const QString& timeZone);

// A PIN typed once (to confirm who acts, not to set one): from the terminal without echo,
// otherwise one line of standard input. Never an option: it would stay in the shell history.
QString readOperatorPin(const QString& prompt);

// The shift handover (CliHandover.cpp).
int cmdHandover(Context& ctx);
int cmdHandoverSign(Context& ctx);
int cmdHandoverAck(Context& ctx);
/// Whether the command line asks for a handover PDF (it needs a QGuiApplication for fonts).
bool handoverDrawsPdf(const QStringList& arguments);

int run(const QStringList& arguments);
/// True when the command line asks for a PDF to be drawn (returnee release --certificate,
/// returnee certificate --out): main()
/// then makes a QGuiApplication (fonts) instead of a QCoreApplication.
bool drawsPdf(int argc, char* argv[]);

} // namespace gatepost::cli
