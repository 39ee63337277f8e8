// gatepost-cli print, end to end: the real executable on a demo community file; the PDF it
// writes is rasterised and every code read back with zbar to the text `pass list` shows.

#include "../print/PdfReadBack.h"
#include "CliRun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <QTest>

using namespace gatepost::test;

namespace {

using Run = gatepost::test::CliRun;

QString pubkeyOf(const Run& r)
{
    return r.doc().object().value(QStringLiteral("pubkey")).toString();
}

} // namespace

class TestCliPrint : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QJsonArray m_active; // pass list --status active --json
    QString m_revoked;

    Run cli(const QStringList& args, const QString& db = {})
    {
        return gatepost::test::runCli(db.isEmpty() ? m_db : db, args);
    }
    QString out(const QString& name) const { return m_dir.filePath(name); }

    // The first active passes of a holder kind ("person", "vehicle").
    QJsonArray firstOf(const QString& kind, int n) const
    {
        QJsonArray a;
        for (const QJsonValue& v : m_active)
            if (a.size() < n && v[QStringLiteral("holder")][QStringLiteral("kind")].toString() == kind)
                a.append(v);
        return a;
    }

private slots:
    void initTestCase()
    {
        if (!haveReadBackTools())
            QSKIP("poppler-utils and zbar-tools are needed to read the printed passes back");
        m_db = out(QStringLiteral("office.db"));
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--station"), QStringLiteral("office"),
                      QStringLiteral("--gate"), QStringLiteral("office")})
                     .exitCode,
                 0);
        const Run demo = cli({QStringLiteral("demo-community"), QStringLiteral("--seed"), QStringLiteral("5"),
                              QStringLiteral("--today"), QStringLiteral("2026-12-01")});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        m_active = cli({QStringLiteral("pass"), QStringLiteral("list"), QStringLiteral("--status"),
                        QStringLiteral("active"), QStringLiteral("--json")})
                       .doc()
                       .array();
        QVERIFY(m_active.size() > 6000);
        const QJsonArray revoked =
            cli({QStringLiteral("pass"), QStringLiteral("list"), QStringLiteral("--status"),
                 QStringLiteral("revoked"), QStringLiteral("--limit"), QStringLiteral("1"),
                 QStringLiteral("--json")})
                .doc()
                .array();
        QCOMPARE(revoked.size(), 1);
        m_revoked = revoked.first()[QStringLiteral("serial")].toString();
    }

    void selectedSerialsPrintAndReadBack()
    {
        const QJsonArray people = firstOf(QStringLiteral("person"), 3);
        const QJsonArray cars = firstOf(QStringLiteral("vehicle"), 1);
        QStringList args{QStringLiteral("print")};
        for (const QJsonValue& v : people)
            args << v[QStringLiteral("serial")].toString();
        args << cars.first()[QStringLiteral("serial")].toString();
        const QString pdf = out(QStringLiteral("some.pdf"));
        const Run r = cli(args << QStringLiteral("--out") << pdf << QStringLiteral("--json"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = r.doc().object();
        QCOMPARE(o[QStringLiteral("passes")].toInt(), 4);
        QCOMPARE(o[QStringLiteral("pages")].toInt(), 2); // one sheet of 3 cards, one placard
        QCOMPARE(pageCount(pdf), 2);
        QSet<QString> sheetCodes;
        for (const QJsonValue& v : people)
            sheetCodes.insert(v[QStringLiteral("qr")].toString());
        QVERIFY(!rasterise(pdf, 1, 200, m_dir.path()).isNull());
        QCOMPARE(zbarCodes(m_dir.filePath(QStringLiteral("page1-200.png"))), sheetCodes);
        QVERIFY(!rasterise(pdf, 2, 200, m_dir.path()).isNull());
        QCOMPARE(zbarCodes(m_dir.filePath(QStringLiteral("page2-200.png"))),
                 QSet<QString>{cars.first()[QStringLiteral("qr")].toString()});
    }

    void aRevokedPassIsRefusedByNameAndNothingIsWritten()
    {
        const QString pdf = out(QStringLiteral("revoked.pdf"));
        {
            QFile older(pdf);
            QVERIFY(older.open(QIODevice::WriteOnly));
            older.write("older");
        }
        const Run r = cli({QStringLiteral("print"), m_active.first()[QStringLiteral("serial")].toString(),
                           m_revoked, QStringLiteral("--out"), pdf});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(m_revoked.toUtf8()) && r.err.contains("revoked"), r.err.constData());
        QFile older(pdf);
        QVERIFY(older.open(QIODevice::ReadOnly));
        QCOMPARE(older.readAll(), QByteArray("older")); // untouched

        const Run unknown = cli({QStringLiteral("print"), QStringLiteral("9999999"), QStringLiteral("--out"),
                                 out(QStringLiteral("unknown.pdf"))});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("9999999"));
        QVERIFY(!QFile::exists(out(QStringLiteral("unknown.pdf"))));
    }

    void usageErrors()
    {
        QCOMPARE(
            cli({QStringLiteral("print"), QStringLiteral("--out"), out(QStringLiteral("u.pdf"))}).exitCode,
            2);
        QCOMPARE(cli({QStringLiteral("print"), QStringLiteral("--all"), QStringLiteral("0000001"),
                      QStringLiteral("--out"), out(QStringLiteral("u.pdf"))})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("print"), QStringLiteral("--all"), QStringLiteral("--out"),
                      out(QStringLiteral("u.txt"))})
                     .exitCode,
                 2);
        QVERIFY(!QFile::exists(out(QStringLiteral("u.pdf"))));
    }

    void aFolderThatCannotBeWrittenLeavesNoFile()
    {
        const QString pdf = out(QStringLiteral("missing/folder/x.pdf"));
        const Run r = cli({QStringLiteral("print"), m_active.first()[QStringLiteral("serial")].toString(),
                           QStringLiteral("--out"), pdf});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("cannot write"), r.err.constData());
        QVERIFY(!QFile::exists(pdf));
    }

    void oneHouseholdPrintsItsActivePasses()
    {
        const QString address =
            m_active.first()[QStringLiteral("holder")][QStringLiteral("address")].toString();
        QStringList expected;
        for (const QJsonValue& v : m_active)
            if (v[QStringLiteral("holder")][QStringLiteral("address")].toString() == address)
                expected << v[QStringLiteral("serial")].toString();
        const Run r =
            cli({QStringLiteral("print"), QStringLiteral("--household"), address, QStringLiteral("--out"),
                 out(QStringLiteral("home.pdf")), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QStringList got;
        for (const QJsonValue& v : r.doc().object()[QStringLiteral("serials")].toArray())
            got << v.toString();
        std::sort(got.begin(), got.end());
        std::sort(expected.begin(), expected.end());
        QCOMPARE(got, expected);
        const Run nowhere =
            cli({QStringLiteral("print"), QStringLiteral("--household"), QStringLiteral("火星 1号"),
                 QStringLiteral("--out"), out(QStringLiteral("nowhere.pdf"))});
        QCOMPARE(nowhere.exitCode, 1);
        QVERIFY(nowhere.err.contains("no household"));
    }

    void everyActivePassInOnePdfWithAnAuditRow()
    {
        const QString pdf = out(QStringLiteral("all.pdf"));
        const Run r = cli({QStringLiteral("print"), QStringLiteral("--all"), QStringLiteral("--out"), pdf,
                           QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = r.doc().object();
        QCOMPARE(o[QStringLiteral("passes")].toInt(), m_active.size());
        QVERIFY(o[QStringLiteral("pages")].toInt() >= 500);
        QCOMPARE(pageCount(pdf), o[QStringLiteral("pages")].toInt());
        // The last page is a placard: its code is a real active pass.
        QSet<QString> active;
        for (const QJsonValue& v : m_active)
            active.insert(v[QStringLiteral("qr")].toString());
        const int last = o[QStringLiteral("pages")].toInt();
        QVERIFY(!rasterise(pdf, last, 150, m_dir.path()).isNull());
        const QSet<QString> read = zbarCodes(m_dir.filePath(QStringLiteral("page%1-150.png").arg(last)));
        QCOMPARE(read.size(), 1);
        QVERIFY(active.contains(*read.begin()));

        const QJsonArray audit = cli({QStringLiteral("audit"), QStringLiteral("--json")}).doc().array();
        bool found = false;
        for (const QJsonValue& row : audit)
            if (row[QStringLiteral("action")].toString() == QLatin1String("pass_print") &&
                row[QStringLiteral("target")].toString().endsWith(QLatin1String("all.pdf")) &&
                row[QStringLiteral("after")].toString().contains(QString::number(m_active.size())))
                found = true;
        QVERIFY(found);
    }

    void aGateStationIsRefused()
    {
        // A gate of the community gets the passes through a bundle: hashes of the secrets only.
        const QString gate = out(QStringLiteral("north.db"));
        const QString officeKey =
            pubkeyOf(cli({QStringLiteral("station"), QStringLiteral("show"), QStringLiteral("--json")}));
        QCOMPARE(
            cli({QStringLiteral("init"), QStringLiteral("--station"), QStringLiteral("north"),
                 QStringLiteral("--gate"), QStringLiteral("north"), QStringLiteral("--trust"), officeKey},
                gate)
                .exitCode,
            0);
        const QString gateKey = pubkeyOf(
            cli({QStringLiteral("station"), QStringLiteral("show"), QStringLiteral("--json")}, gate));
        QCOMPARE(cli({QStringLiteral("station"), QStringLiteral("add"), QStringLiteral("north"),
                      QStringLiteral("--pubkey"), gateKey})
                     .exitCode,
                 0);
        const QString bundle = out(QStringLiteral("office.bundle"));
        QCOMPARE(
            cli({QStringLiteral("sync"), QStringLiteral("export"), QStringLiteral("--out"), bundle}).exitCode,
            0);
        QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("import"), bundle}, gate).exitCode, 0);
        const QString serial = m_active.first()[QStringLiteral("serial")].toString();
        const QString pdf = out(QStringLiteral("gate.pdf"));
        const Run r = cli({QStringLiteral("print"), serial, QStringLiteral("--out"), pdf}, gate);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("no pass secrets"), r.err.constData());
        QVERIFY(!QFile::exists(pdf));
    }
};

QTEST_MAIN(TestCliPrint)
#include "TestCliPrint.moc"
