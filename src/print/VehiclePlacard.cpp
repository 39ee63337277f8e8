#include "VehiclePlacard.h"

#include "PrintFonts.h"
#include "QrEncoder.h"

#include <QPainter>
#include <QRectF>

namespace gatepost::print {

void VehiclePlacard::paint(QPainter& p, const QRectF& r, const PassCardData& card)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    p.fillRect(r, Qt::white);
    const double u = r.width() / kWidthMm;
    auto mm = [&](double x, double y, double w, double h) {
        return QRectF(r.left() + x * u, r.top() + y * u, w * u, h * u);
    };

    const QRectF band = mm(0, 0, kWidthMm, 20);
    p.fillRect(band, card.band);
    p.fillRect(mm(0, kHeightMm - 8, kWidthMm, 8), card.band);
    p.setPen(PassCard::textOn(card.band));
    const QRectF catBox = mm(kWidthMm - 70, 0, 62, 20);
    p.setFont(fonts::make(fonts::kSans, 7 * u, false));
    p.drawText(catBox, Qt::AlignVCenter | Qt::AlignRight | Qt::TextSingleLine, card.categoryText);
    const QRectF titleBox = mm(8, 0, kWidthMm - 80, 20);
    p.setFont(fonts::fitted(p, fonts::make(fonts::kSans, 9 * u, true), card.title, titleBox.width()));
    p.drawText(titleBox, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine, card.title);

    const double qrLeft = kWidthMm - 8 - kQrBoxMm;
    PassCard::drawQr(p, mm(qrLeft, 24, kQrBoxMm, kQrBoxMm), card.code);
    p.setPen(Qt::black);
    p.setFont(fonts::make(fonts::kMono, 9 * u, true));
    p.drawText(mm(qrLeft, 115, kQrBoxMm, 14), Qt::AlignCenter | Qt::TextSingleLine, card.serial);

    // The plate as large as the left column allows: read from across a gate lane.
    const double colWidth = qrLeft - 8 - 6;
    const QRectF plateBox = mm(8, 26, colWidth, 40);
    p.setFont(fonts::fitted(p, fonts::make(fonts::kSans, 30 * u, true), card.holderLine, plateBox.width()));
    p.drawText(plateBox, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, card.holderLine);

    p.setFont(fonts::make(fonts::kSans, 6 * u, false));
    p.drawText(mm(8, 70, colWidth, 26), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, card.address);
    const QString validity =
        card.validityText.isEmpty() ? card.validUntil.toString(Qt::ISODate) : card.validityText;
    const QRectF validBox = mm(8, 112, colWidth, 14);
    p.setFont(fonts::fitted(p, fonts::make(fonts::kSans, 6 * u, true), validity, validBox.width()));
    p.drawText(validBox, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, validity);
    p.restore();
}

QImage VehiclePlacard::render(const PassCardData& placard, int dpi)
{
    return renderPaper(kWidthMm, kHeightMm, dpi,
                       [&](QPainter& p, const QRectF& rect) { paint(p, rect, placard); });
}

double VehiclePlacard::moduleMm(const QString& code)
{
    const QList<QList<bool>> modules = QrEncoder::modules(code);
    if (modules.isEmpty())
        return 0;
    return kQrBoxMm / (static_cast<double>(modules.size()) + 2 * PassCard::kQuietModules);
}

} // namespace gatepost::print
