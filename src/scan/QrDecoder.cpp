#include "scan/QrDecoder.h"

#include "scan/ZxingDecoder.h"

#include <QElapsedTimer>

// Choice of options, measured on the shared qr-corpus (748 webcam-like JPEG frames, 648 with
// real 31-character pass codes, 100 without; one thread, 2-core machine shared with builds):
//
//   variant                            success   median / p95 ms   empty frames median / p95
//   LocalAverage then GlobalHistogram   89.5 %    2.1 / 11.6        7.8 / 16.9    <- default
//   LocalAverage only                   81.6 %    2.1 / 11.4        2.6 / 14.9
//   both, tryDownscale off              88.9 %    1.7 / 13.8        5.6 / 14.9
//   both, isPure on                      0.0 %    (pure mode expects the code alone in the image)
//   ZXing defaults (all formats, tryHarder, tryRotate)  81.6 %   2.5 / 18.3   15.8 / 48.6
//
// The fallback rescues 51 over-exposed frames (16 -> 67 of 72) and costs a second pass only on
// frames where the first one failed; tryDownscale rescues 4 more frames (noise, dark) and cuts
// the p95; isPure is useless for camera frames. No variant read a wrong text.
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
