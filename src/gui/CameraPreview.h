#pragma once

// The live camera picture on the scanning page, big enough to aim a card by (a third of the
// window's width or more, kept by the scanning page's layout), with corner marks that show
// where to hold the pass. Without frames it shows a line of text instead ("No camera").

#include <QImage>
#include <QWidget>

namespace gatepost::gui {

class CameraPreview final : public QWidget
{
    Q_OBJECT

public:
    explicit CameraPreview(QWidget* parent = nullptr);

    /// The latest preview frame; its aspect ratio is kept.
    void setFrame(const QImage& frame);
    /// The camera's picture shape before its first frame (the station's camera resolution).
    void setAspect(const QSize& aspect);
    /// Shown while there is no frame; clears the picture.
    void setText(const QString& text);
    QString text() const { return m_text; }
    bool hasFrame() const { return !m_frame.isNull(); }

    /// Where the picture is drawn: centred, aspect kept (4:3 until a frame says otherwise).
    QRect pictureRect() const;
    /// The marked square in the middle of the picture where the pass's code should be.
    QRect aimRect() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QImage m_frame;
    QString m_text;
    QSize m_aspect{4, 3};
};

} // namespace gatepost::gui
