#include "PassCard.h"

#include "QrEncoder.h"

#include <QPainter>
#include <QRectF>

namespace gatepost::print {

namespace {

void drawQr(QPainter& p, const QRectF& box, const QString& text)
{
    const QList<QList<bool>> modules = QrEncoder::modules(text);
    if (modules.isEmpty())
        return;
    const int n = static_cast<int>(modules.size());
    const int quiet = 4;
    const double unit = box.width() / (n + 2 * quiet);
    p.fillRect(box, Qt::white);
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::black);
    for (int y = 0; y < n; ++y) {
        for (int x = 0; x < n; ++x) {
            if (modules[y][x])
                // A hair wider than the unit so neighbouring modules leave no seam when scaled.
                p.drawRect(QRectF(box.left() + (x + quiet) * unit, box.top() + (y + quiet) * unit,
                                  unit * 1.02, unit * 1.02));
        }
    }
}

} // namespace

void PassCard::paint(QPainter& p, const QRectF& r, const PassCardData& card)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    p.fillRect(r, Qt::white);
    const double u = r.width() / kWidthMm; // one millimetre

    // Category band across the top.
    const QRectF band(r.left(), r.top(), r.width(), 11 * u);
    p.fillRect(band, card.band);
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPixelSize(qMax(1, qRound(5.2 * u)));
    font.setBold(true);
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(band.adjusted(3 * u, 0, -3 * u, 0), Qt::AlignVCenter | Qt::AlignLeft, card.title);

    // QR on the right: 30 mm square with its quiet zone, enough for 3 px/module at 30 cm on a webcam.
    const double qr = 31 * u;
    const QRectF qrBox(r.right() - qr - 3 * u, band.bottom() + 3 * u, qr, qr);
    drawQr(p, qrBox, card.code);

    // Text block on the left.
    const QRectF text(r.left() + 4 * u, band.bottom() + 3 * u, qrBox.left() - r.left() - 6 * u,
                      r.bottom() - band.bottom() - 6 * u);
    p.setPen(Qt::black);
    font.setPixelSize(qMax(1, qRound((card.vehicle ? 7.5 : 6.5) * u)));
    font.setBold(true);
    p.setFont(font);
    const QRectF nameBox(text.left(), text.top(), text.width(), 10 * u);
    p.drawText(nameBox, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, card.holderLine);

    font.setBold(false);
    font.setPixelSize(qMax(1, qRound(3.6 * u)));
    p.setFont(font);
    const QRectF catBox(text.left(), nameBox.bottom() + 1 * u, text.width(), 6 * u);
    p.drawText(catBox, Qt::AlignLeft | Qt::AlignVCenter, card.categoryText);
    const QRectF addrBox(text.left(), catBox.bottom(), text.width(), 11 * u);
    p.drawText(addrBox, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, card.address);

    font.setPixelSize(qMax(1, qRound(3.2 * u)));
    p.setFont(font);
    const QRectF foot(text.left(), text.bottom() - 9 * u, text.width(), 9 * u);
    p.drawText(foot, Qt::AlignLeft | Qt::AlignBottom,
               QStringLiteral("No. %1\n%2").arg(card.serial, card.validUntil.toString(Qt::ISODate)));

    p.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.3 * u));
    p.setBrush(Qt::NoBrush);
    p.drawRect(r.adjusted(0.15 * u, 0.15 * u, -0.15 * u, -0.15 * u));
    p.restore();
}

QImage PassCard::render(const PassCardData& card, int dpi)
{
    const int w = qRound(kWidthMm / 25.4 * dpi);
    const int h = qRound(kHeightMm / 25.4 * dpi);
    QImage img(w, h, QImage::Format_RGB32);
    img.setDotsPerMeterX(qRound(dpi / 0.0254));
    img.setDotsPerMeterY(qRound(dpi / 0.0254));
    img.fill(Qt::white);
    QPainter p(&img);
    paint(p, QRectF(0, 0, w, h), card);
    p.end();
    return img;
}

} // namespace gatepost::print
