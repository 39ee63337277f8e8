#include "gui/VerdictSounds.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QTest>
#include <QtEndian>

using namespace gatepost;
using core::Reason;
using core::Verdict;

namespace {

// The few header fields that say whether a WAV is what the station can afford to compile in.
struct WavFormat
{
    quint16 channels = 0;
    quint32 rate = 0;
    quint16 bits = 0;
    qint64 bytes = 0;
};

WavFormat readWav(const QString& resource)
{
    QFile f(resource);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray h = f.read(36);
    if (h.size() < 36 || !h.startsWith("RIFF") || h.mid(8, 8) != "WAVEfmt ")
        return {};
    WavFormat w;
    w.channels = qFromLittleEndian<quint16>(h.constData() + 22);
    w.rate = qFromLittleEndian<quint32>(h.constData() + 24);
    w.bits = qFromLittleEndian<quint16>(h.constData() + 34);
    w.bytes = f.size();
    return w;
}

} // namespace

// Which words the gate says: the verdict in the UI's language and, for a red, its main reason.
class TestVerdictSounds : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void aRedSaysItsMainReasonInTheUiLanguage_data()
    {
        QTest::addColumn<int>("verdict");
        QTest::addColumn<QList<Reason>>("reasons");
        QTest::addColumn<QString>("zh");
        QTest::addColumn<QString>("en");
        auto row = [](const char* name, Verdict v, QList<Reason> reasons, const char* file) {
            QTest::newRow(name) << int(v) << reasons
                                << QStringLiteral(":/sounds/zh/%1.wav").arg(QLatin1String(file))
                                << QStringLiteral(":/sounds/en/%1.wav").arg(QLatin1String(file));
        };
        row("allow", Verdict::Allow, {}, "allow");
        row("allow, duplicate read", Verdict::Allow, {Reason::Duplicate}, "allow");
        row("check, no known reason", Verdict::Check, {Reason::MissingTemperature}, "check");
        row("deny, no reason", Verdict::Deny, {}, "deny");
        row("deny, reason without words", Verdict::Deny, {Reason::NotYetValid}, "deny");
        row("revoked", Verdict::Deny, {Reason::Revoked}, "deny-revoked");
        row("expired", Verdict::Deny, {Reason::Expired}, "deny-expired");
        row("home quarantine", Verdict::Deny, {Reason::HomeQuarantine}, "deny-home-quarantine");
        row("central quarantine", Verdict::Deny, {Reason::CentralQuarantine}, "deny-central-quarantine");
        row("unknown pass", Verdict::Deny, {Reason::UnknownPass}, "deny-unknown");
        row("not a pass at all", Verdict::Deny, {Reason::BadFormat}, "deny-unknown");
        row("forged secret", Verdict::Deny, {Reason::WrongSecret}, "deny-unknown");
        row("wrong gate", Verdict::Deny, {Reason::GateNotAllowed}, "deny-wrong-gate");
        row("lost", Verdict::Deny, {Reason::Lost}, "deny-lost");
        row("suspended", Verdict::Deny, {Reason::Suspended}, "deny-suspended");
        row("superseded", Verdict::Deny, {Reason::Superseded}, "deny-superseded");
        row("fever going in", Verdict::Deny, {Reason::Fever}, "deny-fever");
        row("outside hours", Verdict::Deny, {Reason::OutsideHours}, "deny-outside-hours");
        row("passback", Verdict::Check, {Reason::Passback}, "check-passback");
        row("fever going out", Verdict::Check, {Reason::Fever}, "check-fever");
        // Only the main (first) reason is said, however many apply.
        row("revoked and expired", Verdict::Deny, {Reason::Revoked, Reason::Expired}, "deny-revoked");
        row("expired and passback", Verdict::Deny, {Reason::Expired, Reason::Passback}, "deny-expired");
        row("main reason without words", Verdict::Deny, {Reason::NotYetValid, Reason::Revoked}, "deny");
        row("duplicate first", Verdict::Deny, {Reason::Duplicate, Reason::Revoked}, "deny-revoked");
    }

    void aRedSaysItsMainReasonInTheUiLanguage()
    {
        QFETCH(int, verdict);
        QFETCH(QList<Reason>, reasons);
        QFETCH(QString, zh);
        QFETCH(QString, en);
        const auto v = static_cast<Verdict>(verdict);
        gui::VerdictSounds sounds;
        // The UI language is the default locale the station sets; the sounds follow it.
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        QCOMPARE(sounds.language(), QStringLiteral("zh_CN"));
        sounds.play(v, reasons);
        QCOMPARE(sounds.lastPhrase(), zh);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(sounds.language(), QStringLiteral("en"));
        sounds.play(v, reasons);
        QCOMPARE(sounds.lastPhrase(), en);
        // A language set for the station wins over the locale.
        sounds.setLanguage(QStringLiteral("zh_CN"));
        sounds.play(v, reasons);
        QCOMPARE(sounds.lastPhrase(), zh);
        QCOMPARE(gui::VerdictSounds::phraseResource(v, reasons, QStringLiteral("en")), en);
        sounds.stop();
        // Every phrase chosen is really there, small enough to compile in: 16-bit mono 22.05 kHz.
        for (const QString& file : {zh, en}) {
            const WavFormat w = readWav(file);
            QVERIFY2(w.bytes > 1000, qPrintable(file));
            QCOMPARE(w.channels, quint16(1));
            QCOMPARE(w.rate, quint32(22050));
            QCOMPARE(w.bits, quint16(16));
            QVERIFY2(w.bytes < 4 * 22050 * 2, qPrintable(file + QStringLiteral(": longer than 4 s")));
        }
    }

    void theTwoLanguagesSayDifferentThings()
    {
        QFile zh(QStringLiteral(":/sounds/zh/deny-revoked.wav"));
        QFile en(QStringLiteral(":/sounds/en/deny-revoked.wav"));
        QVERIFY(zh.open(QIODevice::ReadOnly) && en.open(QIODevice::ReadOnly));
        QVERIFY(zh.readAll() != en.readAll());
    }

    void silentWhenMutedOrNotSpeaking()
    {
        gui::VerdictSounds sounds;
        sounds.setSpeak(false);
        sounds.play(Verdict::Deny, {Reason::Revoked});
        QCOMPARE(sounds.lastPhrase(), QString()); // the tone only
        QCOMPARE(sounds.playedCount(), 1);
        sounds.setSpeak(true);
        sounds.setMuted(true);
        sounds.play(Verdict::Deny, {Reason::Revoked});
        QCOMPARE(sounds.lastPhrase(), QString());
        QCOMPARE(sounds.playedCount(), 1);
    }

    void withoutAnAudioDevicePlayingIsHarmless()
    {
        gui::VerdictSounds sounds;
        for (Verdict v : {Verdict::Allow, Verdict::Deny, Verdict::Check})
            QVERIFY(QFile::exists(QStringLiteral(":") + gui::VerdictSounds::toneUrl(v).path()));
        QElapsedTimer t;
        t.start();
        sounds.play(Verdict::Allow);
        sounds.play(Verdict::Deny, {Reason::Expired});
        sounds.play(Verdict::Check, {Reason::Passback});
        QTest::qWait(50);
        QCOMPARE(sounds.playedCount(), 3);
        QVERIFY2(t.elapsed() < 2000, "playing must not block the gate screen");
    }
};

QTEST_MAIN(TestVerdictSounds)
#include "TestVerdictSounds.moc"
