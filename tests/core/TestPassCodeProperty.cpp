// Property test: a damaged or tampered code is never taken for the pass it came from.
// 100,000 random mutations of valid codes (substitution, insertion, deletion, truncation,
// extension, swap; 1-3 each). Reproducible: the seed is fixed and printed; set
// GATEPOST_PROPERTY_SEED to try another one.

#include "core/PassCode.h"

#include <QMap>
#include <QTest>

#include <array>
#include <random>

using namespace gatepost::core;
using namespace Qt::StringLiterals;

namespace {

constexpr quint64 kDefaultSeed = 0x6761746570737431ULL; // "gatepst1"
constexpr int kOriginals = 1000;
constexpr int kMutationsPerOriginal = 100;

enum class Mutation { Substitute, Insert, Delete, Truncate, Extend, Swap };
constexpr std::array<const char*, 6> kMutationNames{"substitute", "insert", "delete",
                                                    "truncate",   "extend", "swap"};

class Mutator
{
public:
    explicit Mutator(quint64 seed)
        : m_rng(seed)
    {
        // What a camera or a scanner gun could plausibly produce instead of a code character:
        // the code's own characters, the letters Crockford leaves out, lower case, separators,
        // whitespace and a few non-ASCII look-alikes (full-width digits and colon, CJK).
        m_pool = QString(passcode::kSecretAlphabet) +
                 u"ILOUilou:;-_ \t\r\nabcz\u00e9\uff10\uff11\uff1a\u901a\u3000"_s;
    }

    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    QChar randomChar() { return m_pool[uniform(0, int(m_pool.size()) - 1)]; }

    PassCode randomCode()
    {
        PassCode c;
        c.serial = passcode::serialFromNumber(uniform(1, int(passcode::kMaxSerial)));
        c.generation = uniform(1, passcode::kMaxGeneration);
        for (int i = 0; i < passcode::kSecretChars; ++i)
            c.secret.append(passcode::kSecretAlphabet[uniform(0, int(passcode::kSecretAlphabet.size()) - 1)]);
        return c;
    }

    Mutation mutate(QString& s)
    {
        const auto m = static_cast<Mutation>(uniform(0, 5));
        const int n = int(s.size());
        switch (m) {
        case Mutation::Substitute:
            if (n > 0)
                s[uniform(0, n - 1)] = randomChar();
            break;
        case Mutation::Insert:
            s.insert(uniform(0, n), randomChar());
            break;
        case Mutation::Delete:
            if (n > 0)
                s.remove(uniform(0, n - 1), 1);
            break;
        case Mutation::Truncate:
            s.truncate(uniform(0, n));
            break;
        case Mutation::Extend:
            for (int k = uniform(1, 3); k > 0; --k)
                s.append(randomChar());
            break;
        case Mutation::Swap:
            if (n > 1) {
                const int i = uniform(0, n - 1);
                const int j = uniform(0, n - 1);
                std::swap(s[i], s[j]);
            }
            break;
        }
        return m;
    }

private:
    std::mt19937_64 m_rng;
    QString m_pool;
};

quint64 seedFromEnvironment()
{
    bool ok = false;
    const quint64 s = qEnvironmentVariable("GATEPOST_PROPERTY_SEED").toULongLong(&ok, 0);
    return ok ? s : kDefaultSeed;
}

} // namespace

class TestPassCodeProperty : public QObject
{
    Q_OBJECT

private slots:
    void mutatedCodeIsNeverTakenForTheOriginal()
    {
        const quint64 seed = seedFromEnvironment();
        qInfo("seed 0x%llx (set GATEPOST_PROPERTY_SEED to change)", static_cast<unsigned long long>(seed));
        Mutator mutator(seed);

        int identical = 0;      // mutation undone itself (e.g. swap of equal chars): skipped
        int whitespaceOnly = 0; // only ASCII whitespace at the ends changed: same code by design
        int rejected = 0;
        int otherPass = 0;        // parses into a different (serial, generation, secret)
        int takenForOriginal = 0; // must stay 0
        int notCanonical = 0;     // accepted text that format() would not have produced: must stay 0
        QMap<QString, int> byError;
        std::array<int, kMutationNames.size()> byKind{};
        QStringList examples;

        for (int o = 0; o < kOriginals; ++o) {
            const PassCode original = mutator.randomCode();
            const QString text = passcode::format(original);
            QVERIFY(passcode::parse(text).ok());
            for (int k = 0; k < kMutationsPerOriginal; ++k) {
                QString mutated = text;
                for (int steps = mutator.uniform(1, 3); steps > 0; --steps)
                    ++byKind[static_cast<size_t>(mutator.mutate(mutated))];
                if (mutated == text) {
                    ++identical;
                    continue;
                }
                const ParsedCode p = passcode::parse(mutated);
                if (!p.ok()) {
                    ++rejected;
                    ++byError[toString(p.error)];
                    QVERIFY(!p.code.has_value());
                    continue;
                }
                const QStringView core = passcode::trimInput(mutated);
                if (passcode::format(*p.code) != core)
                    ++notCanonical;
                if (core == text) {
                    ++whitespaceOnly;
                    continue;
                }
                if (p.code->serial == original.serial && p.code->generation == original.generation &&
                    passcode::secretsEqual(p.code->secret, original.secret)) {
                    ++takenForOriginal;
                    if (examples.size() < 5)
                        examples.append(text + u" -> "_s + mutated);
                } else {
                    ++otherPass;
                }
            }
        }

        const int total = kOriginals * kMutationsPerOriginal;
        qInfo(
            "%d mutated codes from %d originals: %d identical (skipped), %d rejected by the parser, "
            "%d parse into a different pass, %d differ only by trimmed whitespace, %d taken for the original",
            total, kOriginals, identical, rejected, otherPass, whitespaceOnly, takenForOriginal);
        for (auto it = byError.cbegin(); it != byError.cend(); ++it)
            qInfo("  rejected as %-15s %6d", qPrintable(it.key()), it.value());
        for (size_t i = 0; i < byKind.size(); ++i)
            qInfo("  mutation %-10s applied %6d times", kMutationNames[i], byKind[i]);

        QCOMPARE(identical + rejected + otherPass + whitespaceOnly + takenForOriginal, total);
        QVERIFY2(takenForOriginal == 0, qPrintable(examples.join(u'\n')));
        QCOMPARE(notCanonical, 0);
        // The mix must really exercise the parser: most mutations are rejected, and some turn
        // into a different well-formed code (e.g. one secret character replaced by another).
        QVERIFY(rejected > total / 2);
        QVERIFY(otherPass > 0);
        QVERIFY(whitespaceOnly > 0);
        for (const char* name : {"empty", "wrong_prefix", "wrong_length", "bad_separator", "bad_serial",
                                 "bad_generation", "bad_secret"})
            QVERIFY2(byError.value(QString::fromLatin1(name)) > 0, name);
    }
};

QTEST_GUILESS_MAIN(TestPassCodeProperty)
#include "TestPassCodeProperty.moc"
