#include "CardSheet.h"

#include <QPainter>

namespace gatepost::print {

QRectF CardSheet::cardRectMm(int slot)
{
    const double left = (kWidthMm - kColumns * PassCard::kWidthMm - (kColumns - 1) * kColumnGapMm) / 2;
    const double top = (kHeightMm - kRows * PassCard::kHeightMm - (kRows - 1) * kRowGapMm) / 2;
    const int column = slot % kColumns;
    const int row = slot / kColumns;
    return QRectF(left + column * (PassCard::kWidthMm + kColumnGapMm),
                  top + row * (PassCard::kHeightMm + kRowGapMm), PassCard::kWidthMm, PassCard::kHeightMm);
}

void CardSheet::paint(QPainter& p, QPointF origin, double u, const QList<PassCardData>& cards)
{
    const int count = qMin(static_cast<int>(cards.size()), kCardsPerSheet);
    for (int i = 0; i < count; ++i) {
        const QRectF mm = cardRectMm(i);
        PassCard::paint(
            p, QRectF(origin.x() + mm.left() * u, origin.y() + mm.top() * u, mm.width() * u, mm.height() * u),
            cards.at(i));
    }
    paintCutMarks(p, origin, u, count);
}

void CardSheet::paintCutMarks(QPainter& p, QPointF origin, double u, int count)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(QPen(Qt::black, 0.15 * u));
    const double off = kMarkOffsetMm * u;
    const double len = kMarkLengthMm * u;
    for (int i = 0; i < qMin(count, kCardsPerSheet); ++i) {
        const QRectF mm = cardRectMm(i);
        const QRectF r(origin.x() + mm.left() * u, origin.y() + mm.top() * u, mm.width() * u,
                       mm.height() * u);
        // Two marks per corner, each continuing one of the card's edges outwards.
        for (const QPointF& c : {r.topLeft(), r.topRight(), r.bottomLeft(), r.bottomRight()}) {
            const double sx = c.x() == r.left() ? -1 : 1; // outwards, horizontally
            const double sy = c.y() == r.top() ? -1 : 1;  // outwards, vertically
            p.drawLine(QPointF(c.x() + sx * off, c.y()), QPointF(c.x() + sx * (off + len), c.y()));
            p.drawLine(QPointF(c.x(), c.y() + sy * off), QPointF(c.x(), c.y() + sy * (off + len)));
        }
    }
    p.restore();
}

QImage CardSheet::render(const QList<PassCardData>& cards, int dpi)
{
    const double u = dpi / 25.4;
    QImage img(qRound(kWidthMm * u), qRound(kHeightMm * u), QImage::Format_RGB32);
    img.setDotsPerMeterX(qRound(dpi / 0.0254));
    img.setDotsPerMeterY(qRound(dpi / 0.0254));
    img.fill(Qt::white);
    QPainter p(&img);
    paint(p, QPointF(0, 0), u, cards);
    p.end();
    return img;
}

} // namespace gatepost::print
