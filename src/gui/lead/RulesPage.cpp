#include "RulesPage.h"

#include "LeadText.h"
#include "gui/CategoryNames.h"
#include "gui/Prompts.h"
#include "gui/RefusalText.h"

#include "core/PolicyDiff.h"
#include "core/Registry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace gatepost::gui {

namespace {

// The person categories whose validity the form edits (vehicles keep theirs: the office's).
const QList<core::Category> kCategories{core::Category::RegisteredResident, core::Category::MigrantResident,
                                        core::Category::ExternalWorker, core::Category::Visitor};
// Every category has opening hours, at every gate or at one.
const QList<core::Category> kHoursCategories{
    core::Category::RegisteredResident, core::Category::MigrantResident,
    core::Category::ExternalWorker,     core::Category::Visitor,
    core::Category::InternalVehicle,    core::Category::ExternalVehicle};

const QString kChangedStyle = QStringLiteral("background-color: #fff3c4;");

QString windowText(const std::optional<core::HoursWindow>& w)
{
    if (!w || w->allDay())
        return LeadText::tr("all day");
    return QStringLiteral("%1-%2").arg(w->from.toString(QStringLiteral("HH:mm")),
                                       w->to.toString(QStringLiteral("HH:mm")));
}

// The hours in force of @p c at @p gate (empty = every gate), as the current-value column shows them.
QString hoursText(const core::Policy& p, const QString& gate, core::Category c)
{
    const QString window = windowText(p.hoursAt(gate, c));
    if (!gate.isEmpty() && !p.gateHours.value(gate).contains(c))
        return LeadText::tr("as at every gate (%1)").arg(window);
    return window;
}

QString yesNo(bool b)
{
    return b ? LeadText::tr("yes") : LeadText::tr("no");
}

} // namespace

struct RulesPage::Private
{
    LeadServices services;
    core::Policy current;
    QGridLayout* grid = nullptr;
    // One row per field code: its label and current value (highlighted when changed).
    QMap<QString, QList<QWidget*>> rows;
    QMap<QString, QLabel*> currentLabels;
    QSpinBox* passback = new QSpinBox;
    QCheckBox* temperature = new QCheckBox;
    QDoubleSpinBox* fever = new QDoubleSpinBox;
    QSpinBox* quarantine = new QSpinBox;
    QComboBox* visitor = new QComboBox;
    QComboBox* vehicleVisitor = new QComboBox;
    QComboBox* manualEntry = new QComboBox;
    QCheckBox* overrideLead = new QCheckBox;
    // Opening hours: the scope (empty = every gate, else a gate code) the rows show and edit; the
    // hours of every scope as edited so far live in `hoursEdits` (hours and gateHours only).
    QComboBox* hoursScope = new QComboBox;
    core::Policy hoursEdits;
    QMap<core::Category, QCheckBox*> own; // a gate scope: the gate has hours of its own
    QMap<core::Category, QTimeEdit*> from;
    QMap<core::Category, QTimeEdit*> to;
    QMap<core::Category, QSpinBox*> validity;
    QPushButton* apply = nullptr;
    QPushButton* revert = nullptr;
    QLabel* message = new QLabel;
    QString lastConfirmation;
    QStringList highlighted;

    explicit Private(const LeadServices& s)
        : services(s)
    {
    }

    void addRow(const QString& field, QWidget* editor)
    {
        const int r = grid->rowCount();
        auto* name = new QLabel(LeadText::fieldName(field));
        name->setBuddy(editor);
        auto* now = new QLabel;
        grid->addWidget(name, r, 0);
        grid->addWidget(now, r, 1);
        grid->addWidget(editor, r, 2);
        rows[field] = {name, now};
        currentLabels[field] = now;
    }

    void fill()
    {
        const core::Policy& p = current;
        passback->setValue(p.passbackWindowMinutes);
        temperature->setChecked(p.temperatureRequired);
        fever->setValue(p.feverThreshold);
        quarantine->setValue(p.homeQuarantineDays);
        visitor->setCurrentIndex(visitor->findData(static_cast<int>(p.visitorVerdict)));
        vehicleVisitor->setCurrentIndex(
            vehicleVisitor->findData(static_cast<int>(p.externalVehicleVisitorVerdict)));
        manualEntry->setCurrentIndex(manualEntry->findData(static_cast<int>(p.manualEntryVerdict)));
        overrideLead->setChecked(p.overrideNeedsLead);
        hoursEdits = p;
        showHours();
        for (core::Category c : kCategories)
            validity[c]->setValue(p.validityDaysOf(c));
        currentLabels[QStringLiteral("passback_window_minutes")]->setText(
            QString::number(p.passbackWindowMinutes));
        currentLabels[QStringLiteral("temperature_required")]->setText(yesNo(p.temperatureRequired));
        currentLabels[QStringLiteral("fever_threshold")]->setText(QString::number(p.feverThreshold, 'f', 1));
        currentLabels[QStringLiteral("home_quarantine_days")]->setText(QString::number(p.homeQuarantineDays));
        currentLabels[QStringLiteral("visitor_verdict")]->setText(LeadText::verdictName(p.visitorVerdict));
        currentLabels[QStringLiteral("vehicle_visitor_verdict")]->setText(
            LeadText::verdictName(p.externalVehicleVisitorVerdict));
        currentLabels[QStringLiteral("manual_entry_verdict")]->setText(
            LeadText::verdictName(p.manualEntryVerdict));
        currentLabels[QStringLiteral("override_needs_lead")]->setText(yesNo(p.overrideNeedsLead));
        for (core::Category c : kCategories)
            currentLabels[QStringLiteral("validity_days.") + core::toString(c)]->setText(
                QString::number(p.validityDaysOf(c)));
    }

    QString scope() const { return hoursScope->currentData().toString(); }

    // The rows of the hours section from hoursEdits, for the scope chosen.
    void showHours()
    {
        const QString gate = scope();
        for (core::Category c : kHoursCategories) {
            const QSignalBlocker b1(from[c]), b2(to[c]), b3(own[c]);
            const bool gateOwn = !gate.isEmpty() && hoursEdits.gateHours.value(gate).contains(c);
            const core::HoursWindow w =
                gateOwn ? hoursEdits.gateHours.value(gate).value(c)
                        : hoursEdits.hours.value(c, core::HoursWindow{QTime(0, 0), QTime(0, 0)});
            from[c]->setTime(w.from);
            to[c]->setTime(w.to);
            own[c]->setVisible(!gate.isEmpty());
            own[c]->setChecked(gateOwn);
            currentLabels[QStringLiteral("hours.") + core::toString(c)]->setText(hoursText(current, gate, c));
        }
        enableHourEdits();
    }

    // Every gate's hours are editable; a gate's only where it has hours of its own.
    void enableHourEdits()
    {
        for (core::Category c : kHoursCategories) {
            const bool editable = scope().isEmpty() || own[c]->isChecked();
            from[c]->setEnabled(editable);
            to[c]->setEnabled(editable);
        }
    }

    // The rows of the hours section into hoursEdits, for the scope shown.
    void takeHours()
    {
        const QString gate = scope();
        for (core::Category c : kHoursCategories) {
            const core::HoursWindow w{from[c]->time(), to[c]->time()};
            if (gate.isEmpty()) {
                // "All day" and "no entry" both mean any hour: keep what was there so no change shows.
                if (!w.allDay() || (current.hours.contains(c) && !current.hours.value(c).allDay()))
                    hoursEdits.hours[c] = w;
                else if (current.hours.contains(c))
                    hoursEdits.hours[c] = current.hours.value(c);
                else
                    hoursEdits.hours.remove(c);
            } else if (own[c]->isChecked()) {
                hoursEdits.gateHours[gate][c] = w;
            } else {
                hoursEdits.gateHours[gate].remove(c);
                if (hoursEdits.gateHours[gate].isEmpty())
                    hoursEdits.gateHours.remove(gate);
            }
        }
    }

    // The field code of a category's hours row in the scope shown.
    QString hoursField(core::Category c) const
    {
        const QString gate = scope();
        return gate.isEmpty() ? QStringLiteral("hours.") + core::toString(c)
                              : QStringLiteral("gate_hours.%1.%2").arg(gate, core::toString(c));
    }

    core::Policy policy() const
    {
        core::Policy p = current;
        p.passbackWindowMinutes = passback->value();
        p.temperatureRequired = temperature->isChecked();
        p.feverThreshold = fever->value();
        p.homeQuarantineDays = quarantine->value();
        p.visitorVerdict = static_cast<core::Verdict>(visitor->currentData().toInt());
        p.externalVehicleVisitorVerdict = static_cast<core::Verdict>(vehicleVisitor->currentData().toInt());
        p.manualEntryVerdict = static_cast<core::Verdict>(manualEntry->currentData().toInt());
        p.overrideNeedsLead = overrideLead->isChecked();
        p.hours = hoursEdits.hours;
        p.gateHours = hoursEdits.gateHours;
        for (core::Category c : kCategories)
            if (validity[c]->value() != current.validityDaysOf(c))
                p.validityDays[c] = validity[c]->value();
        return p;
    }
};

RulesPage::RulesPage(const LeadServices& services, QWidget* parent)
    : QWidget(parent)
    , d(std::make_unique<Private>(services))
{
    d->grid = new QGridLayout;
    auto* head1 = new QLabel(tr("Rule"));
    auto* head2 = new QLabel(tr("In force"));
    auto* head3 = new QLabel(tr("New value"));
    for (QLabel* h : {head1, head2, head3})
        h->setStyleSheet(QStringLiteral("font-weight: bold;"));
    d->grid->addWidget(head1, 0, 0);
    d->grid->addWidget(head2, 0, 1);
    d->grid->addWidget(head3, 0, 2);

    d->passback->setRange(0, 24 * 60);
    d->passback->setSuffix(tr(" min"));
    d->fever->setRange(36.0, 40.0);
    d->fever->setDecimals(1);
    d->fever->setSingleStep(0.1);
    d->fever->setSuffix(QStringLiteral(" °C"));
    d->quarantine->setRange(1, 60);
    d->quarantine->setSuffix(tr(" days"));
    for (QComboBox* box : {d->visitor, d->vehicleVisitor, d->manualEntry})
        for (core::Verdict v : {core::Verdict::Allow, core::Verdict::Check, core::Verdict::Deny})
            if (box != d->manualEntry || v != core::Verdict::Deny)
                box->addItem(LeadText::verdictName(v), static_cast<int>(v));

    d->addRow(QStringLiteral("passback_window_minutes"), d->passback);
    d->addRow(QStringLiteral("temperature_required"), d->temperature);
    d->addRow(QStringLiteral("fever_threshold"), d->fever);
    d->addRow(QStringLiteral("home_quarantine_days"), d->quarantine);
    d->addRow(QStringLiteral("visitor_verdict"), d->visitor);
    d->addRow(QStringLiteral("vehicle_visitor_verdict"), d->vehicleVisitor);
    d->addRow(QStringLiteral("manual_entry_verdict"), d->manualEntry);
    d->addRow(QStringLiteral("override_needs_lead"), d->overrideLead);
    d->hoursScope->addItem(tr("Every gate"), QString());
    try {
        for (const QString& g : services.registry.gateCodes())
            if (g != QLatin1String("office"))
                d->hoursScope->addItem(gateName(g), g);
    } catch (const std::exception&) {
        // No gates table to read: the community-wide hours stay editable.
    }
    {
        const int r = d->grid->rowCount();
        auto* label = new QLabel(tr("Opening hours at"));
        label->setBuddy(d->hoursScope);
        label->setStyleSheet(QStringLiteral("font-weight: bold;"));
        d->grid->addWidget(label, r, 0);
        d->grid->addWidget(d->hoursScope, r, 2);
    }
    for (core::Category c : kHoursCategories) {
        auto* hours = new QWidget;
        auto* h = new QHBoxLayout(hours);
        h->setContentsMargins(0, 0, 0, 0);
        d->own[c] = new QCheckBox(tr("own hours"));
        d->from[c] = new QTimeEdit;
        d->to[c] = new QTimeEdit;
        for (QTimeEdit* t : {d->from[c], d->to[c]})
            t->setDisplayFormat(QStringLiteral("HH:mm"));
        h->addWidget(d->own[c]);
        h->addWidget(d->from[c]);
        h->addWidget(new QLabel(QStringLiteral("–")));
        h->addWidget(d->to[c]);
        h->addStretch(1);
        hours->setFocusProxy(d->from[c]);
        d->addRow(QStringLiteral("hours.") + core::toString(c), hours);
    }
    for (core::Category c : kCategories) {
        d->validity[c] = new QSpinBox;
        d->validity[c]->setRange(1, 3660);
        d->addRow(QStringLiteral("validity_days.") + core::toString(c), d->validity[c]);
    }

    auto* hint =
        new QLabel(tr("Same start and end time: any hour. Changes reach every station with the next sync."));
    hint->setWordWrap(true);
    d->apply = new QPushButton(tr("Apply…"), this);
    d->revert = new QPushButton(tr("Undo my edits"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(d->message, 1);
    buttons->addWidget(d->revert);
    buttons->addWidget(d->apply);
    d->message->setWordWrap(true);

    // The form scrolls on a small screen; the buttons stay in view.
    auto* form = new QWidget;
    auto* formLayout = new QVBoxLayout(form);
    formLayout->addLayout(d->grid);
    formLayout->addWidget(hint);
    formLayout->addStretch();
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(form);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    const auto update = [this] {
        d->highlighted.clear();
        for (const core::PolicyChange& c : core::diff(d->current, d->policy()))
            d->highlighted << c.field;
        for (auto it = d->rows.cbegin(); it != d->rows.cend(); ++it) {
            QString field = it.key();
            if (field.startsWith(QLatin1String("hours.")))
                field = d->hoursField(*core::categoryFromString(field.mid(6)));
            for (QWidget* w : it.value())
                w->setStyleSheet(d->highlighted.contains(field) ? kChangedStyle : QString());
        }
        d->apply->setEnabled(!d->highlighted.isEmpty());
        d->revert->setEnabled(!d->highlighted.isEmpty());
    };
    connect(d->passback, &QSpinBox::valueChanged, this, update);
    connect(d->temperature, &QCheckBox::toggled, this, update);
    connect(d->fever, &QDoubleSpinBox::valueChanged, this, update);
    connect(d->quarantine, &QSpinBox::valueChanged, this, update);
    connect(d->overrideLead, &QCheckBox::toggled, this, update);
    for (QComboBox* box : {d->visitor, d->vehicleVisitor, d->manualEntry})
        connect(box, &QComboBox::currentIndexChanged, this, update);
    const auto hoursEdited = [this, update] {
        d->takeHours();
        d->enableHourEdits();
        update();
    };
    for (core::Category c : kHoursCategories) {
        connect(d->from[c], &QTimeEdit::timeChanged, this, hoursEdited);
        connect(d->to[c], &QTimeEdit::timeChanged, this, hoursEdited);
        connect(d->own[c], &QCheckBox::toggled, this, hoursEdited);
    }
    connect(d->hoursScope, &QComboBox::currentIndexChanged, this, [this, update] {
        d->showHours();
        update();
    });
    for (core::Category c : kCategories)
        connect(d->validity[c], &QSpinBox::valueChanged, this, update);
    connect(d->revert, &QPushButton::clicked, this, [this] {
        d->message->clear();
        reload();
    });
    connect(d->apply, &QPushButton::clicked, this, [this, update] {
        const core::Policy wanted = d->policy();
        const QList<core::PolicyChange> changes = core::diff(d->current, wanted);
        if (changes.isEmpty())
            return;
        QStringList lines;
        for (const core::PolicyChange& c : changes)
            lines << tr("%1: %2 → %3")
                         .arg(LeadText::fieldName(c.field), LeadText::valueText(c.field, c.oldValue),
                              LeadText::valueText(c.field, c.newValue));
        d->lastConfirmation = lines.join(QLatin1Char('\n'));
        if (!Prompts::askYesNo(this, tr("Change the rules"),
                               tr("These rules change at every station:\n\n%1").arg(d->lastConfirmation),
                               tr("Change them"), tr("Go back")))
            return;
        try {
            d->services.registry.setPolicy(wanted, core::Actor::operatorNamed(d->services.lead.name));
        } catch (const std::exception& e) {
            d->message->setText(tr("The rules were not changed: %1").arg(RefusalText::error(e)));
            return;
        }
        reload();
        d->message->setText(tr("%n rule(s) changed.", nullptr, int(changes.size())));
        update();
    });
    reload();
    update();
}

RulesPage::~RulesPage() = default;

void RulesPage::reload()
{
    try {
        d->current = d->services.registry.policy();
    } catch (const std::exception& e) {
        d->message->setText(RefusalText::error(e));
        d->current = core::Policy::defaults();
    }
    d->fill();
}

core::Policy RulesPage::formPolicy() const
{
    return d->policy();
}
QStringList RulesPage::highlightedFields() const
{
    return d->highlighted;
}
QSpinBox* RulesPage::passbackEdit() const
{
    return d->passback;
}
QCheckBox* RulesPage::temperatureRequiredBox() const
{
    return d->temperature;
}
QDoubleSpinBox* RulesPage::feverEdit() const
{
    return d->fever;
}
QSpinBox* RulesPage::quarantineDaysEdit() const
{
    return d->quarantine;
}
QCheckBox* RulesPage::overrideNeedsLeadBox() const
{
    return d->overrideLead;
}
QComboBox* RulesPage::visitorVerdictBox() const
{
    return d->visitor;
}
QComboBox* RulesPage::hoursGateBox() const
{
    return d->hoursScope;
}
QCheckBox* RulesPage::ownHoursBox(core::Category category) const
{
    return d->own.value(category);
}
QTimeEdit* RulesPage::hoursFromEdit(core::Category category) const
{
    return d->from.value(category);
}
QTimeEdit* RulesPage::hoursToEdit(core::Category category) const
{
    return d->to.value(category);
}
QLabel* RulesPage::hoursInForceLabel(core::Category category) const
{
    return d->currentLabels.value(QStringLiteral("hours.") + core::toString(category));
}
QPushButton* RulesPage::applyButton() const
{
    return d->apply;
}
QPushButton* RulesPage::revertButton() const
{
    return d->revert;
}
QLabel* RulesPage::messageLabel() const
{
    return d->message;
}
QString RulesPage::lastConfirmation() const
{
    return d->lastConfirmation;
}

} // namespace gatepost::gui
