#include "scan/DeepPassPacer.h"

#include <algorithm>
#include <cstdlib>

namespace gatepost::scan {

DeepPassPacer::DeepPassPacer() = default;

DeepPassPacer::DeepPassPacer(const Options& options)
    : m_options(options)
{
}

DeepPassPacer::Signature DeepPassPacer::signature(const Frame& frame)
{
    Signature out{};
    if (frame.isNull())
        return out;
    std::array<std::uint32_t, kGridW * kGridH> sum{};
    std::array<std::uint32_t, kGridW * kGridH> count{};
    const auto* px = reinterpret_cast<const uchar*>(frame.gray.constData());
    for (int y = 0; y < frame.height; y += 4) {
        const int gy = std::min(kGridH - 1, y * kGridH / frame.height);
        const uchar* row = px + qsizetype(y) * frame.stride;
        for (int x = 0; x < frame.width; x += 4) {
            const auto cell = std::size_t(gy * kGridW + std::min(kGridW - 1, x * kGridW / frame.width));
            sum[cell] += row[x];
            ++count[cell];
        }
    }
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = count[i] ? std::uint8_t((sum[i] + count[i] / 2) / count[i]) : 0;
    return out;
}

bool DeepPassPacer::admit(const Frame& frame)
{
    const Signature now = signature(frame);
    ++m_sinceAdmitted;
    bool changed = !m_haveLast;
    for (std::size_t i = 0; !changed && i < now.size(); ++i)
        changed = std::abs(int(now[i]) - int(m_last[i])) > m_options.blockChange;
    if (!changed && m_sinceAdmitted < m_options.staticEvery)
        return false;
    m_last = now;
    m_haveLast = true;
    m_sinceAdmitted = 0;
    return true;
}

} // namespace gatepost::scan
