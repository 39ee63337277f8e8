#pragma once

// A pass card (CR80, 85.6 x 54 mm): a colour band by category with the community's title,
// the holder's photo (a neutral placeholder when there is none), name or plate, address,
// validity, the serial as text, and the QR code drawn as vector modules with its 4-module
// quiet zone. The same painter code renders to a QImage (demo camera, previews) and to a
// QPdfWriter / QPrinter page (PassDocument).

#include <QColor>
#include <QDate>
#include <QImage>
#include <QList>
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
    QDate validFrom;
    QDate validUntil;
    // The validity line as printed (already translated); empty = the end date alone.
    QString validityText;
    QColor band = QColor(0x1b, 0x7f, 0x3b); // colour-coded by category, as gates did in 2020
    bool vehicle = false;                   // the plate is printed larger, no photo
    QImage photo;                           // a decoded photo; takes precedence over photoJpeg
    // The registry's JPEG (Registry::photo), decoded only while the card is painted, so a job
    // of 7,000 cards holds the small files, not 7,000 bitmaps. Both empty = a placeholder.
    QByteArray photoJpeg;
};

class PassCard final
{
public:
    static constexpr double kWidthMm = 85.6;
    static constexpr double kHeightMm = 54.0;
    /// The QR code's square on the card, quiet zone included.
    static constexpr double kQrBoxMm = 28.0;
    static constexpr int kQuietModules = 4;

    /// Paints the card into @p rect (any units; proportions are kept by the caller).
    static void paint(QPainter& painter, const QRectF& rect, const PassCardData& card);
    /// The card as an RGB image at @p dpi (needs a QGuiApplication for fonts).
    static QImage render(const PassCardData& card, int dpi = 200);
    /// The size of one QR module on the printed card, in millimetres (0 when @p code cannot be
    /// encoded). A pass code (version 2, 25 modules + quiet zone) gets about 0.85 mm.
    static double moduleMm(const QString& code);

    /// Fills @p box with white and draws @p code's modules as black vector squares inside a
    /// quiet zone of kQuietModules (a square @p box is expected). Horizontal runs of dark
    /// modules are merged and filled as one path, so neither a PDF viewer nor a rasteriser
    /// leaves seams between modules. False when the text cannot be encoded.
    static bool drawQr(QPainter& painter, const QRectF& box, const QString& code);
    /// The same modules given as a matrix (QrEncoder::modules), for callers that cache it.
    static void drawModules(QPainter& painter, const QRectF& box, const QList<QList<bool>>& modules);

    /// Text on the colour band: white, or near-black when the band is light.
    static QColor textOn(const QColor& band);
    /// A neutral head-and-shoulders outline where a person has no photo.
    static void paintPhotoPlaceholder(QPainter& painter, const QRectF& box);
};

} // namespace gatepost::print
