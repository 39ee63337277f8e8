// The demo camera clip, written through OpenCV's MJPEG writer.
#include "scan/DemoClip.h"

#include <QCoreApplication>
#include <QFile>
#include <QPainter>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include <algorithm>
#include <cmath>
#include <exception>

namespace gatepost::scan {

namespace {

constexpr int kBackground = 200; // light grey, like a wall behind the card

QString tr(const char* text)
{
    return QCoreApplication::translate("gatepost::scan::DemoClip", text);
}

int heldFrames(double fps, double secondsPerCard)
{
    return std::max(1, int(std::lround(fps * secondsPerCard)));
}

int gapFrames(double fps)
{
    return std::max(2, int(std::lround(fps * 0.5)));
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

// The picture as a BGR Mat that owns its pixels.
cv::Mat toBgr(const QImage& canvas)
{
    const QImage rgb = canvas.convertToFormat(QImage::Format_RGB888);
    const cv::Mat view(rgb.height(), rgb.width(), CV_8UC3, const_cast<uchar*>(rgb.constBits()),
                       size_t(rgb.bytesPerLine()));
    cv::Mat bgr;
    cv::cvtColor(view, bgr, cv::COLOR_RGB2BGR); // copies before rgb goes away
    return bgr;
}

} // namespace

int demoClipFrameCount(int cardCount, double fps, double secondsPerCard)
{
    if (cardCount <= 0 || fps <= 0 || secondsPerCard <= 0)
        return 0;
    return cardCount * (heldFrames(fps, secondsPerCard) + gapFrames(fps));
}

bool writeDemoClip(const QList<QImage>& cards, const QString& path, QString* error, double fps,
                   double secondsPerCard)
{
    if (cards.isEmpty())
        return fail(error, tr("no cards to put in the demo clip"));
    if (!(fps > 0) || !(secondsPerCard > 0))
        return fail(error, tr("the demo clip needs a positive frame rate and card time"));
    int width = 0;
    int height = 0;
    for (const QImage& card : cards) {
        if (card.isNull())
            return fail(error, tr("a card of the demo clip is empty"));
        width = std::max(width, card.width());
        height = std::max(height, card.height());
    }
    // MJPEG codes 16x16 blocks; a round size avoids padding artefacts at the edges.
    width = (width + 15) / 16 * 16;
    height = (height + 15) / 16 * 16;

    try {
        cv::VideoWriter writer(path.toStdString(), cv::CAP_OPENCV_MJPEG,
                               cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), fps, cv::Size(width, height),
                               true);
        if (!writer.isOpened()) {
            QFile::remove(path);
            return fail(error, tr("cannot write the demo clip: %1").arg(path));
        }
        QImage canvas(width, height, QImage::Format_RGB888);
        canvas.fill(QColor(kBackground, kBackground, kBackground));
        const cv::Mat empty = toBgr(canvas);
        for (const QImage& card : cards) {
            canvas.fill(QColor(kBackground, kBackground, kBackground));
            {
                QPainter p(&canvas);
                p.drawImage((width - card.width()) / 2, (height - card.height()) / 2, card);
            }
            const cv::Mat held = toBgr(canvas);
            for (int i = 0; i < heldFrames(fps, secondsPerCard); ++i)
                writer.write(held);
            for (int i = 0; i < gapFrames(fps); ++i)
                writer.write(empty);
        }
        writer.release();
    } catch (const std::exception&) {
        QFile::remove(path);
        return fail(error, tr("cannot write the demo clip: %1").arg(path));
    }
    if (QFile(path).size() <= 0) {
        QFile::remove(path);
        return fail(error, tr("cannot write the demo clip: %1").arg(path));
    }
    return true;
}

} // namespace gatepost::scan
