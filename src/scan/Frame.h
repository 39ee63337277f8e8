#pragma once

#include <QByteArray>
#include <QImage>

namespace gatepost::scan {

/// One 8-bit grayscale picture, as the decoder sees it. A plain value type: camera frames,
/// image files and QImages are converted into it at the edge (ImageLoader, the frame source),
/// so the decoder never sees a widget, a cv::Mat or a QImage.
struct Frame
{
    QByteArray gray; // height rows of stride bytes; the first width bytes of each row are pixels
    int width = 0;
    int height = 0;
    int stride = 0;        // bytes per row, >= width (rows may be padded)
    qint64 sequence = 0;   // frame number from the source; 0 for still images
    qint64 capturedMs = 0; // capture time in steady-clock ms (ScanPipeline::monotonicMs()); 0 for stills

    /// True when there are no pixels, or the buffer is too small for width/height/stride.
    bool isNull() const;

    /// A deep copy of @p image converted to 8-bit grayscale (Qt's luminance formula). Keeps
    /// QImage's 4-byte row alignment as the stride. A null image gives a null frame.
    static Frame fromImage(const QImage& image);
    /// A Format_Grayscale8 deep copy of the pixels (for display and for tests).
    QImage toImage() const;
};

} // namespace gatepost::scan
