// gatepost-cli sync killed (SIGKILL) at random moments of a large pull, again and again: the
// gate's file stays whole, nothing is applied twice, and the next run finishes the job. The
// password reaches the CLI through the environment only.

#include "PgTestServer.h"
#include "core/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using gatepost::test::PgTestServer;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestSyncKilled : public QObject
{
    Q_OBJECT

    gatepost::sync::HubSettings m_hub;
    QTemporaryDir m_dir;

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("GATEPOST_HUB_PASSWORD"), m_hub.password);
        return e;
    }

    Run cli(const QString& db, const QStringList& args, int timeoutMs = 120000)
    {
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(QStringLiteral(GATEPOST_CLI), QStringList{QStringLiteral("--db"), db} + args);
        p.waitForFinished(timeoutMs);
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QString file(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QString key(const QString& db)
    {
        const Run r = cli(db, {QStringLiteral("station"), QStringLiteral("show"), QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("pubkey")).toString();
    }
    qint64 scalar(const QString& db, const QString& sql)
    {
        auto d = gatepost::core::Database::openReadOnly(db);
        gatepost::core::Statement q = d->prepare(sql.toUtf8().constData());
        return q.step() ? q.int64(0) : -1;
    }

private slots:
    void init() { GATEPOST_REQUIRE_PG(m_hub); }
    void cleanup() { PgTestServer::dropDatabase(m_hub); }

    void aKilledPullResumesWithoutDoubling()
    {
        const QString url = m_hub.displayUrl();
        QVERIFY2(!url.contains(m_hub.password), "the URL must not carry the password");
        const QString office = file("office.db");
        const QString north = file("north.db");
        QCOMPARE(cli(office, {QStringLiteral("init"), QStringLiteral("--station"), QStringLiteral("office"),
                              QStringLiteral("--gate"), QStringLiteral("office")})
                     .exitCode,
                 0);
        QCOMPARE(cli(north, {QStringLiteral("init"), QStringLiteral("--station"), QStringLiteral("north"),
                             QStringLiteral("--gate"), QStringLiteral("north"), QStringLiteral("--trust"),
                             key(office)})
                     .exitCode,
                 0);
        QCOMPARE(cli(office, {QStringLiteral("station"), QStringLiteral("add"), QStringLiteral("north"),
                              QStringLiteral("--pubkey"), key(north)})
                     .exitCode,
                 0);
        QCOMPARE(
            cli(office, {QStringLiteral("demo-community"), QStringLiteral("--seed"), QStringLiteral("5")})
                .exitCode,
            0);
        const Run pushed =
            cli(office, {QStringLiteral("sync"), QStringLiteral("--hub"), url, QStringLiteral("--once")});
        QVERIFY2(pushed.exitCode == 0, qPrintable(pushed.err));
        QVERIFY(!pushed.err.contains(m_hub.password));

        QRandomGenerator rng(42);
        int killed = 0;
        for (int i = 0; i < 6; ++i) {
            QProcess p;
            p.setProcessEnvironment(env());
            p.start(QStringLiteral(GATEPOST_CLI), {QStringLiteral("--db"), north, QStringLiteral("sync"),
                                                   QStringLiteral("--hub"), url, QStringLiteral("--once")});
            QVERIFY(p.waitForStarted());
            if (!p.waitForFinished(int(rng.bounded(150, 1500)))) {
                ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
                p.waitForFinished();
                ++killed;
            }
        }
        qInfo("killed %d of 6 pulls mid-way", killed);
        const Run last = cli(north, {QStringLiteral("sync"), QStringLiteral("--hub"), url,
                                     QStringLiteral("--once"), QStringLiteral("--json")});
        QVERIFY2(last.exitCode == 0, qPrintable(last.err));

        const QString officeId =
            QJsonDocument::fromJson(
                cli(office, {QStringLiteral("station"), QStringLiteral("show"), QStringLiteral("--json")})
                    .out.toUtf8())
                .object()
                .value(QLatin1String("station_id"))
                .toString();
        const QString ofOffice =
            QStringLiteral("SELECT count(*) FROM sync_events WHERE origin = '%1'").arg(officeId);
        QVERIFY(scalar(office, ofOffice) > 10000);
        QCOMPARE(scalar(north, ofOffice), scalar(office, ofOffice));
        QCOMPARE(scalar(north, QStringLiteral("SELECT count(*) FROM sync_events WHERE state <> 'applied'")),
                 0);
        for (const char* table :
             {"households", "people", "vehicles", "passes", "pass_generations", "quarantines"}) {
            const QString sql = QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table));
            QCOMPARE(scalar(north, sql), scalar(office, sql));
        }
        QCOMPARE(scalar(north, QStringLiteral("SELECT count(*) FROM pass_generations WHERE secret <> ''")),
                 0);
        QCOMPARE(gatepost::core::Database::openReadOnly(north)->integrityCheck(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestSyncKilled)
#include "TestSyncKilled.moc"
