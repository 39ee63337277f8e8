#include "HandoverPdf.h"

#include "PdfFile.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

namespace gatepost::print {

namespace {

constexpr double kPageW = 210.0;
constexpr double kPageH = 297.0;
constexpr double kMargin = 16.0;
constexpr double kLine = 6.0; // one table row, mm

// Lays the report out top to bottom in millimetres, breaking pages where a block would not fit.
// Run twice: once without a painter to count the pages, once to paint them.
class Flow
{
public:
    Flow(QPainter* painter, QPagedPaintDevice* device, double u, int pages, const HandoverTexts& t)
        : m_p(painter)
        , m_device(device)
        , m_u(u)
        , m_pages(pages)
        , m_t(t)
    {
    }

    int pages() const { return m_page; }
    bool ok() const { return m_ok; }

    /// Makes room for @p mm more on this page, or starts the next one.
    void need(double mm)
    {
        if (m_y + mm <= kPageH - kMargin - 8)
            return;
        footer();
        if (m_p && !m_device->newPage())
            m_ok = false;
        ++m_page;
        m_y = kMargin;
    }

    void text(double x, double w, double h, const QString& s, double size, bool bold = false,
              Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
    {
        if (!m_p)
            return;
        m_p->setFont(reportFont(size, m_u, bold));
        m_p->drawText(QRectF(x * m_u, m_y * m_u, w * m_u, h * m_u), align | Qt::TextWordWrap, s);
    }
    void rule(double x0, double x1, double thickness = 0.2)
    {
        if (!m_p)
            return;
        m_p->setPen(QPen(Qt::black, thickness * m_u));
        m_p->drawLine(QPointF(x0 * m_u, m_y * m_u), QPointF(x1 * m_u, m_y * m_u));
    }
    void down(double mm) { m_y += mm; }

    void heading(const QString& s)
    {
        need(2 * kLine + 2);
        down(2);
        text(kMargin, kPageW - 2 * kMargin, kLine + 1, s, 4.2, true);
        down(kLine + 1);
        rule(kMargin, kPageW - kMargin, 0.35);
    }

    /// One table row of @p cells at the column x positions @p xs (the last cell runs to the margin).
    void row(const QList<double>& xs, const QStringList& cells, bool bold = false)
    {
        need(kLine);
        for (qsizetype i = 0; i < cells.size() && i < xs.size(); ++i) {
            const double x = xs.at(i);
            const double end = i + 1 < xs.size() ? xs.at(i + 1) : kPageW - kMargin;
            const bool number = i > 0 && i + 1 < xs.size() && xs.size() > 3 && !cells.at(i).isEmpty() &&
                                cells.at(i).at(0).isDigit();
            text(x + 1, end - x - 2, kLine, cells.at(i), 3.4, bold,
                 (number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
        }
        down(kLine);
        rule(kMargin, kPageW - kMargin, 0.1);
    }

    void footer()
    {
        if (!m_p)
            return;
        const double y = m_y;
        m_y = kPageH - kMargin - 4;
        text(kMargin, kPageW - 2 * kMargin, 5, m_t.page.arg(m_page).arg(m_pages), 3.0, false,
             Qt::AlignHCenter | Qt::AlignVCenter);
        m_y = y;
    }

private:
    QPainter* m_p;
    QPagedPaintDevice* m_device;
    double m_u;
    int m_pages;
    const HandoverTexts& m_t;
    double m_y = kMargin;
    int m_page = 1;
    bool m_ok = true;
};

QString when(const QDateTime& t, const QTimeZone& zone)
{
    return t.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString reasonsText(const QList<core::Reason>& reasons, const HandoverTexts& t)
{
    QStringList names;
    for (core::Reason r : reasons)
        names << t.reasonName(r);
    return names.join(QStringLiteral("、"));
}

void layStaff(Flow& f, const core::HandoverReport& r, const HandoverTexts& t)
{
    const double left = kMargin;
    f.heading(t.staff);
    f.need(kLine * 2);
    f.text(left, kPageW - 2 * kMargin, kLine, handoverTeamLine(r, t), 3.6);
    f.down(kLine);
    f.text(left, kPageW - 2 * kMargin, kLine,
           t.staffCounts.arg(r.plannedCount())
               .arg(r.onDutyCount())
               .arg(r.absent().size())
               .arg(r.unplanned().size()),
           3.4);
    f.down(kLine);
    if (r.staff.isEmpty())
        return;
    const QList<double> cols{left, left + 40, left + 70, left + 88};
    f.row(cols, {t.person, t.role, t.planned, t.onDuty}, true);
    for (const core::HandoverStaff& s : r.staff)
        f.row(cols, handoverStaffCells(s, t));
}

void layPatrols(Flow& f, const core::HandoverReport& r, const HandoverTexts& t)
{
    const double left = kMargin;
    f.heading(QStringLiteral("%1: %2").arg(t.patrols).arg(r.patrols.size()));
    const QList<double> cols{left, left + 16, left + 36, left + 86, left + 150};
    if (r.patrols.isEmpty())
        f.row({left}, {t.none});
    else
        f.row(cols, {t.when, t.courtyard, t.how, t.result, t.checkedBy}, true);
    for (const core::PatrolRecord& p : r.patrols)
        f.row(cols, handoverPatrolCells(p, t));
    if (!r.overdueCourtyards.isEmpty()) {
        QStringList names;
        for (int c : r.overdueCourtyards)
            names << t.courtyardName(c);
        f.need(kLine);
        f.text(left, kPageW - 2 * kMargin, kLine, t.overdue.arg(names.join(QStringLiteral("、"))), 3.4, true);
        f.down(kLine);
    }
}

void lay(Flow& f, const core::HandoverReport& r, const HandoverTexts& t)
{
    const double left = kMargin;
    const double width = kPageW - 2 * kMargin;
    f.text(left, width, 12, t.title, 7.5, true, Qt::AlignHCenter | Qt::AlignVCenter);
    f.down(14);
    f.text(left, width, kLine,
           QStringLiteral("%1: %2 (%3)    %4: %5")
               .arg(t.shift, r.shiftId, r.shiftName, t.gate,
                    r.gate.isEmpty() ? t.everyGate : t.gateName(r.gate)),
           3.8);
    f.down(kLine);
    f.text(left, width, kLine, t.period.arg(when(r.startUtc, t.zone), when(r.endUtc, t.zone)), 3.8);
    f.down(kLine + 2);

    layStaff(f, r, t);

    // Crossings per gate and category.
    f.heading(QStringLiteral("%1: %2").arg(t.crossings).arg(r.total));
    const QList<double> cols{left, left + 70, left + 100, left + 130, left + width};
    f.row(cols, {t.category, t.in, t.out, t.total}, true);
    for (auto g = r.byGate.cbegin(); g != r.byGate.cend(); ++g) {
        core::InOut sum;
        for (const core::InOut& c : g.value()) {
            sum.in += c.in;
            sum.out += c.out;
        }
        f.row(cols,
              {t.gateName(g.key()), QString::number(sum.in), QString::number(sum.out),
               QString::number(sum.total())},
              true);
        for (auto c = g.value().cbegin(); c != g.value().cend(); ++c)
            f.row(cols, {QStringLiteral("    ") + t.categoryName(c.key()), QString::number(c.value().in),
                         QString::number(c.value().out), QString::number(c.value().total())});
    }
    f.need(kLine * 2);
    f.down(1);
    f.text(left, width, kLine * 2,
           t.verdicts.arg(r.allow).arg(r.deny).arg(r.check).arg(r.passed.in).arg(r.passed.out), 3.4);
    f.down(kLine * 2);

    f.heading(t.denials);
    if (r.denialsByReason.isEmpty())
        f.row({left}, {t.none});
    for (auto d = r.denialsByReason.cbegin(); d != r.denialsByReason.cend(); ++d)
        f.row({left, left + 100, left + width}, {t.reasonName(d.key()), QString::number(d.value())});

    const auto items = [&](const QString& title, const QList<core::HandoverItem>& list, auto detail) {
        f.heading(QStringLiteral("%1: %2").arg(title).arg(list.size()));
        if (list.isEmpty())
            f.row({left}, {t.none});
        for (const core::HandoverItem& i : list)
            f.row({left, left + 30, left + 50, left + 70, left + 120},
                  {i.atUtc.toTimeZone(t.zone).toString(QStringLiteral("HH:mm")), t.gateName(i.gate),
                   i.passSerial, detail(i), i.operatorName});
    };
    // Each detail returns a QString: with QT_USE_QSTRINGBUILDER a deduced return type would be a
    // builder holding references to the lambda's locals (a crash on the first override with a note).
    items(t.overrides, r.overrides, [&](const core::HandoverItem& i) -> QString {
        const QString why = t.overrideName(i.overrideReason);
        return i.note.isEmpty() ? why : why + QStringLiteral(": ") + i.note;
    });
    items(t.incidents, r.incidents, [&](const core::HandoverItem& i) -> QString {
        return reasonsText(i.reasons, t) + (i.note.isEmpty() ? QString() : QStringLiteral(": ") + i.note);
    });
    items(t.fevers, r.fevers, [&](const core::HandoverItem& i) -> QString {
        return QStringLiteral("%1 ℃").arg(i.temperature.value_or(0), 0, 'f', 1);
    });
    layPatrols(f, r, t);

    for (const auto& [title, body] : {std::pair{t.notes, r.notes}, std::pair{t.openMatters, r.openMatters}}) {
        f.heading(title);
        const int lines = qMax(2, int(body.size() / 60) + 1);
        f.need(lines * 5.0);
        f.text(left, width, lines * 5.0, body.isEmpty() ? t.none : body, 3.4, false,
               Qt::AlignLeft | Qt::AlignTop);
        f.down(lines * 5.0);
    }

    // Signatures: the stored ones, or lines to sign by hand on a printed copy.
    f.need(34);
    f.down(8);
    const auto signature = [&](const std::optional<core::HandoverSignature>& s, const QString& done,
                               const QString& blank) {
        if (s)
            f.text(left, width, kLine, done.arg(s->leadName, when(s->atUtc, t.zone)), 3.8);
        else {
            f.text(left, 60, kLine, blank, 3.8);
            f.down(kLine);
            f.rule(left + 60, left + width);
            f.down(-kLine);
        }
        f.down(kLine * 2);
    };
    signature(r.signature, t.signedBy, t.outgoingLead);
    signature(r.acknowledgement, t.acknowledgedBy, t.incomingLead);
}

} // namespace

QStringList handoverStaffCells(const core::HandoverStaff& s, const HandoverTexts& t)
{
    QString duty = t.didNotSignOn;
    if (s.onDuty) {
        const QString on = when(s.firstOnUtc, t.zone);
        const QString off = s.lastOffUtc.isValid() ? when(s.lastOffUtc, t.zone) +
                                                         (s.offEstimated ? u' ' + t.estimated : QString())
                                                   : t.stillOn;
        QStringList gates;
        for (const QString& g : s.gates)
            gates << t.gateName(g);
        duty = QStringLiteral("%1 – %2  %3").arg(on, off, gates.join(QStringLiteral("、")));
    }
    return {s.operatorName, t.roleName(s.role), s.planned ? t.yes : QString(), duty};
}

QStringList handoverPatrolCells(const core::PatrolRecord& p, const HandoverTexts& t)
{
    const QString result = t.patrolResult(p.check.result);
    return {p.check.checkedUtc.toTimeZone(t.zone).toString(QStringLiteral("HH:mm")),
            t.courtyardName(p.check.courtyard), t.patrolHow(p.check),
            p.check.note.isEmpty() ? result : result + QStringLiteral(": ") + p.check.note, p.checkedBy};
}

QString handoverTeamLine(const core::HandoverReport& r, const HandoverTexts& t)
{
    if (r.team.isEmpty())
        return t.noTeam;
    return t.plannedTeam.arg(t.teamName(r.team, r.teamName), r.teamLead.isEmpty() ? t.noLead : r.teamLead);
}

bool HandoverPdf::render(QPagedPaintDevice& device, const core::HandoverReport& report,
                         const HandoverTexts& texts)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    Flow count(nullptr, &device, 1, 0, texts);
    lay(count, report, texts);

    QPainter painter;
    if (!painter.begin(&device))
        return false;
    const double u = device.logicalDpiX() / 25.4; // device units per millimetre
    painter.fillRect(QRectF(0, 0, kPageW * u, kPageH * u), Qt::white);
    Flow flow(&painter, &device, u, count.pages(), texts);
    lay(flow, report, texts);
    flow.footer();
    painter.end();
    return flow.ok();
}

bool HandoverPdf::writePdf(const QString& path, const core::HandoverReport& report,
                           const HandoverTexts& texts, QString* error)
{
    return writePdfFile(
        path, QStringLiteral("%1 %2").arg(texts.title, report.shiftId), 300,
        [&](QPdfWriter& pdf) { return render(pdf, report, texts); }, error);
}

} // namespace gatepost::print
