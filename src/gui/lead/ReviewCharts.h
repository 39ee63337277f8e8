#pragma once

// The counters and charts of the review, for the same filter as its table: crossings per hour
// by gate and direction (Qt Charts), refusals by reason, who is inside now by area (with the
// caveat of stations that have not synced), and the anomalies a lead should look at.

#include <QTabWidget>
#include <QTimeZone>

namespace gatepost::core {
class CrossingReview;
struct CrossingFilter;
} // namespace gatepost::core

class QChartView;
class QLabel;
class QListWidget;

namespace gatepost::gui {

class ReviewCharts final : public QTabWidget
{
    Q_OBJECT

public:
    ReviewCharts(core::CrossingReview& review, QTimeZone zone, QWidget* parent = nullptr);

    /// Recounts everything for @p filter.
    void update(const core::CrossingFilter& filter);

    /// What the tabs show, for tests and screenshots: the hourly series (name -> points), the
    /// refusals (reason name -> count), the inside-now lines and the anomaly lines.
    QMap<QString, QList<QPointF>> hourlySeries() const;
    QMap<QString, qint64> refusals() const;
    QStringList insideLines() const;
    QStringList anomalyLines() const;

private:
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
};

} // namespace gatepost::gui
