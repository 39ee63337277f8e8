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

// Window sums of every pixel over a box x box square, edges replicated, one output row at a time:
// @p visitRow(y, pixels of row y, sums of row y). Column sums over the rows in reach slide down by
// adding the row that enters and subtracting the row that leaves; each row's window sums are then
// differences of a prefix sum over those column sums. Only the prefix is a serial loop; the rest,
// and the caller's loop over a row, is plain array arithmetic the compiler vectorises.
template<typename VisitRow> void boxSums(const Frame& f, int box, VisitRow visitRow)
{
    const int r = box / 2;
    const int w = f.width, h = f.height;
    const uchar* in = pixels(f);
    const auto rowAt = [&](int y) {
        return in + qsizetype(std::clamp(y, 0, h - 1)) * f.stride;
    };
    std::vector<std::uint32_t> col(std::size_t(w), 0);
    for (int y = -r; y <= r; ++y) {
        const uchar* row = rowAt(y);
        for (int x = 0; x < w; ++x)
            col[std::size_t(x)] += row[x];
    }
    // prefix[i] = sum of the column sums at x = -r .. i - r - 1 (x clamped into the frame).
    std::vector<std::uint32_t> prefix(std::size_t(w + 2 * r + 1));
    std::vector<std::uint32_t> sums(static_cast<std::size_t>(w));
    for (int y = 0; y < h; ++y) {
        std::uint32_t acc = 0;
        prefix[0] = 0;
        for (int i = 0; i < w + 2 * r; ++i) {
            acc += col[std::size_t(std::clamp(i - r, 0, w - 1))];
            prefix[std::size_t(i + 1)] = acc;
        }
        for (int x = 0; x < w; ++x)
            sums[std::size_t(x)] = prefix[std::size_t(x + 2 * r + 1)] - prefix[std::size_t(x)];
        visitRow(y, rowAt(y), sums.data());
        const uchar* enter = rowAt(y + r + 1);
        const uchar* leave = rowAt(y - r);
        for (int x = 0; x < w; ++x)
            col[std::size_t(x)] += std::uint32_t(enter[x]) - std::uint32_t(leave[x]);
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
    const auto area = std::uint32_t(block) * std::uint32_t(block);
    const auto bias = std::uint32_t(offset) * area;
    boxSums(f, block, [&](int y, const uchar* row, const std::uint32_t* sums) {
        uchar* dst = o + qsizetype(y) * out.stride;
        // v > mean - offset, in integers: v * area + offset * area > sum
        for (int x = 0; x < f.width; ++x)
            dst[x] = std::uint32_t(row[x]) * area + bias > sums[x] ? 255 : 0;
    });
    return out;
}

Frame sharpened(const Frame& f, int box, int amountPercent)
{
    Frame out = blank(f.width, f.height);
    auto* o = reinterpret_cast<uchar*>(out.gray.data());
    // The mean as a fixed-point product (16 fraction bits) instead of a division per pixel, the
    // amount in 1/256ths: the row loop stays integer multiplies the compiler vectorises.
    const auto area = std::uint32_t(box) * std::uint32_t(box);
    const auto reciprocal = std::int32_t((65536 + area / 2) / area);
    const std::int32_t amount = amountPercent * 256 / 100;
    boxSums(f, box, [&](int y, const uchar* row, const std::uint32_t* sums) {
        uchar* dst = o + qsizetype(y) * out.stride;
        for (int x = 0; x < f.width; ++x) {
            const std::int32_t v = row[x];
            const std::int32_t mean = (std::int32_t(sums[x]) * reciprocal + 32768) >> 16;
            dst[x] = uchar(std::clamp(v + (((v - mean) * amount) >> 8), 0, 255));
        }
    });
    return out;
}

} // namespace gatepost::scan::filters
