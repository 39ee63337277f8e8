// The office import on real SQLite files: a dry run writes nothing, an import writes exactly the
// accepted rows in one transaction, twice adds nothing, and every broken row gets its code.

#include "FakeClock.h"
#include "TempDb.h"
#include "core/AuditTrail.h"
#include "core/Import.h"
#include "core/Registry.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace gatepost;
using namespace gatepost::core;

namespace {

QString dataFile(const char* name)
{
    return QStringLiteral(GATEPOST_TEST_DATA "/import/") + QString::fromUtf8(name);
}

template<typename E> QString str(E e)
{
    return toString(e);
}

const QString kA1 = QStringLiteral("清河四街 1排 1号");
const QString kA2 = QStringLiteral("清河四街 1排 2号");
const QString kA3 = QStringLiteral("一号院 3号");

struct Fixture
{
    test::TempDb t;
    test::FakeClock clock;
    std::unique_ptr<Registry> reg = std::make_unique<Registry>(t.db(), clock);
    std::unique_ptr<Importer> importer = std::make_unique<Importer>(*reg, clock);
    Actor actor = Actor::operatorNamed(QStringLiteral("王芳"));

    qint64 count(const char* sql)
    {
        Statement q = t.db().prepare(sql);
        q.step();
        return q.int64(0);
    }
    qint64 people() { return count("SELECT COUNT(*) FROM people"); }
    void households()
    {
        for (const QString& a : {kA1, kA2, kA3}) {
            Household h;
            h.address = a;
            h.courtyard = a == kA3 ? 1 : 0;
            reg->addHousehold(h);
        }
    }
    ImportReport run(const char* file, ImportKind kind, bool create = false,
                     const QHash<QString, ImportField>& mapping = {})
    {
        ImportOptions o;
        o.kind = kind;
        o.createHouseholds = create;
        o.mapping = mapping;
        return importer->run(dataFile(file), o, actor);
    }
    ImportReport dry(const char* file, ImportKind kind, bool create = false,
                     const QHash<QString, ImportField>& mapping = {})
    {
        ImportOptions o;
        o.kind = kind;
        o.createHouseholds = create;
        o.mapping = mapping;
        return importer->dryRun(dataFile(file), o);
    }
};

// "line:status[:field]" for each row, to compare a whole report at once.
QStringList outline(const ImportReport& r)
{
    QStringList out;
    for (const ImportRow& row : r.rows) {
        QString s = QString::number(row.line) + QLatin1Char(':') + toString(row.status);
        if (row.field != ImportField::None && !isImported(row.status))
            s += QLatin1Char(':') + toString(row.field);
        out << s;
    }
    return out;
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private slots:
    void householdsDryRunWritesNothingThenTheImportWritesThem()
    {
        Fixture f;
        const ImportReport dry = f.dry("households-utf8.csv", ImportKind::Households);
        QVERIFY(dry.ok());
        QVERIFY(dry.dryRun);
        QCOMPARE(dry.acceptedRows(), 3);
        QCOMPARE(dry.imported, 0);
        QCOMPARE(f.count("SELECT COUNT(*) FROM households"), 0);

        const ImportReport r = f.run("households-utf8.csv", ImportKind::Households);
        QCOMPARE(r.imported, 3);
        const auto yard = f.reg->householdByAddress(kA3);
        QVERIFY(yard);
        QCOMPARE(yard->courtyard, 1);
        QCOMPARE(f.reg->householdByAddress(kA2)->note, QStringLiteral("东头第二家"));

        // One audit row names the file and the counts.
        const QList<AuditEntry> audit = AuditTrail(f.t.db(), f.clock).query();
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().action, QStringLiteral("import_run"));
        QCOMPARE(audit.first().actor, QStringLiteral("王芳"));
        QCOMPARE(audit.first().target, QStringLiteral("households-utf8.csv"));
        const QJsonObject after = QJsonDocument::fromJson(audit.first().after.toUtf8()).object();
        QCOMPARE(after.value(QStringLiteral("imported")).toInt(), 3);
    }

    void residentsInEachEncodingWithChineseAndEnglishHeaders()
    {
        Fixture f;
        f.households();
        const ImportReport utf8 = f.run("residents-utf8.csv", ImportKind::Residents);
        QCOMPARE(str(utf8.encoding), str(csv::Encoding::Utf8));
        QCOMPARE(utf8.imported, 3);
        const ImportReport bom = f.run("residents-utf8-bom.csv", ImportKind::Residents);
        QCOMPARE(str(bom.encoding), str(csv::Encoding::Utf8Bom));
        QCOMPARE(bom.imported, 2);
        const ImportReport gb = f.run("migrants-gb18030.csv", ImportKind::Migrants);
        QCOMPARE(str(gb.encoding), str(csv::Encoding::Gb18030));
        QCOMPARE(gb.imported, 3);
        // 备注 is a known header that a list of people does not use: not read, not "unknown".
        QCOMPARE(gb.columns.at(5).header, QStringLiteral("备注"));
        QVERIFY(gb.columns.at(5).source == ImportColumn::Source::NotRead);
        QVERIFY(gb.unknownHeaders().isEmpty());
        QCOMPARE(f.people(), 8);
        // Written through the registry: its triggers ran (the pinyin search key of a name).
        QVERIFY(f.count("SELECT COUNT(*) FROM people WHERE name = '王小明' AND pinyin LIKE 'WXM %'") == 1);

        // The stored person: household by address, phone normalised, category from the column
        // or the kind's default.
        const auto liu = f.reg->personByIdNumber(QStringLiteral("110108197505050550"));
        QVERIFY(liu);
        QCOMPARE(liu->name, QStringLiteral("刘洋"));
        QCOMPARE(liu->phone, QStringLiteral("13800000005"));
        QCOMPARE(liu->householdId, f.reg->householdByAddress(kA2)->id);
        QCOMPARE(str(liu->category), str(Category::RegisteredResident));
        const QList<Person> a3 = f.reg->peopleOfHousehold(f.reg->householdByAddress(kA3)->id);
        QCOMPARE(a3.size(), 2); // 陈静 and 周强
        for (const Person& p : f.reg->peopleOfHousehold(f.reg->householdByAddress(kA2)->id)) {
            if (p.name == QStringLiteral("孙丽"))
                QCOMPARE(str(p.category), str(Category::ExternalWorker));
        }
        QCOMPARE(str(a3.at(1).category), str(Category::MigrantResident)); // empty cell: the kind's default
    }

    void everyBrokenRowGetsItsCodeAndOnlyGoodRowsAreImported()
    {
        Fixture f;
        f.households();
        const ImportReport dry = f.dry("migrants-broken-gb18030.csv", ImportKind::Migrants);
        QVERIFY(dry.ok());
        const QStringList expected{
            QStringLiteral("2:accepted"),
            QStringLiteral("3:id_invalid:id_number"),
            QStringLiteral("4:phone_invalid:phone"),
            QStringLiteral("5:empty_row"),
            QStringLiteral("6:duplicate_in_file:id_number"),
            QStringLiteral("7:formula_cell:name"),
            QStringLiteral("8:household_unknown:address"),
            QStringLiteral("9:name_missing:name"),
            QStringLiteral("10:stray_quote"),
            QStringLiteral("11:accepted"),
            QStringLiteral("12:category_unknown:category"),
        };
        QCOMPARE(outline(dry), expected);
        QCOMPARE(dry.rows.at(4).otherLine, 2);
        // ID numbers and phones are masked in the report.
        QCOMPARE(dry.rows.at(1).value, QStringLiteral("110***********1234"));
        QCOMPARE(dry.rows.at(2).value, QStringLiteral("***45"));
        QCOMPARE(f.people(), 0);

        const ImportReport r = f.run("migrants-broken-gb18030.csv", ImportKind::Migrants);
        QCOMPARE(outline(r), expected);
        QCOMPARE(r.imported, 2);
        QCOMPARE(f.people(), 2);
        QCOMPARE(f.count("SELECT COUNT(*) FROM people WHERE substr(name, 1, 1) IN ('=', '+', '-', '@')"), 0);
    }

    void importingTheSameFileTwiceAddsNothing()
    {
        Fixture f;
        f.households();
        QCOMPARE(f.run("migrants-gb18030.csv", ImportKind::Migrants).imported, 3);
        const ImportReport again = f.run("migrants-gb18030.csv", ImportKind::Migrants);
        QCOMPARE(again.imported, 0);
        QCOMPARE(again.counts.value(ImportStatus::Duplicate), 3);
        QCOMPARE(f.people(), 3);
        QCOMPARE(f.run("households-utf8.csv", ImportKind::Households).imported, 0);
        QCOMPARE(f.run("households-utf8.csv", ImportKind::Households).counts.value(ImportStatus::Duplicate),
                 3);
        // Two runs, two audit rows (one per households attempt too).
        QCOMPARE(AuditTrail(f.t.db(), f.clock).count(), 4);
    }

    void peopleWithoutAnIdNumberAreKnownByNameInTheirHousehold()
    {
        Fixture f;
        f.households();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("noid.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QStringLiteral("姓名,住址\r\n王大爷,%1\r\n王大爷,%2\r\n王大爷,%1\r\n").arg(kA1, kA2).toUtf8());
        file.close();
        ImportOptions o;
        o.kind = ImportKind::Residents;
        const ImportReport first = f.importer->run(path, o, f.actor);
        QCOMPARE(outline(first), QStringList({QStringLiteral("2:accepted"), QStringLiteral("3:accepted"),
                                              QStringLiteral("4:duplicate_in_file:name")}));
        const ImportReport second = f.importer->run(path, o, f.actor);
        QCOMPARE(second.imported, 0);
        QCOMPARE(second.counts.value(ImportStatus::Duplicate), 3); // row 4 is registered too
        QCOMPARE(f.people(), 2);
    }

    void fullWidthDigitsFromAChineseInputMethodAreRead()
    {
        Fixture f;
        f.households();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fullwidth.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // 11010519491231002X and 13812345678 typed full-width, the ID's X in lower case.
        file.write(QStringLiteral("姓名,身份证号,手机号,住址\r\n张三,１１０１０５１９４９１２３１００２ｘ,"
                                  "１３８　１２３４　５６７８,%1\r\n")
                       .arg(kA1)
                       .toUtf8());
        file.close();
        ImportOptions o;
        o.kind = ImportKind::Residents;
        QCOMPARE(f.importer->run(path, o, f.actor).imported, 1);
        const auto p = f.reg->personByIdNumber(QStringLiteral("11010519491231002X"));
        QVERIFY(p);
        QCOMPARE(p->phone, QStringLiteral("13812345678"));
    }

    void unknownAddressesAreRefusedUnlessHouseholdsMayBeCreated()
    {
        Fixture f;
        const ImportReport refused = f.run("residents-utf8.csv", ImportKind::Residents);
        QCOMPARE(refused.imported, 0);
        QCOMPARE(refused.counts.value(ImportStatus::HouseholdUnknown), 3);
        QCOMPARE(refused.rows.first().value, kA1);

        const ImportReport dry = f.dry("residents-utf8.csv", ImportKind::Residents, true);
        QCOMPARE(outline(dry),
                 QStringList({QStringLiteral("2:household_created"), QStringLiteral("3:accepted"),
                              QStringLiteral("4:household_created")}));
        QCOMPARE(dry.householdsCreated, 2);
        QCOMPARE(f.count("SELECT COUNT(*) FROM households"), 0);

        const ImportReport r = f.run("residents-utf8.csv", ImportKind::Residents, true);
        QCOMPARE(outline(r), outline(dry));
        QCOMPARE(r.imported, 3);
        QCOMPARE(r.householdsCreated, 2);
        QCOMPARE(f.reg->peopleOfHousehold(f.reg->householdByAddress(kA1)->id).size(), 2);
    }

    void vehiclesByPlateWithTheirType()
    {
        Fixture f;
        f.households();
        const ImportReport r = f.run("vehicles-utf8.csv", ImportKind::Vehicles);
        QCOMPARE(outline(r),
                 QStringList({QStringLiteral("2:accepted"), QStringLiteral("3:accepted"),
                              QStringLiteral("4:accepted"), QStringLiteral("5:plate_invalid:plate"),
                              QStringLiteral("6:duplicate_in_file:plate"),
                              QStringLiteral("7:household_unknown:address")}));
        QCOMPARE(r.imported, 3);
        const auto external = f.reg->vehicleByPlate(QStringLiteral("京B54321"));
        QVERIFY(external);
        QVERIFY(!external->internal);
        QVERIFY(f.reg->vehicleByPlate(QStringLiteral("京AD12345"))->internal);
        QCOMPARE(f.reg->vehicleByPlate(QStringLiteral("京A12345"))->householdId,
                 f.reg->householdByAddress(kA1)->id);
        QCOMPARE(f.run("vehicles-utf8.csv", ImportKind::Vehicles).imported, 0);
    }

    void aBrokenFileIsRefusedAndWritesNothing()
    {
        Fixture f;
        f.households();
        const ImportReport quote = f.run("unclosed-quote.csv", ImportKind::Residents);
        QCOMPARE(str(quote.problem), str(ImportProblem::UnclosedQuote));
        QCOMPARE(quote.problemLine, 3);
        const ImportReport mixed = f.run("mixed-encoding.csv", ImportKind::Residents);
        QCOMPARE(str(mixed.problem), str(ImportProblem::MixedEncoding));
        QCOMPARE(mixed.problemLine, 4);
        const ImportReport missing = f.run("no-such-file.csv", ImportKind::Residents);
        QCOMPARE(str(missing.problem), str(ImportProblem::Unreadable));
        QCOMPARE(f.people(), 0);
        QCOMPARE(AuditTrail(f.t.db(), f.clock).count(), 0);
    }

    void aFailureHalfwayLeavesNothingImported()
    {
        Fixture f;
        f.households();
        // The database fails on the third person (as a full disk would).
        f.t.db().exec("CREATE TEMP TRIGGER fail_third AFTER INSERT ON people WHEN NEW.name = '张伟'"
                      " BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END");
        QVERIFY_THROWS_EXCEPTION(DbError, f.run("residents-utf8.csv", ImportKind::Residents));
        QCOMPARE(f.people(), 0);
        QCOMPARE(AuditTrail(f.t.db(), f.clock).count(), 0);
        QVERIFY(!f.t.db().inTransaction());
    }

    void unknownHeadersNeedAMappingWhichIsRemembered()
    {
        Fixture f;
        f.households();
        const ImportReport unmapped = f.dry("unknown-headers-utf8.csv", ImportKind::Residents);
        QCOMPARE(str(unmapped.problem), str(ImportProblem::MissingColumn));
        QCOMPARE(str(unmapped.problemField), str(ImportField::Name));
        QCOMPARE(unmapped.unknownHeaders(), QStringList({QStringLiteral("人名"), QStringLiteral("证件"),
                                                         QStringLiteral("住处"), QStringLiteral("联络")}));

        const QHash<QString, ImportField> mapping{{QStringLiteral("人名"), ImportField::Name},
                                                  {QStringLiteral("证件"), ImportField::IdNumber},
                                                  {QStringLiteral("住处"), ImportField::Address},
                                                  {QStringLiteral("联络"), ImportField::Phone}};
        // A dry run does not remember anything.
        QCOMPARE(f.dry("unknown-headers-utf8.csv", ImportKind::Residents, false, mapping).acceptedRows(), 2);
        QVERIFY(!f.dry("unknown-headers-utf8.csv", ImportKind::Residents).ok());

        QCOMPARE(f.run("unknown-headers-utf8.csv", ImportKind::Residents, false, mapping).imported, 2);
        QCOMPARE(f.people(), 2);
        QCOMPARE(f.reg->personByIdNumber(QStringLiteral("110108198001010111"))->phone,
                 QStringLiteral("13800000001"));

        // The next file with the same headers needs no mapping, also after a restart.
        f.importer.reset();
        f.reg.reset();
        f.t.reopen();
        f.reg = std::make_unique<Registry>(f.t.db(), f.clock);
        f.importer = std::make_unique<Importer>(*f.reg, f.clock);
        const ImportReport next = f.dry("unknown-headers-utf8.csv", ImportKind::Residents);
        QVERIFY(next.ok());
        QCOMPARE(next.counts.value(ImportStatus::Duplicate), 2);
        QVERIFY(next.columns.at(0).source == ImportColumn::Source::Remembered);
        QCOMPARE(str(next.columns.at(0).field), str(ImportField::Name));
        QVERIFY(next.unknownHeaders().isEmpty());
    }

    void headersAndValuesAreRecognisedInChineseAndEnglish()
    {
        QCOMPARE(str(*Importer::recogniseHeader(QStringLiteral(" 身份证号码 "))), str(ImportField::IdNumber));
        QCOMPARE(str(*Importer::recogniseHeader(QStringLiteral("证件号码"))), str(ImportField::IdNumber));
        QCOMPARE(str(*Importer::recogniseHeader(QStringLiteral("联系电话"))), str(ImportField::Phone));
        QCOMPARE(str(*Importer::recogniseHeader(QStringLiteral("手机号（必填）"))), str(ImportField::Phone));
        QCOMPARE(str(*Importer::recogniseHeader(QStringLiteral("Name*"))), str(ImportField::Name));
        QCOMPARE(str(*Importer::recogniseHeader(QStringLiteral("ID_Number"))), str(ImportField::IdNumber));
        QCOMPARE(str(*Importer::recogniseHeader(QStringLiteral("户址"))), str(ImportField::Address));
        QCOMPARE(str(*Importer::recogniseHeader(QStringLiteral("车牌"))), str(ImportField::Plate));
        QCOMPARE(str(*Importer::recogniseHeader(QStringLiteral("车辆类型"))), str(ImportField::Internal));
        QVERIFY(!Importer::recogniseHeader(QStringLiteral("籍贯")));

        QCOMPARE(str(*importvalues::category(QStringLiteral("户籍"))), str(Category::RegisteredResident));
        QCOMPARE(str(*importvalues::category(QStringLiteral("流动人员"))), str(Category::MigrantResident));
        QCOMPARE(str(*importvalues::category(QStringLiteral("Migrant Resident"))),
                 str(Category::MigrantResident));
        QCOMPARE(str(*importvalues::category(QStringLiteral("外来务工"))), str(Category::ExternalWorker));
        QCOMPARE(str(*importvalues::category(QStringLiteral("访客"))), str(Category::Visitor));
        QCOMPARE(str(*importvalues::category(QStringLiteral("外部车辆"))), str(Category::ExternalVehicle));
        QCOMPARE(importvalues::courtyard(QStringLiteral("三号院")), std::optional<int>(3));
        QCOMPARE(importvalues::courtyard(QStringLiteral("6")), std::optional<int>(6));
        QCOMPARE(importvalues::courtyard(QString()), std::optional<int>(0));
        QCOMPARE(importvalues::courtyard(QStringLiteral("7")), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "TestImport.moc"
