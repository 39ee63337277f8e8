#pragma once

#include "scan/Frame.h"
#include "scan/ScanPipeline.h"

#include <QString>

namespace gatepost::scan {

/// Camera health as pure logic: the capture thread reports what happened (open failed, a
/// frame with this hash arrived, a read failed), a watchdog calls tick(), and this class
/// decides the CameraState, the plain detail sentence and when to try opening again.
/// Every call takes the time (monotonic ms) from the caller, so tests use synthetic instants.
/// Not thread-safe: ScanPipeline guards it with a mutex.
///
///  - stalled: open, but no new frame for stallTimeoutMs;
///  - frozen:  frozenFrames identical frames in a row (only when detectFrozen: a real sensor
///             is never bit-identical, but an image folder of copies of one JPEG is);
///  - lost:    open or read failed. The source is reopened after a backoff that starts at
///             reopenMinMs and doubles up to reopenMaxMs per failure in a row; a frame that
///             shows the camera healthy again resets it. Frozen counts as a failure too.
class CameraHealth final
{
public:
    struct Options
    {
        int stallTimeoutMs = 2000;
        int frozenFrames = 30;
        int reopenMinMs = 500;
        int reopenMaxMs = 8000;
        bool detectFrozen = true; // devices only
    };

    explicit CameraHealth(const Options& options);
    CameraHealth();

    // Events. Each returns true when state() or detail() changed.
    bool opening(const QString& detail);                  // first attempt, before any fault
    bool opened(qint64 nowMs);                            // the stall timer starts now
    bool openFailed(qint64 nowMs, const QString& detail); // -> Lost, reopen after backoff
    bool readFailed(qint64 nowMs, const QString& detail); // -> Lost, reopen after backoff
    bool frame(qint64 nowMs, quint64 hash);               // -> Live, or Frozen
    bool tick(qint64 nowMs);                              // -> Stalled when frames stopped
    bool stopped(const QString& detail);                  // -> Stopped, nothing more to do

    CameraState state() const { return m_state; }
    QString detail() const { return m_detail; }

    /// True once after the camera was found frozen: the caller should close the source and
    /// open it again at reopenAtMs().
    bool takeReopenRequest();
    /// When the next open attempt is due (after a failure); 0 = at once.
    qint64 reopenAtMs() const { return m_reopenAtMs; }
    /// The delay chosen for the last failure (0 before any), and failures in a row.
    int lastBackoffMs() const { return m_lastBackoffMs; }
    int failuresInARow() const { return m_failures; }
    /// The backoff after the n-th failure in a row (n >= 1): min * 2^(n-1), capped at max.
    int backoffForFailure(int n) const;

    /// A cheap fingerprint of a frame (FNV-1a over a grid of about 4,000 pixels plus the
    /// size), to tell a repeated picture from a new one.
    static quint64 hashFrame(const Frame& frame);

private:
    bool set(CameraState state, const QString& detail);
    void fail(qint64 nowMs);

    Options m_options;
    CameraState m_state = CameraState::Stopped;
    QString m_detail;
    bool m_open = false;
    qint64 m_lastFrameMs = 0;
    bool m_hasHash = false;
    quint64 m_lastHash = 0;
    int m_identicalRun = 0;
    int m_failures = 0;
    int m_lastBackoffMs = 0;
    qint64 m_reopenAtMs = 0;
    bool m_reopenRequested = false;
};

} // namespace gatepost::scan
