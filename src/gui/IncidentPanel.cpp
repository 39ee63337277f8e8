#include "IncidentPanel.h"

#include "ui_IncidentPanel.h"

#include "TouchStyle.h"

#include <QKeyEvent>

namespace gatepost::gui {

struct IncidentPanel::Private
{
    Ui::IncidentPanel ui;
};

IncidentPanel::IncidentPanel(QWidget* parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->ui.setupUi(this);
    touch::apply(this);
    touch::makeTitle(d->ui.titleLabel);
    touch::makeCancel(d->ui.cancelButton);
    touch::makeError(d->ui.messageLabel);
    // Each kind is one tap and the biggest thing on the panel: the moment is usually tense.
    const auto kindButton = [this](QPushButton* b, const char* colour, core::IncidentKind kind) {
        touch::makePrimary(b);
        b->setStyleSheet(QStringLiteral("QPushButton { background: %1; color: white; border-radius: 8px;"
                                        " padding: 8px 24px; }")
                             .arg(QLatin1String(colour)));
        connect(b, &QPushButton::clicked, this, [this, kind] { submit(kind); });
    };
    kindButton(d->ui.forcedThroughButton, "#b00020", core::IncidentKind::ForcedThrough);
    kindButton(d->ui.abuseButton, "#b85c00", core::IncidentKind::Abuse);
    kindButton(d->ui.otherButton, "#455a64", core::IncidentKind::Other);
    connect(d->ui.cancelButton, &QPushButton::clicked, this, &IncidentPanel::cancelled);
    reset();
}

IncidentPanel::~IncidentPanel() = default;

void IncidentPanel::reset()
{
    d->ui.noteEdit->clear();
    touch::setError(d->ui.messageLabel, {});
    d->ui.noteEdit->setFocus(Qt::OtherFocusReason);
}

void IncidentPanel::submit(core::IncidentKind kind)
{
    emit submitted(kind, d->ui.noteEdit->text().trimmed());
}

void IncidentPanel::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        emit cancelled();
        return event->accept();
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // Enter cannot know what happened: say so rather than guess a kind.
        touch::setError(d->ui.messageLabel, tr("Tap what happened: forced through, abuse or other."));
        return event->accept();
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace gatepost::gui
