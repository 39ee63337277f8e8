#pragma once

// The camera half of the gate station: a frame source on a worker thread, a decoder that
// always takes the newest frame (dropping frames while it is busy, so a slow frame never
// queues), camera health (live / lost / stalled / frozen, reopened with backoff), and
// de-duplication of repeated reads (a pass held in front of the camera for 30 s is ONE read).
//
// Threads: ScanPipeline lives on the thread that created it (the GUI thread) and emits all
// of its signals there (queued from its worker threads). Frame capture runs on one worker
// thread, decoding on another.

#include "scan/Frame.h"

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
    QString location;     // device path / file / folder; empty for an index
    int index = -1;       // camera index for Kind::Device without a path
    int width = 0;        // requested resolution (0 = source default)
    int height = 0;
    double fps = 15.0;    // pacing of files and folders (a device runs at its own rate)
    bool loop = true;     // files and folders start again at the end

    /// Parses a --camera argument; returns false with a plain message on nonsense.
    static bool parse(const QString& text, SourceSpec* out, QString* error);
    QString describe() const; // for the status strip and logs
};

enum class CameraState {
    Stopped,  // not started
    Opening,  // trying to open (first time or after a fault, with backoff)
    Live,     // frames arriving and changing
    Lost,     // cannot be opened or read fails (unplugged)
    Stalled,  // open, but no new frame for 2 s
    Frozen,   // frames arrive but are identical (a dead driver repeating the last frame)
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
        int stallTimeoutMs = 2000;    // no new frame for this long -> Stalled
        int frozenFrames = 30;        // this many identical frames in a row -> Frozen
        int reopenMinMs = 500;        // reopen backoff starts here ...
        int reopenMaxMs = 8000;       // ... doubles up to here
        int repeatHoldMs = 3000;      // the same text is one read while it keeps being seen with gaps below this
        int previewEveryMs = 100;     // how often framePreview is emitted (0 = never)
    };

    explicit ScanPipeline(QObject* parent = nullptr);
    ScanPipeline(const Options& options, QObject* parent = nullptr);
    ~ScanPipeline() override; // stops and joins the worker threads

    /// Starts (or restarts) capturing from @p source. Returns at once; state changes follow.
    void start(const SourceSpec& source);
    void stop();
    CameraState state() const;
    SourceSpec source() const;

    /// Forget the last read, so the same pass shown again right away counts as a new read
    /// (after the volunteer dismissed the verdict, for instance).
    void resetRepeat();

signals:
    /// A new, de-duplicated QR text (any content; the core judges it).
    void codeRead(const QString& text, const gatepost::scan::ReadTiming& timing);
    /// Camera health changed; detail is a plain sentence for the banner ("no frame for 2 s").
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
