#pragma once

// An A4 sheet (210 x 297 mm, portrait) of up to 10 pass cards, 2 columns x 5 rows, with cut
// marks at every card corner. The gaps between cards let a guillotine or scissors cut each
// card out without touching its neighbour; the marks stay in the gaps and the margins.

#include "PassCard.h"

#include <QList>
#include <QRectF>

namespace gatepost::print {

class CardSheet final
{
public:
    static constexpr double kWidthMm = 210.0;
    static constexpr double kHeightMm = 297.0;
    static constexpr int kColumns = 2;
    static constexpr int kRows = 5;
    static constexpr int kCardsPerSheet = kColumns * kRows;
    static constexpr double kColumnGapMm = 8.0;
    static constexpr double kRowGapMm = 3.0;
    static constexpr double kMarkOffsetMm = 0.5; // marks start this far from the card's corner
    static constexpr double kMarkLengthMm = 2.5;

    /// Where card @p slot (0..9, row by row) sits on the sheet, in millimetres from its top left.
    static QRectF cardRectMm(int slot);
    /// Paints one sheet whose top-left corner is @p origin, @p unitsPerMm device units per
    /// millimetre: the cards (at most kCardsPerSheet, the rest is ignored) and their cut marks.
    static void paint(QPainter& painter, QPointF origin, double unitsPerMm, const QList<PassCardData>& cards);
    /// The cut marks of the first @p count slots.
    static void paintCutMarks(QPainter& painter, QPointF origin, double unitsPerMm, int count);
    /// The sheet as an RGB image at @p dpi (previews, tests).
    static QImage render(const QList<PassCardData>& cards, int dpi = 150);
};

} // namespace gatepost::print
