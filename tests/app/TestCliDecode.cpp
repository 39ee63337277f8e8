// gatepost-cli decode end to end: the real executable on the golden frames, without a database.

#include <QDir>
#include <QFile>
#include <QFileInfo>
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

struct Golden
{
    QString file;
    QString text;         // empty: the frame carries no code
    bool mayFail = false; // known to fail at rotation 0 (honest record in expected.tsv)
};

const QString kFrames = QStringLiteral(GATEPOST_TEST_DATA "/frames");

QString frame(const QString& name)
{
    return kFrames + QLatin1Char('/') + name;
}

QList<Golden> goldenFrames()
{
    QList<Golden> list;
    QFile f(frame(QStringLiteral("expected.tsv")));
    if (!f.open(QIODevice::ReadOnly))
        return list;
    for (const QByteArray& raw : f.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList cols = line.split(QLatin1Char('\t'));
        if (cols.size() < 3)
            continue;
        list.append({cols[0], cols[1], cols[2].split(QLatin1Char(',')).contains(QStringLiteral("0"))});
    }
    return list;
}

} // namespace

class TestCliDecode : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    Run cli(const QStringList& args)
    {
        QProcess p;
        p.start(QStringLiteral(GATEPOST_CLI), QStringList{QStringLiteral("--db"), m_db} + args);
        p.waitForFinished(60000);
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A path that must stay absent: decode needs no database and must not create one.
        m_db = m_dir.filePath(QStringLiteral("never-created.db"));
        QVERIFY(goldenFrames().size() >= 10);
    }

    void jsonGivesEveryGoldenFrameItsText()
    {
        const QList<Golden> golden = goldenFrames();
        QStringList args{QStringLiteral("decode")};
        for (const Golden& g : golden)
            args << frame(g.file);
        args << QStringLiteral("--json");
        const Run r = cli(args);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.err.isEmpty());
        const QJsonArray a = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(a.size(), golden.size());
        for (qsizetype i = 0; i < golden.size(); ++i) {
            const QJsonObject o = a[i].toObject();
            const Golden& g = golden[i];
            QCOMPARE(o[QStringLiteral("file")].toString(), frame(g.file));
            QVERIFY2(o[QStringLiteral("ms")].toDouble() > 0.0, qPrintable(g.file));
            QVERIFY2(o[QStringLiteral("load_ms")].toDouble() > 0.0, qPrintable(g.file));
            const bool found = o[QStringLiteral("found")].toBool();
            if (g.text.isEmpty() || (g.mayFail && !found)) {
                QVERIFY2(!found, qPrintable(g.file));
                QVERIFY2(o[QStringLiteral("text")].isNull(), qPrintable(g.file));
                QVERIFY2(o[QStringLiteral("binarizer")].isNull(), qPrintable(g.file));
                QVERIFY2(o[QStringLiteral("pass")].isNull(), qPrintable(g.file));
                QVERIFY2(!o[QStringLiteral("deep")].toBool(), qPrintable(g.file));
                continue;
            }
            // Never a wrong text: the exact UTF-8 payload, including the non-pass one.
            QVERIFY2(found, qPrintable(g.file));
            QCOMPARE(o[QStringLiteral("text")].toString(), g.text);
            const QString binarizer = o[QStringLiteral("binarizer")].toString();
            QVERIFY2(binarizer == QLatin1String("LocalAverage") ||
                         binarizer == QLatin1String("GlobalHistogram"),
                     qPrintable(binarizer));
            // Only the washed-out cards (low sun, over-exposed) need the stretched read; every
            // other golden frame is read by the first pass, on the frame as it is.
            const bool washedOut =
                g.file.startsWith(QLatin1String("lowsun")) || g.file == QLatin1String("overexposed.jpg");
            QCOMPARE(o[QStringLiteral("stretched")].toBool(), washedOut);
            QCOMPARE(o[QStringLiteral("pass")].toString(),
                     washedOut ? QStringLiteral("stretched") : QStringLiteral("frame"));
            QVERIFY2(!o[QStringLiteral("deep")].toBool(), qPrintable(g.file));
        }
        QVERIFY(!QFileInfo::exists(m_db));
    }

    void textIsOneTabSeparatedLinePerFile()
    {
        const Run r = cli({QStringLiteral("decode"), frame(QStringLiteral("clean.png")),
                           frame(QStringLiteral("no_code.jpg")), frame(QStringLiteral("not_a_pass.jpg"))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        const QStringList clean = lines[0].split(QLatin1Char('\t'));
        QCOMPARE(clean.size(), 3);
        QCOMPARE(clean[0], frame(QStringLiteral("clean.png")));
        QCOMPARE(clean[1], QStringLiteral("GP1:0001234:01:0123456789ABCDEF"));
        bool ok = false;
        QVERIFY(clean[2].toDouble(&ok) > 0.0 && ok);
        const QStringList empty = lines[1].split(QLatin1Char('\t'));
        QCOMPARE(empty.size(), 3);
        QCOMPARE(empty[1], QStringLiteral("(none)"));
        QCOMPARE(lines[2].split(QLatin1Char('\t')).value(1),
                 QStringLiteral("hello; DROP TABLE passes; -- 你好"));
        QVERIFY(!QFileInfo::exists(m_db));
    }

    void unreadableFileFailsBeforeDecodingAnything()
    {
        const QString notImage = m_dir.filePath(QStringLiteral("notes.png"));
        QFile f(notImage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a picture");
        f.close();
        for (const QString& bad : {m_dir.filePath(QStringLiteral("missing.png")), notImage}) {
            const Run r = cli({QStringLiteral("decode"), frame(QStringLiteral("clean.png")), bad,
                               QStringLiteral("--json")});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.out.isEmpty(), r.out.constData()); // not even the good file's line
            const QString err = QString::fromUtf8(r.err).trimmed();
            QVERIFY2(!err.contains(QLatin1Char('\n')), qPrintable(err));
            QVERIFY2(err.contains(bad), qPrintable(err));
        }
        QVERIFY(!QFileInfo::exists(m_db));
    }

    void noFileIsAUsageError()
    {
        const Run r = cli({QStringLiteral("decode")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliDecode)
#include "TestCliDecode.moc"
