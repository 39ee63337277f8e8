#pragma once

// The shift lead's review of the crossing log: filters (period, shift, gate, direction, verdict,
// reason, category, volunteer, and a search by serial, name, plate or household), a table that
// fetches pages as it scrolls, the count of matching rows, the charts and anomalies of the same
// filter (ReviewCharts), the history of one pass, and the export of the filtered rows as CSV or
// as a PDF of the filtered view.
// The core filters and counts (core::CrossingReview); this page shows what it returns.

#include "core/AuditTrail.h"
#include "core/Types.h"

#include <QWidget>

#include <memory>

namespace gatepost::core {
class Clock;
class Database;
class Registry;
struct CrossingFilter;
} // namespace gatepost::core

namespace gatepost::gui {

class CrossingTableModel;

/// What the review works with: the station's file, its registry (policy, roster), who looks.
struct ReviewServices
{
    core::Database& db;
    core::Registry& registry;
    const core::Clock& clock;
    core::Actor actor;
    core::Role role = core::Role::ShiftLead;
};

class ReviewPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPage(ReviewServices services, QWidget* parent = nullptr);
    ~ReviewPage() override;

    /// The filter the widgets describe now.
    core::CrossingFilter filter() const;
    CrossingTableModel& model();
    /// Shows the rows of shift @p shiftId ("YYYY-MM-DD/N").
    void showShift(const QString& shiftId);
    /// Writes the filtered rows as CSV to @p path (an audit row); false with a message on the page.
    bool exportCsv(const QString& path);
    /// The first kPdfRows rows of the filtered view, in the table's order, as an A4 PDF with the
    /// filter written above the table (an audit row); false with a message on the page.
    bool exportPdf(const QString& path);
    static constexpr int kPdfRows = 5000;
    /// Every crossing of the pass of the selected row (or of @p serial), newest first, in a dialog.
    void showHistory(const QString& serial);

signals:
    /// After every refresh of the table: the rows matching the filter.
    void refreshed(qint64 total);

private:
    void refresh();
    void setPeriod(const QDateTime& fromUtc, const QDateTime& toUtc);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gatepost::gui
