#include "StatusStrip.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <optional>

namespace gatepost::gui {

struct StatusStrip::Private
{
    QLabel* camera = nullptr;
    QLabel* database = nullptr;
    QLabel* shift = nullptr;
    QLabel* op = nullptr;
    QLabel* counts = nullptr;
    QLabel* banner = nullptr;

    std::optional<scan::CameraState> cameraState; // nullopt = no camera
    QString cameraDetail;
    QString dbError;
    QString shiftLabel;
    QString operatorName;
    qint64 in = 0;
    qint64 out = 0;
    bool cameraProblem = false;
    bool bannerAllowed = true;
};

namespace {

QLabel* makeLabel(QWidget* parent, const char* name, int pt)
{
    auto* l = new QLabel(parent);
    l->setObjectName(QLatin1String(name));
    QFont f = l->font();
    f.setPointSize(pt);
    f.setBold(true);
    l->setFont(f);
    return l;
}

} // namespace

StatusStrip::StatusStrip(QWidget* parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    auto* row = new QHBoxLayout;
    row->setContentsMargins(12, 6, 12, 6);
    row->setSpacing(18);
    d->camera = makeLabel(this, "cameraStatusLabel", 14);
    d->database = makeLabel(this, "databaseStatusLabel", 14);
    d->shift = makeLabel(this, "shiftLabel", 14);
    d->op = makeLabel(this, "operatorLabel", 14);
    d->counts = makeLabel(this, "countsLabel", 14);
    for (QLabel* l : {d->camera, d->database, d->shift, d->op})
        row->addWidget(l);
    row->addStretch(1);
    row->addWidget(d->counts);
    outer->addLayout(row);
    d->banner = makeLabel(this, "cameraBanner", 22);
    d->banner->setWordWrap(true);
    d->banner->setAlignment(Qt::AlignCenter);
    d->banner->setStyleSheet(QStringLiteral("background: #B3261E; color: white; padding: 10px;"));
    d->banner->hide();
    outer->addWidget(d->banner);
    retranslate();
}

StatusStrip::~StatusStrip() = default;

void StatusStrip::setNoCamera()
{
    d->cameraState.reset();
    d->cameraDetail.clear();
    retranslate();
}

void StatusStrip::setCameraState(scan::CameraState state, const QString& detail)
{
    d->cameraState = state;
    d->cameraDetail = detail;
    retranslate();
}

void StatusStrip::setDatabaseOk()
{
    d->dbError.clear();
    retranslate();
}

void StatusStrip::setDatabaseError(const QString& message)
{
    d->dbError = message.isEmpty() ? tr("unknown error") : message;
    retranslate();
}

void StatusStrip::setShift(const QString& shiftLabel)
{
    d->shiftLabel = shiftLabel;
    retranslate();
}

void StatusStrip::setOperator(const QString& name)
{
    d->operatorName = name;
    retranslate();
}

void StatusStrip::setCounts(qint64 in, qint64 out)
{
    d->in = in;
    d->out = out;
    retranslate();
}

void StatusStrip::setBannerAllowed(bool allowed)
{
    d->bannerAllowed = allowed;
    retranslate();
}

bool StatusStrip::cameraProblem() const
{
    return d->cameraProblem;
}

bool StatusStrip::databaseProblem() const
{
    return !d->dbError.isEmpty();
}

void StatusStrip::retranslate()
{
    QString camera;
    bool problem = false;
    if (!d->cameraState) {
        camera = tr("No camera");
    } else {
        switch (*d->cameraState) {
        case scan::CameraState::Stopped:
            camera = tr("Camera: off");
            break;
        case scan::CameraState::Opening:
            camera = tr("Camera: starting…");
            break;
        case scan::CameraState::Live:
            camera = tr("Camera: live");
            break;
        case scan::CameraState::Lost:
            camera = tr("Camera: LOST");
            problem = true;
            break;
        case scan::CameraState::Stalled:
            camera = tr("Camera: STALLED");
            problem = true;
            break;
        case scan::CameraState::Frozen:
            camera = tr("Camera: FROZEN");
            problem = true;
            break;
        }
    }
    d->camera->setText(camera);
    d->camera->setStyleSheet(problem ? QStringLiteral("color: #B3261E;") : QString());
    if (problem) {
        // What happened in the volunteer's language; the scan layer's technical sentence (device
        // path, folder) is for whoever fixes it, in the tooltip.
        QString what;
        switch (*d->cameraState) {
        case scan::CameraState::Lost:
            what = tr("The camera is unplugged or cannot be opened.");
            break;
        case scan::CameraState::Stalled:
            what = tr("The camera has sent no picture for 2 seconds.");
            break;
        case scan::CameraState::Frozen:
            what = tr("The camera keeps showing the same picture.");
            break;
        default:
            break;
        }
        d->banner->setText(
            tr("Camera not working: use the scanner gun or \"No pass / search\". Reconnecting by itself.") +
            QLatin1Char('\n') + what);
        d->banner->setToolTip(d->cameraDetail);
    }
    d->cameraProblem = problem;
    d->banner->setVisible(problem && d->bannerAllowed);

    // Short on the strip (it must fit a 1024-pixel screen beside the shift and counts); the verdict
    // screen and the tooltip carry the whole sentence.
    d->database->setText(d->dbError.isEmpty() ? tr("Database: OK") : tr("Database: FAILING"));
    d->database->setToolTip(d->dbError);
    d->database->setStyleSheet(d->dbError.isEmpty() ? QString() : QStringLiteral("color: #B3261E;"));
    d->shift->setText(tr("Shift: %1").arg(d->shiftLabel));
    d->op->setText(tr("On duty: %1").arg(d->operatorName));
    d->counts->setText(tr("In %1 · Out %2").arg(d->in).arg(d->out));
}

void StatusStrip::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace gatepost::gui
