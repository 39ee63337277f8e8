#pragma once

// The verdict, full screen, readable from two metres: green allow / red deny / amber check,
// never by colour alone (a big word, a symbol, a sound). Shows the direction that was logged,
// the reasons in plain words, the holder (photo, name, category, address), the plate of a
// vehicle in large type, and for passback when and where the previous crossing was.
//
// It shows a core::GateOutcome (from core::GateController) and offers exactly the actions the
// outcome says are open: amber "Let through" / "Refuse", red "Let through anyway" with one of
// the core's override reasons ("Other" with a few words). The panel only asks: it emits the
// choice, the station hands it to the controller and shows what comes back.
//
// Rapid mode: back to scanning (finished()) after a few seconds, except while a decision is
// pending; Space/Enter on the panel or the "Next" button confirm at once.

#include "core/GateController.h"
#include "core/Rules.h"

#include <QColor>
#include <QTimeZone>
#include <QWidget>

#include <functional>
#include <memory>

namespace gatepost::gui {

class VerdictPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit VerdictPanel(QWidget* parent = nullptr);
    ~VerdictPanel() override;

    /// A verdict (Step::Verdict) with its open actions, or a logged decision (Step::Decided).
    void showOutcome(const core::GateOutcome& outcome);
    /// Red: the crossing (or the decision) could not be written, in plain words. Stays until "Next".
    void showNotLogged(const QString& reason);
    /// The controller refused the volunteer's choice (e.g. "Other" without words): the screen
    /// and its open actions stay, with the words under them.
    void showRefusal(const QString& text);

    /// Where a person's stored photo comes from (core::Registry::photo: JPEG bytes, empty when
    /// none); asked once for each verdict shown. Without one, or without a stored photo, the
    /// holder's photo path is shown, else a silhouette.
    void setPhotoSource(std::function<QByteArray(qint64 personId)> source);

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
    /// "Went in at 10:15, North gate" for the earlier crossing of a duplicate or passback; the
    /// date too when it was not on the day of @p nowUtc.
    QString earlierText(const core::RecentCrossing& earlier, const QDateTime& nowUtc) const;

signals:
    void letThroughChosen();
    void refuseChosen();
    void overrideChosen(gatepost::core::OverrideReason reason, const QString& text);
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
