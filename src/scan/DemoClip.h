#pragma once

#include <QImage>
#include <QList>
#include <QString>

namespace gatepost::scan {

/// Writes a demo camera clip: each card in @p cards held for @p secondsPerCard, then half a
/// second (at least 2 frames) of an empty light-grey picture, as an MJPG .avi at @p fps
/// through OpenCV's own MJPEG writer (cv::VideoWriter with cv::CAP_OPENCV_MJPEG), so it plays
/// back through VideoCapture like a webcam. The frame size is the largest card, rounded up
/// to a multiple of 16; each card is centred on the grey. Returns false, removes any partial
/// file and sets @p error (may be null) to a plain message on failure (no cards, a null card,
/// fps or seconds not positive, the file cannot be written).
bool writeDemoClip(const QList<QImage>& cards, const QString& path, QString* error, double fps = 15,
                   double secondsPerCard = 4);

/// Frames writeDemoClip writes for these arguments (cards x held frames + gaps).
int demoClipFrameCount(int cardCount, double fps = 15, double secondsPerCard = 4);

} // namespace gatepost::scan
