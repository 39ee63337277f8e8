#include "PassCard.h"

#include "PrintFonts.h"
#include "QrEncoder.h"

#include <QPainter>
#include <QPainterPath>
#include <QRectF>

namespace gatepost::print {

void PassCard::drawModules(QPainter& p, const QRectF& box, const QList<QList<bool>>& modules)
{
    p.save();
    p.setPen(Qt::NoPen);
    p.fillRect(box, Qt::white);
    const int n = static_cast<int>(modules.size());
    if (n == 0) {
        p.restore();
        return;
    }
    const double unit = box.width() / (n + 2 * kQuietModules);
    // Each run reaches a little into the row below: rows that only touched would rasterise with
    // a faint seam at a fractional pixel edge, and a decoder that binarises a page may split a
    // module there (zbar missed about one code in 400 at 200 dpi before this).
    const double overlap = unit * 0.08;
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < n; ++y) {
        int x = 0;
        while (x < n) {
            if (!modules[y][x]) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < n && modules[y][x])
                ++x;
            path.addRect(QRectF(box.left() + (start + kQuietModules) * unit,
                                box.top() + (y + kQuietModules) * unit, (x - start) * unit,
                                y + 1 < n ? unit + overlap : unit));
        }
    }
    p.fillPath(path, Qt::black);
    p.restore();
}

bool PassCard::drawQr(QPainter& p, const QRectF& box, const QString& code)
{
    const QList<QList<bool>> modules = QrEncoder::modules(code);
    drawModules(p, box, modules);
    return !modules.isEmpty();
}

double PassCard::moduleMm(const QString& code)
{
    const QList<QList<bool>> modules = QrEncoder::modules(code);
    if (modules.isEmpty())
        return 0;
    return kQrBoxMm / (static_cast<double>(modules.size()) + 2 * kQuietModules);
}

QColor PassCard::textOn(const QColor& band)
{
    // Relative luminance (sRGB weights): white text on a dark band, near-black on a light one.
    const double l = 0.2126 * band.redF() + 0.7152 * band.greenF() + 0.0722 * band.blueF();
    return l > 0.6 ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white);
}

void PassCard::paintPhotoPlaceholder(QPainter& p, const QRectF& box)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.fillRect(box, QColor(0xee, 0xee, 0xee));
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xc4, 0xc4, 0xc4));
    const double w = box.width();
    const double h = box.height();
    p.drawEllipse(QRectF(box.left() + w * 0.30, box.top() + h * 0.16, w * 0.40, w * 0.40 * 1.15));
    QPainterPath shoulders;
    shoulders.moveTo(box.left() + w * 0.10, box.bottom());
    shoulders.cubicTo(box.left() + w * 0.12, box.top() + h * 0.62, box.left() + w * 0.88,
                      box.top() + h * 0.62, box.left() + w * 0.90, box.bottom());
    shoulders.closeSubpath();
    p.drawPath(shoulders);
    p.restore();
}

void PassCard::paint(QPainter& p, const QRectF& r, const PassCardData& card)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    p.fillRect(r, Qt::white);
    const double u = r.width() / kWidthMm; // one millimetre
    auto mm = [&](double x, double y, double w, double h) {
        return QRectF(r.left() + x * u, r.top() + y * u, w * u, h * u);
    };

    // Category band across the top (title left, category right), a thin one along the bottom.
    const QRectF band = mm(0, 0, kWidthMm, 9);
    p.fillRect(band, card.band);
    p.fillRect(mm(0, kHeightMm - 3, kWidthMm, 3), card.band);
    p.setPen(textOn(card.band));
    p.setFont(fonts::make(fonts::kSans, 3.4 * u, false));
    const QRectF catBox = mm(kWidthMm - 33, 0, 30, 9);
    p.drawText(catBox, Qt::AlignVCenter | Qt::AlignRight | Qt::TextSingleLine, card.categoryText);
    const QRectF titleBox = mm(3, 0, kWidthMm - 37, 9);
    p.setFont(fonts::fitted(p, fonts::make(fonts::kSans, 4.2 * u, true), card.title, titleBox.width()));
    p.drawText(titleBox, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine, card.title);

    // QR on the right, the serial under it in digits a volunteer can type.
    const QRectF qrBox = mm(kWidthMm - 2.5 - kQrBoxMm, 10.5, kQrBoxMm, kQrBoxMm);
    drawQr(p, qrBox, card.code);
    p.setPen(Qt::black);
    p.setFont(fonts::make(fonts::kMono, 4.4 * u, true));
    p.drawText(mm(kWidthMm - 2.5 - kQrBoxMm, 39, kQrBoxMm, 7), Qt::AlignCenter | Qt::TextSingleLine,
               card.serial);

    // Photo (people), then name or plate, address and validity.
    double textLeft = 3;
    if (!card.vehicle) {
        const QRectF photoBox = mm(3, 12, 18, 24);
        QImage photo = card.photo;
        if (photo.isNull() && !card.photoJpeg.isEmpty())
            photo = QImage::fromData(card.photoJpeg, "JPEG");
        if (photo.isNull()) {
            paintPhotoPlaceholder(p, photoBox);
        } else {
            // Cover the frame, cropping the longer side, without stretching the face; no more
            // pixels than 200 dpi needs: a PDF embeds what it is given (6,344 photos made a 243 MB
            // file at 300 dpi, 123 MB at 200 dpi), and an 18 mm face needs no more.
            const double scale = qMax(photoBox.width() / photo.width(), photoBox.height() / photo.height());
            const double sw = photoBox.width() / scale;
            const double sh = photoBox.height() / scale;
            QImage crop =
                photo.copy(QRectF((photo.width() - sw) / 2, (photo.height() - sh) / 2, sw, sh).toRect());
            const QSize most(qRound(18 / 25.4 * 200), qRound(24 / 25.4 * 200));
            if (crop.width() > most.width())
                crop = crop.scaled(most, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            p.drawImage(photoBox, crop);
        }
        textLeft = 23.5;
    }
    const double textWidth = kWidthMm - 2.5 - kQrBoxMm - 1.5 - textLeft;
    const double nameHeight = card.vehicle ? 11 : 8.5;
    const QRectF nameBox = mm(textLeft, 11.5, textWidth, nameHeight);
    p.setFont(fonts::fitted(p, fonts::make(fonts::kSans, (card.vehicle ? 7.0 : 5.6) * u, true),
                            card.holderLine, nameBox.width()));
    p.drawText(nameBox, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, card.holderLine);

    p.setFont(fonts::make(fonts::kSans, 3.2 * u, false));
    const QRectF addrBox = mm(textLeft, 12 + nameHeight, textWidth, 37 - 12 - nameHeight);
    p.drawText(addrBox, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, card.address);

    const QString validity =
        card.validityText.isEmpty() ? card.validUntil.toString(Qt::ISODate) : card.validityText;
    const QRectF validBox = mm(3, 39, kWidthMm - 2.5 - kQrBoxMm - 4.5, 7);
    p.setFont(fonts::fitted(p, fonts::make(fonts::kSans, 3.0 * u, false), validity, validBox.width()));
    p.drawText(validBox, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, validity);
    // No outline around the card: the sheet's cut marks show where to cut, and ten thin frames
    // on a page made zbar lose about one code in 400 when it read a whole sheet at once.
    p.restore();
}

QImage PassCard::render(const PassCardData& card, int dpi)
{
    return renderPaper(kWidthMm, kHeightMm, dpi,
                       [&](QPainter& p, const QRectF& rect) { paint(p, rect, card); });
}

} // namespace gatepost::print
