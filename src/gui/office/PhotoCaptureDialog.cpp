#include "PhotoCaptureDialog.h"

#include "core/Refusal.h"
#include "scan/PhotoProcessor.h"
#include "scan/ScanPipeline.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QVBoxLayout>

namespace gatepost::gui::office {

namespace {

// The camera picture with the face frame drawn over it; outside the frame is dimmed.
class FacePreview final : public QWidget
{
public:
    explicit FacePreview(QWidget* parent)
        : QWidget(parent)
    {
        setObjectName(QStringLiteral("facePreview"));
        setMinimumSize(400, 300);
    }
    void setFrame(const QImage& frame)
    {
        m_frame = frame;
        update();
    }
    const QImage& frame() const { return m_frame; }
    void setText(const QString& text)
    {
        m_text = text;
        update();
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter p(this);
        p.fillRect(rect(), QColor(0x20, 0x20, 0x20));
        if (m_frame.isNull()) {
            p.setPen(Qt::white);
            p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_text);
            return;
        }
        const QSize shown = m_frame.size().scaled(size(), Qt::KeepAspectRatio);
        const QRect picture(QPoint((width() - shown.width()) / 2, (height() - shown.height()) / 2), shown);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.drawImage(picture, m_frame);
        const QRect face = faceFrame(m_frame.size());
        const double scale = double(picture.width()) / m_frame.width();
        const QRectF onScreen(picture.left() + face.left() * scale, picture.top() + face.top() * scale,
                              face.width() * scale, face.height() * scale);
        QPainterPath outside;
        outside.addRect(picture);
        outside.addRect(onScreen);
        p.fillPath(outside, QColor(0, 0, 0, 110));
        p.setPen(QPen(QColor(0x2E, 0xCC, 0x71), 3));
        p.drawRect(onScreen);
        p.drawEllipse(onScreen.adjusted(onScreen.width() * 0.15, onScreen.height() * 0.1,
                                        -onScreen.width() * 0.15, -onScreen.height() * 0.25));
    }

private:
    QImage m_frame;
    QString m_text;
};

} // namespace

QRect faceFrame(const QSize& size)
{
    int h = size.height() * 8 / 10;
    int w = h * 3 / 4;
    if (w > size.width()) {
        w = size.width();
        h = w * 4 / 3;
    }
    return {(size.width() - w) / 2, (size.height() - h) / 2, w, h};
}

struct PhotoCaptureDialog::Private
{
    scan::ScanPipeline pipeline;
    FacePreview* preview = nullptr;
    QPushButton* take = nullptr;
    QByteArray photo;
};

PhotoCaptureDialog::PhotoCaptureDialog(const QString& cameraSource, QWidget* parent)
    : QDialog(parent)
    , d(std::make_unique<Private>())
{
    setObjectName(QStringLiteral("photoCaptureDialog"));
    setWindowTitle(tr("Take photo"));
    setModal(true);
    auto* layout = new QVBoxLayout(this);
    auto* hint = new QLabel(tr("Fit the face inside the green frame, then press Take."), this);
    layout->addWidget(hint);
    d->preview = new FacePreview(this);
    d->preview->setText(tr("Waiting for the camera…"));
    layout->addWidget(d->preview, 1);
    auto* buttons = new QDialogButtonBox(this);
    d->take = buttons->addButton(tr("Take"), QDialogButtonBox::AcceptRole);
    d->take->setObjectName(QStringLiteral("takeButton"));
    d->take->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(d->take, &QPushButton::clicked, this, [this] {
        try {
            d->photo =
                scan::PhotoProcessor::fromImage(d->preview->frame(), faceFrame(d->preview->frame().size()));
        } catch (const std::exception&) {
            return; // no picture yet: Take stays available
        }
        d->pipeline.stop();
        accept();
    });
    connect(&d->pipeline, &scan::ScanPipeline::framePreview, this, [this](const QImage& image) {
        d->preview->setFrame(image);
        d->take->setEnabled(true);
    });
    connect(&d->pipeline, &scan::ScanPipeline::stateChanged, this,
            [this](scan::CameraState state, const QString&) {
                const bool fault = state == scan::CameraState::Lost || state == scan::CameraState::Stalled ||
                                   state == scan::CameraState::Frozen;
                if (fault && !hasPicture())
                    d->preview->setText(
                        tr("No picture from the camera. Check the cable, or use \"From file\"."));
            });
    scan::SourceSpec spec;
    QString error;
    if (scan::SourceSpec::parse(cameraSource, &spec, &error))
        d->pipeline.start(spec);
    else
        d->preview->setText(tr("No camera: use \"From file\" instead."));
    resize(560, 500);
}

PhotoCaptureDialog::~PhotoCaptureDialog()
{
    d->pipeline.stop();
}

QByteArray PhotoCaptureDialog::photo() const
{
    return d->photo;
}

bool PhotoCaptureDialog::hasPicture() const
{
    return !d->preview->frame().isNull();
}

} // namespace gatepost::gui::office
