#include "CameraFrames.h"

#include "print/PassCard.h"

#include <QDir>
#include <QFile>
#include <QPainter>

namespace gatepost::test {

CameraFrames::CameraFrames(QString folder)
    : m_folder(std::move(folder))
{
    QDir().mkpath(m_folder);
}

QImage CameraFrames::card(const QString& code, const QString& serial, const QString& holderLine)
{
    print::PassCardData data;
    data.code = code;
    data.serial = serial;
    data.title = QStringLiteral("Qinghe 4th Street pass");
    data.holderLine = holderLine;
    data.categoryText = QStringLiteral("Registered resident");
    data.address = QStringLiteral("Qinghe 4th Street");
    data.validUntil = QDate(2026, 12, 31);
    return print::PassCard::render(data, 150); // about 500 px wide: a card held up 40 cm away
}

QImage CameraFrames::frameWith(const QImage& card, int margin)
{
    QImage frame = emptyFrame();
    QPainter p(&frame);
    p.drawImage(margin, margin, card);
    return frame;
}

QImage CameraFrames::emptyFrame()
{
    QImage frame(kWidth, kHeight, QImage::Format_RGB32);
    frame.fill(QColor(0xb4, 0xb4, 0xb4));
    return frame;
}

void CameraFrames::add(const QImage& frame, int count)
{
    if (count <= 0)
        return;
    // One encode, then copies: the source decodes every file as a new frame.
    const QString first =
        QDir(m_folder).filePath(QStringLiteral("%1.jpg").arg(m_next++, 6, 10, QLatin1Char('0')));
    if (!frame.save(first, "JPG", 90))
        qFatal("cannot write %s", qPrintable(first));
    for (int i = 1; i < count; ++i) {
        const QString path =
            QDir(m_folder).filePath(QStringLiteral("%1.jpg").arg(m_next++, 6, 10, QLatin1Char('0')));
        if (!QFile::copy(first, path))
            qFatal("cannot write %s", qPrintable(path));
    }
}

void CameraFrames::addEmpty(int count)
{
    add(emptyFrame(), count);
}

} // namespace gatepost::test
