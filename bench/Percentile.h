#pragma once

// Nearest-rank percentile for the benchmarks that print per-frame or per-card times.

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <vector>

/// The value at @p fraction (0-1) of @p v by nearest rank; NaN for no values.
inline double percentile(std::vector<double> v, double fraction)
{
    if (v.empty())
        return std::nan("");
    std::sort(v.begin(), v.end());
    const auto rank = std::size_t(std::ceil(fraction * double(v.size())));
    return v[std::clamp<std::size_t>(rank, 1, v.size()) - 1];
}
