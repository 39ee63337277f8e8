#include "RosterMonth.h"

#include "PdfFile.h"

#include "PrintFonts.h"

#include "core/Registry.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace gatepost::print {

namespace {

constexpr double kWidthMm = 297;
constexpr double kHeightMm = 210;
constexpr double kMarginMm = 10;

void paintCalendar(QPainter& p, const RosterMonthData& data, const RosterMonthTexts& t, double mm)
{
    QMap<QString, core::Team> teams;
    for (const core::Team& team : data.teams)
        teams.insert(team.code, team);
    const QTimeZone zone = core::policyTimeZone(data.timeZone);
    qsizetype columns = 1;
    for (const core::RosterDay& d : data.days)
        columns = std::max(columns, d.shifts.size());

    const QRectF page(kMarginMm * mm, kMarginMm * mm, (kWidthMm - 2 * kMarginMm) * mm,
                      (kHeightMm - 2 * kMarginMm) * mm);
    p.setFont(fonts::make(fonts::kSans, 6 * mm, true));
    const QString title =
        t.title.arg(data.community, t.month.arg(data.month.year()).arg(data.month.month())).trimmed();
    p.drawText(QRectF(page.left(), page.top(), page.width(), 9 * mm), Qt::AlignLeft | Qt::AlignVCenter,
               title);
    p.setFont(fonts::make(fonts::kSans, 3 * mm, false));
    p.drawText(QRectF(page.left(), page.top(), page.width(), 9 * mm), Qt::AlignRight | Qt::AlignVCenter,
               t.timeZone.arg(data.timeZone));

    const double top = page.top() + 11 * mm;
    const double dayWidth = 26 * mm;
    const double cellWidth = (page.width() - dayWidth) / double(columns);
    const double rowHeight = std::min(6.0 * mm, (page.bottom() - top) / double(data.days.size() + 1));
    p.setPen(QPen(Qt::black, 0.2 * mm));
    p.setFont(fonts::make(fonts::kSans, rowHeight * 0.5, true));
    p.drawText(QRectF(page.left(), top, dayWidth, rowHeight), Qt::AlignCenter, t.date);
    for (qsizetype c = 0; c < columns; ++c)
        p.drawText(QRectF(page.left() + dayWidth + c * cellWidth, top, cellWidth, rowHeight), Qt::AlignCenter,
                   t.shift.arg(c + 1));
    const QFont cellFont = fonts::make(fonts::kSans, rowHeight * 0.45, false);
    for (qsizetype r = 0; r < data.days.size(); ++r) {
        const core::RosterDay& d = data.days.at(r);
        const double y = top + (r + 1) * rowHeight;
        if (d.day.dayOfWeek() >= 6)
            p.fillRect(QRectF(page.left(), y, page.width(), rowHeight), QColor(238, 238, 238));
        p.setFont(cellFont);
        p.drawText(QRectF(page.left() + 1 * mm, y, dayWidth, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   QStringLiteral("%1 %2").arg(d.day.toString(Qt::ISODate),
                                               t.weekdays.value(d.day.dayOfWeek() - 1)));
        for (qsizetype c = 0; c < d.shifts.size(); ++c) {
            const core::RosterSlot& s = d.shifts.at(c);
            const QString start = s.shift.startUtc.toTimeZone(zone).time().toString(QStringLiteral("HH:mm"));
            QString text = start + QLatin1Char(' ');
            if (s.team.isEmpty()) {
                text += QStringLiteral("—");
            } else {
                const core::Team team = teams.value(s.team, core::Team{s.team, s.team, {}});
                text += t.teamName(team.code, team.name);
                if (!team.lead.isEmpty())
                    text += u' ' + t.lead.arg(team.lead);
            }
            const QRectF cell(page.left() + dayWidth + c * cellWidth + 1 * mm, y, cellWidth - 2 * mm,
                              rowHeight);
            p.setFont(fonts::fitted(p, cellFont, text, cell.width()));
            p.drawText(cell, Qt::AlignLeft | Qt::AlignVCenter, text);
        }
        p.drawLine(QPointF(page.left(), y), QPointF(page.right(), y));
    }
    const double bottom = top + (data.days.size() + 1) * rowHeight;
    p.drawLine(QPointF(page.left(), bottom), QPointF(page.right(), bottom));
    p.drawLine(QPointF(page.left() + dayWidth, top), QPointF(page.left() + dayWidth, bottom));
    for (qsizetype c = 1; c < columns; ++c) {
        const double x = page.left() + dayWidth + c * cellWidth;
        p.drawLine(QPointF(x, top), QPointF(x, bottom));
    }
}

void paintMembers(QPainter& p, const RosterMonthData& data, const RosterMonthTexts& t, double mm)
{
    const QRectF page(kMarginMm * mm, kMarginMm * mm, (kWidthMm - 2 * kMarginMm) * mm,
                      (kHeightMm - 2 * kMarginMm) * mm);
    p.setFont(fonts::make(fonts::kSans, 6 * mm, true));
    p.drawText(QRectF(page.left(), page.top(), page.width(), 9 * mm), Qt::AlignLeft | Qt::AlignVCenter,
               t.membersTitle.arg(t.month.arg(data.month.year()).arg(data.month.month())));
    const QFont head = fonts::make(fonts::kSans, 4 * mm, true);
    const QFont body = fonts::make(fonts::kSans, 3.4 * mm, false);
    double y = page.top() + 13 * mm;
    for (const core::Team& team : data.teams) {
        p.setFont(head);
        QString line = t.teamLine.arg(t.teamName(team.code, team.name), team.code,
                                      team.lead.isEmpty() ? t.noLead : team.lead);
        p.drawText(QPointF(page.left(), y), line);
        y += 6 * mm;
        QMap<QString, QStringList> byGate;
        for (const core::TeamMember& m : data.members)
            if (m.team == team.code)
                byGate[m.gate.isEmpty() ? t.anyGate : t.gateName(m.gate)].append(m.operatorName);
        p.setFont(body);
        if (byGate.isEmpty()) {
            p.drawText(QPointF(page.left() + 6 * mm, y), t.noMembers);
            y += 5 * mm;
        }
        for (auto it = byGate.cbegin(); it != byGate.cend(); ++it) {
            const QString text = t.gateLine.arg(it.key(), QString::number(it.value().size()),
                                                it.value().join(QStringLiteral("、")));
            p.setFont(fonts::fitted(p, body, text, page.width() - 6 * mm));
            p.drawText(QPointF(page.left() + 6 * mm, y), text);
            y += 5 * mm;
        }
        y += 3 * mm;
        if (y > page.bottom())
            break;
    }
}

} // namespace

RosterMonthData collectRosterMonth(core::Database& db, core::Registry& registry, const core::Clock& clock,
                                   QDate month)
{
    RosterMonthData data;
    const core::Policy policy = registry.policy();
    const core::Roster roster(policy);
    data.month = QDate(month.year(), month.month(), 1);
    data.timeZone = policy.timeZone;
    data.days = roster.calendar(data.month, data.month.addMonths(1).addDays(-1));
    core::Teams teams(db, clock);
    try {
        data.teams = teams.teams();
        data.members = teams.members();
    } catch (const core::DbError&) {
        // A read-only file from before schema 6: no team tables.
    }
    QStringList codes;
    for (const core::RosterDay& d : data.days)
        for (const core::RosterSlot& s : d.shifts)
            if (!s.team.isEmpty() && !codes.contains(s.team))
                codes << s.team;
    for (const QString& code : codes)
        if (std::none_of(data.teams.begin(), data.teams.end(),
                         [&](const core::Team& t) { return t.code == code; }))
            data.teams.append(core::Team{code, code, {}});
    std::sort(data.teams.begin(), data.teams.end(),
              [](const core::Team& a, const core::Team& b) { return a.code < b.code; });
    return data;
}

bool writeRosterMonthPdf(const RosterMonthData& data, const RosterMonthTexts& texts, const QString& path,
                         QString* error)
{
    return writePdfFile(
        path, texts.pdfTitle.arg(data.month.toString(QStringLiteral("yyyy-MM"))), 600,
        [&](QPdfWriter& pdf) {
            pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF()));
            QPainter painter;
            if (!painter.begin(&pdf))
                return false;
            const double mm = pdf.resolution() / 25.4;
            paintCalendar(painter, data, texts, mm);
            pdf.newPage();
            paintMembers(painter, data, texts, mm);
            painter.end();
            return true;
        },
        error);
}

} // namespace gatepost::print
