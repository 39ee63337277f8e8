#include "scan/ScanPipeline.h"

#include "scan/CameraHealth.h"
#include "scan/DeepPassPacer.h"
#include "scan/FrameSource.h"
#include "scan/QrDecoder.h"
#include "scan/ReadDeduplicator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

namespace gatepost::scan {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("gatepost::scan::ScanPipeline", text);
}

constexpr int kPreviewWidth = 320;
constexpr int kWatchdogMs = 250;
constexpr auto kJoinTimeout = std::chrono::milliseconds(700);

std::chrono::steady_clock::time_point toTimePoint(qint64 ms)
{
    return std::chrono::steady_clock::time_point(std::chrono::milliseconds(ms));
}

} // namespace

// ---- SourceSpec ----------------------------------------------------------------------------

bool SourceSpec::parse(const QString& text, SourceSpec* out, QString* error)
{
    const QString t = text.trimmed();
    SourceSpec spec;
    bool isNumber = !t.isEmpty() && t.size() <= 4;
    for (const QChar c : t)
        isNumber = isNumber && c.isDigit() && c.unicode() < 128;
    const QFileInfo info(t);
    if (isNumber) {
        spec.kind = Kind::Device;
        spec.index = t.toInt();
    } else if (t.startsWith(QStringLiteral("/dev/"))) {
        spec.kind = Kind::Device;
        spec.location = t;
    } else if (!t.isEmpty() && info.isDir()) {
        spec.kind = Kind::ImageFolder;
        spec.location = QDir::cleanPath(info.absoluteFilePath());
    } else if (!t.isEmpty() && info.isFile()) {
        spec.kind = Kind::VideoFile;
        spec.location = info.absoluteFilePath();
    } else {
        if (error)
            *error = tr("camera source not found: %1").arg(t);
        return false;
    }
    if (out)
        *out = spec;
    return true;
}

QString SourceSpec::describe() const
{
    switch (kind) {
    case Kind::Device:
        return location.isEmpty() ? tr("camera %1").arg(index) : tr("camera %1").arg(location);
    case Kind::VideoFile:
        return tr("video file %1").arg(location);
    case Kind::ImageFolder:
        return tr("image folder %1").arg(location);
    }
    return {};
}

QString toString(CameraState s)
{
    switch (s) {
    case CameraState::Stopped:
        return QStringLiteral("stopped");
    case CameraState::Opening:
        return QStringLiteral("opening");
    case CameraState::Live:
        return QStringLiteral("live");
    case CameraState::Lost:
        return QStringLiteral("lost");
    case CameraState::Stalled:
        return QStringLiteral("stalled");
    case CameraState::Frozen:
        return QStringLiteral("frozen");
    }
    return {};
}

// ---- ScanPipeline --------------------------------------------------------------------------

namespace {

// Everything the worker threads touch. Held by shared_ptr, so a thread detached while blocked
// in a driver call can still finish safely after the pipeline is gone.
struct Shared
{
    std::mutex m;
    std::condition_variable wake;   // capture waits (pacing, backoff) and the decoder's wait
    std::condition_variable doneCv; // stop() waits for the threads on this
    bool stop = false;
    bool abandoned = false; // the pipeline no longer listens: post nothing
    bool captureDone = false;
    bool decodeDone = false;
    std::optional<Frame> latest; // the newest frame the decoder has not taken yet
    CameraHealth health;
    ScanPipeline::Stats stats;

    // Constant after start().
    SourceSpec spec;
    ScanPipeline::Options options;
    ScanPipeline* target = nullptr;
    quint64 generation = 0;
};

} // namespace

struct ScanPipeline::Private
{
    ScanPipeline* q = nullptr;
    Options options;
    SourceSpec spec;
    CameraState state = CameraState::Stopped;
    QString detail;
    ReadDeduplicator dedup;
    QTimer watchdog;
    std::shared_ptr<Shared> shared;
    std::thread captureThread;
    std::thread decodeThread;
    quint64 generation = 0;
    Stats lastStats;
    qint64 reads = 0;

    void emitIfChanged()
    {
        if (!shared)
            return;
        CameraState s;
        QString text;
        {
            std::lock_guard lock(shared->m);
            s = shared->health.state();
            text = shared->health.detail();
        }
        if (s == state && text == detail)
            return;
        state = s;
        detail = text;
        emit q->stateChanged(state, detail);
    }

    void onWatchdog()
    {
        if (!shared)
            return;
        {
            std::lock_guard lock(shared->m);
            shared->health.tick(monotonicMs());
        }
        emitIfChanged();
    }

    void onSighting(quint64 gen, const QString& text, const ReadTiming& timing)
    {
        if (gen != generation || !dedup.see(text, timing.capturedMs))
            return;
        ++reads;
        emit q->codeRead(text, timing);
    }

    void stopThreads();

    // Posts fn to the pipeline's thread; call with s.m held (so stop() can fence it off).
    template<typename Fn> static void postLocked(Shared& s, Fn fn)
    {
        if (s.abandoned)
            return;
        QMetaObject::invokeMethod(s.target, std::move(fn), Qt::QueuedConnection);
    }

    static void nudgeLocked(Shared& s)
    {
        ScanPipeline* target = s.target;
        const quint64 gen = s.generation;
        postLocked(s, [target, gen] {
            if (target->d->generation == gen)
                target->d->emitIfChanged();
        });
    }

    // Sleeps until @p atMs (monotonic); false when stop() interrupted it.
    static bool waitUntil(Shared& s, qint64 atMs)
    {
        std::unique_lock lock(s.m);
        s.wake.wait_until(lock, toTimePoint(atMs), [&s] { return s.stop; });
        return !s.stop;
    }

    static void captureLoop(std::shared_ptr<Shared> sp);
    static void decodeLoop(std::shared_ptr<Shared> sp);
};

void ScanPipeline::Private::captureLoop(std::shared_ptr<Shared> sp)
{
    Shared& s = *sp;
    FrameSource source(s.spec);
    const bool hashFrames = s.spec.kind == SourceSpec::Kind::Device;
    qint64 sequence = 0;
    qint64 periodMs = 0;
    qint64 nextDueMs = 0;
    qint64 lastPreviewMs = 0;
    bool previewed = false;

    while (true) {
        if (!source.isOpen()) {
            qint64 at = 0;
            {
                std::lock_guard lock(s.m);
                if (s.stop)
                    break;
                at = s.health.reopenAtMs();
            }
            if (at > monotonicMs() && !waitUntil(s, at))
                break;
            {
                std::lock_guard lock(s.m);
                ++s.stats.openAttempts;
            }
            QString error;
            const bool ok = source.open(&error);
            const qint64 now = monotonicMs();
            {
                std::lock_guard lock(s.m);
                if (s.stop)
                    break;
                if (ok ? s.health.opened(now) : s.health.openFailed(now, error))
                    nudgeLocked(s);
            }
            if (!ok)
                continue;
            const double fps = source.pacingFps();
            periodMs = fps > 0 ? qint64(1000.0 / fps + 0.5) : 0;
            nextDueMs = now;
        }

        Frame frame;
        QString error;
        const FrameSource::ReadStatus status = source.read(&frame, &error);
        if (status != FrameSource::ReadStatus::Frame) {
            if (status == FrameSource::ReadStatus::Failed)
                source.close();
            std::lock_guard lock(s.m);
            if (s.stop)
                break;
            const bool changed = status == FrameSource::ReadStatus::End
                                     ? s.health.stopped(tr("end of clip"))
                                     : s.health.readFailed(monotonicMs(), error);
            if (changed)
                nudgeLocked(s);
            if (status == FrameSource::ReadStatus::End)
                break;
            continue;
        }

        // Files and folders are shown at their frame rate; the frame is "captured" when due.
        if (periodMs > 0) {
            if (nextDueMs + periodMs < monotonicMs())
                nextDueMs = monotonicMs(); // fell behind (slow disk): do not burst to catch up
            if (!waitUntil(s, nextDueMs))
                break;
            nextDueMs += periodMs;
        }
        const qint64 now = monotonicMs();
        frame.sequence = ++sequence;
        frame.capturedMs = now;
        const quint64 hash = hashFrames ? CameraHealth::hashFrame(frame) : 0;

        QImage preview;
        if (s.options.previewEveryMs > 0 && (!previewed || now - lastPreviewMs >= s.options.previewEveryMs)) {
            previewed = true;
            lastPreviewMs = now;
            preview = frame.toImage();
            if (preview.width() > kPreviewWidth)
                preview = preview.scaledToWidth(kPreviewWidth, Qt::FastTransformation);
        }

        bool reopen = false;
        {
            std::lock_guard lock(s.m);
            if (s.stop)
                break;
            ++s.stats.framesCaptured;
            if (s.health.frame(now, hash))
                nudgeLocked(s);
            reopen = s.health.takeReopenRequest();
            if (s.health.state() == CameraState::Live) {
                if (s.latest)
                    ++s.stats.framesDropped;
                s.latest = std::move(frame);
                s.wake.notify_all();
            }
            if (!preview.isNull()) {
                ScanPipeline* target = s.target;
                const quint64 gen = s.generation;
                postLocked(s, [target, gen, preview] {
                    if (target->d->generation == gen)
                        emit target->framePreview(preview);
                });
            }
        }
        if (reopen)
            source.close(); // frozen: open it again after the backoff
    }

    source.close();
    std::lock_guard lock(s.m);
    s.captureDone = true;
    s.doneCv.notify_all();
}

void ScanPipeline::Private::decodeLoop(std::shared_ptr<Shared> sp)
{
    Shared& s = *sp;
    const QrDecoder decoder(s.options.decoder);
    DeepPassPacer pacer(s.options.deepPacer);
    while (true) {
        Frame frame;
        {
            std::unique_lock lock(s.m);
            s.wake.wait(lock, [&s] { return s.stop || s.latest.has_value(); });
            if (s.stop)
                break;
            frame = std::move(*s.latest);
            s.latest.reset();
        }
        // The deep passes run only while no newer frame waits (they use the idle part of the
        // frame period and never hold the next frame back by more than one pass), and on an
        // unchanged scene only now and then (DeepPassPacer).
        const bool deep = s.options.decoder.deepTier && (!s.options.paceDeepPasses || pacer.admit(frame));
        const DecodeResult result = decoder.decode(frame, [&s, deep] {
            if (!deep)
                return false;
            std::lock_guard lock(s.m);
            return !s.stop && !s.latest.has_value();
        });
        const qint64 done = monotonicMs();
        std::lock_guard lock(s.m);
        if (s.stop)
            break;
        ++s.stats.framesDecoded;
        if (!result.found)
            continue;
        ++s.stats.sightings;
        ReadTiming timing;
        timing.frameSequence = frame.sequence;
        timing.capturedMs = frame.capturedMs;
        timing.decodedMs = done;
        timing.decodeMs = result.ms;
        ScanPipeline* target = s.target;
        const quint64 gen = s.generation;
        postLocked(s,
                   [target, gen, text = result.text, timing] { target->d->onSighting(gen, text, timing); });
    }
    std::lock_guard lock(s.m);
    s.decodeDone = true;
    s.doneCv.notify_all();
}

void ScanPipeline::Private::stopThreads()
{
    watchdog.stop();
    if (!shared)
        return;
    bool captureDone = false;
    bool decodeDone = false;
    {
        std::unique_lock lock(shared->m);
        shared->stop = true;
        shared->abandoned = true;
        shared->wake.notify_all();
        shared->doneCv.wait_for(lock, kJoinTimeout,
                                [this] { return shared->captureDone && shared->decodeDone; });
        captureDone = shared->captureDone;
        decodeDone = shared->decodeDone;
        lastStats = shared->stats;
        lastStats.reads = reads;
    }
    // A thread still inside a blocking driver call is let go; it exits when the call returns.
    if (captureThread.joinable())
        captureDone ? captureThread.join() : captureThread.detach();
    if (decodeThread.joinable())
        decodeDone ? decodeThread.join() : decodeThread.detach();
    shared.reset();
}

ScanPipeline::ScanPipeline(QObject* parent)
    : ScanPipeline(Options{}, parent)
{
}

ScanPipeline::ScanPipeline(const Options& options, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    qRegisterMetaType<gatepost::scan::ReadTiming>();
    qRegisterMetaType<gatepost::scan::CameraState>();
    d->q = this;
    d->options = options;
    d->dedup.setRepeatHoldMs(options.repeatHoldMs);
    d->watchdog.setInterval(kWatchdogMs);
    connect(&d->watchdog, &QTimer::timeout, this, [this] { d->onWatchdog(); });
}

ScanPipeline::~ScanPipeline()
{
    d->stopThreads();
}

void ScanPipeline::start(const SourceSpec& source)
{
    d->stopThreads();
    FrameSource::prepareEnvironment();

    auto s = std::make_shared<Shared>();
    CameraHealth::Options h;
    h.stallTimeoutMs = d->options.stallTimeoutMs;
    h.frozenFrames = d->options.frozenFrames;
    h.reopenMinMs = d->options.reopenMinMs;
    h.reopenMaxMs = d->options.reopenMaxMs;
    h.detectFrozen = source.kind == SourceSpec::Kind::Device; // a folder may repeat one picture
    s->health = CameraHealth(h);
    s->health.opening(tr("opening %1").arg(source.describe()));
    s->spec = source;
    s->options = d->options;
    s->target = this;
    s->generation = ++d->generation;

    d->spec = source;
    d->dedup.reset();
    d->reads = 0;
    d->shared = s;
    d->emitIfChanged(); // Opening, before a worker can move the state on
    d->captureThread = std::thread(&Private::captureLoop, s);
    d->decodeThread = std::thread(&Private::decodeLoop, s);
    d->watchdog.start();
}

void ScanPipeline::stop()
{
    d->stopThreads();
    if (d->state == CameraState::Stopped)
        return;
    d->state = CameraState::Stopped;
    d->detail = tr("stopped");
    emit stateChanged(d->state, d->detail);
}

CameraState ScanPipeline::state() const
{
    return d->state;
}

SourceSpec ScanPipeline::source() const
{
    return d->spec;
}

void ScanPipeline::resetRepeat()
{
    d->dedup.reset();
}

ScanPipeline::Stats ScanPipeline::stats() const
{
    if (!d->shared)
        return d->lastStats;
    std::lock_guard lock(d->shared->m);
    Stats st = d->shared->stats;
    st.reads = d->reads;
    return st;
}

const ScanPipeline::Options& ScanPipeline::options() const
{
    return d->options;
}

qint64 ScanPipeline::monotonicMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

} // namespace gatepost::scan
