#include "PgTestServer.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "sync/PgConnection.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringList>

namespace gatepost::test {

namespace {

QString clusterDir()
{
    return qEnvironmentVariable("GATEPOST_TEST_PG_DIR");
}

QByteArray readTrimmed(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray();
}

} // namespace

std::optional<sync::HubSettings> PgTestServer::adminSettings()
{
    const QString dir = clusterDir();
    if (dir.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int port = readTrimmed(QDir(dir).filePath(QStringLiteral("port"))).toInt(&ok);
    if (!ok)
        return std::nullopt;
    sync::HubSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = port;
    s.database = QStringLiteral("postgres");
    s.user = QStringLiteral("postgres");
    s.password = QString::fromLatin1(readTrimmed(QDir(dir).filePath(QStringLiteral("admin-password"))));
    s.sslMode = QStringLiteral("disable");
    return s;
}

QString PgTestServer::skipReason()
{
    const QString dir = clusterDir();
    if (dir.isEmpty())
        return QStringLiteral(
            "NO POSTGRESQL: GATEPOST_TEST_PG_DIR is not set; run the test through ctest, whose "
            "fixture \"pg\" starts a throwaway cluster (scripts/pg-test-cluster)");
    const QString log = QDir(dir).filePath(QStringLiteral("log"));
    QStringList lines = QString::fromUtf8(readTrimmed(log)).split(u'\n');
    lines = lines.mid(std::max<qsizetype>(0, lines.size() - 6));
    return QStringLiteral("NO POSTGRESQL: the throwaway cluster did not start (see %1): %2")
        .arg(log, lines.join(QLatin1String(" | ")));
}

std::optional<sync::HubSettings> PgTestServer::createDatabase()
{
    auto admin = adminSettings();
    if (!admin)
        return std::nullopt;
    static QAtomicInt counter;
    const QString name = QStringLiteral("gp_%1_%2_%3")
                             .arg(QCoreApplication::applicationName().left(20).toLower())
                             .arg(QCoreApplication::applicationPid())
                             .arg(counter.fetchAndAddRelaxed(1));
    auto pg = sync::PgConnection::open(*admin);
    pg->exec("CREATE DATABASE " + pg->escapeIdentifier(name));
    admin->database = name;
    return admin;
}

void PgTestServer::dropDatabase(const sync::HubSettings& database)
{
    auto admin = adminSettings();
    if (!admin || database.database.isEmpty() || database.database == admin->database)
        return;
    try {
        auto pg = sync::PgConnection::open(*admin);
        pg->exec("DROP DATABASE IF EXISTS " + pg->escapeIdentifier(database.database) + " WITH (FORCE)");
    } catch (const sync::HubError&) {
        // The cluster is thrown away at the end of the run anyway.
    }
}

QString PgTestServer::caFile()
{
    const QString path = QDir(clusterDir()).filePath(QStringLiteral("ca.pem"));
    return !clusterDir().isEmpty() && QFile::exists(path) ? path : QString();
}

sync::HubSettings PgTestServer::as(const sync::HubSettings& database, const QString& role,
                                   const QString& password)
{
    sync::HubSettings s = database;
    s.user = role;
    s.password = password;
    return s;
}

int PgTestServer::closedPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr = {};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
    socklen_t len = sizeof addr;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
    ::close(fd);
    return ntohs(addr.sin_port);
}

} // namespace gatepost::test
