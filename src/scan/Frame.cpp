#include "scan/Frame.h"

namespace gatepost::scan {

bool Frame::isNull() const
{
    if (width <= 0 || height <= 0 || stride < width)
        return true;
    return gray.size() < qint64(stride) * (height - 1) + width;
}

Frame Frame::fromImage(const QImage& image)
{
    if (image.isNull())
        return {};
    const QImage g = image.convertToFormat(QImage::Format_Grayscale8);
    Frame f;
    f.width = g.width();
    f.height = g.height();
    f.stride = int(g.bytesPerLine());
    f.gray = QByteArray(reinterpret_cast<const char*>(g.constBits()), qsizetype(f.stride) * f.height);
    return f;
}

QImage Frame::toImage() const
{
    if (isNull())
        return {};
    // The QImage borrows the buffer only until copy() detaches it.
    return QImage(reinterpret_cast<const uchar*>(gray.constData()), width, height, stride,
                  QImage::Format_Grayscale8)
        .copy();
}

} // namespace gatepost::scan
