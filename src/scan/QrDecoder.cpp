#include "scan/QrDecoder.h"

#include "scan/ZxingDecoder.h"

#include <QElapsedTimer>

namespace gatepost::scan {

QrDecoder::QrDecoder() = default;

QrDecoder::QrDecoder(const Options& options)
    : m_options(options)
{
}

DecodeResult QrDecoder::decode(const Frame& frame) const
{
    QElapsedTimer timer;
    timer.start();
    DecodeResult r;
    if (frame.isNull()) {
        r.ms = double(timer.nsecsElapsed()) / 1e6;
        return r;
    }
    zxing::ReadOptions o;
    o.tryDownscale = m_options.tryDownscale;
    o.isPure = m_options.isPure;
    o.tryHarder = m_options.tryHarder;
    o.tryRotate = m_options.tryRotate;
    o.allFormats = m_options.allFormats;

    o.binarizer = zxing::Binarizer::LocalAverage;
    std::optional<QString> text = zxing::read(frame, o);
    QString used = QStringLiteral("LocalAverage");
    if (!text && m_options.globalHistogramFallback) {
        o.binarizer = zxing::Binarizer::GlobalHistogram;
        text = zxing::read(frame, o);
        used = QStringLiteral("GlobalHistogram");
    }
    if (text) {
        r.found = true;
        r.text = *text;
        r.binarizer = used;
    }
    r.ms = double(timer.nsecsElapsed()) / 1e6;
    return r;
}

} // namespace gatepost::scan
