#include "VisitorPanel.h"

#include "ui_VisitorPanel.h"

#include "HouseholdPicker.h"
#include "RefusalText.h"
#include "TemperaturePad.h"
#include "TouchStyle.h"
#include "core/Registry.h"

#include <QButtonGroup>
#include <QKeyEvent>
#include <QLocale>

namespace gatepost::gui {

struct VisitorPanel::Private
{
    explicit Private(const core::Registry& r)
        : registry(r)
    {
    }
    const core::Registry& registry;
    Ui::VisitorPanel ui;
    HouseholdPicker* household = nullptr;
    TemperaturePad* pad = nullptr;
    QButtonGroup reasons;
    std::optional<double> temperature;
    core::Policy policy = core::Policy::defaults();
};

VisitorPanel::VisitorPanel(const core::Registry& registry, QWidget* parent)
    : QWidget(parent)
    , d(std::make_unique<Private>(registry))
{
    d->ui.setupUi(this);
    d->household = new HouseholdPicker(registry, d->ui.householdContainer);
    d->ui.householdContainerLayout->addWidget(d->household);
    d->pad = new TemperaturePad(d->ui.padPage);
    d->ui.padContainerLayout->addWidget(d->pad);
    touch::apply(this);
    touch::makeTitle(d->ui.titleLabel);
    touch::makeCancel(d->ui.cancelButton);
    touch::makeError(d->ui.errorLabel);
    touch::makePrimary(d->ui.submitButton);
    d->ui.visitorPhoneEdit->setInputMethodHints(Qt::ImhDialableCharactersOnly);

    // Quick reasons: one tap, tap again to clear; the free text adds detail.
    d->reasons.setExclusive(false);
    for (QPushButton* b : {d->ui.reasonFamilyButton, d->ui.reasonDeliveryButton, d->ui.reasonRepairButton,
                           d->ui.reasonOtherButton})
        d->reasons.addButton(b);
    connect(&d->reasons, &QButtonGroup::buttonToggled, this, [this](QAbstractButton* b, bool on) {
        if (!on)
            return;
        for (QAbstractButton* other : d->reasons.buttons())
            if (other != b)
                other->setChecked(false);
    });

    embedTemperaturePad(d->pad, d->ui.pages, d->ui.formPage, d->ui.padPage, d->ui.temperatureButton,
                        {d->ui.submitButton, d->ui.cancelButton}, [this](double celsius) {
                            d->temperature = celsius;
                            showTemperature();
                        });
    connect(d->ui.submitButton, &QPushButton::clicked, this, &VisitorPanel::submit);
    connect(d->ui.cancelButton, &QPushButton::clicked, this, &VisitorPanel::cancelled);
    reset();
}

VisitorPanel::~VisitorPanel() = default;

void VisitorPanel::reset()
{
    try {
        d->policy = d->registry.policy();
    } catch (const std::exception&) {
        d->policy = core::Policy::defaults();
    }
    d->pad->setFeverThreshold(d->policy.feverThreshold);
    d->pad->reset();
    d->ui.pages->setCurrentWidget(d->ui.formPage);
    for (QLineEdit* e : {d->ui.visitorNameEdit, d->ui.visitorPhoneEdit, d->ui.reasonEdit, d->ui.plateEdit})
        e->clear();
    for (QAbstractButton* b : d->reasons.buttons())
        b->setChecked(false);
    d->household->reset();
    d->temperature.reset();
    showTemperature();
    touch::setError(d->ui.errorLabel, {});
    d->ui.visitorNameEdit->setFocus(Qt::OtherFocusReason);
}

void VisitorPanel::showError(const QString& message)
{
    touch::setError(d->ui.errorLabel, message);
}

void VisitorPanel::showTemperature()
{
    showTemperatureOn(d->ui.temperatureButton, d->temperature, d->policy);
}

void VisitorPanel::showRefusal(const core::Refusal& refusal)
{
    showError(RefusalText::text(refusal));
    QWidget* field = nullptr;
    switch (refusal.field) {
    case core::RefusalField::Name:
        field = d->ui.visitorNameEdit;
        break;
    case core::RefusalField::Phone:
        field = d->ui.visitorPhoneEdit;
        break;
    case core::RefusalField::Plate:
        field = d->ui.plateEdit;
        break;
    default:
        break;
    }
    if (field)
        field->setFocus(Qt::OtherFocusReason);
}

void VisitorPanel::submit()
{
    // What was typed goes to the core as it is: the core checks it and says what is wrong.
    core::VisitorEntry entry;
    entry.name = d->ui.visitorNameEdit->text().simplified();
    entry.phone = d->ui.visitorPhoneEdit->text();
    // Typed but not picked: the picker's own state, not a rule.
    if (d->household->hasUnresolvedText())
        d->household->searchNow();
    if (d->household->hasUnresolvedText())
        return showError(tr("Tap the household in the list under the address, or clear the address."));
    if (const auto h = d->household->household())
        entry.householdId = h->id;
    entry.plate = d->ui.plateEdit->text();
    QStringList reason;
    for (QAbstractButton* b : d->reasons.buttons())
        if (b->isChecked())
            reason << b->text();
    if (const QString more = d->ui.reasonEdit->text().simplified(); !more.isEmpty())
        reason << more;
    entry.reason = reason.join(QStringLiteral(": "));
    entry.temperature = d->temperature;
    showError({});
    emit submitted(entry);
}

void VisitorPanel::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        emit cancelled();
        return event->accept();
    case Qt::Key_Return:
    case Qt::Key_Enter:
        submit();
        return event->accept();
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace gatepost::gui
