#pragma once

// gatepost-cli: the same core as the station, without a GUI, for headless administration
// and for tests. Each command is one function; errors are one plain line on stderr and a
// non-zero exit, and a failed command writes nothing.

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

struct Context
{
    QString dbPath;
    QStringList args; // the command's own arguments, command words removed
    QTextStream& out;
    // Opens the database; commands that read an existing station use MustExist so that a
    // mistyped --db never creates an empty file.
    std::function<std::unique_ptr<app::Station>(bool mustExist)> openStation;
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

int run(const QStringList& arguments);

} // namespace gatepost::cli
