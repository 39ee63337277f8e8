#pragma once

// "Take photo": the live picture of the station's camera (the gate's capture code,
// scan::ScanPipeline; the demo clip or an image folder where there is no webcam) with a frame
// to fit the face in; "Take" keeps the picture inside the frame as the person's photo, cropped
// and stored small. processPhotoFile does the same for a picture read from a file.

#include <QByteArray>
#include <QDialog>
#include <QImage>

#include <memory>

namespace gatepost::gui::office {

/// The face frame the preview shows inside a picture of @p size: a centred 3:4 portrait rect,
/// 80% of the height (scan::PhotoProcessor crops the photo to it).
QRect faceFrame(const QSize& size);

class PhotoCaptureDialog final : public QDialog
{
    Q_OBJECT

public:
    PhotoCaptureDialog(const QString& cameraSource, QWidget* parent);
    ~PhotoCaptureDialog() override;

    /// The photo taken (JPEG), empty before "Take".
    QByteArray photo() const;
    /// True once the camera has shown a picture ("Take" is enabled then).
    bool hasPicture() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gatepost::gui::office
