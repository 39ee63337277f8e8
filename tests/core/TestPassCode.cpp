#include "core/PassCode.h"

#include <QFile>
#include <QSet>
#include <QTest>
#include <QThread>

#include <array>
#include <memory>
#include <vector>

using namespace gatepost::core;
using namespace Qt::StringLiterals;

namespace {

const QString kValid = u"GP1:0001234:01:7K3M9QZX2HBNWRDF"_s;

// Undoes the escapes of vectors.tsv: \t \r \n \\ and \uXXXX (one UTF-16 unit).
QString unescape(QStringView s, bool* ok)
{
    QString out;
    *ok = true;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] != u'\\') {
            out.append(s[i]);
            continue;
        }
        if (++i >= s.size()) {
            *ok = false;
            return out;
        }
        switch (s[i].unicode()) {
        case u't':
            out.append(u'\t');
            break;
        case u'r':
            out.append(u'\r');
            break;
        case u'n':
            out.append(u'\n');
            break;
        case u'\\':
            out.append(u'\\');
            break;
        case u'u': {
            bool hexOk = false;
            const ushort unit = i + 4 < s.size() ? s.sliced(i + 1, 4).toUShort(&hexOk, 16) : 0;
            if (!hexOk) {
                *ok = false;
                return out;
            }
            out.append(QChar(unit));
            i += 4;
            break;
        }
        default:
            *ok = false;
            return out;
        }
    }
    return out;
}

QString errorOf(QStringView text)
{
    return toString(passcode::parse(text).error);
}

QString vectorsPath()
{
    return QStringLiteral(GATEPOST_TEST_DATA "/passcode/vectors.tsv");
}

} // namespace

class TestPassCode : public QObject
{
    Q_OBJECT

private slots:
    void goldenVectors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expectedError");
        QTest::addColumn<QString>("serial");
        QTest::addColumn<int>("generation");
        QTest::addColumn<QString>("secret");

        QFile f(vectorsPath());
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(vectorsPath()));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
        int rows = 0;
        for (qsizetype n = 0; n < lines.size(); ++n) {
            const QString& line = lines[n];
            if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u"text\t"))
                continue;
            const QStringList cols = line.split(u'\t');
            QVERIFY2(cols.size() == 5, qPrintable(u"line %1: %2 columns"_s.arg(n + 1).arg(cols.size())));
            bool ok = false;
            const QString text = unescape(cols[0], &ok);
            QVERIFY2(ok, qPrintable(u"line %1: bad escape"_s.arg(n + 1)));
            const int generation = cols[3].isEmpty() ? 0 : cols[3].toInt();
            QTest::addRow("line %d", int(n + 1)) << text << cols[1] << cols[2] << generation << cols[4];
            ++rows;
        }
        // A file that silently lost its rows must not pass.
        QVERIFY2(rows >= 80, qPrintable(u"only %1 vectors"_s.arg(rows)));
    }

    void goldenVectors()
    {
        QFETCH(QString, text);
        QFETCH(QString, expectedError);
        QFETCH(QString, serial);
        QFETCH(int, generation);
        QFETCH(QString, secret);

        QVERIFY2(codeErrorFromString(expectedError).has_value(), qPrintable(expectedError));
        const ParsedCode p = passcode::parse(text);
        QCOMPARE(toString(p.error), expectedError);
        QCOMPARE(p.ok(), expectedError == u"none"_s);
        QCOMPARE(p.code.has_value(), p.ok());
        if (p.ok()) {
            QCOMPARE(p.code->serial, serial);
            QCOMPARE(p.code->generation, generation);
            QCOMPARE(p.code->secret, secret);
            // The accepted text is exactly the canonical form, give or take trimmed whitespace.
            QCOMPARE(passcode::format(*p.code), passcode::trimInput(text).toString());
        }
    }

    void vectorsCoverEveryError()
    {
        QFile f(vectorsPath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString all = QString::fromUtf8(f.readAll());
        for (auto e : {CodeError::None, CodeError::Empty, CodeError::WrongPrefix, CodeError::WrongLength,
                       CodeError::BadSeparator, CodeError::BadSerial, CodeError::BadGeneration,
                       CodeError::BadSecret}) {
            QVERIFY2(all.contains(u'\t' + toString(e) + u'\t'), qPrintable(toString(e)));
        }
    }

    void everyTruncationIsRejected()
    {
        for (const QString& code : {kValid, u"GP1:9999999:99:ZZZZZZZZZZZZZZZZ"_s}) {
            QVERIFY(passcode::parse(code).ok());
            for (int len = 0; len < passcode::kCodeLength; ++len) {
                const ParsedCode p = passcode::parse(QStringView(code).first(len));
                QVERIFY(!p.ok());
                QVERIFY(!p.code.has_value());
                // A cut-off code reads as truncated, never as a code from another system.
                const CodeError expected = len == 0 ? CodeError::Empty : CodeError::WrongLength;
                QVERIFY2(p.error == expected, qPrintable(u"length %1: %2"_s.arg(len).arg(toString(p.error))));
                // Cut from the front: whatever is left is never accepted either.
                QVERIFY(!passcode::parse(QStringView(code).last(len)).ok());
            }
        }
    }

    void everyOneCharExtensionIsRejected()
    {
        const QString extras = u"0AZ:-=x\u00e9\u901a"_s;
        for (QChar c : extras) {
            for (qsizetype pos = 0; pos <= kValid.size(); ++pos) {
                QString s = kValid;
                s.insert(pos, c);
                const ParsedCode p = passcode::parse(s);
                QVERIFY2(!p.ok(), qPrintable(s));
            }
        }
    }

    void formatAndParseRoundTrip()
    {
        const std::array<int, 5> generations{1, 2, 9, 10, 99};
        const std::array<qint64, 5> serials{1, 42, 1234, 1000000, passcode::kMaxSerial};
        for (qint64 n : serials) {
            for (int g : generations) {
                const PassCode code{passcode::serialFromNumber(n), g, passcode::newSecret()};
                const QString text = passcode::format(code);
                QCOMPARE(text.size(), passcode::kCodeLength);
                QVERIFY(text.startsWith(passcode::kPrefix));
                const ParsedCode p = passcode::parse(text);
                QVERIFY2(p.ok(), qPrintable(text + u' ' + toString(p.error)));
                QCOMPARE(*p.code, code);
            }
        }
    }

    void formatPadsEveryField()
    {
        QCOMPARE(passcode::format({u"0000042"_s, 7, u"ABCDEFGHJKMNPQRS"_s}),
                 u"GP1:0000042:07:ABCDEFGHJKMNPQRS"_s);
        QCOMPARE(passcode::format({u"9999999"_s, 99, u"0000000000000000"_s}),
                 u"GP1:9999999:99:0000000000000000"_s);
    }

    void codeFitsQrAlphanumericMode()
    {
        // QR alphanumeric set: 0-9 A-Z space $ % * + - . / :  (anything else forces byte mode
        // and a bigger symbol than version 2-M).
        const QString qrAlnum = u"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"_s;
        for (int i = 0; i < 50; ++i) {
            const QString text = passcode::format(
                {passcode::serialFromNumber(1 + i * 7919), 1 + i % 99, passcode::newSecret()});
            for (QChar c : text)
                QVERIFY2(qrAlnum.contains(c), qPrintable(text));
            QVERIFY(text.size() <= 38); // capacity of version 2-M in alphanumeric mode
        }
    }

    void serialFromNumberPadsAndRejectsOutOfRange()
    {
        QCOMPARE(passcode::serialFromNumber(1), u"0000001"_s);
        QCOMPARE(passcode::serialFromNumber(1234), u"0001234"_s);
        QCOMPARE(passcode::serialFromNumber(9999999), u"9999999"_s);
        QCOMPARE(passcode::serialFromNumber(0), QString());
        QCOMPARE(passcode::serialFromNumber(-5), QString());
        QCOMPARE(passcode::serialFromNumber(10000000), QString());
        QCOMPARE(passcode::serialFromNumber(std::numeric_limits<qint64>::max()), QString());
    }

    void newSecretIsSixteenAlphabetChars()
    {
        for (int i = 0; i < 100; ++i) {
            const QString s = passcode::newSecret();
            QCOMPARE(s.size(), passcode::kSecretChars);
            for (QChar c : s)
                QVERIFY2(passcode::kSecretAlphabet.contains(c), qPrintable(s));
            QVERIFY(passcode::parse(QString(u"GP1:0000001:01:"_s + s)).ok());
        }
    }

    void newSecretsAreDistinctAndUseTheWholeAlphabet()
    {
        QSet<QString> seen;
        QHash<QChar, int> counts;
        for (int i = 0; i < 1000; ++i) {
            const QString s = passcode::newSecret();
            seen.insert(s);
            for (QChar c : s)
                ++counts[c];
        }
        QCOMPARE(seen.size(), 1000);
        // 16,000 symbols over 32 values: about 500 each, standard deviation about 22. A stuck
        // bit or a bad encoder would leave symbols out or pile them up.
        QCOMPARE(counts.size(), 32);
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            QVERIFY2(it.value() > 350 && it.value() < 650,
                     qPrintable(u"%1: %2"_s.arg(it.key()).arg(it.value())));
    }

    void newSecretFromManyThreads()
    {
        constexpr int kThreads = 4;
        constexpr int kEach = 250;
        std::array<QStringList, kThreads> results;
        std::vector<std::unique_ptr<QThread>> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back(QThread::create([&results, t] {
                for (int i = 0; i < kEach; ++i)
                    results[t].append(passcode::newSecret());
            }));
            threads.back()->start();
        }
        for (auto& th : threads)
            QVERIFY(th->wait(10000));
        QSet<QString> all;
        for (const auto& list : results) {
            for (const QString& s : list) {
                QCOMPARE(s.size(), passcode::kSecretChars);
                all.insert(s);
            }
        }
        QCOMPARE(all.size(), kThreads * kEach);
    }

    void secretsEqualComparesWholeSecrets()
    {
        const QString a = u"7K3M9QZX2HBNWRDF"_s;
        QVERIFY(passcode::secretsEqual(a, u"7K3M9QZX2HBNWRDF"_s));
        QVERIFY(!passcode::secretsEqual(a, u"7K3M9QZX2HBNWRDG"_s)); // last char
        QVERIFY(!passcode::secretsEqual(a, u"8K3M9QZX2HBNWRDF"_s)); // first char
        QVERIFY(!passcode::secretsEqual(a, u"7K3M9QZX2HBNWRD"_s));  // prefix of it
        QVERIFY(!passcode::secretsEqual(a, u"7K3M9QZX2HBNWRDFF"_s));
        QVERIFY(!passcode::secretsEqual(a, u"7k3m9qzx2hbnwrdf"_s)); // case matters
        QVERIFY(!passcode::secretsEqual(a, QString()));
        QVERIFY(!passcode::secretsEqual(QString(), QString())); // an unset secret matches nothing
        const QString fresh = passcode::newSecret();
        QVERIFY(passcode::secretsEqual(fresh, QString(fresh)));
        QVERIFY(!passcode::secretsEqual(fresh, passcode::newSecret()));
    }

    void errorNamesAreStableSnakeCase()
    {
        QCOMPARE(toString(CodeError::None), u"none"_s);
        QCOMPARE(toString(CodeError::Empty), u"empty"_s);
        QCOMPARE(toString(CodeError::WrongPrefix), u"wrong_prefix"_s);
        QCOMPARE(toString(CodeError::WrongLength), u"wrong_length"_s);
        QCOMPARE(toString(CodeError::BadSeparator), u"bad_separator"_s);
        QCOMPARE(toString(CodeError::BadSerial), u"bad_serial"_s);
        QCOMPARE(toString(CodeError::BadGeneration), u"bad_generation"_s);
        QCOMPARE(toString(CodeError::BadSecret), u"bad_secret"_s);
        for (auto e :
             {CodeError::None, CodeError::Empty, CodeError::WrongPrefix, CodeError::WrongLength,
              CodeError::BadSeparator, CodeError::BadSerial, CodeError::BadGeneration, CodeError::BadSecret})
            QCOMPARE(codeErrorFromString(toString(e)), std::optional<CodeError>(e));
        QCOMPARE(codeErrorFromString(u"Wrong_Length"_s), std::nullopt);
        QCOMPARE(codeErrorFromString(QString()), std::nullopt);
    }

    void trimInputTouchesOnlyAsciiWhitespaceAtTheEnds()
    {
        QCOMPARE(passcode::trimInput(u" \t\r\nA B\r\n"_s), u"A B"_s);
        QCOMPARE(passcode::trimInput(u"\u3000A\u00a0"_s), u"\u3000A\u00a0"_s);
        QCOMPARE(passcode::trimInput(u"   "_s), QString());
        QCOMPARE(passcode::trimInput(QStringView()), QString());
    }

    void hugeInputsAreRejectedQuickly()
    {
        QElapsedTimer timer;
        timer.start();
        const QString spaces(8 * 1024 * 1024, u' ');
        QCOMPARE(errorOf(spaces), u"empty"_s);
        QCOMPARE(errorOf(QString(spaces + kValid + spaces)), u"none"_s);
        const QString longCode = kValid + QString(8 * 1024 * 1024, u'Z');
        QCOMPARE(errorOf(longCode), u"wrong_length"_s);
        QCOMPARE(errorOf(QString(8 * 1024 * 1024, u'\u901a')), u"wrong_prefix"_s);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestPassCode)
#include "TestPassCode.moc"
