#pragma once

// The rows an office table shows: plain texts computed by the page from the core's answer
// (masked numbers stay masked here), one key per row (a person id, a serial) that the page
// acts on. The page owns the headers' words, so they follow the language switch.

#include <QAbstractTableModel>
#include <QColor>
#include <QStringList>
#include <QVariant>

namespace gatepost::gui::office {

class OfficeTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Row
    {
        QVariant key; // what the page acts on: an id or a serial
        QStringList cells;
        QColor background; // invalid = the table's own
    };

    explicit OfficeTableModel(QObject* parent = nullptr);

    void setHeaders(const QStringList& headers);
    void setRows(QList<Row> rows);
    const QList<Row>& rows() const { return m_rows; }
    /// The key of @p row; invalid when out of range.
    QVariant key(int row) const;
    /// The row holding @p key, or -1.
    int rowOf(const QVariant& key) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<Row> m_rows;
};

} // namespace gatepost::gui::office
