// gatepost-cli end to end: the real executable on a real demo community file.

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

// 10:00 in Beijing on the demo's reference day.
const QString kToday = QStringLiteral("2026-03-01");
const QString kAt = QStringLiteral("2026-03-01T02:00:00Z");

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    Run cli(const QStringList& args, const QString& db = {})
    {
        QProcess p;
        p.start(QStringLiteral(GATEPOST_CLI),
                QStringList{QStringLiteral("--db"), db.isEmpty() ? m_db : db} + args);
        p.waitForFinished(280000); // demo-community under ASan on a busy machine takes minutes
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    QJsonArray activePasses(int limit)
    {
        const Run r = cli({QStringLiteral("pass"), QStringLiteral("list"), QStringLiteral("--status"),
                           QStringLiteral("active"), QStringLiteral("--limit"), QString::number(limit),
                           QStringLiteral("--json")});
        return r.json().array();
    }

    QJsonObject check(const QString& code, const QString& gate = QStringLiteral("north"),
                      const QString& direction = QStringLiteral("in"), const QString& at = kAt)
    {
        const Run r =
            cli({QStringLiteral("check"), code, QStringLiteral("--gate"), gate, QStringLiteral("--direction"),
                 direction, QStringLiteral("--at"), at, QStringLiteral("--json")});
        return r.json().object();
    }

    int logRows()
    {
        const Run r = cli({QStringLiteral("log"), QStringLiteral("--format"), QStringLiteral("json")});
        return static_cast<int>(r.json().array().size());
    }

    // The first active pass allowed in at 10:00 at the north gate.
    QJsonObject allowedPass(int skip = 0)
    {
        for (const QJsonValue& v : activePasses(60)) {
            const QJsonObject p = v.toObject();
            if (check(p[QStringLiteral("qr")].toString())[QStringLiteral("verdict")] ==
                    QLatin1String("allow") &&
                skip-- == 0)
                return p;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("office.db"));
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--station"), QStringLiteral("office"),
                      QStringLiteral("--gate"), QStringLiteral("office")})
                     .exitCode,
                 0);
        const Run demo = cli({QStringLiteral("demo-community"), QStringLiteral("--seed"), QStringLiteral("7"),
                              QStringLiteral("--today"), kToday, QStringLiteral("--json")});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        const QJsonObject d = demo.json().object();
        QCOMPARE(d[QStringLiteral("households")].toInt(), 1212);
        int passes = 0;
        const QJsonObject byCategory = d[QStringLiteral("passes")].toObject();
        for (const QJsonValue& n : byCategory)
            passes += n.toInt();
        QVERIFY2(passes >= 6800 && passes <= 7200, qPrintable(QString::number(passes)));
        QCOMPARE(byCategory.size(), 6); // every category has passes
    }

    void passListGivesShortCodesWithoutPersonalData()
    {
        const QJsonArray list = activePasses(40);
        QCOMPARE(list.size(), 40);
        const QRegularExpression alnum(QStringLiteral("^[0-9A-Z $%*+./:-]+$"));
        for (const QJsonValue& v : list) {
            const QJsonObject p = v.toObject();
            const QString qr = p[QStringLiteral("qr")].toString();
            QVERIFY2(qr.size() <= 38, qPrintable(qr));
            QVERIFY2(alnum.match(qr).hasMatch(), qPrintable(qr));
            QCOMPARE(p[QStringLiteral("status")].toString(), QStringLiteral("active"));
            const QJsonObject holder = p[QStringLiteral("holder")].toObject();
            QVERIFY(!qr.contains(holder[QStringLiteral("name")].toString()));
            // The phone is masked in every output.
            const QString phone = holder[QStringLiteral("phone")].toString();
            QVERIFY2(phone.isEmpty() || phone.contains(QStringLiteral("****")), qPrintable(phone));
        }
    }

    void checkAllowsMostActivePassesAndLogsNothing()
    {
        const QJsonArray list = activePasses(40);
        int allowed = 0;
        for (const QJsonValue& v : list) {
            const QString qr = v.toObject()[QStringLiteral("qr")].toString();
            if (check(qr)[QStringLiteral("verdict")] == QLatin1String("allow") ||
                check(qr, QStringLiteral("south"))[QStringLiteral("verdict")] == QLatin1String("allow"))
                ++allowed;
        }
        QVERIFY2(allowed * 10 >= list.size() * 7, qPrintable(QString::number(allowed)));
        QCOMPARE(logRows(), 0);
    }

    void revokedPassIsDenied()
    {
        const QJsonObject p = allowedPass(0);
        QVERIFY(!p.isEmpty());
        const QString serial = p[QStringLiteral("serial")].toString();
        QCOMPARE(
            cli({QStringLiteral("revoke"), serial, QStringLiteral("--reason"), QStringLiteral("card stolen")})
                .exitCode,
            0);
        const QJsonObject v = check(p[QStringLiteral("qr")].toString());
        QCOMPARE(v[QStringLiteral("verdict")].toString(), QStringLiteral("deny"));
        QVERIFY(v[QStringLiteral("reasons")].toArray().contains(QStringLiteral("revoked")));
    }

    void reissueSupersedesTheOldCode()
    {
        const QJsonObject p = allowedPass(0);
        const QString oldCode = p[QStringLiteral("qr")].toString();
        const Run r = cli({QStringLiteral("reissue"), p[QStringLiteral("serial")].toString()});
        QCOMPARE(r.exitCode, 0);
        const QString newCode = QString::fromUtf8(r.out).trimmed();
        QVERIFY(newCode != oldCode);
        const QJsonObject oldV = check(oldCode);
        QCOMPARE(oldV[QStringLiteral("verdict")].toString(), QStringLiteral("deny"));
        QVERIFY(oldV[QStringLiteral("reasons")].toArray().contains(QStringLiteral("superseded")));
        QCOMPARE(check(newCode)[QStringLiteral("verdict")].toString(), QStringLiteral("allow"));
    }

    void madeUpCodesAreRejectedWithTheirReason()
    {
        const QJsonObject garbage = check(QStringLiteral("https://example.com/x"));
        QCOMPARE(garbage[QStringLiteral("verdict")].toString(), QStringLiteral("deny"));
        QCOMPARE(garbage[QStringLiteral("reasons")].toArray().first().toString(),
                 QStringLiteral("bad_format"));
        const QJsonObject unknown = check(QStringLiteral("GP1:9999999:01:0123456789ABCDEF"));
        QCOMPARE(unknown[QStringLiteral("reasons")].toArray().first().toString(),
                 QStringLiteral("unknown_pass"));
        QString forged = allowedPass(0)[QStringLiteral("qr")].toString();
        forged[forged.size() - 1] = forged.back() == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        const QJsonObject f = check(forged);
        QCOMPARE(f[QStringLiteral("verdict")].toString(), QStringLiteral("deny"));
        QVERIFY(f[QStringLiteral("reasons")].toArray().contains(QStringLiteral("wrong_secret")));
        QVERIFY(f[QStringLiteral("holder")].isNull()); // a forged code learns nothing about the holder
    }

    void qrPngScansThroughTheFullPathAndIsLogged()
    {
        const QJsonObject p = allowedPass(1);
        const QString png = m_dir.filePath(QStringLiteral("pass.png"));
        QCOMPARE(
            cli({QStringLiteral("qr"), p[QStringLiteral("serial")].toString(), QStringLiteral("--out"), png})
                .exitCode,
            0);
        QVERIFY(QFileInfo(png).size() > 0);
        const int before = logRows();
        // Scan through the real clock: the demo's dates are relative to kToday, so use a
        // direction/gate the pass allows and accept whatever the rules say today, but it must be logged.
        const Run r =
            cli({QStringLiteral("scan-image"), png, QStringLiteral("--gate"), QStringLiteral("north"),
                 QStringLiteral("--direction"), QStringLiteral("in"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject res = r.json().array().first().toObject();
        QCOMPARE(res[QStringLiteral("serial")].toString(), p[QStringLiteral("serial")].toString());
        QVERIFY(!res[QStringLiteral("logged")].toString().isEmpty());
        QCOMPARE(logRows(), before + 1);

        // The same code again within seconds is the same event: no second row.
        const Run again =
            cli({QStringLiteral("scan-image"), png, QStringLiteral("--gate"), QStringLiteral("north"),
                 QStringLiteral("--direction"), QStringLiteral("in"), QStringLiteral("--json")});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.json().array().first().toObject()[QStringLiteral("reasons")].toArray().contains(
            QStringLiteral("duplicate")));
        QCOMPARE(logRows(), before + 1);

        const Run verify = cli({QStringLiteral("verify-log")});
        QVERIFY2(verify.exitCode == 0, verify.out.constData());
        const Run csv = cli({QStringLiteral("log"), QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY(csv.out.startsWith("at_utc,"));
        QVERIFY(csv.out.contains(p[QStringLiteral("serial")].toString().toUtf8()));
    }

    void badInputGivesOneLineAndWritesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("pass"), QStringLiteral("list"), QStringLiteral("--colour")};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("bad direction") << QStringList{
            QStringLiteral("check"), QStringLiteral("GP1:"),        QStringLiteral("--gate"),
            QStringLiteral("north"), QStringLiteral("--direction"), QStringLiteral("sideways")};
        QTest::newRow("bad time") << QStringList{QStringLiteral("check"),       QStringLiteral("x"),
                                                 QStringLiteral("--gate"),      QStringLiteral("north"),
                                                 QStringLiteral("--direction"), QStringLiteral("in"),
                                                 QStringLiteral("--at"),        QStringLiteral("noon")};
        QTest::newRow("unknown gate")
            << QStringList{QStringLiteral("check"), QStringLiteral("x"),           QStringLiteral("--gate"),
                           QStringLiteral("west"),  QStringLiteral("--direction"), QStringLiteral("in")};
        QTest::newRow("missing image") << QStringList{
            QStringLiteral("scan-image"), QStringLiteral("/nonexistent.png"), QStringLiteral("--gate"),
            QStringLiteral("north"),      QStringLiteral("--direction"),      QStringLiteral("in")};
        QTest::newRow("revoke without reason")
            << QStringList{QStringLiteral("revoke"), QStringLiteral("0000001")};
        QTest::newRow("unknown serial") << QStringList{QStringLiteral("reissue"), QStringLiteral("7654321")};
        QTest::newRow("absurd temperature")
            << QStringList{QStringLiteral("check"),  QStringLiteral("x"),           QStringLiteral("--gate"),
                           QStringLiteral("north"),  QStringLiteral("--direction"), QStringLiteral("in"),
                           QStringLiteral("--temp"), QStringLiteral("98.6")};
    }

    void badInputGivesOneLineAndWritesNothing()
    {
        QFETCH(QStringList, args);
        const int rowsBefore = logRows(); // an export: itself an audit row, so counted first
        const QByteArray before = [this] {
            QFile f(m_db);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        const Run r = cli(args);
        QVERIFY(r.exitCode != 0);
        QCOMPARE(r.err.trimmed().count('\n'), 0); // one line
        QVERIFY(r.err.startsWith("gatepost-cli: "));
        QFile f(m_db);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        QCOMPARE(logRows(), rowsBefore);
    }

    void missingDatabaseIsNotCreatedByReadCommands()
    {
        const QString path = m_dir.filePath(QStringLiteral("typo.db"));
        const Run r = cli({QStringLiteral("pass"), QStringLiteral("list"), QStringLiteral("--json")}, path);
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.err.contains("no such database"));
        QVERIFY(!QFileInfo::exists(path));
    }

    void garbageFileAsDatabaseIsAClearError()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'z'));
        f.close();
        const Run r = cli({QStringLiteral("pass"), QStringLiteral("list")}, path);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("not a Gatepost database"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
