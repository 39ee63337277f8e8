#include "scan/FrameFilters.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

namespace gatepost::scan::filters {

namespace {

const uchar* pixels(const Frame& f)
{
    return reinterpret_cast<const uchar*>(f.gray.constData());
}

Frame blank(int width, int height)
{
    Frame out;
    out.width = width;
    out.height = height;
    out.stride = width;
    out.gray.resize(qsizetype(width) * height);
    return out;
}

// Sums over a box x box window of every pixel, edges replicated: a row of running sums per
// output row, then a running sum down each column. Calls @p visit(x, y, value, sum).
template<typename Visit> void boxSums(const Frame& f, int box, Visit visit)
{
    const int r = box / 2;
    const int w = f.width, h = f.height;
    const uchar* in = pixels(f);
    // Horizontal window sums of every row (box * 255 fits 32 bits easily).
    std::vector<std::uint32_t> rows(std::size_t(w) * std::size_t(h));
    for (int y = 0; y < h; ++y) {
        const uchar* row = in + qsizetype(y) * f.stride;
        std::uint32_t* out = rows.data() + std::size_t(y) * std::size_t(w);
        std::uint32_t s = 0;
        for (int k = -r; k <= r; ++k)
            s += row[std::clamp(k, 0, w - 1)];
        for (int x = 0; x < w; ++x) {
            out[x] = s;
            s += row[std::min(x + r + 1, w - 1)];
            s -= row[std::max(x - r, 0)];
        }
    }
    // Vertical window sums of those, one running sum per column.
    std::vector<std::uint32_t> col(std::size_t(w), 0);
    for (int k = -r; k <= r; ++k) {
        const std::uint32_t* src = rows.data() + std::size_t(std::clamp(k, 0, h - 1)) * std::size_t(w);
        for (int x = 0; x < w; ++x)
            col[std::size_t(x)] += src[x];
    }
    for (int y = 0; y < h; ++y) {
        const uchar* row = in + qsizetype(y) * f.stride;
        for (int x = 0; x < w; ++x)
            visit(x, y, row[x], col[std::size_t(x)]);
        const std::uint32_t* add = rows.data() + std::size_t(std::min(y + r + 1, h - 1)) * std::size_t(w);
        const std::uint32_t* sub = rows.data() + std::size_t(std::max(y - r, 0)) * std::size_t(w);
        for (int x = 0; x < w; ++x)
            col[std::size_t(x)] += add[x] - sub[x];
    }
}

} // namespace

Frame halved(const Frame& f)
{
    Frame d = blank(f.width / 2, f.height / 2);
    const uchar* in = pixels(f);
    auto* out = reinterpret_cast<uchar*>(d.gray.data());
    for (int y = 0; y < d.height; ++y) {
        const uchar* a = in + qsizetype(2 * y) * f.stride;
        const uchar* b = a + f.stride;
        for (int x = 0; x < d.width; ++x)
            *out++ = uchar((a[2 * x] + a[2 * x + 1] + b[2 * x] + b[2 * x + 1] + 2) / 4);
    }
    return d;
}

Span span(const Frame& f)
{
    std::array<int, 256> hist{};
    int n = 0;
    const uchar* px = pixels(f);
    for (int y = 0; y < f.height; y += 4)
        for (int x = 0; x < f.width; x += 4, ++n)
            ++hist[px[qsizetype(y) * f.stride + x]];
    Span s;
    for (int acc = hist[0]; s.lo < 255 && acc < n / 50;)
        acc += hist[std::size_t(++s.lo)];
    for (int acc = hist[255]; s.hi > 0 && acc < n / 50;)
        acc += hist[std::size_t(--s.hi)];
    return s;
}

std::optional<Frame> stretched(const Frame& f, Span s, bool negate)
{
    if (s.hi <= s.lo)
        return std::nullopt;
    std::array<uchar, 256> lut{};
    for (int v = 0; v < 256; ++v) {
        const int level = std::clamp((v - s.lo) * 255 / s.width(), 0, 255);
        lut[std::size_t(v)] = uchar(negate ? 255 - level : level);
    }
    Frame out = blank(f.width, f.height);
    const uchar* in = pixels(f);
    auto* o = reinterpret_cast<uchar*>(out.gray.data());
    for (int y = 0; y < f.height; ++y) {
        const uchar* row = in + qsizetype(y) * f.stride;
        for (int x = 0; x < f.width; ++x)
            *o++ = lut[row[x]];
    }
    return out;
}

Frame adaptiveThreshold(const Frame& f, int block, int offset)
{
    Frame out = blank(f.width, f.height);
    auto* o = reinterpret_cast<uchar*>(out.gray.data());
    const std::uint32_t area = std::uint32_t(block) * std::uint32_t(block);
    boxSums(f, block, [&](int x, int y, int v, std::uint32_t sum) {
        // v > mean - offset, in integers: v * area + offset * area > sum
        o[qsizetype(y) * out.stride + x] = std::int64_t(v + offset) * area > sum ? 255 : 0;
    });
    return out;
}

Frame sharpened(const Frame& f, int box, int amountPercent)
{
    Frame out = blank(f.width, f.height);
    auto* o = reinterpret_cast<uchar*>(out.gray.data());
    const int area = box * box;
    boxSums(f, box, [&](int x, int y, int v, std::uint32_t sum) {
        const int mean = int((sum + std::uint32_t(area / 2)) / std::uint32_t(area));
        o[qsizetype(y) * out.stride + x] = uchar(std::clamp(v + (v - mean) * amountPercent / 100, 0, 255));
    });
    return out;
}

} // namespace gatepost::scan::filters
