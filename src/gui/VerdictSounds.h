#pragma once

// One distinct sound per verdict, so a volunteer who is looking at the person rather than the
// screen still knows: allow = a rising two-tone, deny = a low buzz, check = two mid beeps;
// optionally followed by the verdict spoken in Chinese ("通过，请进" / "禁止通行" / "请核查").
// The phrases are pre-rendered WAVs (scripts/make-sounds, espeak-ng): no speech daemon at the
// gate. Without an audio device QSoundEffect stays silent; playing is then harmless.

#include "core/Types.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace gatepost::gui {

class VerdictSounds final : public QObject
{
    Q_OBJECT

public:
    explicit VerdictSounds(QObject* parent = nullptr);
    ~VerdictSounds() override;

    void setMuted(bool muted);
    bool isMuted() const;
    void setSpeak(bool speak);
    bool speaks() const;

    /// Plays the verdict's tone (and then its phrase). Returns at once; a new verdict cuts the
    /// previous sound short. Does nothing while muted.
    void play(core::Verdict verdict);
    void stop();

    /// How many verdicts were sounded (not muted) since construction: for tests and the log.
    int playedCount() const;

    static QUrl toneUrl(core::Verdict verdict);
    static QUrl phraseUrl(core::Verdict verdict);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gatepost::gui
