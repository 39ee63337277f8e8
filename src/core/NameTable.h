#pragma once

// Stable snake_case names of the core's enums (log rows, JSON, CLI, audit): one table per enum,
// looked up both ways by these helpers, so each name is written once.

#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <utility>

namespace gatepost::core {

template<typename E, std::size_t N> using NameTable = std::array<std::pair<E, const char*>, N>;

template<typename E, std::size_t N> QString nameOf(const NameTable<E, N>& table, E value)
{
    for (const auto& [e, name] : table) {
        if (e == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename E, std::size_t N> std::optional<E> valueOf(const NameTable<E, N>& table, QStringView s)
{
    for (const auto& [e, name] : table) {
        if (s == QLatin1StringView(name))
            return e;
    }
    return std::nullopt;
}

template<typename E, std::size_t N> QList<E> valuesOf(const NameTable<E, N>& table)
{
    QList<E> out;
    for (const auto& entry : table)
        out.append(entry.first);
    return out;
}

} // namespace gatepost::core
