#include "VerdictSounds.h"

#include <QHash>
#include <QLocale>
#include <QSoundEffect>

#include <array>

namespace gatepost::gui {

namespace {

int index(core::Verdict v)
{
    switch (v) {
    case core::Verdict::Allow:
        return 0;
    case core::Verdict::Deny:
        return 1;
    case core::Verdict::Check:
        return 2;
    }
    return 1;
}

QLatin1String stem(core::Verdict v)
{
    switch (v) {
    case core::Verdict::Allow:
        return QLatin1String("allow");
    case core::Verdict::Deny:
        return QLatin1String("deny");
    case core::Verdict::Check:
        return QLatin1String("check");
    }
    return QLatin1String("deny");
}

// The reasons with words of their own (scripts/make-sounds renders the same names); a reason
// without one falls back to the verdict's generic phrase.
QLatin1String reasonStem(core::Verdict v, core::Reason r)
{
    if (v == core::Verdict::Deny) {
        switch (r) {
        case core::Reason::Revoked:
            return QLatin1String("revoked");
        case core::Reason::Expired:
            return QLatin1String("expired");
        case core::Reason::HomeQuarantine:
            return QLatin1String("home-quarantine");
        case core::Reason::CentralQuarantine:
            return QLatin1String("central-quarantine");
        case core::Reason::BadFormat:
        case core::Reason::UnknownPass:
        case core::Reason::WrongSecret:
            return QLatin1String("unknown");
        case core::Reason::GateNotAllowed:
            return QLatin1String("wrong-gate");
        case core::Reason::Lost:
            return QLatin1String("lost");
        case core::Reason::Suspended:
            return QLatin1String("suspended");
        case core::Reason::Superseded:
            return QLatin1String("superseded");
        case core::Reason::Fever:
            return QLatin1String("fever");
        case core::Reason::OutsideHours:
            return QLatin1String("outside-hours");
        default:
            return {};
        }
    }
    if (v == core::Verdict::Check) {
        if (r == core::Reason::Passback)
            return QLatin1String("passback");
        if (r == core::Reason::Fever)
            return QLatin1String("fever");
    }
    return {};
}

} // namespace

struct VerdictSounds::Private
{
    // Created lazily: a station that is muted from the start never touches the audio stack.
    std::array<QSoundEffect*, 3> tones{};
    QHash<QString, QSoundEffect*> phrases; // by resource
    bool muted = false;
    bool speak = true;
    QString language; // empty: the default QLocale's
    int played = 0;
    int pendingTone = -1; // the tone whose end starts the phrase
    QSoundEffect* pending = nullptr;
    QString lastPhrase;
};

VerdictSounds::VerdictSounds(QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
}

VerdictSounds::~VerdictSounds() = default;

QUrl VerdictSounds::toneUrl(core::Verdict verdict)
{
    return QUrl(QStringLiteral("qrc:/sounds/%1.wav").arg(stem(verdict)));
}

QString VerdictSounds::phraseResource(core::Verdict verdict, const QList<core::Reason>& reasons,
                                      const QString& language)
{
    const QString dir =
        language.startsWith(QLatin1String("zh")) ? QStringLiteral("zh") : QStringLiteral("en");
    QLatin1String reason;
    for (core::Reason r : reasons) {
        if (r == core::Reason::Duplicate) // not a reason to stop anyone: look past it
            continue;
        reason = reasonStem(verdict, r); // the main reason only: the list is most important first
        break;
    }
    if (reason.isEmpty())
        return QStringLiteral(":/sounds/%1/%2.wav").arg(dir, stem(verdict));
    return QStringLiteral(":/sounds/%1/%2-%3.wav").arg(dir, stem(verdict), reason);
}

void VerdictSounds::setMuted(bool muted)
{
    d->muted = muted;
    if (muted)
        stop();
}

bool VerdictSounds::isMuted() const
{
    return d->muted;
}

void VerdictSounds::setSpeak(bool speak)
{
    d->speak = speak;
}

bool VerdictSounds::speaks() const
{
    return d->speak;
}

void VerdictSounds::setLanguage(const QString& language)
{
    d->language = language;
}

QString VerdictSounds::language() const
{
    if (!d->language.isEmpty())
        return d->language.startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
    return QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

int VerdictSounds::playedCount() const
{
    return d->played;
}

QString VerdictSounds::lastPhrase() const
{
    return d->lastPhrase;
}

void VerdictSounds::stop()
{
    d->pendingTone = -1;
    d->pending = nullptr;
    for (QSoundEffect* e : d->tones)
        if (e)
            e->stop();
    for (QSoundEffect* e : std::as_const(d->phrases))
        e->stop();
}

void VerdictSounds::play(core::Verdict verdict, const QList<core::Reason>& reasons)
{
    d->lastPhrase.clear();
    if (d->muted)
        return;
    stop();
    const int i = index(verdict);
    if (!d->tones[i]) {
        d->tones[i] = new QSoundEffect(this);
        d->tones[i]->setSource(toneUrl(verdict));
        // The phrase follows the tone; chaining on playingChanged keeps the GUI thread free.
        connect(d->tones[i], &QSoundEffect::playingChanged, this, [this, i] {
            if (d->tones[i]->isPlaying() || d->pendingTone != i)
                return;
            QSoundEffect* phrase = d->pending;
            d->pendingTone = -1;
            d->pending = nullptr;
            if (phrase && !d->muted)
                phrase->play();
        });
    }
    if (d->speak) {
        d->lastPhrase = phraseResource(verdict, reasons, language());
        QSoundEffect*& phrase = d->phrases[d->lastPhrase];
        if (!phrase) {
            phrase = new QSoundEffect(this);
            phrase->setSource(QUrl(QStringLiteral("qrc") + d->lastPhrase));
        }
        d->pending = phrase;
        d->pendingTone = i;
    }
    d->tones[i]->play();
    ++d->played;
}

} // namespace gatepost::gui
