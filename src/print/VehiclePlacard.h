#pragma once

// A vehicle placard for the windscreen: an A5 sheet in landscape (210 x 148 mm) with the plate
// in large type, a large QR code (about 2.7 mm per module, read from a gate's camera through
// the glass), the category colour, serial and validity.

#include "PassCard.h"

namespace gatepost::print {

class VehiclePlacard final
{
public:
    static constexpr double kWidthMm = 210.0;
    static constexpr double kHeightMm = 148.0;
    static constexpr double kQrBoxMm = 90.0;

    /// Paints the placard into @p rect (the whole A5 page; proportions kept by the caller).
    static void paint(QPainter& painter, const QRectF& rect, const PassCardData& placard);
    /// The placard as an RGB image at @p dpi.
    static QImage render(const PassCardData& placard, int dpi = 100);
    /// One QR module on the placard, in millimetres (0 when @p code cannot be encoded).
    static double moduleMm(const QString& code);
};

} // namespace gatepost::print
