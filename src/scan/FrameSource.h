#pragma once

#include "scan/Frame.h"
#include "scan/ScanPipeline.h"

#include <QString>

#include <memory>

namespace gatepost::scan {

/// One frame source behind OpenCV (the only place besides ImageLoader and DemoClip that
/// includes OpenCV): a V4L2 camera by index or path, a video file, or an image folder.
/// Used by one thread at a time (the capture thread); it does no pacing and no health
/// checks of its own, ScanPipeline does both.
///
///  - Device: VideoCapture(index or path, CAP_V4L2); width/height and the MJPG fourcc are
///    requested when a resolution is given. read() blocks until the camera delivers, at most
///    OPENCV_VIDEOIO_V4L_SELECT_TIMEOUT seconds (prepareEnvironment() sets it to 2).
///  - VideoFile: VideoCapture(path, CAP_ANY); looped by seeking to frame 0 (or reopening).
///  - ImageFolder: files with image extensions in name order (QDir::Name), read as grayscale
///    through ImageLoader (OpenCV imdecode; no naming pattern needed). An unreadable file is
///    skipped; a folder where no file can be read, or a file that disappeared, fails the read.
class FrameSource final
{
public:
    enum class ReadStatus {
        Frame,  // *frame holds a new picture
        End,    // the end of a file or folder with loop == false
        Failed, // *error says why; close and open again later
    };

    explicit FrameSource(const SourceSpec& spec);
    ~FrameSource();
    Q_DISABLE_COPY_MOVE(FrameSource)

    /// Opens the source; false with a plain sentence in @p error ("camera /dev/video0 cannot
    /// be opened", "image folder /x has no images").
    bool open(QString* error);
    bool isOpen() const;
    /// The next frame (grayscale; sequence and capturedMs are left 0 for the caller).
    ReadStatus read(Frame* frame, QString* error);
    void close();

    const SourceSpec& spec() const;
    /// Frames per second to pace a file or folder at; 0 for a device (it runs at its own
    /// rate). For a video file: the file's own fps, or spec.fps when the file has none.
    double pacingFps() const;

    /// Sets OPENCV_VIDEOIO_V4L_SELECT_TIMEOUT to 2 s (unless the user set it) so a stalled
    /// V4L2 read gives up after 2 s instead of 10, and quietens OpenCV's console warnings.
    /// Call before opening the first device; ScanPipeline does.
    static void prepareEnvironment();

    /// The file extensions an image folder is read for ("png", "jpg", ...).
    static QStringList imageExtensions();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gatepost::scan
