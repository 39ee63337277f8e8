#pragma once

// The crossing log as a table that stays responsive over millions of rows: it holds only the
// pages the view has scrolled to (core::CrossingReview::page, keyset paging), fetches the next
// page when the view reaches the end (canFetchMore / fetchMore), and sorts by time (newest or
// oldest first) by asking the core again, never by sorting what it holds.

#include "core/CrossingReview.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace gatepost::gui {

class CrossingTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Time,
        Gate,
        Direction,
        Kind,
        Serial,
        Verdict,
        Reasons,
        Operator,
        Temperature,
        Note,
        ColumnCount
    };
    static constexpr int kPageSize = 200;

    CrossingTableModel(core::CrossingReview& review, QTimeZone zone, QObject* parent = nullptr);

    /// Shows the rows of @p filter from the start (one page, and the total count).
    void setFilter(const core::CrossingFilter& filter);
    const core::CrossingFilter& filter() const { return m_filter; }
    /// Rows matching the filter in the whole log (not only those fetched).
    qint64 totalCount() const { return m_total; }
    core::ReviewOrder order() const { return m_order; }
    /// The row at @p row of the view.
    const core::CrossingEntry& entry(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    /// Only the time column sorts (the log's own order); other columns are filters.
    void sort(int column, Qt::SortOrder order) override;

private:
    void reload();

    core::CrossingReview& m_review;
    QTimeZone m_zone;
    core::CrossingFilter m_filter;
    core::ReviewOrder m_order = core::ReviewOrder::NewestFirst;
    QList<core::CrossingEntry> m_rows;
    core::ReviewCursor m_cursor;
    bool m_atEnd = true;
    qint64 m_total = 0;
};

} // namespace gatepost::gui
