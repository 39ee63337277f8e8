#include "StatusStrip.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
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
    QHBoxLayout* row = nullptr;
    QWidget* syncBar = nullptr;
    QLabel* syncWord = nullptr;
    QLabel* sync = nullptr;
    QLabel* registry = nullptr;
    QLabel* syncProblems = nullptr;

    std::optional<scan::CameraState> cameraState; // nullopt = no camera
    QString cameraDetail;
    QString dbError;
    QString shiftLabel;
    QString operatorName;
    qint64 in = 0;
    qint64 out = 0;
    bool cameraProblem = false;
    bool bannerAllowed = true;
    core::SyncHealth health;
    QTimeZone zone = QTimeZone::systemTimeZone();
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
    d->row = row;
    row->setContentsMargins(12, 6, 12, 6);
    row->setSpacing(12);
    d->camera = makeLabel(this, "cameraStatusLabel", 14);
    d->database = makeLabel(this, "databaseStatusLabel", 14);
    d->shift = makeLabel(this, "shiftLabel", 14);
    d->op = makeLabel(this, "operatorLabel", 14);
    d->counts = makeLabel(this, "countsLabel", 14);
    d->syncWord = makeLabel(this, "syncWordLabel", 14);
    d->syncWord->hide();
    for (QLabel* l : {d->camera, d->database, d->syncWord, d->shift, d->op})
        row->addWidget(l);
    row->addStretch(1);
    row->addWidget(d->counts);
    outer->addLayout(row);
    // The sync line: a second, smaller row, there only when a hub is configured.
    d->syncBar = new QWidget(this);
    d->syncBar->setObjectName(QStringLiteral("syncBar"));
    auto* syncRow = new QHBoxLayout(d->syncBar);
    syncRow->setContentsMargins(12, 0, 12, 2);
    syncRow->setSpacing(12);
    d->sync = makeLabel(d->syncBar, "syncStatusLabel", 10);
    d->registry = makeLabel(d->syncBar, "registryStaleLabel", 10);
    d->syncProblems = makeLabel(d->syncBar, "syncProblemsLabel", 10);
    for (QLabel* l : {d->sync, d->registry, d->syncProblems}) {
        QFont f = l->font();
        f.setBold(false); // the line is long: regular weight keeps it on a 1024-pixel screen
        l->setFont(f);
    }
    syncRow->addWidget(d->sync);
    syncRow->addWidget(d->registry);
    syncRow->addStretch(1);
    syncRow->addWidget(d->syncProblems);
    d->syncBar->hide();
    outer->addWidget(d->syncBar);
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

void StatusStrip::setSyncHealth(const core::SyncHealth& health)
{
    d->health = health;
    retranslateSync();
}

void StatusStrip::setTimeZone(const QTimeZone& zone)
{
    d->zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    retranslateSync();
}

bool StatusStrip::syncShown() const
{
    return d->health.state != core::SyncHealth::State::Standalone;
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
    retranslateSync();
}

void StatusStrip::retranslateSync()
{
    using State = core::SyncHealth::State;
    const core::SyncHealth& h = d->health;
    // The whole line where there is room for it (the scanning screen, like the camera banner);
    // elsewhere one word beside the camera's, so a verdict or a form keeps its 768 pixels.
    const bool standalone = h.state == State::Standalone;
    d->syncBar->setVisible(!standalone && d->bannerAllowed);
    // The line sits close under the strip: every pixel goes to the camera picture below.
    d->row->setContentsMargins(12, 6, 12, d->syncBar->isVisibleTo(this) ? 0 : 6);
    d->syncWord->setVisible(!standalone && !d->bannerAllowed);
    if (standalone)
        return;
    QString text;
    QString color;
    switch (h.state) {
    case State::Synced:
        text = h.secondsSinceContact < 60
                   ? tr("Synced %1 s ago").arg(std::max<qint64>(0, h.secondsSinceContact))
                   : tr("Synced %1 min ago").arg(h.secondsSinceContact / 60);
        color = QStringLiteral("#1B7F3B");
        break;
    case State::Connecting:
        text = tr("Connecting to the hub…");
        color = QStringLiteral("#5F6368");
        break;
    case State::Offline: {
        if (h.offlineSinceUtc.isValid()) {
            // Today: the time alone; another day: the date too (as the verdict's earlier crossing).
            const QDateTime local = h.offlineSinceUtc.toTimeZone(d->zone);
            const QDateTime now = h.offlineSinceUtc.addSecs(std::max<qint64>(0, h.secondsSinceContact));
            const QString when = local.date() == now.toTimeZone(d->zone).date()
                                     ? local.toString(QStringLiteral("HH:mm"))
                                     : local.toString(QStringLiteral("MM-dd HH:mm"));
            text = tr("Offline since %1").arg(when);
        } else {
            text = tr("Offline, hub never reached");
        }
        // (No plural forms in the translation files: one is said on its own.)
        if (h.waitingCrossings == 1)
            text += tr(" · 1 crossing waiting");
        else if (h.waitingCrossings > 1)
            text += tr(" · %1 crossings waiting").arg(h.waitingCrossings);
        else if (h.waiting > 0)
            text += tr(" · changes waiting: %1").arg(h.waiting);
        color = QStringLiteral("#B3261E");
        break;
    }
    case State::Standalone:
        break;
    }
    d->sync->setText(text);
    d->sync->setStyleSheet(QStringLiteral("color: %1;").arg(color));
    const QString amber = QStringLiteral("#9A5B00");
    const bool warn = h.state == State::Synced && (h.registryStale || h.conflicts > 0 || h.refused > 0);
    d->syncWord->setText(h.state == State::Synced       ? (warn ? tr("Sync: check") : tr("Sync: OK"))
                         : h.state == State::Connecting ? tr("Sync: …")
                                                        : tr("Sync: OFFLINE"));
    d->syncWord->setStyleSheet(QStringLiteral("color: %1;").arg(warn ? amber : color));

    d->registry->setVisible(h.registryStale);
    if (h.registryStale) {
        d->registry->setText(
            h.lastRegistryUtc.isValid()
                ? tr("Pass list from %1 — revocations may be missing")
                      .arg(h.lastRegistryUtc.toTimeZone(d->zone).toString(QStringLiteral("MM-dd HH:mm")))
                : tr("Pass list never received — revocations may be missing"));
        d->registry->setStyleSheet(QStringLiteral("color: %1;").arg(amber));
    }

    QStringList problems;
    if (h.conflicts > 0)
        problems << tr("Conflicts: %1").arg(h.conflicts);
    if (h.refused > 0)
        problems << tr("Refused: %1").arg(h.refused);
    d->syncProblems->setVisible(!problems.isEmpty());
    d->syncProblems->setText(problems.join(QStringLiteral(" · ")));
    d->syncProblems->setStyleSheet(QStringLiteral("color: %1;").arg(amber));
    // The whole story where the word stands in for the line.
    QStringList all{text};
    if (h.registryStale)
        all << d->registry->text();
    all << problems;
    d->syncWord->setToolTip(all.join(QLatin1Char('\n')));
}

void StatusStrip::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace gatepost::gui
