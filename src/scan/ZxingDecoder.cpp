// The only file that includes ZXing headers: an upgrade to ZXing 2.x (ReaderOptions,
// Barcode) touches this file alone.
#include "scan/ZxingDecoder.h"

#include <ZXing/DecodeHints.h>
#include <ZXing/ImageView.h>
#include <ZXing/ReadBarcode.h>
#include <ZXing/Result.h>

#ifndef ZX_USE_UTF8
#error "ZX_USE_UTF8 must be defined on the target: Result::text() must return UTF-8"
#endif

namespace gatepost::scan::zxing {

std::optional<QString> read(const Frame& frame, const ReadOptions& options) noexcept
{
    if (frame.isNull())
        return std::nullopt;
    try {
        ZXing::DecodeHints hints;
        hints.setFormats(options.allFormats ? ZXing::BarcodeFormats{} : ZXing::BarcodeFormat::QRCode)
            .setTryHarder(options.tryHarder)
            .setTryRotate(options.tryRotate)
            .setTryDownscale(options.tryDownscale)
            .setIsPure(options.isPure)
            .setMaxNumberOfSymbols(1)
            .setBinarizer(options.binarizer == Binarizer::GlobalHistogram ? ZXing::Binarizer::GlobalHistogram
                                                                          : ZXing::Binarizer::LocalAverage);
        const ZXing::ImageView view(reinterpret_cast<const uint8_t*>(frame.gray.constData()), frame.width,
                                    frame.height, ZXing::ImageFormat::Lum, frame.stride);
        const ZXing::Result result = ZXing::ReadBarcode(view, hints);
        if (!result.isValid())
            return std::nullopt;
        const std::string utf8 = result.text();
        return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
    } catch (...) {
        // Debian's 1.4.0 predates upstream's fuzzing fixes: a hostile frame must not take
        // the station down, it is simply a frame without a code.
        return std::nullopt;
    }
}

} // namespace gatepost::scan::zxing
