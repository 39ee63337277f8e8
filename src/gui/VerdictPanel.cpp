#include "VerdictPanel.h"

#include "ui_VerdictPanel.h"

#include "CategoryNames.h"
#include "core/Formats.h"

#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTimer>

#include <functional>

namespace gatepost::gui {

namespace {

const QColor kGreen(0x1B, 0x7F, 0x3B);
const QColor kRed(0xB3, 0x26, 0x1E);
const QColor kAmber(0xF2, 0xB6, 0x00);
const QString kButtonSheet =
    QStringLiteral("QPushButton { font-size: 24pt; font-weight: bold; padding: 8px 20px; background: white;"
                   " color: black; border: 4px solid black; border-radius: 10px; }"
                   "QPushButton:pressed { background: #DDDDDD; }");

QString directionWord(core::Direction d)
{
    return d == core::Direction::In ? VerdictPanel::tr("IN") : VerdictPanel::tr("OUT");
}

// A symbol in a ring, so the verdict does not depend on colour (colour-blind volunteers,
// a monochrome sunlight glare): a tick, a cross, or an exclamation mark.
QPixmap symbol(core::Verdict v, const QColor& ink)
{
    const int s = 120;
    QPixmap pm(s, s);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    QPen pen(ink, 12, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.drawEllipse(QRectF(8, 8, s - 16, s - 16));
    switch (v) {
    case core::Verdict::Allow: {
        QPainterPath tick;
        tick.moveTo(34, 62);
        tick.lineTo(53, 82);
        tick.lineTo(88, 40);
        p.drawPath(tick);
        break;
    }
    case core::Verdict::Deny:
        p.drawLine(QPointF(40, 40), QPointF(80, 80));
        p.drawLine(QPointF(80, 40), QPointF(40, 80));
        break;
    case core::Verdict::Check:
        p.drawLine(QPointF(60, 32), QPointF(60, 70));
        p.setBrush(ink);
        p.drawEllipse(QPointF(60, 88), 3, 3);
        break;
    }
    return pm;
}

// A head-and-shoulders outline for a holder without a photo.
QPixmap silhouette(const QSize& size, const QColor& ink)
{
    QPixmap pm(size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(ink, 4));
    p.drawRect(QRectF(2, 2, size.width() - 4, size.height() - 4));
    p.setPen(Qt::NoPen);
    QColor fill = ink;
    fill.setAlpha(160);
    p.setBrush(fill);
    const qreal w = size.width();
    const qreal h = size.height();
    p.drawEllipse(QPointF(w / 2, h * 0.36), w * 0.2, w * 0.2);
    p.drawChord(QRectF(w * 0.15, h * 0.6, w * 0.7, h * 0.6), 0, 180 * 16);
    return pm;
}

void setPointSize(QWidget* w, int pt, bool bold = true)
{
    QFont f = w->font();
    f.setPointSize(pt);
    f.setBold(bold);
    w->setFont(f);
}

void applyLook(VerdictPanel* panel, Ui::VerdictPanel& ui, core::Verdict v, const QString& word)
{
    const QColor bg = VerdictPanel::colorFor(v);
    const QColor ink = v == core::Verdict::Check ? QColor(Qt::black) : QColor(Qt::white);
    // The panel's style sheet (for the buttons) stops a palette's text colour reaching the
    // labels: the sheet says it. The sheet is set first, the palette after, so the repolish
    // does not reset the background.
    panel->setStyleSheet(kButtonSheet + QStringLiteral("QLabel { color: %1; }").arg(ink.name()));
    QPalette pal = panel->palette();
    pal.setColor(QPalette::Window, bg);
    pal.setColor(QPalette::WindowText, ink);
    panel->setPalette(pal);
    ui.iconLabel->setPixmap(symbol(v, ink));
    ui.verdictLabel->setText(word);
}

// The holder's photo; smaller while the override reasons are open (and the category line, already
// read, steps aside), so that the tallest red (two reasons, the earlier crossing, the reasons'
// buttons) still fits a 768-pixel screen.
constexpr QSize kPhotoSize(150, 190);
constexpr QSize kCompactPhotoSize(110, 140);

void resetParts(Ui::VerdictPanel& ui)
{
    ui.photoLabel->setFixedSize(kPhotoSize);
    for (QLabel* l : {ui.directionLabel, ui.plateLabel, ui.nameLabel, ui.categoryLabel, ui.addressLabel,
                      ui.reasonsLabel, ui.previousLabel, ui.noteLabel}) {
        l->clear();
        l->hide();
    }
    ui.photoLabel->hide();
    ui.letThroughButton->hide();
    ui.refuseButton->hide();
    ui.overrideButton->hide();
    ui.overrideBox->hide();
    ui.overrideTextEdit->clear();
    ui.nextButton->show();
}

void setShown(QLabel* l, const QString& text)
{
    l->setText(text);
    l->setVisible(!text.isEmpty());
}

} // namespace

struct VerdictPanel::Private
{
    Ui::VerdictPanel ui;
    QTimer rapid;
    int rapidMs = 4000;
    QTimeZone zone = QTimeZone::systemTimeZone();
    core::Verdict shown = core::Verdict::Allow;
    bool pending = false;
    core::GateActions actions;
    std::function<void()> render; // redraws the current state (after a language change)
    std::function<QByteArray(qint64)> photoSource;

    // The stored photo of a person (read once per verdict shown, not on the scan path), else
    // the picture at the holder's photo path; null when there is neither.
    QPixmap photoOf(const core::HolderInfo& h) const
    {
        QPixmap photo;
        if (h.kind == core::HolderKind::Person && photoSource) {
            const QByteArray jpeg = photoSource(h.id);
            if (!jpeg.isEmpty())
                photo.loadFromData(jpeg);
        }
        if (photo.isNull() && !h.photoPath.isEmpty())
            photo.load(h.photoPath);
        return photo;
    }
};

VerdictPanel::VerdictPanel(QWidget* parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->ui.setupUi(this);
    setAutoFillBackground(true);
    setFocusPolicy(Qt::StrongFocus);
    // Big type: the word is read from two metres, the buttons are hit with gloves.
    setPointSize(d->ui.verdictLabel, 64);
    setPointSize(d->ui.directionLabel, 28);
    setPointSize(d->ui.plateLabel, 64);
    setPointSize(d->ui.nameLabel, 30);
    setPointSize(d->ui.categoryLabel, 24, false);
    setPointSize(d->ui.addressLabel, 24, false);
    setPointSize(d->ui.reasonsLabel, 26);
    setPointSize(d->ui.previousLabel, 22);
    setPointSize(d->ui.noteLabel, 20);
    setPointSize(d->ui.overridePromptLabel, 24);
    // It shares a row with the "Other" words and Back: wrap rather than widen the screen.
    d->ui.overridePromptLabel->setWordWrap(true);
    setStyleSheet(
        QStringLiteral("QPushButton { font-size: 26pt; font-weight: bold; padding: 10px 24px;"
                       " background: white; color: black; border: 4px solid black; border-radius: 10px; }"
                       "QPushButton:pressed { background: #DDDDDD; }"));

    d->rapid.setSingleShot(true);
    connect(&d->rapid, &QTimer::timeout, this, &VerdictPanel::finished);
    connect(d->ui.nextButton, &QPushButton::clicked, this, [this] {
        d->rapid.stop();
        emit finished();
    });
    connect(d->ui.letThroughButton, &QPushButton::clicked, this, &VerdictPanel::letThroughChosen);
    connect(d->ui.refuseButton, &QPushButton::clicked, this, &VerdictPanel::refuseChosen);
    connect(d->ui.overrideButton, &QPushButton::clicked, this, [this] {
        // Choosing a reason takes a moment: rapid mode must not snatch the screen meanwhile.
        d->rapid.stop();
        d->pending = true;
        d->ui.categoryLabel->hide();
        d->ui.photoLabel->setFixedSize(kCompactPhotoSize);
        d->ui.photoLabel->setPixmap(d->ui.photoLabel->pixmap().scaled(kCompactPhotoSize, Qt::KeepAspectRatio,
                                                                      Qt::SmoothTransformation));
        d->ui.overrideBox->show();
        d->ui.overrideButton->hide();
        d->ui.nextButton->hide();
    });
    connect(d->ui.overrideCancelButton, &QPushButton::clicked, this, [this] {
        d->pending = false;
        d->render(); // the verdict as it was shown, photo at full size, reasons closed
        if (d->rapidMs > 0)
            d->rapid.start(d->rapidMs);
    });
    // The buttons in the order of core::allOverrideReasons().
    const QList<QPushButton*> reasonButtons{d->ui.reasonDamagedButton, d->ui.reasonStaffButton,
                                            d->ui.reasonEmergencyButton, d->ui.reasonOtherButton};
    const QList<core::OverrideReason> reasons = core::allOverrideReasons();
    for (int i = 0; i < reasonButtons.size() && i < reasons.size(); ++i)
        connect(reasonButtons[i], &QPushButton::clicked, this, [this, reason = reasons[i]] {
            emit overrideChosen(reason, d->ui.overrideTextEdit->text().simplified());
        });
    setPointSize(d->ui.overrideTextEdit, 20, false);

    resetParts(d->ui);
    d->ui.nextButton->hide();
}

VerdictPanel::~VerdictPanel() = default;

QColor VerdictPanel::colorFor(core::Verdict verdict)
{
    switch (verdict) {
    case core::Verdict::Allow:
        return kGreen;
    case core::Verdict::Deny:
        return kRed;
    case core::Verdict::Check:
        return kAmber;
    }
    return kRed;
}

QString VerdictPanel::earlierText(const core::RecentCrossing& earlier, const QDateTime& nowUtc) const
{
    const QDateTime local = earlier.atUtc.toTimeZone(d->zone);
    const QDate today = nowUtc.isValid() ? nowUtc.toTimeZone(d->zone).date() : local.date();
    // Today: the time alone ("已于 10:15 北门进入"); another day: the date too.
    const QString when = local.date() == today || !local.isValid()
                             ? local.toString(QStringLiteral("HH:mm"))
                             : local.toString(QStringLiteral("MM-dd HH:mm"));
    return earlier.direction == core::Direction::In
               ? tr("Went in at %1, %2").arg(when, gateName(earlier.gate))
               : tr("Went out at %1, %2").arg(when, gateName(earlier.gate));
}

void VerdictPanel::setPhotoSource(std::function<QByteArray(qint64)> source)
{
    d->photoSource = std::move(source);
}

void VerdictPanel::setTimeZone(const QTimeZone& zone)
{
    d->zone = zone;
}

void VerdictPanel::setRapidModeMs(int ms)
{
    d->rapidMs = std::max(0, ms);
}

int VerdictPanel::rapidModeMs() const
{
    return d->rapidMs;
}

bool VerdictPanel::isDecisionPending() const
{
    return d->pending;
}

core::Verdict VerdictPanel::shownVerdict() const
{
    return d->shown;
}

QColor VerdictPanel::backgroundColor() const
{
    return palette().color(QPalette::Window);
}

void VerdictPanel::showOutcome(const core::GateOutcome& outcome)
{
    d->rapid.stop();
    if (outcome.step == core::GateOutcome::Step::Decided) {
        d->pending = false;
        d->actions = {};
        d->shown = outcome.letThrough ? core::Verdict::Allow : core::Verdict::Deny;
        d->render = [this, outcome] {
            resetParts(d->ui);
            applyLook(this, d->ui, d->shown, outcome.letThrough ? tr("LET THROUGH") : tr("REFUSED"));
            if (outcome.overrideReason) {
                QString why = overrideReasonName(*outcome.overrideReason);
                if (!outcome.overrideText.isEmpty())
                    why += QStringLiteral(": ") + outcome.overrideText;
                setShown(d->ui.reasonsLabel, tr("Override: %1").arg(why));
            }
        };
        d->render();
        if (d->rapidMs > 0)
            d->rapid.start(d->rapidMs);
        return;
    }

    const core::Decision decision = outcome.decision;
    const core::Direction direction = outcome.direction;
    d->shown = decision.verdict;
    d->actions = outcome.actions;
    d->pending = outcome.actions.letThrough || outcome.actions.refuse;
    const QPixmap photo = decision.holder ? d->photoOf(*decision.holder) : QPixmap();
    d->render = [this, outcome, decision, direction, photo] {
        Ui::VerdictPanel& ui = d->ui;
        resetParts(ui);
        QString word;
        switch (decision.verdict) {
        case core::Verdict::Allow:
            word = tr("PASS");
            break;
        case core::Verdict::Deny:
            word = tr("STOP");
            break;
        case core::Verdict::Check:
            word = tr("CHECK");
            break;
        }
        applyLook(this, ui, decision.verdict, word);
        const bool duplicate = outcome.duplicate;
        setShown(ui.directionLabel, duplicate ? tr("Already logged: %1").arg(directionWord(direction))
                                              : tr("Logged: %1").arg(directionWord(direction)));
        if (decision.holder) {
            const core::HolderInfo& h = *decision.holder;
            if (h.kind == core::HolderKind::Vehicle)
                setShown(ui.plateLabel, core::formats::displayPlate(h.plate));
            setShown(ui.nameLabel, h.name);
            setShown(ui.categoryLabel, categoryName(h.category));
            setShown(ui.addressLabel, h.address);
            const QSize box = ui.photoLabel->size();
            ui.photoLabel->setPixmap(photo.isNull()
                                         ? silhouette(box, palette().color(QPalette::WindowText))
                                         : photo.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation));
            ui.photoLabel->show();
        }
        QStringList reasons;
        for (core::Reason r : decision.reasons) {
            if (r == core::Reason::Duplicate)
                continue;
            QString line = QStringLiteral("• ") + reasonText(r);
            const bool quarantine = r == core::Reason::HomeQuarantine || r == core::Reason::CentralQuarantine;
            if (quarantine && decision.quarantineUntil.isValid())
                line +=
                    QStringLiteral(" ") +
                    tr("(until %1)").arg(QLocale().toString(decision.quarantineUntil, QLocale::ShortFormat));
            reasons << line;
        }
        setShown(ui.reasonsLabel, reasons.join(QLatin1Char('\n')));
        const bool showEarlier = duplicate || decision.reasons.contains(core::Reason::Passback);
        if (const auto earlier = outcome.earlier(); earlier && showEarlier)
            setShown(ui.previousLabel, earlierText(*earlier, outcome.atUtc));
        if (duplicate)
            setShown(ui.noteLabel, tr("Same pass read again: it is logged once."));
        if (d->pending) {
            ui.letThroughButton->setVisible(d->actions.letThrough);
            ui.refuseButton->setVisible(d->actions.refuse);
            ui.nextButton->hide();
            setShown(ui.noteLabel, ui.noteLabel->text().isEmpty()
                                       ? tr("You decide: look at the person and the pass.")
                                       : ui.noteLabel->text());
        }
        ui.overrideButton->setVisible(d->actions.overrideDeny);
        ui.overridePromptLabel->setText(d->actions.overrideNeedsLead ? tr("Why? (shift lead's PIN)")
                                                                     : tr("Why let through?"));
    };
    d->render();
    if (!d->pending && d->rapidMs > 0)
        d->rapid.start(d->rapidMs);
    setFocus(Qt::OtherFocusReason);
}

void VerdictPanel::showRefusal(const QString& text)
{
    setShown(d->ui.noteLabel, text);
}

void VerdictPanel::showNotLogged(const QString& reason)
{
    d->rapid.stop();
    d->shown = core::Verdict::Deny;
    d->pending = false;
    d->actions = {};
    d->render = [this, reason] {
        resetParts(d->ui);
        applyLook(this, d->ui, core::Verdict::Deny, tr("NOT LOGGED"));
        setShown(d->ui.reasonsLabel, reason);
        setShown(d->ui.noteLabel,
                 tr("Nothing was written to the log. Do not let anyone through on this screen; "
                    "call the shift lead."));
    };
    d->render();
    setFocus(Qt::OtherFocusReason);
}

void VerdictPanel::keyPressEvent(QKeyEvent* event)
{
    const int k = event->key();
    if ((k == Qt::Key_Space || k == Qt::Key_Return || k == Qt::Key_Enter) && !d->pending) {
        d->rapid.stop();
        emit finished();
        return;
    }
    QWidget::keyPressEvent(event);
}

void VerdictPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        d->ui.retranslateUi(this);
        if (d->render)
            d->render();
    }
    QWidget::changeEvent(event);
}

} // namespace gatepost::gui
