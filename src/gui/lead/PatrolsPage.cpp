#include "PatrolsPage.h"

#include "LeadText.h"
#include "gui/RefusalText.h"

#include "core/Patrols.h"
#include "core/Refusal.h"
#include "core/Registry.h"
#include "core/Roster.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace gatepost::gui {

namespace {

QTableWidget* makeTable(const QStringList& headers, const QString& name, QWidget* parent)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setRow(QTableWidget* t, int row, const QStringList& cells, const QColor& background = {})
{
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells.at(c));
        if (background.isValid())
            item->setBackground(background);
        t->setItem(row, c, item);
    }
}

template<typename E> void addChoice(QComboBox* box, const QString& text, E value)
{
    box->addItem(text, int(value));
}

} // namespace

struct PatrolsPage::Private
{
    LeadServices services;
    QTableWidget* schedule = nullptr;
    QTableWidget* checks = nullptr;
    QLabel* shiftLabel = nullptr;
    QComboBox* courtyard = nullptr;
    QComboBox* kind = nullptr;
    QComboBox* method = nullptr;
    QComboBox* result = nullptr;
    QLineEdit* note = nullptr;
    QPushButton* recordButton = nullptr;
    QLabel* message = nullptr;

    core::Patrols patrols() const { return core::Patrols(services.db, services.clock); }
    QString hhmm(const QDateTime& t, bool withDay = false) const
    {
        const core::Roster roster(services.registry.policy());
        return t.toTimeZone(roster.timeZone())
            .toString(withDay ? QStringLiteral("MM-dd HH:mm") : QStringLiteral("HH:mm"));
    }
};

PatrolsPage::PatrolsPage(const LeadServices& services, QWidget* parent)
    : QWidget(parent)
    , d(new Private{services})
{
    d->schedule = makeTable({tr("Courtyard"), tr("Last scheduled check"), tr("Next due"), tr("Status")},
                            QStringLiteral("schedule"), this);
    d->checks =
        makeTable({tr("Time"), tr("Courtyard"), tr("Check"), tr("Result"), tr("Note"), tr("Recorded by")},
                  QStringLiteral("checks"), this);
    d->shiftLabel = new QLabel(this);
    d->shiftLabel->setObjectName(QStringLiteral("shift"));

    d->courtyard = new QComboBox(this);
    d->courtyard->setObjectName(QStringLiteral("courtyard"));
    for (int c = 1; c <= core::Patrols::kCourtyards; ++c)
        d->courtyard->addItem(LeadText::courtyardName(c), c);
    d->kind = new QComboBox(this);
    d->kind->setObjectName(QStringLiteral("kind"));
    addChoice(d->kind, LeadText::patrolKindName(core::PatrolKind::Scheduled), core::PatrolKind::Scheduled);
    addChoice(d->kind, LeadText::patrolKindName(core::PatrolKind::Spot), core::PatrolKind::Spot);
    d->method = new QComboBox(this);
    d->method->setObjectName(QStringLiteral("method"));
    for (core::PatrolMethod m :
         {core::PatrolMethod::InPerson, core::PatrolMethod::Phone, core::PatrolMethod::Video})
        addChoice(d->method, LeadText::patrolMethodName(m), m);
    d->result = new QComboBox(this);
    d->result->setObjectName(QStringLiteral("result"));
    for (core::PatrolResult r :
         {core::PatrolResult::Ok, core::PatrolResult::Problem, core::PatrolResult::NoAnswer})
        addChoice(d->result, LeadText::patrolResultName(r), r);
    d->note = new QLineEdit(this);
    d->note->setObjectName(QStringLiteral("note"));
    d->note->setMaxLength(500);
    d->note->setPlaceholderText(tr("What was found (required for a problem)"));
    d->recordButton = new QPushButton(tr("Record check"), this);
    d->recordButton->setObjectName(QStringLiteral("record"));
    d->message = new QLabel(this);
    d->message->setObjectName(QStringLiteral("message"));
    d->message->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Courtyard"), d->courtyard);
    form->addRow(tr("Kind"), d->kind);
    form->addRow(tr("How"), d->method);
    form->addRow(tr("Result"), d->result);
    form->addRow(tr("Note"), d->note);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(d->recordButton);
    buttons->addStretch();
    form->addRow(buttons);
    form->addRow(d->message);

    auto* left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Courtyards"), this));
    left->addWidget(d->schedule);
    left->addLayout(form);
    auto* right = new QVBoxLayout;
    right->addWidget(d->shiftLabel);
    right->addWidget(d->checks);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addLayout(right, 1);

    connect(d->recordButton, &QPushButton::clicked, this, &PatrolsPage::record);
    connect(d->note, &QLineEdit::returnPressed, this, &PatrolsPage::record);
    // Overdue is a matter of time: look again every minute.
    auto* timer = new QTimer(this);
    timer->setInterval(60'000);
    connect(timer, &QTimer::timeout, this, &PatrolsPage::reload);
    timer->start();
    reload();
}

PatrolsPage::~PatrolsPage() = default;

void PatrolsPage::reload()
{
    const QDateTime now = d->services.clock.nowUtc();
    const core::Patrols patrols = d->patrols();
    const QList<core::CourtyardStatus> schedule = patrols.schedule(now);
    d->schedule->setRowCount(int(schedule.size()));
    for (int i = 0; i < schedule.size(); ++i) {
        const core::CourtyardStatus& s = schedule.at(i);
        const QString status = s.overdue ? tr("Overdue") : tr("On time");
        setRow(d->schedule, i,
               {LeadText::courtyardName(s.courtyard),
                s.lastScheduledUtc.isValid() ? d->hhmm(s.lastScheduledUtc, true) : tr("never"),
                s.dueUtc.isValid() ? d->hhmm(s.dueUtc, true) : tr("now"), status},
               s.overdue ? QColor(0xff, 0xcd, 0xd2) : QColor());
    }

    const core::Roster roster(d->services.registry.policy());
    const core::Shift shift = roster.shiftAt(now);
    d->shiftLabel->setText(
        tr("Checks of shift %1 (%2–%3)").arg(shift.id(), d->hhmm(shift.startUtc), d->hhmm(shift.endUtc)));
    const QList<core::PatrolRecord> checks = patrols.checks(shift.startUtc, shift.endUtc);
    d->checks->setRowCount(int(checks.size()));
    for (int i = 0; i < checks.size(); ++i) {
        const core::PatrolRecord& r = checks.at(int(checks.size()) - 1 - i); // newest first
        setRow(d->checks, i,
               {d->hhmm(r.check.checkedUtc), LeadText::courtyardName(r.check.courtyard),
                tr("%1, %2").arg(LeadText::patrolKindName(r.check.kind),
                                 LeadText::patrolMethodName(r.check.method)),
                LeadText::patrolResultName(r.check.result), r.check.note, r.checkedBy},
               r.check.result == core::PatrolResult::Ok ? QColor() : QColor(0xff, 0xe0, 0xb2));
    }
}

void PatrolsPage::record()
{
    core::PatrolCheck check;
    check.courtyard = d->courtyard->currentData().toInt();
    check.kind = core::PatrolKind(d->kind->currentData().toInt());
    check.method = core::PatrolMethod(d->method->currentData().toInt());
    check.result = core::PatrolResult(d->result->currentData().toInt());
    check.note = d->note->text().trimmed();
    try {
        core::Patrols patrols = d->patrols();
        const core::PatrolRecord r = patrols.record(check, core::Actor::operatorNamed(d->services.lead.name));
        d->message->setStyleSheet({});
        d->message->setText(tr("Recorded: %1, %2 at %3.")
                                .arg(LeadText::courtyardName(r.check.courtyard),
                                     LeadText::patrolResultName(r.check.result),
                                     d->hhmm(r.check.checkedUtc)));
        d->note->clear();
    } catch (const std::exception& e) {
        d->message->setStyleSheet(QStringLiteral("color: #b71c1c;"));
        d->message->setText(RefusalText::error(e));
    }
    reload();
}

} // namespace gatepost::gui
