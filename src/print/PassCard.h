#pragma once

// A pass card (CR80, 85.6 x 54 mm): a colour band by category, the community's title, the
// holder's name or the vehicle's plate, category, address, serial and validity, and the QR
// code drawn as vector modules. The same painter code renders to a QImage (demo camera,
// previews) and, later, to a QPrinter/PDF page.

#include <QColor>
#include <QDate>
#include <QImage>
#include <QString>

class QPainter;
class QRectF;

namespace gatepost::print {

struct PassCardData
{
    QString code; // the QR text (core::passcode::format)
    QString serial;
    QString title;        // e.g. "清河四街社区 出入证"
    QString holderLine;   // the person's name, or the plate for a vehicle pass
    QString categoryText; // already translated
    QString address;
    QDate validUntil;
    QColor band = QColor(0x1b, 0x7f, 0x3b); // colour-coded by category, as gates did in 2020
    bool vehicle = false;                   // the plate is printed larger
};

class PassCard final
{
public:
    static constexpr double kWidthMm = 85.6;
    static constexpr double kHeightMm = 54.0;

    /// Paints the card into @p rect (any units; proportions are kept by the caller).
    static void paint(QPainter& painter, const QRectF& rect, const PassCardData& card);
    /// The card as an RGB image at @p dpi (needs a QGuiApplication for fonts).
    static QImage render(const PassCardData& card, int dpi = 200);
};

} // namespace gatepost::print
