#pragma once

#include "scan/Frame.h"

#include <QString>

#include <optional>

namespace cv {
class Mat;
}

namespace gatepost::scan {

/// Reads still images (PNG, JPEG, BMP, ...) into grayscale Frames through OpenCV's imread
/// with IMREAD_GRAYSCALE: the same conversion path the camera frames take, so a golden image
/// tests what the decoder sees at the gate.
class ImageLoader final
{
public:
    /// The image at @p path as an 8-bit grayscale frame. A missing, empty, unreadable or
    /// non-image file gives nullopt and, in @p error (may be null), a plain message:
    /// "cannot read image: <path>: file not found" / "...: not an image" / "...: empty file".
    static std::optional<Frame> load(const QString& path, QString* error);

    /// Internal, for frame sources: a deep copy of an 8-bit 1-channel (used as is) or
    /// 3/4-channel BGR(A) Mat (converted to gray). Anything else gives a null Frame.
    static Frame fromMat(const cv::Mat& mat, qint64 sequence = 0, qint64 capturedMs = 0);
};

} // namespace gatepost::scan
