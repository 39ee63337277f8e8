#include "scan/CameraHealth.h"

#include <QCoreApplication>

#include <algorithm>

namespace gatepost::scan {

CameraHealth::CameraHealth(const Options& options)
    : m_options(options)
{
}

CameraHealth::CameraHealth()
    : CameraHealth(Options{})
{
}

bool CameraHealth::set(CameraState state, const QString& detail)
{
    if (state == m_state && detail == m_detail)
        return false;
    m_state = state;
    m_detail = detail;
    return true;
}

int CameraHealth::backoffForFailure(int n) const
{
    qint64 ms = std::max(1, m_options.reopenMinMs);
    for (int i = 1; i < n && ms < m_options.reopenMaxMs; ++i)
        ms *= 2;
    return int(std::min<qint64>(ms, std::max(m_options.reopenMinMs, m_options.reopenMaxMs)));
}

void CameraHealth::fail(qint64 nowMs)
{
    m_open = false;
    ++m_failures;
    m_lastBackoffMs = backoffForFailure(m_failures);
    m_reopenAtMs = nowMs + m_lastBackoffMs;
}

bool CameraHealth::opening(const QString& detail)
{
    m_open = false;
    m_failures = 0;
    m_reopenAtMs = 0;
    m_hasHash = false;
    m_identicalRun = 0;
    m_reopenRequested = false;
    return set(CameraState::Opening, detail);
}

bool CameraHealth::opened(qint64 nowMs)
{
    // The state stays as it is (Opening, or the fault) until a frame shows the camera works.
    m_open = true;
    m_lastFrameMs = nowMs;
    m_identicalRun = 0;
    return false;
}

bool CameraHealth::openFailed(qint64 nowMs, const QString& detail)
{
    fail(nowMs);
    return set(CameraState::Lost, detail);
}

bool CameraHealth::readFailed(qint64 nowMs, const QString& detail)
{
    fail(nowMs);
    return set(CameraState::Lost, detail);
}

bool CameraHealth::frame(qint64 nowMs, quint64 hash)
{
    m_lastFrameMs = nowMs;
    if (!m_options.detectFrozen) {
        m_failures = 0;
        return set(CameraState::Live, QString());
    }
    const bool same = m_hasHash && hash == m_lastHash;
    m_hasHash = true;
    m_lastHash = hash;
    m_identicalRun = same ? m_identicalRun + 1 : 1;

    if (m_state == CameraState::Frozen && same) {
        // Still the same picture, even after a reopen: try again after a longer backoff.
        if (m_identicalRun >= m_options.frozenFrames) {
            m_identicalRun = 0;
            fail(nowMs);
            m_reopenRequested = true;
        }
        return false;
    }
    if (m_identicalRun >= std::max(2, m_options.frozenFrames)) {
        m_identicalRun = 0;
        fail(nowMs);
        m_reopenRequested = true;
        return set(CameraState::Frozen, QCoreApplication::translate("gatepost::scan::CameraHealth",
                                                                    "the camera repeats the same picture"));
    }
    m_failures = 0;
    return set(CameraState::Live, QString());
}

bool CameraHealth::tick(qint64 nowMs)
{
    if (!m_open || m_state == CameraState::Stopped || m_state == CameraState::Stalled)
        return false;
    if (nowMs - m_lastFrameMs < m_options.stallTimeoutMs)
        return false;
    const double seconds = m_options.stallTimeoutMs / 1000.0;
    return set(CameraState::Stalled,
               QCoreApplication::translate("gatepost::scan::CameraHealth", "no new frame for %1 s")
                   .arg(seconds, 0, 'g', 3));
}

bool CameraHealth::stopped(const QString& detail)
{
    m_open = false;
    m_reopenRequested = false;
    return set(CameraState::Stopped, detail);
}

bool CameraHealth::takeReopenRequest()
{
    const bool r = m_reopenRequested;
    m_reopenRequested = false;
    if (r)
        m_open = false;
    return r;
}

quint64 CameraHealth::hashFrame(const Frame& frame)
{
    if (frame.isNull())
        return 0;
    constexpr quint64 kPrime = 1099511628211ULL;
    quint64 h = 14695981039346656037ULL;
    const auto mix = [&h](quint64 v) {
        h ^= v;
        h *= kPrime;
    };
    mix(quint64(frame.width));
    mix(quint64(frame.height));
    // About 64 x 64 samples, offset per row so a grid-aligned pattern cannot hide changes.
    const int stepY = std::max(1, frame.height / 64);
    const int stepX = std::max(1, frame.width / 64);
    const auto* px = reinterpret_cast<const uchar*>(frame.gray.constData());
    for (int y = 0, row = 0; y < frame.height; y += stepY, ++row) {
        const uchar* line = px + qsizetype(y) * frame.stride;
        for (int x = row % stepX; x < frame.width; x += stepX)
            mix(line[x]);
    }
    return h;
}

} // namespace gatepost::scan
