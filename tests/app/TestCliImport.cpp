// gatepost-cli import end to end: the real executable on a real station file and the CSV files
// of tests/data/import (GB18030 with broken rows, a broken file, unknown headers).

#include "CliRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <QTest>

namespace {

using Run = gatepost::test::CliRun;

QString dataFile(const char* name)
{
    return QStringLiteral(GATEPOST_TEST_DATA "/import/") + QString::fromUtf8(name);
}

// "line:status" of each row of a JSON report.
QStringList outline(const QJsonObject& report)
{
    QStringList out;
    for (const QJsonValue& v : report.value(QStringLiteral("rows")).toArray()) {
        const QJsonObject row = v.toObject();
        out << QString::number(row.value(QStringLiteral("line")).toInt()) + QLatin1Char(':') +
                   row.value(QStringLiteral("status")).toString();
    }
    return out;
}

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    Run cli(const QStringList& args) { return gatepost::test::runCli(m_db, args); }

    Run import(const char* file, const QString& kind, const QStringList& more = {})
    {
        return cli(QStringList{QStringLiteral("import"), dataFile(file), QStringLiteral("--kind"), kind,
                               QStringLiteral("--json")} +
                   more);
    }

    int auditRows(const QString& action)
    {
        int n = 0;
        for (const QJsonValue& v :
             QJsonDocument::fromJson(cli({QStringLiteral("audit"), QStringLiteral("--json")}).out).array()) {
            if (v.toObject().value(QStringLiteral("action")).toString() == action)
                ++n;
        }
        return n;
    }

private slots:
    void init()
    {
        static int n = 0;
        m_db = m_dir.filePath(QStringLiteral("office%1.db").arg(++n));
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--station"), QStringLiteral("office"),
                      QStringLiteral("--gate"), QStringLiteral("office")})
                     .exitCode,
                 0);
        QCOMPARE(import("households-utf8.csv", QStringLiteral("households"))
                     .json()
                     .value(QStringLiteral("imported")),
                 QJsonValue(3));
    }

    void dryRunThenImportThenNothingMore()
    {
        const Run dry =
            import("migrants-broken-gb18030.csv", QStringLiteral("migrants"), {QStringLiteral("--dry-run")});
        QCOMPARE(dry.exitCode, 0);
        const QJsonObject d = dry.json();
        QCOMPARE(d.value(QStringLiteral("encoding")).toString(), QStringLiteral("gb18030"));
        QCOMPARE(d.value(QStringLiteral("kind")).toString(), QStringLiteral("migrants"));
        QCOMPARE(d.value(QStringLiteral("dry_run")).toBool(), true);
        QCOMPARE(d.value(QStringLiteral("imported")).toInt(), 0);
        QCOMPARE(d.value(QStringLiteral("accepted")).toInt(), 2);
        QCOMPARE(outline(d),
                 QStringList({QStringLiteral("2:accepted"), QStringLiteral("3:id_invalid"),
                              QStringLiteral("4:phone_invalid"), QStringLiteral("5:empty_row"),
                              QStringLiteral("6:duplicate_in_file"), QStringLiteral("7:formula_cell"),
                              QStringLiteral("8:household_unknown"), QStringLiteral("9:name_missing"),
                              QStringLiteral("10:stray_quote"), QStringLiteral("11:accepted"),
                              QStringLiteral("12:category_unknown")}));
        const QJsonObject idRow = d.value(QStringLiteral("rows")).toArray().at(1).toObject();
        QCOMPARE(idRow.value(QStringLiteral("field")).toString(), QStringLiteral("id_number"));
        QCOMPARE(idRow.value(QStringLiteral("value")).toString(), QStringLiteral("110***********1234"));
        QVERIFY(!idRow.value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(!dry.out.contains("110108199001011234")); // never the full number
        QCOMPARE(d.value(QStringLiteral("counts")).toObject().value(QStringLiteral("formula_cell")).toInt(),
                 1);
        QCOMPARE(auditRows(QStringLiteral("import_run")), 1); // the households only

        const Run first = import("migrants-broken-gb18030.csv", QStringLiteral("migrants"));
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.json().value(QStringLiteral("dry_run")).toBool(), false);
        QCOMPARE(first.json().value(QStringLiteral("imported")).toInt(), 2);
        QCOMPARE(auditRows(QStringLiteral("import_run")), 2);

        const Run second = import("migrants-broken-gb18030.csv", QStringLiteral("migrants"));
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(second.json().value(QStringLiteral("imported")).toInt(), 0);
        QCOMPARE(second.json()
                     .value(QStringLiteral("counts"))
                     .toObject()
                     .value(QStringLiteral("duplicate"))
                     .toInt(),
                 3);
    }

    void aRefusedFileExitsOneWithAPlainMessageAndWritesNothing()
    {
        const Run r = import("unclosed-quote.csv", QStringLiteral("residents"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("line 3"), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        const Run mixed = import("mixed-encoding.csv", QStringLiteral("residents"));
        QCOMPARE(mixed.exitCode, 1);
        QVERIFY2(mixed.err.contains("line 4"), mixed.err.constData());
        QCOMPARE(auditRows(QStringLiteral("import_run")), 1);
    }

    void unknownHeadersAreMappedOnTheCommandLineAndRemembered()
    {
        const Run unmapped = import("unknown-headers-utf8.csv", QStringLiteral("residents"));
        QCOMPARE(unmapped.exitCode, 1);
        QVERIFY2(unmapped.err.contains("--map"), unmapped.err.constData());
        const Run mapped =
            import("unknown-headers-utf8.csv", QStringLiteral("residents"),
                   {QStringLiteral("--map"), QStringLiteral("人名=name"), QStringLiteral("--map"),
                    QStringLiteral("证件=id_number"), QStringLiteral("--map"), QStringLiteral("住处=address"),
                    QStringLiteral("--map"), QStringLiteral("联络=phone")});
        QCOMPARE(mapped.exitCode, 0);
        QCOMPARE(mapped.json().value(QStringLiteral("imported")).toInt(), 2);
        // Remembered: the same headers need no --map the next time.
        const Run again =
            import("unknown-headers-utf8.csv", QStringLiteral("residents"), {QStringLiteral("--dry-run")});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.json()
                     .value(QStringLiteral("counts"))
                     .toObject()
                     .value(QStringLiteral("duplicate"))
                     .toInt(),
                 2);
        QCOMPARE(again.json()
                     .value(QStringLiteral("columns"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("source")),
                 QJsonValue(QStringLiteral("remembered")));
    }

    void unknownAddressesCreateHouseholdsOnlyWhenAsked()
    {
        const Run refused = import("vehicles-utf8.csv", QStringLiteral("vehicles"));
        QCOMPARE(outline(refused.json()).last(), QStringLiteral("7:household_unknown"));
        QCOMPARE(refused.json().value(QStringLiteral("imported")).toInt(), 3);
        const Run created =
            import("vehicles-utf8.csv", QStringLiteral("vehicles"), {QStringLiteral("--create-households")});
        QCOMPARE(outline(created.json()).last(), QStringLiteral("7:household_created"));
        QCOMPARE(created.json().value(QStringLiteral("imported")).toInt(), 1);
        QCOMPARE(created.json().value(QStringLiteral("households_created")).toInt(), 1);
    }

    void usageErrors()
    {
        QCOMPARE(cli({QStringLiteral("import"), dataFile("residents-utf8.csv")}).exitCode, 2); // no --kind
        QCOMPARE(import("residents-utf8.csv", QStringLiteral("pets")).exitCode, 2);
        QCOMPARE(import("residents-utf8.csv", QStringLiteral("residents"),
                        {QStringLiteral("--map"), QStringLiteral("x")})
                     .exitCode,
                 2);
        QCOMPARE(import("residents-utf8.csv", QStringLiteral("residents"),
                        {QStringLiteral("--map"), QStringLiteral("x=colour")})
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "TestCliImport.moc"
