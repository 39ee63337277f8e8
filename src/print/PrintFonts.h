#pragma once

// Fonts of the printed passes (internal to the print layer). Sizes are in device units, so
// the same painter code serves a 120 dpi image and a 1200 dpi PDF page.

#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>

namespace gatepost::print::fonts {

// Chinese text (names, addresses, titles); fontconfig falls back for anything it lacks.
inline const QString kSans = QStringLiteral("Noto Sans CJK SC");
// The serial: digits that are easy to read and type (0 and 8 do not look alike).
inline const QString kMono = QStringLiteral("DejaVu Sans Mono");

inline QFont make(const QString& family, double sizeUnits, bool bold)
{
    QFont font(family);
    font.setPixelSize(qMax(1, qRound(sizeUnits)));
    font.setBold(bold);
    return font;
}

// Shrinks the font until @p text fits @p width on the painter's device (long names, plates).
inline QFont fitted(QPainter& p, QFont font, const QString& text, double width)
{
    while (font.pixelSize() > 4 && QFontMetricsF(font, p.device()).horizontalAdvance(text) > width)
        font.setPixelSize(qMax(4, font.pixelSize() * 19 / 20));
    return font;
}

} // namespace gatepost::print::fonts

namespace gatepost::print {

// A white RGB image of @p widthMm x @p heightMm at @p dpi (its physical size set), painted by
// @p paint over its whole rect: the image form of a card or a placard (previews, the demo camera).
template<typename Paint> QImage renderPaper(double widthMm, double heightMm, int dpi, Paint paint)
{
    const int w = qRound(widthMm / 25.4 * dpi);
    const int h = qRound(heightMm / 25.4 * dpi);
    QImage img(w, h, QImage::Format_RGB32);
    img.setDotsPerMeterX(qRound(dpi / 0.0254));
    img.setDotsPerMeterY(qRound(dpi / 0.0254));
    img.fill(Qt::white);
    QPainter p(&img);
    paint(p, QRectF(0, 0, w, h));
    p.end();
    return img;
}

} // namespace gatepost::print
