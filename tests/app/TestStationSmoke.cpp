// The real `gatepost` binary, started offscreen the way a newcomer starts the demo, with a folder
// of pass pictures as its camera: it comes up, reads the pass, logs it once, and a kill in the
// middle of its work leaves a log that verifies.

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestStationSmoke : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    Run cli(const QStringList& args)
    {
        QProcess p;
        p.start(QStringLiteral(GATEPOST_CLI),
                QStringList{QStringLiteral("--db"), path(QStringLiteral("demo.db"))} + args);
        p.waitForFinished(280000); // demo-community under ASan on a busy machine takes minutes
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    // This pass's crossings in the station's log.
    QJsonArray crossingsOf(const QString& serial)
    {
        const Run r = cli({QStringLiteral("log"), QStringLiteral("--format"), QStringLiteral("json")});
        QJsonArray out;
        for (const QJsonValue& v : QJsonDocument::fromJson(r.out).array()) {
            if (v.toObject()[QStringLiteral("pass_serial")].toString() == serial)
                out.append(v);
        }
        return out;
    }

private slots:
    void demoStationScansAPassFromItsCameraFolder()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("camera")));
        Run r = cli({QStringLiteral("init"), QStringLiteral("--station"), QStringLiteral("smoke"),
                     QStringLiteral("--gate"), QStringLiteral("north")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({QStringLiteral("demo-community"), QStringLiteral("--seed"), QStringLiteral("5")});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        // A pass that is allowed in at the north gate right now.
        r = cli({QStringLiteral("pass"), QStringLiteral("list"), QStringLiteral("--status"),
                 QStringLiteral("active"), QStringLiteral("--category"),
                 QStringLiteral("registered_resident"), QStringLiteral("--limit"), QStringLiteral("40"),
                 QStringLiteral("--json")});
        QString serial;
        for (const QJsonValue& v : QJsonDocument::fromJson(r.out).array()) {
            const QJsonObject p = v.toObject();
            const Run c =
                cli({QStringLiteral("check"), p[QStringLiteral("qr")].toString(), QStringLiteral("--gate"),
                     QStringLiteral("north"), QStringLiteral("--direction"), QStringLiteral("in"),
                     QStringLiteral("--json")});
            if (QJsonDocument::fromJson(c.out).object()[QStringLiteral("verdict")] ==
                QLatin1String("allow")) {
                serial = p[QStringLiteral("serial")].toString();
                break;
            }
        }
        QVERIFY2(!serial.isEmpty(), "no pass of the demo community is allowed in now");
        r = cli(
            {QStringLiteral("qr"), serial, QStringLiteral("--out"), path(QStringLiteral("camera/0001.png"))});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        QProcess station;
        station.setProcessChannelMode(QProcess::SeparateChannels);
        station.start(QStringLiteral(GATEPOST_APP),
                      {QStringLiteral("--demo"), QStringLiteral("--db"), path(QStringLiteral("demo.db")),
                       QStringLiteral("--camera"), path(QStringLiteral("camera")), QStringLiteral("--gate"),
                       QStringLiteral("north"), QStringLiteral("--direction"), QStringLiteral("in"),
                       QStringLiteral("--windowed")});
        QVERIFY2(station.waitForStarted(10000), qPrintable(station.errorString()));

        // Wait (bounded) for the station to log the pass it sees; the card stays in view, so it
        // must stay one crossing however long the station keeps looking at it.
        QByteArray err;
        QJsonArray rows;
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 280000 && station.state() == QProcess::Running) { // minutes under ASan
            station.waitForReadyRead(500);
            err += station.readAllStandardError();
            if (err.contains("ready to scan")) {
                rows = crossingsOf(serial);
                if (!rows.isEmpty())
                    break;
            }
        }
        QVERIFY2(station.state() == QProcess::Running, err.constData());
        QVERIFY2(err.contains("ready to scan at gate north"), err.constData());
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows.first().toObject();
        QCOMPARE(row[QStringLiteral("verdict")].toString(), QStringLiteral("allow"));
        QCOMPARE(row[QStringLiteral("kind")].toString(), QStringLiteral("scan"));
        QCOMPARE(row[QStringLiteral("gate")].toString(), QStringLiteral("north"));
        QCOMPARE(row[QStringLiteral("operator")].toString(), QStringLiteral("demo"));

        // A few seconds more of the same card in view: still one crossing.
        QTest::qWait(3000);
        QCOMPARE(crossingsOf(serial).size(), 1);

        // Killed mid-work (a power switch, the task manager): what was logged stays, and verifies.
        station.kill();
        QVERIFY(station.waitForFinished(10000));
        QCOMPARE(crossingsOf(serial).size(), 1);
        r = cli({QStringLiteral("verify-log")});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
    }
};

QTEST_GUILESS_MAIN(TestStationSmoke)
#include "TestStationSmoke.moc"
