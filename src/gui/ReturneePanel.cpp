#include "ReturneePanel.h"

#include "ui_ReturneePanel.h"

#include "HouseholdPicker.h"
#include "RefusalText.h"
#include "TemperaturePad.h"
#include "TouchStyle.h"
#include "core/GateController.h"
#include "core/Registry.h"

#include <QKeyEvent>
#include <QLocale>

namespace gatepost::gui {

struct ReturneePanel::Private
{
    Private(const core::Registry& r, const core::GateController& g)
        : registry(r)
        , gate(g)
    {
    }
    const core::Registry& registry;
    const core::GateController& gate;
    Ui::ReturneePanel ui;
    HouseholdPicker* household = nullptr;
    TemperaturePad* pad = nullptr;
    core::Policy policy = core::Policy::defaults();
    std::optional<double> temperature;

    // Today where the community is, as the core sees it.
    QDate today() const { return gate.returneePreview(QDate()).today; }
};

ReturneePanel::ReturneePanel(const core::Registry& registry, const core::GateController& gate,
                             QWidget* parent)
    : QWidget(parent)
    , d(std::make_unique<Private>(registry, gate))
{
    d->ui.setupUi(this);
    d->household = new HouseholdPicker(registry, d->ui.householdContainer);
    d->ui.householdContainerLayout->addWidget(d->household);
    d->pad = new TemperaturePad(d->ui.padPage);
    d->ui.padContainerLayout->addWidget(d->pad);

    // The places most returnees came from; anything else is typed.
    const QStringList cities{tr("Wuhan"),     tr("Shanghai"),  tr("Tianjin"), tr("Shijiazhuang"),
                             tr("Guangzhou"), tr("Zhengzhou"), tr("Harbin"),  tr("Abroad")};
    for (int i = 0; i < cities.size(); ++i) {
        auto* b = new QPushButton(cities[i], d->ui.cityButtons);
        b->setObjectName(QStringLiteral("cityButton%1").arg(i));
        d->ui.cityGrid->addWidget(b, i / 3, i % 3); // three across: the form fits 1024 pixels
        connect(b, &QPushButton::clicked, this, [this, b] { d->ui.originEdit->setText(b->text()); });
    }

    touch::apply(this);
    touch::makeTitle(d->ui.titleLabel);
    touch::makeCancel(d->ui.cancelButton);
    touch::makeError(d->ui.errorLabel);
    touch::makePrimary(d->ui.submitButton);
    QFont preview = d->ui.quarantineEndLabel->font();
    preview.setBold(true);
    d->ui.quarantineEndLabel->setFont(preview);
    d->ui.returneePhoneEdit->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    d->ui.idNumberEdit->setInputMethodHints(Qt::ImhPreferNumbers | Qt::ImhPreferUppercase);

    connect(d->ui.todayButton, &QPushButton::clicked, this,
            [this] { d->ui.arrivalDateEdit->setDate(d->today()); });
    connect(d->ui.yesterdayButton, &QPushButton::clicked, this,
            [this] { d->ui.arrivalDateEdit->setDate(d->today().addDays(-1)); });
    connect(d->ui.arrivalDateEdit, &QDateEdit::dateChanged, this, &ReturneePanel::showArrival);
    embedTemperaturePad(d->pad, d->ui.pages, d->ui.formPage, d->ui.padPage, d->ui.temperatureButton,
                        {d->ui.submitButton, d->ui.cancelButton}, [this](double celsius) {
                            d->temperature = celsius;
                            showTemperature();
                        });
    connect(d->ui.submitButton, &QPushButton::clicked, this, &ReturneePanel::submit);
    connect(d->ui.cancelButton, &QPushButton::clicked, this, &ReturneePanel::cancelled);
    reset();
}

ReturneePanel::~ReturneePanel() = default;

void ReturneePanel::reset()
{
    try {
        d->policy = d->registry.policy();
    } catch (const std::exception&) {
        d->policy = core::Policy::defaults();
    }
    d->pad->setFeverThreshold(d->policy.feverThreshold);
    d->pad->reset();
    d->ui.pages->setCurrentWidget(d->ui.formPage);
    for (QLineEdit* e :
         {d->ui.returneeNameEdit, d->ui.returneePhoneEdit, d->ui.idNumberEdit, d->ui.originEdit})
        e->clear();
    d->household->reset();
    d->temperature.reset();
    showTemperature();
    const QDate today = d->today();
    d->ui.arrivalDateEdit->setMaximumDate(today);
    d->ui.arrivalDateEdit->setMinimumDate(today.addYears(-1));
    d->ui.arrivalDateEdit->setDate(today);
    showArrival();
    touch::setError(d->ui.errorLabel, {});
    d->ui.returneeNameEdit->setFocus(Qt::OtherFocusReason);
}

void ReturneePanel::showError(const QString& message)
{
    touch::setError(d->ui.errorLabel, message);
}

void ReturneePanel::showArrival()
{
    const QDate today = d->today();
    const QDate arrival = d->ui.arrivalDateEdit->date();
    d->ui.todayButton->setChecked(arrival == today);
    d->ui.yesterdayButton->setChecked(arrival == today.addDays(-1));
    // The core computes the end (first day out, as the record stores it); the form shows it.
    const core::ReturneePreview preview = d->gate.returneePreview(arrival);
    const QString endText = preview.end.toString(Qt::ISODate);
    d->ui.quarantineEndLabel->setText(
        preview.alreadyOver
            ? tr("Home quarantine of %1 days already over on %2.").arg(preview.days).arg(endText)
            : tr("Home quarantine: %1 days, may go out from %2.").arg(preview.days).arg(endText));
}

void ReturneePanel::showTemperature()
{
    showTemperatureOn(d->ui.temperatureButton, d->temperature, d->policy);
}

void ReturneePanel::showRefusal(const core::Refusal& refusal)
{
    showError(RefusalText::text(refusal));
    QWidget* field = nullptr;
    switch (refusal.field) {
    case core::RefusalField::Name:
        field = d->ui.returneeNameEdit;
        break;
    case core::RefusalField::Phone:
        field = d->ui.returneePhoneEdit;
        break;
    case core::RefusalField::Origin:
        field = d->ui.originEdit;
        break;
    case core::RefusalField::IdNumber:
        field = d->ui.idNumberEdit;
        break;
    case core::RefusalField::ArrivalDate:
        field = d->ui.arrivalDateEdit;
        break;
    default:
        break;
    }
    if (field)
        field->setFocus(Qt::OtherFocusReason);
}

void ReturneePanel::submit()
{
    // What was typed goes to the core as it is: the core checks it and says what is wrong.
    core::ReturneeArrival a;
    a.name = d->ui.returneeNameEdit->text().simplified();
    a.phone = d->ui.returneePhoneEdit->text();
    if (d->household->hasUnresolvedText())
        d->household->searchNow();
    if (const auto home = d->household->household())
        a.householdId = home->id;
    a.arrivalDate = d->ui.arrivalDateEdit->date();
    a.origin = d->ui.originEdit->text().simplified();
    a.idNumber = d->ui.idNumberEdit->text();
    a.temperature = d->temperature;
    showError({});
    emit submitted(a);
}

void ReturneePanel::keyPressEvent(QKeyEvent* event)
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
