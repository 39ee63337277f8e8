// Reading CSV as Excel and WPS write it: encodings, quotes, line numbers, limits and broken files.

#include "core/Csv.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace gatepost::core;

namespace {

QString dataFile(const char* name)
{
    return QStringLiteral(GATEPOST_TEST_DATA "/import/") + QString::fromUtf8(name);
}

QByteArray gb18030(const QString& text)
{
    QStringEncoder encoder("GB18030");
    return encoder.encode(text);
}

QStringList fields(std::initializer_list<const char*> utf8)
{
    QStringList out;
    for (const char* s : utf8)
        out << QString::fromUtf8(s);
    return out;
}

// Enums compare by their names (and print them when they differ).
template<typename E> QString str(E e)
{
    return csv::toString(e);
}

} // namespace

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void detectsEachEncodingOfTheTestFiles()
    {
        const csv::Table utf8 = csv::readFile(dataFile("residents-utf8.csv"));
        QVERIFY(utf8.ok());
        QCOMPARE(str(utf8.encoding), str(csv::Encoding::Utf8));
        QCOMPARE(utf8.rows.first().fields, fields({"姓名", "身份证号", "手机号", "住址", "类别"}));

        const csv::Table bom = csv::readFile(dataFile("residents-utf8-bom.csv"));
        QVERIFY(bom.ok());
        QCOMPARE(str(bom.encoding), str(csv::Encoding::Utf8Bom));
        // The BOM is not part of the first header.
        QCOMPARE(bom.rows.first().fields.first(), QStringLiteral("Name"));
        QCOMPARE(bom.rows.at(1).fields.first(), QString::fromUtf8("刘洋"));

        const csv::Table gb = csv::readFile(dataFile("migrants-gb18030.csv"));
        QVERIFY(gb.ok());
        QCOMPARE(str(gb.encoding), str(csv::Encoding::Gb18030));
        QCOMPARE(gb.rows.at(1).fields.first(), QString::fromUtf8("赵敏"));
        QCOMPARE(gb.rows.at(3).fields.at(3), QString::fromUtf8("一号院 3号"));
    }

    void quotedCellsKeepCommasQuotesAndLineBreaks()
    {
        const csv::Table t = csv::readFile(dataFile("migrants-gb18030.csv"));
        QVERIFY(t.ok());
        QCOMPARE(t.rows.size(), 4);
        QCOMPARE(t.rows.at(1).fields.at(3), QString::fromUtf8("清河四街 1排 1号"));
        QCOMPARE(t.rows.at(1).fields.at(5), QString::fromUtf8("他说\"你好\"\n第二行"));
        QCOMPARE(t.rows.at(2).fields.at(5), QString::fromUtf8("逗号,在里面"));
        // Rows are numbered by the line they start on: the cell above spans lines 2 and 3.
        QCOMPARE(t.rows.at(1).line, 2);
        QCOMPARE(t.rows.at(2).line, 4);
        QCOMPARE(t.rows.at(3).line, 5);
        // A trailing empty cell is a cell.
        QCOMPARE(t.rows.at(3).fields.size(), 6);
        QCOMPARE(t.rows.at(3).fields.at(5), QString());
    }

    void lineEndsOfEveryKind()
    {
        for (const QByteArray& eol : {QByteArray("\r\n"), QByteArray("\n"), QByteArray("\r")}) {
            const QByteArray bytes = "a,b" + eol + "c,d" + eol + eol + "e,f";
            const csv::Table t = csv::parse(bytes);
            QVERIFY(t.ok());
            QCOMPARE(t.rows.size(), 4);
            QCOMPARE(t.rows.at(1).fields, QStringList({QStringLiteral("c"), QStringLiteral("d")}));
            QVERIFY(t.rows.at(2).isBlank());
            QCOMPARE(t.rows.at(3).line, 4);
            QCOMPARE(t.rows.at(3).fields, QStringList({QStringLiteral("e"), QStringLiteral("f")}));
        }
    }

    void strayQuotesMarkOnlyTheirRow()
    {
        const csv::Table t = csv::parse("name,x\r\nab\"c,1\r\n\"ok\"junk,2\r\n\"fine\",3\r\n");
        QVERIFY(t.ok());
        QCOMPARE(t.rows.size(), 4);
        QCOMPARE(str(t.rows.at(1).problem), str(csv::RowProblem::StrayQuote));
        QCOMPARE(t.rows.at(1).fields.first(), QStringLiteral("ab\"c"));
        QCOMPARE(str(t.rows.at(2).problem), str(csv::RowProblem::StrayQuote));
        QCOMPARE(str(t.rows.at(3).problem), str(csv::RowProblem::None));
        QCOMPARE(t.rows.at(3).fields.first(), QStringLiteral("fine"));
    }

    void aQuoteThatNeverClosesRefusesTheFileNamingItsLine()
    {
        const csv::Table t = csv::readFile(dataFile("unclosed-quote.csv"));
        QCOMPARE(str(t.problem), str(csv::FileProblem::UnclosedQuote));
        QCOMPARE(t.problemLine, 3);
        QVERIFY(t.rows.isEmpty());
    }

    void mixedEncodingsAreRefusedAtTheIntrudingLine()
    {
        const csv::Table t = csv::readFile(dataFile("mixed-encoding.csv"));
        QCOMPARE(str(t.problem), str(csv::FileProblem::MixedEncoding));
        QCOMPARE(t.problemLine, 4);

        // Mostly UTF-8 with one GBK line: that line is named.
        QByteArray bytes = QStringLiteral("姓名,住址\n王小明,清河\n").toUtf8();
        bytes += gb18030(QStringLiteral("李娜,清河\n"));
        bytes += QStringLiteral("张伟,清河\n陈静,清河\n").toUtf8();
        const csv::Table u = csv::parse(bytes);
        QCOMPARE(str(u.problem), str(csv::FileProblem::MixedEncoding));
        QCOMPARE(u.problemLine, 3);

        // Bytes that are neither (0xFF never occurs in either encoding).
        bytes = gb18030(QStringLiteral("姓名,住址\n王小明,清河\n")) + "\xff\xfe,x\n";
        const csv::Table g = csv::parse(bytes);
        QCOMPARE(str(g.problem), str(csv::FileProblem::MixedEncoding));
        QCOMPARE(g.problemLine, 3);

        // A BOM promises UTF-8: a GBK line after it is refused.
        bytes = "\xEF\xBB\xBF" + QStringLiteral("a,b\n").toUtf8() + gb18030(QStringLiteral("王,李\n"));
        const csv::Table b = csv::parse(bytes);
        QCOMPARE(str(b.problem), str(csv::FileProblem::MixedEncoding));
        QCOMPARE(b.problemLine, 2);
    }

    void gbkTextThatIsNotValidUtf8IsReadAsGb18030()
    {
        // Every row Chinese, short and long: detection does not hinge on a lucky line.
        const QString text = QStringLiteral("姓名,住址,备注\r\n王,一,\r\n欧阳娜娜,清河四街 12排 3号,东\r\n");
        const csv::Table t = csv::parse(gb18030(text));
        QVERIFY(t.ok());
        QCOMPARE(str(t.encoding), str(csv::Encoding::Gb18030));
        QCOMPARE(t.rows.at(2).fields.at(0), QStringLiteral("欧阳娜娜"));
        QCOMPARE(t.rows.at(2).fields.at(1), QStringLiteral("清河四街 12排 3号"));
    }

    void tooManyColumnsRefusesTheFile()
    {
        QByteArray wide = "a,b\r\n1,2\r\n";
        wide += QByteArray(100000, ',') + "\r\n";
        const csv::Table t = csv::parse(wide);
        QCOMPARE(str(t.problem), str(csv::FileProblem::TooManyColumns));
        QCOMPARE(t.problemLine, 3);

        // 200 columns are fine.
        const csv::Table ok = csv::parse(QByteArray(199, ',') + "\n");
        QVERIFY(ok.ok());
        QCOMPARE(ok.rows.first().fields.size(), 200);
    }

    void aRowOverTheLimitIsRefusedAloneAndTheRestIsRead()
    {
        QByteArray bytes = "name,note\r\n";
        bytes += "long," + QByteArray(70 * 1024, 'x') + "\r\n";
        bytes += "short,y\r\n";
        const csv::Table t = csv::parse(bytes);
        QVERIFY(t.ok());
        QCOMPARE(t.rows.size(), 3);
        QCOMPARE(str(t.rows.at(1).problem), str(csv::RowProblem::TooLong));
        QVERIFY(t.rows.at(1).fields.isEmpty());
        QCOMPARE(t.rows.at(2).fields, QStringList({QStringLiteral("short"), QStringLiteral("y")}));
        QCOMPARE(t.rows.at(2).line, 3);
    }

    void aFileOverTheSizeLimitIsRefusedWithoutReadingIt()
    {
        QTemporaryDir dir;
        QFile big(dir.filePath(QStringLiteral("big.csv")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.write("name\r\n") > 0);
        // 200 MB, sparse: only its size says how big it is.
        QVERIFY(big.resize(200LL * 1024 * 1024));
        big.close();
        const csv::Table t = csv::readFile(big.fileName());
        QCOMPARE(str(t.problem), str(csv::FileProblem::TooLarge));

        csv::Limits small;
        small.maxFileBytes = 10;
        QCOMPARE(str(csv::readFile(dataFile("residents-utf8.csv"), small).problem),
                 str(csv::FileProblem::TooLarge));
    }

    void aMissingFileIsUnreadable()
    {
        QCOMPARE(str(csv::readFile(QStringLiteral("/nonexistent/people.csv")).problem),
                 str(csv::FileProblem::Unreadable));
        QCOMPARE(str(csv::readFile(QStringLiteral(GATEPOST_TEST_DATA)).problem),
                 str(csv::FileProblem::Unreadable));
    }

    void emptyAndHeaderOnlyFiles()
    {
        QVERIFY(csv::parse(QByteArray()).rows.isEmpty());
        const csv::Table h = csv::parse("a,b");
        QCOMPARE(h.rows.size(), 1);
        QCOMPARE(h.rows.first().fields, QStringList({QStringLiteral("a"), QStringLiteral("b")}));
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "TestCsv.moc"
