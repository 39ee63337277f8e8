// gatepost-cli's review commands end to end: demo-crossings, log with filters, export.

#include "CliRun.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <QTest>

namespace {

using Run = gatepost::test::CliRun;

QJsonArray rowsOf(const Run& r)
{
    return QJsonDocument::fromJson(r.out).array();
}

} // namespace

class TestCliReview : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_day;

    Run cli(const QStringList& args) { return gatepost::test::runCli(m_db, args); }
    QJsonArray log(const QStringList& filters)
    {
        const Run r = cli(
            QStringList{QStringLiteral("log"), QStringLiteral("--format"), QStringLiteral("json")} + filters);
        [&] {
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }();
        return rowsOf(r);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("office.db"));
        Run r = cli({QStringLiteral("init"), QStringLiteral("--station"), QStringLiteral("office"),
                     QStringLiteral("--gate"), QStringLiteral("office")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({QStringLiteral("demo-community"), QStringLiteral("--seed"), QStringLiteral("4")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({QStringLiteral("demo-crossings"), QStringLiteral("--days"), QStringLiteral("3"),
                 QStringLiteral("--per-day"), QStringLiteral("500"), QStringLiteral("--seed"),
                 QStringLiteral("10"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.json()[QStringLiteral("crossings")].toInteger() > 900);
        m_day = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
    }

    void theLogVerifies()
    {
        const Run r = cli({QStringLiteral("verify-log"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.out.constData());
    }

    void shiftFilter()
    {
        const QString id = m_day + QStringLiteral("/2");
        // Crossings: a decision or incident keeps its crossing's shift even when it falls just after it.
        const QStringList crossings{QStringLiteral("--kind"), QStringLiteral("scan,manual,visitor")};
        const QJsonArray rows = log(QStringList{QStringLiteral("--shift"), id} + crossings);
        QVERIFY(rows.size() > 50);
        for (const QJsonValue& v : rows)
            QCOMPARE(v[QStringLiteral("shift")].toString(), id);
        // The shift's crossings are exactly the crossings labelled with it, in the whole log.
        qint64 labelled = 0;
        for (const QJsonValue& v : log(crossings))
            labelled += v[QStringLiteral("shift")].toString() == id;
        QCOMPARE(qint64(rows.size()), labelled);
    }

    void gateVerdictSerialFilters()
    {
        const QString id = m_day + QStringLiteral("/2");
        const QJsonArray south =
            log({QStringLiteral("--shift"), id, QStringLiteral("--gate"), QStringLiteral("south")});
        const QJsonArray north =
            log({QStringLiteral("--shift"), id, QStringLiteral("--gate"), QStringLiteral("north")});
        QVERIFY(!south.isEmpty() && !north.isEmpty());
        QCOMPARE(south.size() + north.size(), log({QStringLiteral("--shift"), id}).size());
        for (const QJsonValue& v : south)
            QCOMPARE(v[QStringLiteral("gate")].toString(), QStringLiteral("south"));
        const QJsonArray denied = log({QStringLiteral("--verdict"), QStringLiteral("deny")});
        QVERIFY(!denied.isEmpty());
        for (const QJsonValue& v : denied)
            QCOMPARE(v[QStringLiteral("verdict")].toString(), QStringLiteral("deny"));
        QString serial;
        for (const QJsonValue& v : north)
            if (serial.isEmpty())
                serial = v[QStringLiteral("pass_serial")].toString();
        QVERIFY(!serial.isEmpty());
        const QJsonArray one = log({QStringLiteral("--serial"), serial});
        QVERIFY(!one.isEmpty());
        for (const QJsonValue& v : one)
            QCOMPARE(v[QStringLiteral("pass_serial")].toString(), serial);
    }

    void badFiltersAreOneLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("month 13") << QStringList{QStringLiteral("--shift"), QStringLiteral("2026-13-01/1")};
        QTest::newRow("no such shift")
            << QStringList{QStringLiteral("--shift"), QStringLiteral("2026-11-01/9")};
        QTest::newRow("no number") << QStringList{QStringLiteral("--shift"), QStringLiteral("2026-11-01")};
        QTest::newRow("unknown gate") << QStringList{QStringLiteral("--gate"), QStringLiteral("west")};
        QTest::newRow("unknown verdict") << QStringList{QStringLiteral("--verdict"), QStringLiteral("maybe")};
    }
    void badFiltersAreOneLine()
    {
        QFETCH(QStringList, args);
        const Run r = cli(
            QStringList{QStringLiteral("log"), QStringLiteral("--format"), QStringLiteral("json")} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count('\n'), 1);
    }

    void exportReadsBack()
    {
        const QString id = m_day + QStringLiteral("/2");
        const QString out = m_dir.filePath(QStringLiteral("shift.csv"));
        const Run r = cli({QStringLiteral("export"), QStringLiteral("--shift"), id, QStringLiteral("--out"),
                           out, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "at_utc,"));
        const QStringList lines =
            QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        const QJsonArray rows = log({QStringLiteral("--shift"), id});
        QCOMPARE(lines.size() - 1, rows.size());
        QCOMPARE(r.json()[QStringLiteral("rows")].toInteger(), qint64(rows.size()));
        // The last data line is the last row of the log listing.
        QVERIFY(lines.last().endsWith(rows.last()[QStringLiteral("uuid")].toString()));
        const QJsonArray audit =
            QJsonDocument::fromJson(cli({QStringLiteral("audit"), QStringLiteral("--json")}).out).array();
        bool exported = false;
        for (const QJsonValue& v : audit)
            exported |= v[QStringLiteral("action")].toString() == QLatin1String("log_export") &&
                        v[QStringLiteral("target")].toString() == QLatin1String("crossings csv");
        QVERIFY(exported);
    }

    void refusedOnARealFile()
    {
        const QString real = m_dir.filePath(QStringLiteral("real.db"));
        Run r = gatepost::test::runCli(real, {QStringLiteral("init"), QStringLiteral("--station"),
                                              QStringLiteral("north-1"), QStringLiteral("--gate"),
                                              QStringLiteral("north")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = gatepost::test::runCli(
            real, {QStringLiteral("demo-crossings"), QStringLiteral("--days"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("not a demo file"));
        r = gatepost::test::runCli(
            real, {QStringLiteral("log"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(rowsOf(r).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliReview)
#include "TestCliReview.moc"
