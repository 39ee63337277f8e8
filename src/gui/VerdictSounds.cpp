#include "VerdictSounds.h"

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

const char* stem(core::Verdict v)
{
    switch (v) {
    case core::Verdict::Allow:
        return "allow";
    case core::Verdict::Deny:
        return "deny";
    case core::Verdict::Check:
        return "check";
    }
    return "deny";
}

} // namespace

struct VerdictSounds::Private
{
    // Created lazily: a station that is muted from the start never touches the audio stack.
    std::array<QSoundEffect*, 3> tones{};
    std::array<QSoundEffect*, 3> phrases{};
    bool muted = false;
    bool speak = true;
    int played = 0;
    int pendingPhrase = -1; // phrase to start when the tone ends
};

VerdictSounds::VerdictSounds(QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
}

VerdictSounds::~VerdictSounds() = default;

QUrl VerdictSounds::toneUrl(core::Verdict verdict)
{
    return QUrl(QStringLiteral("qrc:/sounds/%1.wav").arg(QLatin1String(stem(verdict))));
}

QUrl VerdictSounds::phraseUrl(core::Verdict verdict)
{
    return QUrl(QStringLiteral("qrc:/sounds/%1-zh.wav").arg(QLatin1String(stem(verdict))));
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

int VerdictSounds::playedCount() const
{
    return d->played;
}

void VerdictSounds::stop()
{
    d->pendingPhrase = -1;
    for (auto* list : {&d->tones, &d->phrases})
        for (QSoundEffect* e : *list)
            if (e)
                e->stop();
}

void VerdictSounds::play(core::Verdict verdict)
{
    if (d->muted)
        return;
    stop();
    const int i = index(verdict);
    if (!d->tones[i]) {
        d->tones[i] = new QSoundEffect(this);
        d->tones[i]->setSource(toneUrl(verdict));
        // The phrase follows the tone; chaining on playingChanged keeps the GUI thread free.
        connect(d->tones[i], &QSoundEffect::playingChanged, this, [this, i] {
            if (d->tones[i]->isPlaying() || d->pendingPhrase != i)
                return;
            d->pendingPhrase = -1;
            if (d->phrases[i] && !d->muted)
                d->phrases[i]->play();
        });
    }
    if (d->speak && !d->phrases[i]) {
        d->phrases[i] = new QSoundEffect(this);
        d->phrases[i]->setSource(phraseUrl(verdict));
    }
    d->pendingPhrase = d->speak ? i : -1;
    d->tones[i]->play();
    ++d->played;
}

} // namespace gatepost::gui
