#include "RosterPage.h"

#include "LeadText.h"

#include "core/Auth.h"
#include "core/Registry.h"
#include "core/Roster.h"
#include "core/RosterChange.h"
#include "core/Teams.h"
#include "gui/CategoryNames.h"
#include "gui/Prompts.h"
#include "gui/RefusalText.h"
#include "print/RosterMonth.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gatepost::gui {

struct RosterPage::Private
{
    RosterServices s;
    core::Teams teams;
    QDate month;
    QLabel* monthLabel = nullptr;
    QTableWidget* calendar = nullptr;
    QTableWidget* members = nullptr;
    QComboBox* team = nullptr;          // the team an action puts a member in
    QComboBox* gate = nullptr;          // their home gate
    QComboBox* operatorBox = nullptr;   // operators not in a team yet (add)
    QDateEdit* patternFrom = nullptr;   // a new shift pattern: its first day,
    QLineEdit* patternStarts = nullptr; // its start times
    QLineEdit* patternTeams = nullptr;  // and its teams
    QLabel* message = nullptr;

    explicit Private(RosterServices services)
        : s(services)
        , teams(services.db, services.clock)
    {
    }
    core::Roster roster() const { return core::Roster(s.registry.policy()); }
    /// The selected member's name ("" when none).
    QString selectedMember() const
    {
        const int row = members->currentRow();
        return row < 0 ? QString() : members->item(row, 0)->text();
    }
    /// The team codes of the pattern in force now, then any other stored team.
    QStringList teamCodes() const
    {
        QStringList codes = roster().patternOn(s.clock.nowUtc().toTimeZone(roster().timeZone()).date()).teams;
        for (const core::Team& t : teams.teams())
            if (!codes.contains(t.code))
                codes << t.code;
        return codes;
    }
};

namespace {

QString teamLabel(const QString& code, const std::optional<core::Team>& team)
{
    return LeadText::teamLabel(code, team ? team->name : QString());
}

} // namespace

RosterPage::RosterPage(RosterServices services, QWidget* parent)
    : QWidget(parent)
    , d(new Private(services))
{
    auto* previous = new QPushButton(tr("◀ Previous month"), this);
    auto* next = new QPushButton(tr("Next month ▶"), this);
    auto* pdf = new QPushButton(tr("Save month as PDF…"), this);
    pdf->setObjectName(QStringLiteral("monthPdf"));
    d->monthLabel = new QLabel(this);
    d->monthLabel->setObjectName(QStringLiteral("month"));
    auto* top = new QHBoxLayout;
    top->addWidget(previous);
    top->addWidget(d->monthLabel);
    top->addWidget(next);
    top->addStretch();
    top->addWidget(pdf);

    d->calendar = new QTableWidget(this);
    d->calendar->setObjectName(QStringLiteral("calendar"));
    d->calendar->setEditTriggers(QAbstractItemView::NoEditTriggers);
    d->calendar->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    d->members = new QTableWidget(0, 4, this);
    d->members->setObjectName(QStringLiteral("members"));
    d->members->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Team"), tr("Home gate")});
    d->members->setEditTriggers(QAbstractItemView::NoEditTriggers);
    d->members->setSelectionBehavior(QAbstractItemView::SelectRows);
    d->members->setSelectionMode(QAbstractItemView::SingleSelection);
    d->members->horizontalHeader()->setStretchLastSection(true);
    d->members->verticalHeader()->hide();

    d->team = new QComboBox(this);
    d->team->setObjectName(QStringLiteral("team"));
    d->gate = new QComboBox(this);
    d->gate->setObjectName(QStringLiteral("gate"));
    d->gate->addItem(tr("Any gate"), QString());
    for (const QString& g : {QStringLiteral("north"), QStringLiteral("south")})
        d->gate->addItem(gateName(g), g);
    d->operatorBox = new QComboBox(this);
    d->operatorBox->setObjectName(QStringLiteral("operator"));
    auto* add = new QPushButton(tr("Add to team"), this);
    add->setObjectName(QStringLiteral("add"));
    auto* move = new QPushButton(tr("Move to team"), this);
    move->setObjectName(QStringLiteral("move"));
    auto* lead = new QPushButton(tr("Make team lead"), this);
    lead->setObjectName(QStringLiteral("lead"));
    auto* remove = new QPushButton(tr("Take out of team"), this);
    remove->setObjectName(QStringLiteral("remove"));
    d->message = new QLabel(this);
    d->message->setObjectName(QStringLiteral("message"));
    d->message->setWordWrap(true);

    auto* actions = new QHBoxLayout;
    actions->addWidget(d->operatorBox);
    actions->addWidget(add);
    actions->addSpacing(12);
    actions->addWidget(new QLabel(tr("Team"), this));
    actions->addWidget(d->team);
    actions->addWidget(d->gate);
    actions->addWidget(move);
    actions->addWidget(lead);
    actions->addWidget(remove);
    actions->addStretch();

    // A new shift pattern from a date (three shifts of eight hours, say): prefilled with tomorrow's.
    const QDate tomorrow = d->s.clock.nowUtc().toTimeZone(d->roster().timeZone()).date().addDays(1);
    const core::RosterPattern inForce = d->roster().patternOn(tomorrow); // a copy: the Roster is a temporary
    QStringList starts;
    for (const core::ShiftDef& shift : inForce.shifts)
        starts << shift.start.toString(QStringLiteral("HH:mm"));
    d->patternFrom = new QDateEdit(tomorrow, this);
    d->patternFrom->setObjectName(QStringLiteral("patternFrom"));
    d->patternFrom->setCalendarPopup(true);
    d->patternFrom->setMinimumDate(tomorrow);
    d->patternFrom->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    d->patternStarts = new QLineEdit(starts.join(QStringLiteral(", ")), this);
    d->patternStarts->setObjectName(QStringLiteral("patternStarts"));
    d->patternTeams = new QLineEdit(inForce.teams.join(QStringLiteral(", ")), this);
    d->patternTeams->setObjectName(QStringLiteral("patternTeams"));
    auto* applyPattern = new QPushButton(tr("Apply from this day"), this);
    applyPattern->setObjectName(QStringLiteral("applyPattern"));
    auto* patternRow = new QHBoxLayout;
    patternRow->addWidget(new QLabel(tr("Shift pattern from"), this));
    patternRow->addWidget(d->patternFrom);
    patternRow->addWidget(new QLabel(tr("shifts start at"), this));
    patternRow->addWidget(d->patternStarts, 2);
    patternRow->addWidget(new QLabel(tr("teams"), this));
    patternRow->addWidget(d->patternTeams, 1);
    patternRow->addWidget(applyPattern);

    auto* teamsBox = new QWidget(this);
    auto* teamsLayout = new QVBoxLayout(teamsBox);
    teamsLayout->setContentsMargins(0, 0, 0, 0);
    teamsLayout->addWidget(d->members, 1);
    teamsLayout->addLayout(actions);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(d->calendar);
    split->addWidget(teamsBox);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(patternRow);
    layout->addWidget(split, 1);
    layout->addWidget(d->message);

    connect(previous, &QPushButton::clicked, this, [this] { showMonth(d->month.addMonths(-1)); });
    connect(next, &QPushButton::clicked, this, [this] { showMonth(d->month.addMonths(1)); });
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save month as PDF"),
            QStringLiteral("roster-%1.pdf").arg(d->month.toString(QStringLiteral("yyyy-MM"))),
            tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            saveMonthPdf(path);
    });
    connect(add, &QPushButton::clicked, this, &RosterPage::addMember);
    connect(move, &QPushButton::clicked, this, &RosterPage::moveMember);
    connect(lead, &QPushButton::clicked, this, &RosterPage::makeLead);
    connect(remove, &QPushButton::clicked, this, &RosterPage::removeMember);
    connect(applyPattern, &QPushButton::clicked, this, &RosterPage::applyPattern);

    reloadTeams();
    showMonth(d->s.clock.nowUtc().toTimeZone(d->roster().timeZone()).date());
}

RosterPage::~RosterPage() = default;

QDate RosterPage::month() const
{
    return d->month;
}

void RosterPage::showMonth(QDate day)
{
    d->month = QDate(day.year(), day.month(), 1);
    d->monthLabel->setText(d->month.toString(QStringLiteral("yyyy-MM")));
    reloadCalendar();
}

void RosterPage::reloadCalendar()
{
    const core::Roster roster = d->roster();
    const QList<core::RosterDay> days = roster.calendar(d->month, d->month.addMonths(1).addDays(-1));
    QMap<QString, std::optional<core::Team>> teams;
    for (const core::Team& t : d->teams.teams())
        teams.insert(t.code, t);
    qsizetype columns = 0;
    for (const core::RosterDay& day : days)
        columns = qMax(columns, day.shifts.size());
    d->calendar->clear();
    d->calendar->setRowCount(int(days.size()));
    d->calendar->setColumnCount(int(columns));
    QStringList headers;
    for (qsizetype c = 0; c < columns; ++c)
        headers << tr("Shift %1").arg(c + 1);
    d->calendar->setHorizontalHeaderLabels(headers);
    const QDate today = d->s.clock.nowUtc().toTimeZone(roster.timeZone()).date();
    for (int r = 0; r < days.size(); ++r) {
        const core::RosterDay& day = days.at(r);
        auto* label = new QTableWidgetItem(day.day.toString(QStringLiteral("MM-dd ddd")));
        d->calendar->setVerticalHeaderItem(r, label);
        for (int c = 0; c < day.shifts.size(); ++c) {
            const core::RosterSlot& slot = day.shifts.at(c);
            const std::optional<core::Team> team = teams.value(slot.team);
            QString text =
                slot.shift.startUtc.toTimeZone(roster.timeZone()).toString(QStringLiteral("HH:mm"));
            if (!slot.team.isEmpty()) {
                text += QStringLiteral("  ") + teamLabel(slot.team, team);
                if (team && !team->lead.isEmpty())
                    text += QStringLiteral(" (%1)").arg(team->lead);
            }
            auto* item = new QTableWidgetItem(text);
            item->setData(Qt::UserRole, slot.team);
            if (day.day == today)
                item->setBackground(QColor(0xff, 0xf3, 0xc4));
            d->calendar->setItem(r, c, item);
        }
    }
    if (d->month.year() == today.year() && d->month.month() == today.month())
        d->calendar->scrollToItem(d->calendar->item(today.day() - 1, 0));
}

QString RosterPage::teamShown(QDate day, int number) const
{
    if (day.year() != d->month.year() || day.month() != d->month.month())
        return {};
    const QTableWidgetItem* item = d->calendar->item(day.day() - 1, number - 1);
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void RosterPage::reloadTeams()
{
    const QStringList codes = d->teamCodes();
    const QString keepTeam = d->team->currentData().toString();
    d->team->clear();
    for (const QString& code : codes)
        d->team->addItem(teamLabel(code, d->teams.team(code)), code);
    d->team->setCurrentIndex(qMax(0, d->team->findData(keepTeam)));

    const QList<core::TeamMember> members = d->teams.members();
    d->members->setRowCount(0);
    QStringList inTeam;
    for (const core::TeamMember& m : members) {
        if (!m.active)
            continue;
        inTeam << m.operatorName;
        const int row = d->members->rowCount();
        d->members->insertRow(row);
        const std::optional<core::Team> team = d->teams.team(m.team);
        QString teamText = teamLabel(m.team, team);
        if (team && team->lead == m.operatorName)
            teamText += QStringLiteral(" · ") + tr("lead");
        const auto role = core::roleFromString(m.role);
        d->members->setItem(row, 0, new QTableWidgetItem(m.operatorName));
        d->members->setItem(row, 1, new QTableWidgetItem(role ? roleName(*role) : m.role));
        d->members->setItem(row, 2, new QTableWidgetItem(teamText));
        d->members->setItem(row, 3,
                            new QTableWidgetItem(m.gate.isEmpty() ? tr("Any gate") : gateName(m.gate)));
    }
    d->operatorBox->clear();
    for (const core::Operator& op : d->s.auth.operators())
        if (d->s.auth.isActive(op.id) && !inTeam.contains(op.name))
            d->operatorBox->addItem(op.name);
}

void RosterPage::act(const std::function<void()>& action, const QString& done)
{
    try {
        // The default teams are stored with the first change, in its transaction.
        d->teams.changeWithDefaults(d->teamCodes(), d->s.actor, action);
    } catch (const std::exception& e) {
        d->message->setText(RefusalText::error(e));
        return;
    }
    d->message->setText(done);
    reloadTeams();
    reloadCalendar();
}

void RosterPage::addMember()
{
    const QString name = d->operatorBox->currentText();
    if (name.isEmpty())
        return;
    act(
        [&] {
            d->teams.addMember(d->team->currentData().toString(), name, d->gate->currentData().toString(),
                               d->s.actor);
        },
        tr("%1 is in %2 now.").arg(name, d->team->currentText()));
}

void RosterPage::moveMember()
{
    const QString name = d->selectedMember();
    if (name.isEmpty()) {
        d->message->setText(tr("Choose a person in the list first."));
        return;
    }
    act(
        [&] {
            d->teams.moveMember(name, d->team->currentData().toString(), d->gate->currentData().toString(),
                                d->s.actor);
        },
        tr("%1 is in %2 now.").arg(name, d->team->currentText()));
}

void RosterPage::makeLead()
{
    const QString name = d->selectedMember();
    if (name.isEmpty()) {
        d->message->setText(tr("Choose a person in the list first."));
        return;
    }
    const auto member = d->teams.memberNamed(name);
    const QString code = member ? member->team : QString();
    act([&] { d->teams.setLead(code, name, d->s.actor); },
        tr("%1 leads %2 now.").arg(name, teamLabel(code, d->teams.team(code))));
}

void RosterPage::removeMember()
{
    const QString name = d->selectedMember();
    if (name.isEmpty()) {
        d->message->setText(tr("Choose a person in the list first."));
        return;
    }
    act([&] { d->teams.removeMember(name, d->s.actor); }, tr("%1 is in no team now.").arg(name));
}

void RosterPage::applyPattern()
{
    core::RosterPattern pattern;
    try {
        pattern = core::parseRosterPattern(d->patternFrom->date(), d->patternStarts->text(),
                                           d->patternTeams->text());
    } catch (const std::exception& e) {
        d->message->setText(RefusalText::error(e));
        return;
    }
    QStringList starts;
    for (const core::ShiftDef& shift : pattern.shifts)
        starts << shift.start.toString(QStringLiteral("HH:mm"));
    const QString from = pattern.from.toString(QStringLiteral("yyyy-MM-dd"));
    if (!Prompts::askYesNo(
            this, tr("New shift pattern"),
            tr("From %1 every day has %n shift(s), starting at %2, held in turn by teams %3. "
               "The days before keep their shifts. Apply it at every station?",
               nullptr, int(pattern.shifts.size()))
                .arg(from, starts.join(QStringLiteral(", ")), pattern.teams.join(QStringLiteral(", "))),
            tr("Apply"), tr("Go back")))
        return;
    try {
        core::applyRosterPattern(d->s.db, d->s.registry, d->s.clock, pattern, d->s.actor);
    } catch (const std::exception& e) {
        d->message->setText(RefusalText::error(e));
        return;
    }
    d->message->setText(tr("From %1 the new shift pattern applies.").arg(from));
    reloadTeams();
    reloadCalendar();
}

bool RosterPage::saveMonthPdf(const QString& path)
{
    QString error;
    const print::RosterMonthData data =
        print::collectRosterMonth(d->s.db, d->s.registry, d->s.clock, d->month);
    if (!print::writeRosterMonthPdf(data, LeadText::rosterMonthTexts(), path, &error)) {
        d->message->setText(
            tr("The PDF could not be written to %1. Nothing was lost: choose another folder.").arg(path));
        return false;
    }
    d->message->setText(tr("Saved: %1").arg(path));
    return true;
}

} // namespace gatepost::gui
