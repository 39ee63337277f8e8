#pragma once

// One distinct sound per verdict, so a volunteer who is looking at the person rather than the
// screen still knows: allow = a rising two-tone, deny = a low buzz, check = two mid beeps;
// optionally followed by the verdict spoken in the UI's language (Chinese or English). A red
// (or amber) whose main reason has a phrase of its own says that reason instead of the generic
// words: "通行证已注销，禁止通行" rather than "禁止通行".
// The phrases are pre-rendered WAVs (scripts/make-sounds, espeak-ng): no speech daemon at the
// gate. Without an audio device QSoundEffect stays silent; playing is then harmless.

#include "core/Types.h"

#include <QList>
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
    /// "zh_CN" or "en"; empty (the default) follows the application's default QLocale, which
    /// the station sets to the UI language.
    void setLanguage(const QString& language);
    /// The language phrases are spoken in now: "zh_CN" or "en".
    QString language() const;

    /// Plays the verdict's tone, then its phrase: the main reason's (the first of @p reasons,
    /// most important first, as core::Decision orders them) when it has one, else the verdict's.
    /// Returns at once; a new verdict cuts the previous sound short. Does nothing while muted.
    void play(core::Verdict verdict, const QList<core::Reason>& reasons = {});
    void stop();

    /// How many verdicts were sounded (not muted) since construction: for tests and the log.
    int playedCount() const;
    /// The resource (":/sounds/zh/deny-revoked.wav") of the phrase the last play() chose;
    /// empty when it spoke nothing (muted, or speaking is off).
    QString lastPhrase() const;

    static QUrl toneUrl(core::Verdict verdict);
    /// The phrase resource for a verdict and its reasons in @p language ("zh_CN" / "en").
    static QString phraseResource(core::Verdict verdict, const QList<core::Reason>& reasons,
                                  const QString& language);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gatepost::gui
