#pragma once

// JSON shapes of the CLI's output. Field names are snake_case and stable: scripts use them.

#include "core/CrossingLog.h"
#include "core/Rules.h"
#include "core/Types.h"

#include <QJsonArray>
#include <QJsonObject>

namespace gatepost::cli::json {

QJsonObject holder(const core::HolderInfo& h);
QJsonObject pass(const core::Pass& p, const std::optional<core::HolderInfo>& holder);
QJsonObject decision(const core::Decision& d);
QJsonObject crossing(const core::CrossingEntry& e);
QJsonArray reasons(const QList<core::Reason>& reasons);
template<typename K> QJsonObject countsBy(const QMap<K, qint64>& counts)
{
    QJsonObject o;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        o.insert(core::toString(it.key()), it.value());
    return o;
}
QString isoUtc(const QDateTime& t);

} // namespace gatepost::cli::json
