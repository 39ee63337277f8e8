#pragma once

// gatepost-cli run as a user runs it: a real process on a real station file, its exit code,
// standard output and standard error. GATEPOST_CLI is the program's path (set by CMake).

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

namespace gatepost::test {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument doc() const { return QJsonDocument::fromJson(out); }
    QJsonObject json() const { return doc().object(); }
};

/// `gatepost-cli --db DB ARGS...` with @p input on its standard input (a PIN); a run that does not finish
/// within @p timeoutMs is killed and reported with exit code -1.
inline CliRun runCli(const QString& db, const QStringList& args, int timeoutMs = 280000,
                     const QByteArray& input = {})
{
    QProcess p;
    p.start(QStringLiteral(GATEPOST_CLI), QStringList{QStringLiteral("--db"), db} + args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {-1, p.readAllStandardOutput(), p.readAllStandardError()};
    }
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace gatepost::test
