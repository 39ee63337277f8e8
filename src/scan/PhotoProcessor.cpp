#include "PhotoProcessor.h"

#include "core/Refusal.h"

#include <QBuffer>
#include <QImageReader>
#include <QImageWriter>

namespace gatepost::scan {

namespace {

using core::RefusalCode;
using core::RefusalField;

bool isJpeg(const QByteArray& b)
{
    return b.size() > 3 && static_cast<uchar>(b[0]) == 0xFF && static_cast<uchar>(b[1]) == 0xD8 &&
           static_cast<uchar>(b[2]) == 0xFF;
}

bool isPng(const QByteArray& b)
{
    return b.startsWith(QByteArrayLiteral("\x89PNG\r\n\x1A\n"));
}

QByteArray encode(const QImage& image, int quality)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, QByteArrayLiteral("jpeg"));
    writer.setQuality(quality);
    writer.setOptimizedWrite(true);
    if (!writer.write(image))
        return {};
    return out;
}

} // namespace

QRect PhotoProcessor::defaultFaceFrame(QSize imageSize)
{
    if (imageSize.isEmpty())
        return {};
    // 3:4: as wide as the image allows, or as tall.
    int w = imageSize.width();
    int h = w * 4 / 3;
    if (h > imageSize.height()) {
        h = imageSize.height();
        w = h * 3 / 4;
    }
    return {(imageSize.width() - w) / 2, (imageSize.height() - h) / 2, w, h};
}

QByteArray PhotoProcessor::fromImage(const QImage& image, QRect faceFrame)
{
    if (image.isNull())
        core::refuse(RefusalCode::PhotoInvalid, RefusalField::Photo);
    const QRect frame = (faceFrame.isEmpty() ? defaultFaceFrame(image.size()) : faceFrame.normalized())
                            .intersected(image.rect());
    if (frame.isEmpty())
        core::refuse(RefusalCode::PhotoInvalid, RefusalField::Photo);
    // The frame is cropped as it is (the dialog keeps it 3:4); a clipped one is filled, not bent.
    const QImage scaled = image.copy(frame)
                              .convertToFormat(QImage::Format_RGB32)
                              .scaled(kOutputSize, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
    const QRect centre((scaled.width() - kOutputSize.width()) / 2,
                       (scaled.height() - kOutputSize.height()) / 2, kOutputSize.width(),
                       kOutputSize.height());
    const QImage portrait = scaled.copy(centre);
    // 240x320 at quality 80 is some 15-30 KiB; a noisy picture steps the quality down.
    for (int quality = kQuality; quality >= 30; quality -= 10) {
        QByteArray jpeg = encode(portrait, quality);
        if (jpeg.isEmpty())
            break;
        if (jpeg.size() <= kMaxBytes)
            return jpeg;
    }
    core::refuse(RefusalCode::PhotoInvalid, RefusalField::Photo);
}

QImage PhotoProcessor::readPicture(const QByteArray& bytes)
{
    if (bytes.size() > kMaxFileBytes)
        core::refuse(RefusalCode::PhotoTooLarge, RefusalField::Photo,
                     {QString::number(bytes.size() / 1024), QString::number(kMaxFileBytes / 1024)});
    QByteArray format;
    if (isJpeg(bytes))
        format = QByteArrayLiteral("jpeg");
    else if (isPng(bytes))
        format = QByteArrayLiteral("png");
    else
        core::refuse(RefusalCode::PhotoInvalid, RefusalField::Photo);
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, format);
    reader.setAutoTransform(true); // a phone's portrait shot is stored on its side with an EXIF turn
    QImage image = reader.read();
    if (image.isNull())
        core::refuse(RefusalCode::PhotoInvalid, RefusalField::Photo);
    return image;
}

QByteArray PhotoProcessor::fromFileBytes(const QByteArray& bytes, QRect faceFrame)
{
    return fromImage(readPicture(bytes), faceFrame);
}

} // namespace gatepost::scan
