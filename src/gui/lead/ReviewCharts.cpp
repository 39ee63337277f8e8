#include "ReviewCharts.h"

#include "core/CrossingReview.h"
#include "gui/CategoryNames.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace gatepost::gui {

namespace {

QChartView* chartView(QWidget* parent, const char* name)
{
    auto* view = new QChartView(new QChart, parent);
    view->setObjectName(QString::fromLatin1(name));
    view->setRenderHint(QPainter::Antialiasing);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    return view;
}

QString anomalyName(core::AnomalyKind k)
{
    switch (k) {
    case core::AnomalyKind::Override:
        return ReviewCharts::tr("Red let through");
    case core::AnomalyKind::Passback:
        return ReviewCharts::tr("Passback");
    case core::AnomalyKind::Fever:
        return ReviewCharts::tr("Fever");
    case core::AnomalyKind::Incident:
        return ReviewCharts::tr("Incident");
    case core::AnomalyKind::UnknownPass:
        return ReviewCharts::tr("Unknown pass");
    case core::AnomalyKind::TwoGates:
        return ReviewCharts::tr("Used at both gates");
    case core::AnomalyKind::SyncConflict:
        //: a pass let through twice the same way at two stations that could not reach each other
        return ReviewCharts::tr("Let in twice while the stations were apart");
    }
    return {};
}

} // namespace

ReviewCharts::ReviewCharts(core::CrossingReview& review, QTimeZone zone, QWidget* parent)
    : QTabWidget(parent)
    , m_review(review)
    , m_zone(std::move(zone))
{
    m_hourly = chartView(this, "hourlyChart");
    m_refusals = chartView(this, "refusalChart");
    auto* inside = new QWidget(this);
    m_inside = new QListWidget(inside);
    m_inside->setObjectName(QStringLiteral("inside"));
    m_caveat = new QLabel(inside);
    m_caveat->setObjectName(QStringLiteral("caveat"));
    m_caveat->setWordWrap(true);
    auto* insideLayout = new QVBoxLayout(inside);
    insideLayout->addWidget(m_inside, 1);
    insideLayout->addWidget(m_caveat);
    m_anomalies = new QListWidget(this);
    m_anomalies->setObjectName(QStringLiteral("anomalies"));
    addTab(m_hourly, tr("Per hour"));
    addTab(m_refusals, tr("Refused by reason"));
    addTab(inside, tr("Inside now"));
    addTab(m_anomalies, tr("Anomalies"));
    Q_ASSERT(count() == int(m_stale.size()));
    connect(this, &QTabWidget::currentChanged, this, &ReviewCharts::refreshCurrent);
}

void ReviewCharts::update(const core::CrossingFilter& filter)
{
    m_filter = filter;
    m_stale.fill(true);
    refreshCurrent();
}

void ReviewCharts::refreshCurrent()
{
    const int tab = currentIndex();
    if (tab < 0 || tab >= int(m_stale.size()) || !m_stale[std::size_t(tab)])
        return;
    m_stale[std::size_t(tab)] = false;
    QWidget* shown = widget(tab);
    if (shown == m_hourly)
        updateHourly(m_filter);
    else if (shown == m_refusals)
        updateRefusals(m_filter);
    else if (shown == m_inside->parentWidget())
        updateInside();
    else
        updateAnomalies(m_filter);
}

void ReviewCharts::updateHourly(const core::CrossingFilter& filter)
{
    QChart* chart = m_hourly->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis); // hands the axis back to us: every update used to leak two
        delete axis;
    }
    // x: hours since the start of the period; the axis labels them with the community's clock
    // (QDateTimeAxis would print the process's local time).
    const QList<core::HourlyCount> counts = m_review.hourly(filter);
    QDateTime start = filter.fromUtc;
    if (!start.isValid() && !counts.isEmpty())
        start = counts.first().hourUtc;
    QMap<QString, QLineSeries*> series; // "North gate in" ...
    qint64 highest = 0;
    double last = 0;
    for (const core::HourlyCount& h : counts) {
        const QString name =
            gateName(h.gate) + u' ' + (h.direction == core::Direction::In ? tr("in") : tr("out"));
        QLineSeries*& s = series[name];
        if (!s) {
            s = new QLineSeries;
            s->setName(name);
        }
        const double x = double(start.secsTo(h.hourUtc)) / 3600.0;
        s->append(x, double(h.count));
        highest = qMax(highest, h.count);
        last = qMax(last, x);
    }
    const double hours = filter.fromUtc.isValid() && filter.toUtc.isValid()
                             ? double(filter.fromUtc.secsTo(filter.toUtc)) / 3600.0
                             : last + 1;
    auto* time = new QCategoryAxis;
    time->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int step = hours <= 24 ? 2 : hours <= 72 ? 6 : 24;
    const QString format = hours <= 24 ? QStringLiteral("HH:mm") : QStringLiteral("MM-dd HH:mm");
    for (int hour = 0; hour <= int(hours); hour += step)
        time->append(start.addSecs(qint64(hour) * 3600).toTimeZone(m_zone).toString(format), hour);
    time->setRange(0, qMax(hours, 1.0));
    auto* count = new QValueAxis;
    count->setRange(0, qMax<qint64>(highest, 1));
    count->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(count, Qt::AlignLeft);
    for (QLineSeries* s : series) {
        chart->addSeries(s);
        s->attachAxis(time);
        s->attachAxis(count);
    }
    chart->setTitle(tr("Crossings per hour"));
}

void ReviewCharts::updateRefusals(const core::CrossingFilter& filter)
{
    QChart* chart = m_refusals->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis); // hands the axis back to us: every update used to leak two
        delete axis;
    }
    m_refusalCounts.clear();
    auto* set = new QBarSet(tr("Refused"));
    QStringList names;
    qint64 highest = 0;
    const QList<core::ReasonCount> counts = m_review.denialsByReason(filter);
    for (auto it = counts.crbegin(); it != counts.crend(); ++it) { // most at the top
        names << reasonText(it->reason);
        *set << double(it->count);
        m_refusalCounts.insert(reasonText(it->reason), it->count);
        highest = qMax(highest, it->count);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto* reasons = new QBarCategoryAxis;
    reasons->append(names);
    auto* count = new QValueAxis;
    count->setRange(0, qMax<qint64>(highest, 1));
    count->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(reasons, Qt::AlignLeft);
    chart->addAxis(count, Qt::AlignBottom);
    series->attachAxis(reasons);
    series->attachAxis(count);
    chart->legend()->hide();
    chart->setTitle(tr("Refused crossings by reason"));
}

void ReviewCharts::updateInside()
{
    m_inside->clear();
    const core::InsideNow now = m_review.insideNow();
    for (const core::AreaCount& a : now.areas) {
        const QString area = a.courtyard == 0 ? tr("Main area") : tr("Courtyard %1").arg(a.courtyard);
        m_inside->addItem(tr("%1: %2 people, %3 vehicles").arg(area).arg(a.people).arg(a.vehicles));
    }
    if (now.areas.isEmpty())
        m_inside->addItem(tr("Nobody is counted inside."));
    m_caveat->setText(
        now.oldestStationContactUtc.isValid()
            ? tr("Counted from the crossings this station holds. Station %1 last synced %2: its crossings "
                 "since "
                 "are not in these numbers.")
                  .arg(now.oldestStation, now.oldestStationContactUtc.toTimeZone(m_zone).toString(
                                              QStringLiteral("yyyy-MM-dd HH:mm")))
            : tr("Counted from the crossings this station holds; crossings at stations that have not synced "
                 "are "
                 "missing."));
}

void ReviewCharts::updateAnomalies(const core::CrossingFilter& filter)
{
    m_anomalies->clear();
    for (const core::Anomaly& a : m_review.anomalies(filter)) {
        QString line = QStringLiteral("%1  %2  %3  %4")
                           .arg(a.row.atUtc.toTimeZone(m_zone).toString(QStringLiteral("MM-dd HH:mm")),
                                anomalyName(a.kind), gateName(a.row.gate), a.row.passSerial);
        if (a.other)
            line += QStringLiteral("  ↔ %1 %2")
                        .arg(gateName(a.other->gate),
                             a.other->atUtc.toTimeZone(m_zone).toString(QStringLiteral("HH:mm")));
        if (!a.row.note.isEmpty())
            line += QStringLiteral("  ") + a.row.note;
        m_anomalies->addItem(line);
    }
    if (m_anomalies->count() == 0)
        m_anomalies->addItem(tr("Nothing unusual."));
}

QMap<QString, QList<QPointF>> ReviewCharts::hourlySeries() const
{
    QMap<QString, QList<QPointF>> out;
    for (QAbstractSeries* s : m_hourly->chart()->series())
        if (auto* line = qobject_cast<QLineSeries*>(s))
            out.insert(line->name(), line->points());
    return out;
}

QMap<QString, qint64> ReviewCharts::refusals() const
{
    return m_refusalCounts;
}

QStringList ReviewCharts::insideLines() const
{
    QStringList out;
    for (int i = 0; i < m_inside->count(); ++i)
        out << m_inside->item(i)->text();
    if (!m_caveat->text().isEmpty())
        out << m_caveat->text();
    return out;
}

QStringList ReviewCharts::anomalyLines() const
{
    QStringList out;
    for (int i = 0; i < m_anomalies->count(); ++i)
        out << m_anomalies->item(i)->text();
    return out;
}

} // namespace gatepost::gui
