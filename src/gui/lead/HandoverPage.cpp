#include "HandoverPage.h"

#include "core/Auth.h"
#include "core/Handover.h"
#include "core/Refusal.h"
#include "core/Registry.h"
#include "core/Roster.h"
#include "gui/CategoryNames.h"
#include "gui/HandoverTexts.h"
#include "gui/RefusalText.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace gatepost::gui {

struct HandoverPage::Private
{
    core::Database& db;
    core::Auth& auth;
    core::Registry& registry;
    QString stationId;
    const core::Clock& clock;
    core::HandoverReport report;

    QDateEdit* day = nullptr;
    QComboBox* shift = nullptr;
    QComboBox* gate = nullptr;
    QTextBrowser* view = nullptr;
    QPlainTextEdit* notes = nullptr;
    QPlainTextEdit* openMatters = nullptr;
    QComboBox* lead = nullptr;
    QLineEdit* pin = nullptr;
    QPushButton* signButton = nullptr;
    QPushButton* ackButton = nullptr;
    QLabel* message = nullptr;

    core::HandoverDesk desk() const
    {
        return core::HandoverDesk(db, auth, registry.policy(), stationId, clock);
    }
    /// The shifts of @p day (numbered, with their hours), keeping number @p keep selected.
    void fillShifts(QDate day, int keep)
    {
        const core::Roster r(registry.policy());
        const QSignalBlocker block(shift);
        shift->clear();
        for (int n = 1;; ++n) {
            const auto s = r.shift(day, n);
            if (!s)
                break;
            const auto hhmm = [&](const QDateTime& t) {
                return t.toTimeZone(r.timeZone()).toString(QStringLiteral("HH:mm"));
            };
            shift->addItem(QStringLiteral("%1  %2–%3").arg(n).arg(hhmm(s->startUtc), hhmm(s->endUtc)), n);
        }
        shift->setCurrentIndex(qMax(0, shift->findData(keep)));
    }
    QString shiftId() const
    {
        return day->date().toString(Qt::ISODate) + u'/' + QString::number(shift->currentData().toInt());
    }
};

namespace {

QString escaped(const QString& s)
{
    return s.toHtmlEscaped();
}

// The report as the page shows it: the same words and order as the PDF.
QString html(const core::HandoverReport& r, const print::HandoverTexts& t)
{
    QString h;
    const auto when = [&](const QDateTime& at) {
        return at.toTimeZone(t.zone).toString(QStringLiteral("HH:mm"));
    };
    h += QStringLiteral("<h2>%1 %2</h2>").arg(escaped(t.title), escaped(r.shiftId));
    h += QStringLiteral("<p>%1</p>")
             .arg(escaped(
                 t.period.arg(r.startUtc.toTimeZone(t.zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                              r.endUtc.toTimeZone(t.zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")))));
    const auto table = [&](const QStringList& header, const QList<QStringList>& rows) {
        h += QStringLiteral("<table cellpadding='3'><tr>");
        for (const QString& c : header)
            h += QStringLiteral("<th align='left'>%1</th>").arg(escaped(c));
        h += QStringLiteral("</tr>");
        for (const QStringList& row : rows) {
            h += QStringLiteral("<tr>");
            for (const QString& c : row)
                h += QStringLiteral("<td>%1</td>").arg(escaped(c));
            h += QStringLiteral("</tr>");
        }
        h += QStringLiteral("</table>");
    };
    h += QStringLiteral("<h3>%1</h3><p>%2<br>%3</p>")
             .arg(escaped(t.staff), escaped(print::handoverTeamLine(r, t)),
                  escaped(t.staffCounts.arg(r.plannedCount())
                              .arg(r.onDutyCount())
                              .arg(r.absent().size())
                              .arg(r.unplanned().size())));
    QList<QStringList> staffRows;
    for (const core::HandoverStaff& s : r.staff)
        staffRows << print::handoverStaffCells(s, t);
    if (!staffRows.isEmpty())
        table({t.person, t.role, t.planned, t.onDuty}, staffRows);
    h += QStringLiteral("<h3>%1: %2</h3><table cellpadding='3'>").arg(escaped(t.crossings)).arg(r.total);
    h += QStringLiteral("<tr><th align='left'>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
             .arg(escaped(t.category), escaped(t.in), escaped(t.out), escaped(t.total));
    for (auto g = r.byGate.cbegin(); g != r.byGate.cend(); ++g) {
        h += QStringLiteral("<tr><td colspan='4'><b>%1</b></td></tr>").arg(escaped(t.gateName(g.key())));
        for (auto c = g.value().cbegin(); c != g.value().cend(); ++c)
            h +=
                QStringLiteral("<tr><td>&nbsp;&nbsp;%1</td><td align='right'>%2</td><td align='right'>%3</td>"
                               "<td align='right'>%4</td></tr>")
                    .arg(escaped(t.categoryName(c.key())))
                    .arg(c.value().in)
                    .arg(c.value().out)
                    .arg(c.value().total());
    }
    h += QStringLiteral("</table><p>%1</p>")
             .arg(escaped(
                 t.verdicts.arg(r.allow).arg(r.deny).arg(r.check).arg(r.passed.in).arg(r.passed.out)));
    h += QStringLiteral("<h3>%1</h3><ul>").arg(escaped(t.denials));
    for (auto d = r.denialsByReason.cbegin(); d != r.denialsByReason.cend(); ++d)
        h += QStringLiteral("<li>%1: %2</li>").arg(escaped(t.reasonName(d.key()))).arg(d.value());
    if (r.denialsByReason.isEmpty())
        h += QStringLiteral("<li>%1</li>").arg(escaped(t.none));
    h += QStringLiteral("</ul>");
    const auto list = [&](const QString& title, const QList<core::HandoverItem>& items, auto detail) {
        h += QStringLiteral("<h3>%1: %2</h3><ul>").arg(escaped(title)).arg(items.size());
        for (const core::HandoverItem& i : items)
            h += QStringLiteral("<li>%1 %2 %3 %4 (%5)</li>")
                     .arg(when(i.atUtc), escaped(t.gateName(i.gate)), escaped(i.passSerial),
                          escaped(detail(i)), escaped(i.operatorName));
        h += QStringLiteral("</ul>");
    };
    list(t.overrides, r.overrides, [&](const core::HandoverItem& i) -> QString {
        return t.overrideName(i.overrideReason) +
               (i.note.isEmpty() ? QString() : QStringLiteral(": ") + i.note);
    });
    list(t.incidents, r.incidents, [&](const core::HandoverItem& i) -> QString {
        QStringList why;
        for (core::Reason reason : i.reasons)
            why << t.reasonName(reason);
        return why.join(QStringLiteral("、")) +
               (i.note.isEmpty() ? QString() : QStringLiteral(": ") + i.note);
    });
    list(t.fevers, r.fevers, [](const core::HandoverItem& i) -> QString {
        return QStringLiteral("%1 ℃").arg(i.temperature.value_or(0), 0, 'f', 1);
    });
    h += QStringLiteral("<h3>%1: %2</h3>").arg(escaped(t.patrols)).arg(r.patrols.size());
    QList<QStringList> patrolRows;
    for (const core::PatrolRecord& p : r.patrols)
        patrolRows << print::handoverPatrolCells(p, t);
    if (!patrolRows.isEmpty())
        table({t.when, t.courtyard, t.how, t.result, t.checkedBy}, patrolRows);
    if (!r.overdueCourtyards.isEmpty()) {
        QStringList names;
        for (int c : r.overdueCourtyards)
            names << t.courtyardName(c);
        h += QStringLiteral("<p><b>%1</b></p>").arg(escaped(t.overdue.arg(names.join(QStringLiteral("、")))));
    }
    if (r.signature)
        h += QStringLiteral("<p><b>%1</b></p>")
                 .arg(escaped(t.signedBy.arg(r.signature->leadName, when(r.signature->atUtc))));
    if (r.acknowledgement)
        h += QStringLiteral("<p><b>%1</b></p>")
                 .arg(escaped(
                     t.acknowledgedBy.arg(r.acknowledgement->leadName, when(r.acknowledgement->atUtc))));
    return h;
}

} // namespace

HandoverPage::HandoverPage(core::Database& db, core::Auth& auth, core::Registry& registry,
                           const QString& stationId, const core::Clock& clock, QWidget* parent)
    : QWidget(parent)
    , d(new Private{db, auth, registry, stationId, clock, {}})
{
    auto* top = new QHBoxLayout;
    d->day = new QDateEdit(this);
    d->day->setObjectName(QStringLiteral("day"));
    d->day->setCalendarPopup(true);
    d->day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    d->shift = new QComboBox(this);
    d->shift->setObjectName(QStringLiteral("shift"));
    d->gate = new QComboBox(this);
    d->gate->setObjectName(QStringLiteral("gate"));
    d->gate->addItem(tr("Both gates"), QString());
    for (const QString& g : {QStringLiteral("north"), QStringLiteral("south")})
        d->gate->addItem(gateName(g), g);
    top->addWidget(new QLabel(tr("Shift"), this));
    top->addWidget(d->day);
    top->addWidget(d->shift);
    top->addWidget(d->gate);
    top->addStretch();
    auto* pdf = new QPushButton(tr("Save as PDF…"), this);
    pdf->setObjectName(QStringLiteral("savePdf"));
    auto* printButton = new QPushButton(tr("Print…"), this);
    printButton->setObjectName(QStringLiteral("print"));
    top->addWidget(pdf);
    top->addWidget(printButton);

    d->view = new QTextBrowser(this);
    d->view->setObjectName(QStringLiteral("report"));

    d->notes = new QPlainTextEdit(this);
    d->notes->setObjectName(QStringLiteral("notes"));
    d->notes->setPlaceholderText(tr("What the next shift should know"));
    d->openMatters = new QPlainTextEdit(this);
    d->openMatters->setObjectName(QStringLiteral("openMatters"));
    d->openMatters->setPlaceholderText(tr("What is still open"));
    d->notes->setMaximumHeight(80);
    d->openMatters->setMaximumHeight(80);

    d->lead = new QComboBox(this);
    d->lead->setObjectName(QStringLiteral("lead"));
    for (const core::Operator& op : auth.operators())
        if (core::Auth::roleAtLeast(op.role, core::Role::ShiftLead) && auth.isActive(op.id))
            d->lead->addItem(op.name);
    d->pin = new QLineEdit(this);
    d->pin->setObjectName(QStringLiteral("pin"));
    d->pin->setEchoMode(QLineEdit::Password);
    d->pin->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,8}")), d->pin));
    d->pin->setPlaceholderText(tr("PIN"));
    d->signButton = new QPushButton(tr("Sign as outgoing lead"), this);
    d->signButton->setObjectName(QStringLiteral("sign"));
    d->ackButton = new QPushButton(tr("Acknowledge as incoming lead"), this);
    d->ackButton->setObjectName(QStringLiteral("acknowledge"));
    d->message = new QLabel(this);
    d->message->setObjectName(QStringLiteral("message"));
    d->message->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Notes"), d->notes);
    form->addRow(tr("Open matters"), d->openMatters);
    auto* signRow = new QHBoxLayout;
    signRow->addWidget(d->lead);
    signRow->addWidget(d->pin);
    signRow->addWidget(d->signButton);
    signRow->addWidget(d->ackButton);
    signRow->addStretch();
    form->addRow(tr("Lead"), signRow);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(d->view, 1);
    layout->addLayout(form);
    layout->addWidget(d->message);

    // The shift that ended last: the one a lead hands over.
    const core::Roster roster(registry.policy());
    const core::Shift current = roster.shiftAt(clock.nowUtc());
    const core::Shift previous = roster.shiftAt(current.startUtc.addSecs(-1));
    connect(d->day, &QDateEdit::dateChanged, this, [this](QDate day) {
        d->fillShifts(day, d->shift->currentData().toInt());
        reload();
    });
    connect(d->shift, &QComboBox::currentIndexChanged, this, &HandoverPage::reload);
    connect(d->gate, &QComboBox::currentIndexChanged, this, &HandoverPage::reload);
    connect(d->signButton, &QPushButton::clicked, this, &HandoverPage::sign);
    connect(d->ackButton, &QPushButton::clicked, this, &HandoverPage::acknowledge);
    connect(pdf, &QPushButton::clicked, this, &HandoverPage::chooseFile);
    connect(printButton, &QPushButton::clicked, this, &HandoverPage::print);
    showShift(previous.id());
}

HandoverPage::~HandoverPage() = default;

void HandoverPage::showShift(const QString& shiftId, const QString& gate)
{
    const auto parsed = core::parseShiftId(shiftId);
    if (!parsed)
        return;
    {
        const QSignalBlocker block(d->gate);
        d->gate->setCurrentIndex(qMax(0, d->gate->findData(gate)));
    }
    const QSignalBlocker block(d->day);
    d->day->setDate(parsed->first);
    d->fillShifts(parsed->first, parsed->second);
    reload();
}

const core::HandoverReport& HandoverPage::report() const
{
    return d->report;
}

void HandoverPage::reload()
{
    d->message->clear();
    try {
        d->report = d->desk().report(d->shiftId(), d->gate->currentData().toString());
    } catch (const core::RefusedError& e) {
        d->report = {};
        d->view->clear();
        d->message->setText(RefusalText::text(e.refusal()));
        return;
    }
    d->view->setHtml(html(d->report, handoverTexts(core::policyTimeZone(d->registry.policy().timeZone))));
    const bool isSigned = d->report.signature.has_value();
    d->notes->setPlainText(d->report.notes);
    d->openMatters->setPlainText(d->report.openMatters);
    d->notes->setReadOnly(isSigned);
    d->openMatters->setReadOnly(isSigned);
    d->signButton->setEnabled(!isSigned);
    d->ackButton->setEnabled(isSigned && !d->report.acknowledgement);
}

void HandoverPage::sign()
{
    const QString pin = d->pin->text();
    d->pin->clear();
    try {
        d->desk().sign(d->shiftId(), d->gate->currentData().toString(), d->notes->toPlainText(),
                       d->openMatters->toPlainText(), d->lead->currentText(), pin);
    } catch (const std::exception& e) {
        d->message->setText(RefusalText::error(e));
        return;
    }
    reload();
    d->message->setText(tr("Signed. The incoming lead acknowledges with their PIN."));
}

void HandoverPage::acknowledge()
{
    const QString pin = d->pin->text();
    d->pin->clear();
    try {
        d->desk().acknowledge(d->shiftId(), d->gate->currentData().toString(), d->lead->currentText(), pin);
    } catch (const std::exception& e) {
        d->message->setText(RefusalText::error(e));
        return;
    }
    reload();
    d->message->setText(tr("Acknowledged: the shift is handed over."));
}

bool HandoverPage::savePdf(const QString& path)
{
    QString error;
    const auto texts = handoverTexts(core::policyTimeZone(d->registry.policy().timeZone));
    if (!print::HandoverPdf::writePdf(path, d->report, texts, &error)) {
        d->message->setText(
            tr("The PDF could not be written to %1. Nothing was lost: choose another folder.").arg(path));
        return false;
    }
    d->message->setText(tr("Saved: %1").arg(path));
    return true;
}

void HandoverPage::chooseFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save as PDF"),
        QStringLiteral("handover-%1.pdf").arg(QString(d->report.shiftId).replace(u'/', u'-')),
        tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path);
}

void HandoverPage::print()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto texts = handoverTexts(core::policyTimeZone(d->registry.policy().timeZone));
    if (!print::HandoverPdf::render(printer, d->report, texts))
        d->message->setText(
            tr("The printer \"%1\" did not take the report. Nothing was lost: check the printer "
               "and print again, or save it as a PDF.")
                .arg(printer.printerName()));
}

} // namespace gatepost::gui
