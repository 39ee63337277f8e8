#include "CrossingTableModel.h"

#include "gui/CategoryNames.h"

#include <QBrush>
#include <QColor>

namespace gatepost::gui {

CrossingTableModel::CrossingTableModel(core::CrossingReview& review, QTimeZone zone, QObject* parent)
    : QAbstractTableModel(parent)
    , m_review(review)
    , m_zone(std::move(zone))
{
}

void CrossingTableModel::setFilter(const core::CrossingFilter& filter)
{
    m_filter = filter;
    reload();
}

void CrossingTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_cursor = {};
    m_atEnd = false;
    m_total = m_review.count(m_filter);
    const core::ReviewPage first = m_review.page(m_filter, m_cursor, kPageSize, m_order);
    m_rows = first.rows;
    m_cursor = first.next;
    m_atEnd = first.atEnd;
    endResetModel();
}

int CrossingTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CrossingTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CrossingTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void CrossingTableModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const core::ReviewPage next = m_review.page(m_filter, m_cursor, kPageSize, m_order);
    m_atEnd = next.atEnd;
    if (next.rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + next.rows.size() - 1));
    m_rows += next.rows;
    m_cursor = next.next;
    endInsertRows();
}

void CrossingTableModel::sort(int column, Qt::SortOrder order)
{
    if (column != Time)
        return;
    const core::ReviewOrder wanted =
        order == Qt::AscendingOrder ? core::ReviewOrder::OldestFirst : core::ReviewOrder::NewestFirst;
    if (wanted == m_order && !m_rows.isEmpty())
        return;
    m_order = wanted;
    reload();
}

QVariant CrossingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Gate:
        return tr("Gate");
    case Direction:
        return tr("Direction");
    case Kind:
        return tr("Entry");
    case Serial:
        return tr("Pass");
    case Verdict:
        return tr("Verdict");
    case Reasons:
        return tr("Reasons");
    case Operator:
        return tr("Volunteer");
    case Temperature:
        return tr("°C");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

namespace {

QString kindName(core::EntryKind k)
{
    switch (k) {
    case core::EntryKind::Scan:
        return CrossingTableModel::tr("Scan");
    case core::EntryKind::Manual:
        return CrossingTableModel::tr("Manual");
    case core::EntryKind::Visitor:
        return CrossingTableModel::tr("Visitor");
    case core::EntryKind::Decision:
        return CrossingTableModel::tr("Decision");
    case core::EntryKind::Incident:
        return CrossingTableModel::tr("Incident");
    }
    return {};
}

QString verdictName(const core::CrossingEntry& e)
{
    if (e.kind == core::EntryKind::Decision)
        return e.letThrough.value_or(false) ? CrossingTableModel::tr("Let through")
                                            : CrossingTableModel::tr("Refused");
    switch (e.verdict) {
    case core::Verdict::Allow:
        return CrossingTableModel::tr("Green");
    case core::Verdict::Deny:
        return CrossingTableModel::tr("Red");
    case core::Verdict::Check:
        return CrossingTableModel::tr("Amber");
    }
    return {};
}

} // namespace

QVariant CrossingTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const core::CrossingEntry& e = m_rows.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == Verdict && e.kind != core::EntryKind::Decision) {
        if (e.verdict == core::Verdict::Deny)
            return QBrush(QColor(0xb7, 0x1c, 0x1c));
        if (e.verdict == core::Verdict::Check)
            return QBrush(QColor(0x9a, 0x67, 0x00));
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() == Temperature)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return e.atUtc.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Gate:
        return gateName(e.gate);
    case Direction:
        return e.direction == core::Direction::In ? tr("In") : tr("Out");
    case Kind:
        return kindName(e.kind);
    case Serial:
        return e.passSerial;
    case Verdict:
        return verdictName(e);
    case Reasons: {
        QStringList names;
        for (core::Reason r : e.reasons)
            names << reasonText(r);
        if (!e.overrideReason.isEmpty()) {
            const auto o = core::overrideReasonFromString(e.overrideReason);
            names << (o ? overrideReasonName(*o) : e.overrideReason);
        }
        return names.join(QStringLiteral("、"));
    }
    case Operator:
        return e.operatorName;
    case Temperature:
        return e.temperature ? QString::number(*e.temperature, 'f', 1) : QString();
    case Note:
        return e.note;
    default:
        return {};
    }
}

} // namespace gatepost::gui
