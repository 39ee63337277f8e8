#pragma once

// The verdict, full screen, readable from two metres: green allow / red deny / amber check,
// never by colour alone (a big word, a symbol, a sound). Shows the direction that was logged,
// the reasons in plain words, the holder (photo, name, category, address), the plate of a
// vehicle in large type, and for passback when and where the previous crossing was.
//
// Amber: the volunteer decides with "Let through" / "Refuse"; a deny can be overridden with a
// reason from a short list. The panel only asks: it emits decided(), the station logs it
// (GateDesk::decide) and then calls showDecided() or showNotLogged().
//
// Rapid mode: back to scanning (finished()) after a few seconds, except while a decision is
// pending; Space/Enter on the panel or the "Next" button confirm at once.

#include "core/Rules.h"

#include <QColor>
#include <QTimeZone>
#include <QWidget>

#include <memory>

namespace gatepost::gui {

class VerdictPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit VerdictPanel(QWidget* parent = nullptr);
    ~VerdictPanel() override;

    /// @p crossingUuid: the row that was logged (for a duplicate read, the row it repeats);
    /// empty when there is none, and then no decision can be asked for.
    void showDecision(const core::Decision& decision, core::Direction direction, const QString& crossingUuid);
    /// Red: the crossing (or the decision) could not be written, in plain words. Stays until "Next".
    void showNotLogged(const QString& reason);
    /// After the station logged the volunteer's decision: green "Let through" or red "Refused".
    void showDecided(bool letThrough, const QString& overrideReason);

    /// The zone times are shown in (the policy's; default: the system's).
    void setTimeZone(const QTimeZone& zone);

    /// Back to scanning after this long; 0 = stay until the volunteer confirms.
    void setRapidModeMs(int ms);
    int rapidModeMs() const;

    bool isDecisionPending() const;
    /// What the screen says: allow / deny / check (a "not logged" state is Deny).
    core::Verdict shownVerdict() const;
    QColor backgroundColor() const;

    static QColor colorFor(core::Verdict verdict);
    /// Stable codes stored as the override reason, in the order of the buttons.
    static QStringList overrideReasonCodes();
    /// The words for an override code (the code itself when unknown).
    static QString overrideReasonText(const QString& code);

signals:
    void decided(const QString& crossingUuid, bool letThrough, const QString& overrideReason);
    /// The volunteer is done (or rapid mode ran out): back to scanning.
    void finished();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gatepost::gui
