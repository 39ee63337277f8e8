#pragma once

// A person's photo for the registry and the gate's verdict: from a camera frame or a picture
// file to a small portrait JPEG (240x320, quality 80, well under core::Registry::kMaxPhotoBytes),
// cropped to the frame the face was fitted into. No widget: the office's photo dialog shows the
// preview and the frame, this class makes the bytes that Registry::setPhoto stores.

#include <QByteArray>
#include <QImage>
#include <QRect>
#include <QSize>

namespace gatepost::scan {

class PhotoProcessor final
{
public:
    /// The stored picture: 3:4 portrait.
    static constexpr QSize kOutputSize{240, 320};
    static constexpr int kQuality = 80;
    /// The most a stored photo may take (the registry's own limit).
    static constexpr qsizetype kMaxBytes = 96 * 1024;
    /// A picture file larger than this is refused before it is decoded.
    static constexpr qsizetype kMaxFileBytes = 20 * 1024 * 1024;

    /// The largest 3:4 rectangle centred in an image of @p imageSize (the default face frame).
    static QRect defaultFaceFrame(QSize imageSize);

    /// A camera frame (any QImage format) cropped to @p faceFrame (image coordinates; an empty
    /// rect = defaultFaceFrame; a frame reaching outside the image is clipped to it), scaled to
    /// kOutputSize and encoded as JPEG. Refuses (core::RefusedError) photo_invalid (field
    /// photo) for a null image or a frame that misses the image.
    static QByteArray fromImage(const QImage& image, QRect faceFrame = {});

    /// A picture file's bytes: JPEG or PNG, recognised by their content (a JPEG's EXIF rotation
    /// applied), then as fromImage. Anything else, or a damaged picture, is refused with
    /// photo_invalid; a file over kMaxFileBytes with photo_too_large (args: its size and the limit, in KiB).
    static QByteArray fromFileBytes(const QByteArray& bytes, QRect faceFrame = {});

    /// The picture in a JPEG or PNG file's bytes, as fromFileBytes reads it (for the dialog to
    /// show it and let the user fit the frame); refuses as fromFileBytes does.
    static QImage readPicture(const QByteArray& bytes);
};

} // namespace gatepost::scan
