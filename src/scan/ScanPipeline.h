#pragma once

// The camera half of the gate station: a frame source on a worker thread, a decoder that
// always takes the newest frame (dropping frames while it is busy, so a slow frame never
// queues), camera health (live / lost / stalled / frozen, reopened with backoff), and
// de-duplication of repeated reads (a pass held in front of the camera for 30 s is ONE read).
//
// Threads: ScanPipeline lives on the thread that created it (the GUI thread) and emits all
// of its signals there (queued from its worker threads). Frame capture runs on one worker
// thread, decoding on another (both plain std::threads):
//
//   capture thread:  FrameSource::read (may block on a stalled camera) -> pacing -> health
//                    (CameraHealth, under a mutex) -> the "latest frame" slot (one Frame, not
//                    a queue: a frame the decoder has not taken yet is replaced and counted as
//                    dropped) -> a downscaled preview every previewEveryMs
//   decoder thread:  takes the newest frame from the slot -> QrDecoder (default options; its
//                    deep passes only while no newer frame is in the slot, and on an
//                    unchanged scene only every few frames: DeepPassPacer) ->
//                    posts each text found (a "sighting") to the pipeline's thread
//   pipeline thread: ReadDeduplicator -> codeRead; a 250 ms watchdog timer calls
//                    CameraHealth::tick, so a read blocked inside the driver still shows up
//                    as Stalled; stateChanged whenever the health state or detail changed.
//
// Stopping never waits for a blocked read: stop() raises a flag, wakes every wait, and joins
// each thread that finishes within 700 ms. A thread still blocked inside the driver after
// that (a V4L2 read blocks up to OPENCV_VIDEOIO_V4L_SELECT_TIMEOUT, set to 2 s) is detached:
// it owns its state through a shared pointer, posts nothing once abandoned, and exits when
// the read returns.
//
// Times: capturedMs/decodedMs come from ScanPipeline::monotonicMs(), std::chrono::
// steady_clock in ms (CLOCK_MONOTONIC on Linux, the clock QElapsedTimer uses), not the wall
// clock: a clock change at the gate cannot break the de-duplication or the timings.

#include "scan/DeepPassPacer.h"
#include "scan/Frame.h"
#include "scan/QrDecoder.h"

#include <QImage>
#include <QObject>
#include <QString>

#include <memory>

namespace gatepost::scan {

/// Where frames come from. Parsed from the `--camera SOURCE` text:
///   "0", "1" ...                 a camera by index (V4L2)
///   "/dev/video0", "/dev/v4l/by-id/..."   a camera by device path
///   "clip.avi", "clip.mp4"       a video file, paced at its own fps and looped
///   "frames/" (a directory)      an image folder, files in name order, paced at `fps`, looped
struct SourceSpec
{
    enum class Kind { Device, VideoFile, ImageFolder };
    Kind kind = Kind::Device;
    QString location; // device path / file / folder; empty for an index
    int index = -1;   // camera index for Kind::Device without a path
    int width = 0;    // requested resolution (0 = source default)
    int height = 0;
    double fps = 15.0; // pacing of files and folders (a device runs at its own rate)
    bool loop = true;  // files and folders start again at the end; if not: Stopped, "end of clip"

    /// Parses a --camera argument: digits -> Device index; a path under /dev -> Device path
    /// (need not exist yet: it is retried); an existing directory -> ImageFolder; an existing
    /// file -> VideoFile (absolute paths). Anything else returns false with "camera source not
    /// found: X" in @p error (may be null). Width, height, fps and loop keep their defaults.
    static bool parse(const QString& text, SourceSpec* out, QString* error);
    /// "camera 0", "camera /dev/video0", "video file /x/clip.avi", "image folder /x/frames".
    QString describe() const; // for the status strip and logs
};

enum class CameraState {
    Stopped, // not started
    Opening, // trying to open (first time or after a fault, with backoff)
    Live,    // frames arriving and changing
    Lost,    // cannot be opened or read fails (unplugged)
    Stalled, // open, but no new frame for 2 s
    Frozen,  // frames arrive but are identical (a dead driver repeating the last frame)
};
QString toString(CameraState s); // "live", "lost", ... (stable names for logs and tests)

/// Timing of one read, for the scan-to-verdict benchmark.
struct ReadTiming
{
    qint64 frameSequence = 0;
    qint64 capturedMs = 0; // when the frame was captured
    qint64 decodedMs = 0;  // when the decoder finished it
    double decodeMs = 0;
};

class ScanPipeline final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int stallTimeoutMs = 2000; // no new frame for this long -> Stalled
        int frozenFrames = 30;     // this many identical frames in a row -> Frozen
        int reopenMinMs = 500;     // reopen backoff starts here ...
        int reopenMaxMs = 8000;    // ... doubles up to here
        int repeatHoldMs = 3000;   // the same text is one read while it keeps being seen with gaps below this
        int previewEveryMs = 100;  // how often framePreview is emitted (0 = never)
        QrDecoder::Options decoder; // the production passes; benchmarks compare others
        bool paceDeepPasses = true; // the deep tier on changed scenes, and on others now and then
        DeepPassPacer::Options deepPacer;
    };

    /// Counters of the current run (since start()), for tests, benchmarks and the log.
    struct Stats
    {
        qint64 framesCaptured = 0; // frames the source delivered
        qint64 framesDecoded = 0;  // frames the decoder looked at
        qint64 framesDropped = 0;  // frames replaced in the slot before the decoder took them
        qint64 sightings = 0;      // decoded frames with a QR text (before de-duplication)
        qint64 reads = 0;          // codeRead emitted
        int openAttempts = 0;      // tries to open the source (the first one and each reopen)
    };

    explicit ScanPipeline(QObject* parent = nullptr);
    ScanPipeline(const Options& options, QObject* parent = nullptr);
    ~ScanPipeline() override; // stops and joins the worker threads

    /// Starts (or restarts) capturing from @p source. Returns at once; state changes follow.
    void start(const SourceSpec& source);
    /// Stops capturing (returns within about 0.7 s even when a read is blocked) and emits
    /// stateChanged(Stopped, ...) if the state was something else.
    void stop();
    CameraState state() const;
    SourceSpec source() const;

    /// Forget the last read, so the same pass shown again right away counts as a new read
    /// (after the volunteer dismissed the verdict, for instance).
    void resetRepeat();

    Stats stats() const;
    const Options& options() const;
    /// The clock of Frame::capturedMs and ReadTiming: steady_clock milliseconds.
    static qint64 monotonicMs();

signals:
    /// A new, de-duplicated QR text (any content; the core judges it).
    void codeRead(const QString& text, const gatepost::scan::ReadTiming& timing);
    /// Camera health changed; detail is a plain sentence for the banner ("no new frame for
    /// 2 s", "camera /dev/video0 cannot be opened", "the camera repeats the same picture",
    /// "end of clip" with Stopped when a file or folder with loop == false ends). Empty for Live.
    void stateChanged(gatepost::scan::CameraState state, const QString& detail);
    /// A downscaled copy of a recent frame for a small live preview.
    void framePreview(const QImage& image);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gatepost::scan

Q_DECLARE_METATYPE(gatepost::scan::ReadTiming)
Q_DECLARE_METATYPE(gatepost::scan::CameraState)
