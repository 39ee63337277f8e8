#pragma once

#include <QImage>
#include <QList>
#include <QString>

namespace gatepost::print {

/// QR code generation for pass cards (libqrencode behind QrEncoder.cpp).
///
/// Always error-correction level M, smallest version that fits, automatic mode split: a pass
/// code (31 upper-case alphanumeric characters, see core/PassCode.h) is encoded in
/// alphanumeric mode and lands in version 2 (25x25 modules); any other text is encoded as
/// UTF-8 bytes. Stateless and thread-safe.
class QrEncoder final
{
public:
    /// Black modules on white, @p moduleSize pixels per module, @p quietZone white modules
    /// on every side (4 is the minimum the standard asks for). Format_Grayscale8.
    /// A null image when the text cannot be encoded (empty, a NUL character, too long) or
    /// the sizes are out of range (moduleSize 1..100, quietZone 0..100).
    static QImage render(const QString& text, int moduleSize = 8, int quietZone = 4);

    /// The QR version (1..40) the text is encoded at; 0 when it cannot be encoded.
    static int version(const QString& text);

    /// Renders with a 4-module quiet zone and writes a PNG atomically (QSaveFile). On failure
    /// returns false, leaves no file behind and sets @p error (may be null) to a plain message.
    static bool savePng(const QString& text, const QString& path, QString* error, int moduleSize = 8);

    /// The module matrix without quiet zone, row by row; true = dark. For vector drawing
    /// (PDF cards) where a scaled bitmap would blur. Empty when the text cannot be encoded.
    static QList<QList<bool>> modules(const QString& text);

    /// Why @p text cannot be encoded, or an empty string when it can.
    static QString encodeError(const QString& text);
};

} // namespace gatepost::print
