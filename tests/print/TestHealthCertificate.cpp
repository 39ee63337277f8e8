// The health certificate (健康证明): one A4 page whose text a reader finds (pdftotext), with
// its fonts embedded (pdffonts), written atomically.

#include "print/HealthCertificate.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gatepost;
using namespace gatepost::print;

namespace {

QString run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

HealthCertificateData sample()
{
    HealthCertificateData d;
    d.communityTitle = QStringLiteral("清河四街社区");
    d.number = QStringLiteral("JK-20260313-0001");
    d.issuedDate = QDate(2026, 3, 13);
    d.name = QStringLiteral("郑凯");
    d.idNumberMasked = QStringLiteral("110***********1235");
    d.address = QStringLiteral("清河四街 12排 3号");
    d.origin = QStringLiteral("武汉");
    d.start = QDate(2026, 2, 27);
    d.end = QDate(2026, 3, 13);
    d.reports = 26;
    d.highest = 36.9;
    return d;
}

// pdftotext puts spaces and line breaks where the layout has them: compare without them. Qt's
// PDF writer maps some ideographs back to their Kangxi radicals (⽇ for 日): NFKC folds them.
QString textOf(const QString& pdf)
{
    QString t = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})
                    .normalized(QString::NormalizationForm_KC);
    t.remove(QLatin1Char(' ')).remove(QLatin1Char('\n'));
    return t;
}

// The same folding for what a test expects (full-width brackets and ℃ fold too).
bool has(const QString& text, const QString& expected)
{
    return text.contains(expected.normalized(QString::NormalizationForm_KC));
}

} // namespace

class TestHealthCertificate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        for (const char* tool : {"pdftotext", "pdfinfo", "pdffonts"})
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                QSKIP("poppler-utils (pdftotext, pdfinfo, pdffonts) are not installed");
    }

    void onePageThatStatesTheFacts()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("健康证明.pdf"));
        QString error;
        QVERIFY2(HealthCertificate::writePdf(path, sample(), &error), qPrintable(error));

        const QString info = run(QStringLiteral("pdfinfo"), {path});
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))), qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("595.276 x 841.89")) ||
                     info.contains(QStringLiteral("595 x 842")),
                 qPrintable(info)); // A4

        const QString text = textOf(path);
        for (const QString& expected :
             {QStringLiteral("清河四街社区"), QStringLiteral("健康证明"), QStringLiteral("郑凯"),
              QStringLiteral("JK-20260313-0001"), QStringLiteral("110***********1235"),
              QStringLiteral("清河四街12排3号"), QStringLiteral("武汉"),
              QStringLiteral("2026年2月27日至2026年3月12日（共14天）"),
              QStringLiteral("观察期间体温正常，未发热"), QStringLiteral("签发日期：2026年3月13日"),
              QStringLiteral("经办人（签字）")})
            QVERIFY2(has(text, expected), qPrintable(expected + QStringLiteral(" not in: ") + text));
        // The full ID number is never printed.
        QVERIFY(!text.contains(QStringLiteral("11010819850304")));
    }

    void aFeverDuringTheObservationIsStated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.pdf"));
        HealthCertificateData d = sample();
        d.feverSeen = true;
        d.highest = 37.8;
        QVERIFY(HealthCertificate::writePdf(path, d));
        const QString text = textOf(path);
        QVERIFY(!has(text, QStringLiteral("未发热")));
        QVERIFY(has(text, QStringLiteral("曾有发热记录")));
        QVERIFY(has(text, QStringLiteral("最高37.8℃")));
    }

    void fontsAreEmbedded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.pdf"));
        QVERIFY(HealthCertificate::writePdf(path, sample()));
        const QStringList lines =
            run(QStringLiteral("pdffonts"), {path}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 2); // header, rule, at least one font
        bool notoSeen = false;
        for (const QString& line : lines.mid(2)) {
            // name type encoding emb sub uni object ID: "emb" is the 4th column from the end but two.
            QVERIFY2(line.contains(QStringLiteral(" yes ")), qPrintable(line));
            notoSeen = notoSeen || line.contains(QStringLiteral("Noto"));
        }
        QVERIFY(notoSeen);
    }

    void aFailedWriteLeavesTheEarlierFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.pdf"));
        QVERIFY(HealthCertificate::writePdf(path, sample()));
        const QByteArray before = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        // A folder that does not exist: refused with words, nothing half-written anywhere.
        QString error;
        QVERIFY(
            !HealthCertificate::writePdf(dir.filePath(QStringLiteral("missing/c.pdf")), sample(), &error));
        QVERIFY(error.contains(QStringLiteral("missing/c.pdf")));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("c.pdf")});
    }
};

QTEST_MAIN(TestHealthCertificate)
#include "TestHealthCertificate.moc"
