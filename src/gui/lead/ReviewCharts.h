#pragma once

// The counters and charts of the review, for the same filter as its table: crossings per hour
// by gate and direction (Qt Charts), refusals by reason, who is inside now by area (with the
// caveat of stations that have not synced), and the anomalies a lead should look at.
// Only the tab in view is counted: a filter change marks the others stale and each is counted
// when it is shown (on a year of 10 million crossings "inside now" alone takes most of a second).

#include "core/CrossingReview.h"

#include <QTabWidget>
#include <QTimeZone>

#include <array>

class QChartView;
class QLabel;
class QListWidget;

namespace gatepost::gui {

class ReviewCharts final : public QTabWidget
{
    Q_OBJECT

public:
    ReviewCharts(core::CrossingReview& review, QTimeZone zone, QWidget* parent = nullptr);

    /// Recounts the tab in view for @p filter; the others when they are shown.
    void update(const core::CrossingFilter& filter);

    /// What the tabs show, for tests and screenshots: the hourly series (name -> points), the
    /// refusals (reason name -> count), the inside-now lines and the anomaly lines.
    QMap<QString, QList<QPointF>> hourlySeries() const;
    QMap<QString, qint64> refusals() const;
    QStringList insideLines() const;
    QStringList anomalyLines() const;

private:
    void refreshCurrent();
    void updateHourly(const core::CrossingFilter& filter);
    void updateRefusals(const core::CrossingFilter& filter);
    void updateInside();
    void updateAnomalies(const core::CrossingFilter& filter);

    core::CrossingReview& m_review;
    QTimeZone m_zone;
    QChartView* m_hourly = nullptr;
    QChartView* m_refusals = nullptr;
    QListWidget* m_inside = nullptr;
    QLabel* m_caveat = nullptr;
    QListWidget* m_anomalies = nullptr;
    QMap<QString, qint64> m_refusalCounts;
    core::CrossingFilter m_filter;
    std::array<bool, 4> m_stale{}; // per tab: counted for an older filter (or never)
};

} // namespace gatepost::gui
