// gatepost-cli's lock-down, end to end with the real executable: private files, no PIN on the
// command line, the audit trail and verify-log, one writing process, a log export spreadsheets
// cannot run.

#include "core/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace gatepost;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

int modeOf(const QString& path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? static_cast<int>(st.st_mode & 0777) : -1;
}

} // namespace

class TestCliLockdown : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    Run cli(const QStringList& args, const QByteArray& input = {}, const QString& db = {})
    {
        QProcess p;
        p.start(QStringLiteral(GATEPOST_CLI),
                QStringList{QStringLiteral("--db"), db.isEmpty() ? m_db : db} + args);
        p.waitForStarted();
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();     // not a terminal: the PIN is one line of standard input
        p.waitForFinished(280000); // demo-community under ASan on a busy machine takes minutes
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    qint64 scalar(const char* sql)
    {
        auto db = core::Database::openReadOnly(m_db);
        auto q = db->prepare(sql);
        return q.step() ? q.int64(0) : -1;
    }

    QString firstActive(int skip = 0)
    {
        const Run r = cli({QStringLiteral("pass"), QStringLiteral("list"), QStringLiteral("--status"),
                           QStringLiteral("active"), QStringLiteral("--limit"), QStringLiteral("10"),
                           QStringLiteral("--json")});
        return r.json().array().at(skip).toObject()[QStringLiteral("serial")].toString();
    }

private slots:
    void initTestCase()
    {
        ::umask(022);
        QVERIFY(m_dir.isValid());
        // A folder the program creates is private too.
        m_db = m_dir.filePath(QStringLiteral("data/gate/office.db"));
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--station"), QStringLiteral("office"),
                      QStringLiteral("--gate"), QStringLiteral("north")})
                     .exitCode,
                 0);
        const Run demo =
            cli({QStringLiteral("demo-community"), QStringLiteral("--seed"), QStringLiteral("3")});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
    }

    void filesAndFoldersArePrivate()
    {
        QCOMPARE(modeOf(m_dir.filePath(QStringLiteral("data"))), 0700);
        QCOMPARE(modeOf(m_dir.filePath(QStringLiteral("data/gate"))), 0700);
        QCOMPARE(modeOf(m_db), 0600);
        QCOMPARE(modeOf(m_db + QStringLiteral(".lock")), 0600);
        // A file someone made readable is tightened by the next command, which says so.
        QVERIFY(::chmod(QFile::encodeName(m_db).constData(), 0644) == 0);
        const Run r = cli(
            {QStringLiteral("pass"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(modeOf(m_db), 0600);
        QVERIFY2(r.err.contains("could be read by other accounts"), r.err.constData());
    }

    void aPinIsNeverACommandLineArgument()
    {
        const Run argv = cli({QStringLiteral("operator"), QStringLiteral("add"), QStringLiteral("王五"),
                              QStringLiteral("--role"), QStringLiteral("volunteer"), QStringLiteral("--pin"),
                              QStringLiteral("258013")});
        QVERIFY(argv.exitCode != 0);
        QVERIFY2(argv.err.contains("--pin is refused") && argv.err.contains("shell history"),
                 argv.err.constData());
        QCOMPARE(scalar("SELECT count(*) FROM operators"), 0);

        const Run stdinPin = cli({QStringLiteral("operator"), QStringLiteral("add"), QStringLiteral("赵六"),
                                  QStringLiteral("--role"), QStringLiteral("shift_lead")},
                                 "258013\n");
        QVERIFY2(stdinPin.exitCode == 0, stdinPin.err.constData());
        QVERIFY(!stdinPin.out.contains("258013"));
        QCOMPARE(scalar("SELECT count(*) FROM operators WHERE name = '赵六' AND role = 'shift_lead'"), 1);

        const Run badPin = cli({QStringLiteral("operator"), QStringLiteral("add"), QStringLiteral("钱七"),
                                QStringLiteral("--role"), QStringLiteral("volunteer")},
                               "12\n");
        QVERIFY(badPin.exitCode != 0);
        QCOMPARE(scalar("SELECT count(*) FROM operators"), 1);
    }

    void adminActsAreAuditedAndVerifyLogGuardsTheTrail()
    {
        const QString revoked = firstActive(0);
        const QString reissued = firstActive(1);
        QCOMPARE(
            cli({QStringLiteral("revoke"), revoked, QStringLiteral("--reason"), QStringLiteral("card lost")})
                .exitCode,
            0);
        QCOMPARE(cli({QStringLiteral("reissue"), reissued}).exitCode, 0);
        const Run audit = cli({QStringLiteral("audit"), QStringLiteral("--json")});
        QCOMPARE(audit.exitCode, 0);
        QStringList got;
        for (const QJsonValue& v : audit.json().array()) {
            const QJsonObject o = v.toObject();
            got << o[QStringLiteral("action")].toString() + u' ' + o[QStringLiteral("target")].toString();
            QVERIFY(o[QStringLiteral("actor")].toString().startsWith(QStringLiteral("os:")));
        }
        QVERIFY2(got.contains(QStringLiteral("operator_add 赵六")), qPrintable(got.join(u'|')));
        QVERIFY2(got.contains(QStringLiteral("pass_revoke ") + revoked), qPrintable(got.join(u'|')));
        QVERIFY2(got.contains(QStringLiteral("pass_reissue ") + reissued), qPrintable(got.join(u'|')));
        // The listing is itself an export, and is recorded.
        const Run csv = cli({QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY(csv.out.startsWith("at_utc,station,seq,actor,actor_kind,action,target,before,after,hash\n"));
        QVERIFY(csv.out.contains(",audit_export,"));

        QCOMPARE(cli({QStringLiteral("verify-log")}).exitCode, 0);
        const QString copy = m_dir.filePath(QStringLiteral("tampered.db"));
        QVERIFY(QFile::copy(m_db, copy));
        {
            auto raw = core::Database::openRaw(copy);
            raw->exec("DROP TRIGGER audit_trail_no_update");
            raw->exec("UPDATE audit_trail SET target = target || 'x' WHERE station_seq = 2");
        }
        const Run broken = cli({QStringLiteral("verify-log")}, {}, copy);
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.out.contains("audit trail BROKEN") && broken.out.contains("seq 2"),
                 broken.out.constData());
        const Run brokenJson = cli({QStringLiteral("verify-log"), QStringLiteral("--json")}, {}, copy);
        QCOMPARE(brokenJson.json()
                     .object()[QStringLiteral("audit_first_broken")]
                     .toObject()[QStringLiteral("seq")]
                     .toInt(),
                 2);
    }

    void aSecondWriterIsRefusedWhileReadersKeepWorking()
    {
        const QString serial = firstActive(2);
        const qint64 audited = scalar("SELECT count(*) FROM audit_trail");
        {
            // This test process is the running station: it holds the writer lock.
            auto station = core::Database::open(m_db);
            const Run revoke = cli({QStringLiteral("revoke"), serial, QStringLiteral("--reason"),
                                    QStringLiteral("second writer")});
            QVERIFY(revoke.exitCode != 0);
            QVERIFY2(revoke.err.contains("in use by") &&
                         revoke.err.contains(QByteArray::number(QCoreApplication::applicationPid())) &&
                         revoke.err.contains("station office at gate north"),
                     revoke.err.constData());
            const Run list = cli({QStringLiteral("pass"), QStringLiteral("list"), QStringLiteral("--limit"),
                                  QStringLiteral("3"), QStringLiteral("--json")});
            QCOMPARE(list.exitCode, 0);
            QCOMPARE(list.json().array().size(), 3);
            QCOMPARE(cli({QStringLiteral("verify-log")}).exitCode, 0);
            const Run log = cli({QStringLiteral("log"), QStringLiteral("--format"), QStringLiteral("json")});
            QCOMPARE(log.exitCode, 0);
            QVERIFY(log.json().isArray());
            // Said, not hidden: the export waits for the writer to put it into the trail.
            QVERIFY2(log.err.contains("will add this export to the audit trail"), log.err.constData());
            QVERIFY(QFileInfo::exists(m_db + QStringLiteral("-audit-pending")));
            QCOMPARE(QFileInfo(m_db + QStringLiteral("-audit-pending")).permissions() & 0x0077, 0);
        }
        const QByteArray stillActive =
            QByteArray("SELECT count(*) FROM passes WHERE status = 'active' AND serial = '") +
            serial.toLatin1() + "'";
        QCOMPARE(scalar(stillActive.constData()), 1);
        QCOMPARE(scalar("SELECT count(*) FROM audit_trail"), audited);

        // The next writer (here the CLI adding an operator) writes the deferred export first.
        const Run add = cli({QStringLiteral("operator"), QStringLiteral("add"), QStringLiteral("deferred"),
                             QStringLiteral("--role"), QStringLiteral("volunteer")},
                            "135790\n");
        QVERIFY2(add.exitCode == 0, add.err.constData());
        QVERIFY(!QFileInfo::exists(m_db + QStringLiteral("-audit-pending")));
        QCOMPARE(scalar("SELECT count(*) FROM audit_trail"), audited + 2);
        QCOMPARE(scalar("SELECT count(*) FROM audit_trail WHERE action = 'log_export' AND actor LIKE 'os:%'"
                        " AND after_value LIKE '%done_at%'"),
                 1);
        QCOMPARE(cli({QStringLiteral("verify-log")}).exitCode, 0);
    }

    void leavesNoCoreDump()
    {
        // operator add waits for its PIN on standard input: long enough to look at its limits.
        QProcess p;
        p.start(QStringLiteral(GATEPOST_CLI),
                {QStringLiteral("--db"), m_db, QStringLiteral("operator"), QStringLiteral("add"),
                 QStringLiteral("x"), QStringLiteral("--role"), QStringLiteral("volunteer")});
        QVERIFY(p.waitForStarted());
        QByteArray limits;
        QTRY_VERIFY_WITH_TIMEOUT((limits =
                                      [&p] {
                                          QFile f(QStringLiteral("/proc/%1/limits").arg(p.processId()));
                                          return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
                                      }())
                                     .contains("Max core file size        0                    0"),
                                 5000);
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(10000));
        QVERIFY(p.exitCode() != 0); // no PIN: nothing written
    }

    void theLogExportDefusesSpreadsheetFormulas()
    {
        // Two different passes (the same one twice would be one read), each logged by an "operator"
        // whose name a spreadsheet would run.
        const QStringList who{QStringLiteral("\t=1+1"), QStringLiteral("\r@SUM(A1)")};
        for (int i = 0; i < 2; ++i) {
            const QString png = m_dir.filePath(QStringLiteral("p%1.png").arg(i));
            QCOMPARE(cli({QStringLiteral("qr"), firstActive(3 + i), QStringLiteral("--out"), png}).exitCode,
                     0);
            const Run scan = cli({QStringLiteral("scan-image"), png, QStringLiteral("--gate"),
                                  QStringLiteral("north"), QStringLiteral("--direction"),
                                  QStringLiteral("in"), QStringLiteral("--operator"), who[i]});
            QVERIFY2(scan.exitCode == 0, scan.err.constData());
        }
        const Run csv = cli({QStringLiteral("log"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY2(csv.out.contains(",'\t=1+1,"), csv.out.constData());
        QVERIFY2(csv.out.contains(",\"'\r@SUM(A1)\","), csv.out.constData());
        const Run json = cli({QStringLiteral("log"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.json().array().size(), 2);
        QCOMPARE(json.json().array().at(0).toObject()[QStringLiteral("operator")].toString(),
                 QStringLiteral("\t=1+1"));
    }
};

QTEST_GUILESS_MAIN(TestCliLockdown)
#include "TestCliLockdown.moc"
