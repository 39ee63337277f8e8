// The only file that includes qrencode.h.
#include "print/QrEncoder.h"

#include <QSaveFile>

#include <qrencode.h>

#include <cerrno>
#include <cstring>
#include <memory>

namespace gatepost::print {

namespace {

struct QrCodeDeleter
{
    void operator()(QRcode* c) const { QRcode_free(c); }
};
using QrCodePtr = std::unique_ptr<QRcode, QrCodeDeleter>;

struct Encoded
{
    QrCodePtr code;
    QString error;
};

Encoded encode(const QString& text)
{
    if (text.isEmpty())
        return {nullptr, QStringLiteral("cannot make a QR code: empty text")};
    if (text.contains(QChar(u'\0')))
        return {nullptr, QStringLiteral("cannot make a QR code: text contains a NUL character")};
    const QByteArray utf8 = text.toUtf8();
    // Version 0 = smallest that fits. With hint QR_MODE_8 and case-sensitive on, libqrencode
    // still splits the input by character class: upper-case letters, digits and ':' go in
    // alphanumeric mode (5.5 bits/char), so a 31-character pass code fits version 2-M
    // (capacity 38); everything else goes in 8-bit mode as UTF-8 bytes.
    errno = 0;
    QrCodePtr code(QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
    if (!code) {
        if (errno == ERANGE)
            return {nullptr,
                    QStringLiteral("cannot make a QR code: text too long (%1 bytes)").arg(utf8.size())};
        return {nullptr, QStringLiteral("cannot make a QR code: encoder failed")};
    }
    return {std::move(code), {}};
}

bool dark(const QRcode& c, int x, int y)
{
    // Only bit 0 means dark; the other bits tell which function pattern a module belongs to.
    return (c.data[y * c.width + x] & 1) != 0;
}

} // namespace

QImage QrEncoder::render(const QString& text, int moduleSize, int quietZone)
{
    if (moduleSize < 1 || moduleSize > 100 || quietZone < 0 || quietZone > 100)
        return {};
    const Encoded e = encode(text);
    if (!e.code)
        return {};
    const QRcode& c = *e.code;
    const int side = (c.width + 2 * quietZone) * moduleSize;
    QImage img(side, side, QImage::Format_Grayscale8);
    img.fill(255);
    for (int y = 0; y < c.width; ++y) {
        for (int x = 0; x < c.width; ++x) {
            if (!dark(c, x, y))
                continue;
            const int px = (x + quietZone) * moduleSize;
            const int py = (y + quietZone) * moduleSize;
            for (int dy = 0; dy < moduleSize; ++dy)
                std::memset(img.scanLine(py + dy) + px, 0, size_t(moduleSize));
        }
    }
    return img;
}

int QrEncoder::version(const QString& text)
{
    const Encoded e = encode(text);
    return e.code ? e.code->version : 0;
}

bool QrEncoder::savePng(const QString& text, const QString& path, QString* error, int moduleSize)
{
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    const Encoded e = encode(text);
    if (!e.code)
        return fail(e.error);
    const QImage img = render(text, moduleSize, 4);
    if (img.isNull())
        return fail(
            QStringLiteral("cannot make a QR code: module size %1 out of range 1..100").arg(moduleSize));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write ") + path + QStringLiteral(": ") + file.errorString());
    if (!img.save(&file, "PNG")) {
        file.cancelWriting();
        return fail(QStringLiteral("cannot write ") + path + QStringLiteral(": PNG encoding failed"));
    }
    if (!file.commit())
        return fail(QStringLiteral("cannot write ") + path + QStringLiteral(": ") + file.errorString());
    return true;
}

QList<QList<bool>> QrEncoder::modules(const QString& text)
{
    const Encoded e = encode(text);
    if (!e.code)
        return {};
    const QRcode& c = *e.code;
    QList<QList<bool>> rows;
    rows.reserve(c.width);
    for (int y = 0; y < c.width; ++y) {
        QList<bool> row;
        row.reserve(c.width);
        for (int x = 0; x < c.width; ++x)
            row.append(dark(c, x, y));
        rows.append(std::move(row));
    }
    return rows;
}

QString QrEncoder::encodeError(const QString& text)
{
    return encode(text).error;
}

} // namespace gatepost::print
