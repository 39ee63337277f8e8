#include "OfficeTableModel.h"

#include <QColor>

namespace gatepost::gui::office {

OfficeTableModel::OfficeTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void OfficeTableModel::setHeaders(const QStringList& headers)
{
    if (headers.size() != m_headers.size()) {
        beginResetModel();
        m_headers = headers;
        endResetModel();
        return;
    }
    m_headers = headers;
    if (!headers.isEmpty())
        emit headerDataChanged(Qt::Horizontal, 0, static_cast<int>(headers.size()) - 1);
}

void OfficeTableModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QVariant OfficeTableModel::key(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).key : QVariant();
}

int OfficeTableModel::rowOf(const QVariant& key) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).key == key)
            return i;
    return -1;
}

int OfficeTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OfficeTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_headers.size());
}

QVariant OfficeTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return index.column() < row.cells.size() ? row.cells.at(index.column()) : QString();
    if (role == Qt::BackgroundRole && row.background.isValid())
        return row.background;
    return {};
}

QVariant OfficeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section < m_headers.size() ? m_headers.at(section) : QVariant();
    return section + 1;
}

} // namespace gatepost::gui::office
