#include "CameraPreview.h"

#include <QPainter>
#include <QPainterPath>

namespace gatepost::gui {

CameraPreview::CameraPreview(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void CameraPreview::setFrame(const QImage& frame)
{
    m_frame = frame;
    if (!frame.isNull() && frame.width() > 0 && frame.height() > 0)
        m_aspect = frame.size();
    m_text.clear();
    update();
}

void CameraPreview::setAspect(const QSize& aspect)
{
    if (aspect.width() > 0 && aspect.height() > 0 && m_frame.isNull())
        m_aspect = aspect;
    update();
}

void CameraPreview::setText(const QString& text)
{
    m_text = text;
    m_frame = QImage();
    update();
}

QRect CameraPreview::pictureRect() const
{
    const QSize fitted = m_aspect.scaled(size(), Qt::KeepAspectRatio);
    return QRect(QPoint((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted);
}

QRect CameraPreview::aimRect() const
{
    // A pass's code fills about half of a card held at arm's length: a square of 60 % of the
    // picture's height, in the middle, where the decoder sees it sharpest.
    const QRect picture = pictureRect();
    const int side = std::min(picture.width(), picture.height()) * 3 / 5;
    return QRect(picture.center().x() - side / 2, picture.center().y() - side / 2, side, side);
}

QSize CameraPreview::sizeHint() const
{
    return {480, 360};
}

QSize CameraPreview::minimumSizeHint() const
{
    return {320, 240};
}

void CameraPreview::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::black);
    if (m_frame.isNull()) {
        QFont f = font();
        f.setPointSize(20);
        f.setBold(true);
        p.setFont(f);
        p.setPen(Qt::white);
        p.drawText(rect().adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap, m_text);
        return;
    }
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.setRenderHint(QPainter::Antialiasing);
    const QRect picture = pictureRect();
    p.drawImage(picture, m_frame);

    // Dim everything but the square, then mark its corners: bright, with a dark edge so they
    // show on a white wall and on a dark coat alike.
    const QRect aim = aimRect();
    QPainterPath outside;
    outside.addRect(picture);
    QPainterPath hole;
    hole.addRect(aim);
    p.fillPath(outside.subtracted(hole), QColor(0, 0, 0, 90));
    const int arm = aim.width() / 5;
    QPainterPath corners;
    for (const QPoint& c : {aim.topLeft(), aim.topRight(), aim.bottomRight(), aim.bottomLeft()}) {
        const int dx = c.x() == aim.left() ? arm : -arm;
        const int dy = c.y() == aim.top() ? arm : -arm;
        corners.moveTo(c.x() + dx, c.y());
        corners.lineTo(c);
        corners.lineTo(c.x(), c.y() + dy);
    }
    p.strokePath(corners, QPen(QColor(0, 0, 0, 160), 12, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.strokePath(corners, QPen(QColor(0x7C, 0xFC, 0x00), 6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
}

} // namespace gatepost::gui
