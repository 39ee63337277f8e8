#include "FakeClock.h"
#include "core/CrossingLog.h"
#include "core/Database.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace gatepost;
using namespace gatepost::core;

// A station PC can die at any instant (power cut, crash, someone pulls the plug).
// CrossingWriter prints a seq only after append() returned: every printed seq must be
// in the file after a SIGKILL, the file must pass integrity_check, and the chain must
// verify and continue on the next start.
class TestCrashDurability : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLosesNoCommittedCrossing()
    {
        const QByteArray seedEnv = qgetenv("GATEPOST_CRASH_SEED");
        const quint32 seed =
            seedEnv.isEmpty() ? static_cast<quint32>(QDateTime::currentMSecsSinceEpoch()) : seedEnv.toUInt();
        qInfo("seed %u (set GATEPOST_CRASH_SEED=%u to repeat)", seed, seed);
        QRandomGenerator rng(seed);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("station.db"));
        const QString station = QStringLiteral("crash-1");
        test::FakeClock clock;
        constexpr int kKills = 50;
        qint64 inLog = 0;   // rows in the file after the previous kill
        qint64 printed = 0; // rows the writer promised
        int emptyRuns = 0;  // killed before the first append returned
        QElapsedTimer total;
        total.start();

        for (int run = 0; run < kKills; ++run) {
            QProcess writer;
            writer.setProgram(QStringLiteral(CROSSING_WRITER_PATH));
            writer.setArguments({path, station});
            writer.start();
            QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
            const int delayMs = static_cast<int>(rng.bounded(20, 301));
            QByteArray out;
            QElapsedTimer alive;
            alive.start();
            // Drain stdout while waiting so a fast writer never blocks on a full pipe.
            while (alive.elapsed() < delayMs && writer.state() == QProcess::Running) {
                writer.waitForReadyRead(static_cast<int>(delayMs - alive.elapsed()));
                out += writer.readAllStandardOutput();
            }
            writer.kill(); // SIGKILL
            QVERIFY(writer.waitForFinished(10000));
            out += writer.readAllStandardOutput();
            QVERIFY2(writer.exitStatus() == QProcess::CrashExit,
                     qPrintable(QStringLiteral("run %1: the writer stopped by itself: %2")
                                    .arg(run)
                                    .arg(QString::fromLocal8Bit(writer.readAllStandardError()))));

            QList<qint64> seqs;
            const QList<QByteArray> lines = out.split('\n');
            QVERIFY2(lines.last().isEmpty(), "a printed line was cut in half");
            for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
                bool ok = false;
                seqs << lines[i].toLongLong(&ok);
                QVERIFY2(ok, lines[i].constData());
            }
            if (seqs.isEmpty())
                ++emptyRuns;

            auto db = Database::open(path);
            QCOMPARE(db->integrityCheck(), QStringLiteral("ok"));
            CrossingLog log(*db, station, clock);
            const ChainReport report = log.verify();
            QVERIFY2(report.ok, qPrintable(QStringLiteral("run %1: %2").arg(run).arg(report.problem)));
            auto find =
                db->prepare("SELECT count(*) FROM crossings WHERE station_id = ?1 AND station_seq = ?2");
            for (qsizetype i = 0; i < seqs.size(); ++i) {
                // The chain continues where the last run's file ended: nothing reused, nothing skipped.
                QCOMPARE(seqs[i], inLog + 1 + i);
                find.bind(1, station).bind(2, seqs[i]);
                QVERIFY(find.step());
                QVERIFY2(
                    find.int64(0) == 1,
                    qPrintable(
                        QStringLiteral("run %1: printed seq %2 is not in the log").arg(run).arg(seqs[i])));
                find.reset();
            }
            const qint64 now = log.count();
            // At most one row more than printed: committed, killed before the print.
            QVERIFY(now >= inLog + seqs.size());
            QVERIFY(now <= inLog + seqs.size() + 1);
            inLog = now;
            printed += seqs.size();
        }
        qInfo("%d kills, %lld rows in the log, %lld printed, %d runs killed before their first row, %.1f s",
              kKills, static_cast<long long>(inLog), static_cast<long long>(printed), emptyRuns,
              static_cast<double>(total.elapsed()) / 1000.0);
        QVERIFY2(inLog > 0, "the writer never got a row in: the test proved nothing");
    }
};

QTEST_GUILESS_MAIN(TestCrashDurability)
#include "TestCrashDurability.moc"
