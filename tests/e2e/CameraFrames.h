#pragma once

#include <QImage>
#include <QString>

namespace gatepost::test {

// A folder of camera frames for an image-folder source: 1280x720 grey pictures, some with a
// pass card in them, numbered in the order the "camera" shows them (the source reads files in
// name order). Frames are JPEG, like a webcam's MJPG.
class CameraFrames final
{
public:
    static constexpr int kWidth = 1280;
    static constexpr int kHeight = 720;

    /// Frames go into @p folder (created when missing).
    explicit CameraFrames(QString folder);

    /// A real pass card (print::PassCard) for @p code at 150 dpi, about 500 px wide: a card
    /// held up some 40 cm from a 720p webcam.
    static QImage card(const QString& code, const QString& serial, const QString& holderLine);
    /// @p card pasted onto the grey background, @p margin pixels in from the top-left corner.
    static QImage frameWith(const QImage& card, int margin = 160);
    /// The grey background alone (nothing to read).
    static QImage emptyFrame();

    /// Appends @p count copies of @p frame (the card held still for that many frames).
    void add(const QImage& frame, int count);
    void addEmpty(int count);
    int frameCount() const { return m_next; }
    QString folder() const { return m_folder; }

private:
    QString m_folder;
    int m_next = 0;
};

} // namespace gatepost::test
