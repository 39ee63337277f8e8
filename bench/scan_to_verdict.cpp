// Scan to verdict, end to end: a paced MJPG clip of real pass cards (scan::writeDemoClip, like a
// webcam) -> the station's ScanPipeline -> StationWindow -> Checkpoint (committed to SQLite with
// synchronous=FULL) -> the verdict page. Wired like src/app/gui/StationApp.cpp on a fresh demo
// database (app::ensureDemoDatabase, the system clock). Not a Google Benchmark: the pipeline runs
// in real time, so each card is one sample.
//
// Latency of one card = (verdict time) - (capture time of the card's FIRST frame in the clip).
//  - The card's first frame: card i starts at frame i * (held + gap) of the clip (the clip's
//    layout, scan::demoClipFrameCount); the pipeline numbers frames from 1, so its sequence is
//    i * (held + gap) + 1. Every frame of a card is the same picture, so the first one is
//    readable whenever any one is.
//  - Its capture time: the pipeline stamps each frame with ScanPipeline::monotonicMs() when it
//    releases it at the clip's pace (period = round(1000 / fps) ms). The read reports the frame
//    it decoded (ReadTiming.frameSequence, .capturedMs); when that is not the first frame, the
//    first frame's time is capturedMs - (sequence - first) * period. `not_first` counts those.
//  - "verdict": ScanPipeline::monotonicMs() when StationWindow::verdictShown is emitted (the page
//    is switched, the crossing committed), and "painted": after the window's next UpdateRequest,
//    when the verdict has been painted into the window's backing store.
//
// Usage: bench_scan_to_verdict [--cards N] [--fps F] [--seconds S] [--dpi D] [--details FILE]
//                              [--muted] [--keep DIR] [--fast-tier-only]
//
// --fast-tier-only: the decoder without its idle-time passes (QrDecoder::Options::deepTier off),
// to measure what those passes cost the first frame of a card that arrives while they run.

#include "app/DemoSetup.h"
#include "app/Station.h"
#include "core/Auth.h"
#include "core/Checkpoint.h"
#include "core/Registry.h"
#include "core/StationSettings.h"
#include "gui/CategoryNames.h"
#include "gui/StationServices.h"
#include "gui/StationWindow.h"
#include "print/PassCard.h"
#include "scan/DemoClip.h"
#include "scan/ScanPipeline.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QPainter>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace gatepost;

namespace {

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

// Notices when a window has finished an UpdateRequest (the repaint and the flush).
class TimingApp final : public QApplication
{
public:
    using QApplication::QApplication;
    QWidget* watched = nullptr;
    std::function<void()> afterRepaint;

    bool notify(QObject* receiver, QEvent* event) override
    {
        const bool isRepaint = receiver == watched && event->type() == QEvent::UpdateRequest;
        const bool result = QApplication::notify(receiver, event);
        if (isRepaint && afterRepaint)
            afterRepaint();
        return result;
    }
};

struct Sample
{
    int card = -1;
    qint64 firstSequence = 0;
    scan::ReadTiming timing;
    qint64 firstCapturedMs = 0;
    qint64 shownMs = 0;
    std::optional<qint64> paintedMs;
    core::Verdict verdict = core::Verdict::Allow;
};

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    // Nearest rank.
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(v.size())));
    return v.at(std::clamp<qsizetype>(rank - 1, 0, v.size() - 1));
}

QString summary(const QList<double>& v)
{
    return QStringLiteral("n=%1  p50=%2  p95=%3  max=%4 ms")
        .arg(v.size())
        .arg(percentile(v, 50), 0, 'f', 1)
        .arg(percentile(v, 95), 0, 'f', 1)
        .arg(v.isEmpty() ? 0.0 : *std::max_element(v.begin(), v.end()), 0, 'f', 1);
}

print::PassCardData cardData(const core::PassSnapshot& s)
{
    print::PassCardData c;
    c.code = core::Registry::qrText(s.pass);
    c.serial = s.pass.serial;
    c.title = QStringLiteral("Qinghe 4th Street pass");
    c.holderLine = s.holder.name;
    c.categoryText = gui::categoryName(s.pass.category);
    c.address = s.holder.address;
    c.validUntil = s.pass.validUntil;
    return c;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimingApp app(argc, argv);

    int cardCount = 60;
    double fps = 15;
    double seconds = 1.0;
    int dpi = 150;
    bool muted = false;
    bool fastTierOnly = false;
    QString details;
    QString keep;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString a = args.at(i);
        auto value = [&] {
            return i + 1 < args.size() ? args.at(++i) : QString();
        };
        if (a == QLatin1String("--cards")) {
            cardCount = value().toInt();
        } else if (a == QLatin1String("--fps")) {
            fps = value().toDouble();
        } else if (a == QLatin1String("--seconds")) {
            seconds = value().toDouble();
        } else if (a == QLatin1String("--dpi")) {
            dpi = value().toInt();
        } else if (a == QLatin1String("--details")) {
            details = value();
        } else if (a == QLatin1String("--keep")) {
            keep = value();
        } else if (a == QLatin1String("--muted")) {
            muted = true;
        } else if (a == QLatin1String("--fast-tier-only")) {
            fastTierOnly = true;
        } else {
            QTextStream(stderr)
                << "usage: bench_scan_to_verdict [--cards N] [--fps F] [--seconds S] [--dpi D] "
                   "[--details FILE] [--muted] [--keep DIR] [--fast-tier-only]\n";
            return 2;
        }
    }
    if (cardCount < 1 || fps <= 0 || seconds <= 0 || dpi < 50)
        return 2;

    QTemporaryDir tmp;
    const QString dir = keep.isEmpty() ? tmp.path() : keep;
    QDir().mkpath(dir);
    const QString dbPath = QDir(dir).filePath(QStringLiteral("station.db"));
    const QString clipPath = QDir(dir).filePath(QStringLiteral("cards.avi"));
    QFile::remove(dbPath);
    QFile::remove(clipPath);

    // The station, as `gatepost --demo` opens it.
    app::ensureDemoDatabase(dbPath);
    auto station = app::Station::open(dbPath, app::Station::Mode::MustExist);
    app::ensureDemoOperators(station->auth());
    const auto op = station->auth().signOn(QStringLiteral("demo"), QStringLiteral("1234")).op;
    if (!op)
        qFatal("the demo operator cannot sign on");
    core::Registry& registry = station->registry();
    const QString gate = registry.station()->gate;
    core::StationSettings settings = core::StationSettings::load(station->db());
    settings.kiosk = false;
    settings.direction = core::Direction::In;
    if (muted)
        settings.muted = true;

    // Cards: distinct passes (no passback, no duplicate), every sixth one revoked (red).
    QList<core::PassSnapshot> chosen;
    {
        core::PassFilter f;
        f.status = core::PassStatus::Revoked;
        QList<core::Pass> revoked = registry.passes(f);
        f.status = core::PassStatus::Active;
        f.category = core::Category::RegisteredResident;
        qsizetype nextRevoked = 0;
        for (const core::Pass& p : registry.passes(f)) {
            if (chosen.size() >= cardCount)
                break;
            if (chosen.size() % 6 == 5 && nextRevoked < revoked.size()) {
                if (auto s = registry.snapshot(revoked.at(nextRevoked++).serial))
                    chosen << *s;
                continue;
            }
            core::CheckInput in;
            in.codeText = core::Registry::qrText(p);
            in.gate = gate;
            if (station->checkpoint().evaluate(in).verdict != core::Verdict::Allow)
                continue;
            if (auto s = registry.snapshot(p.serial))
                chosen << *s;
        }
    }
    if (chosen.size() < cardCount)
        qFatal("only %d usable passes", int(chosen.size()));

    // A 1280x720 webcam picture per card: the card (150 dpi: ~500 px, held ~40 cm away) on grey,
    // at a different place each time.
    QList<QImage> frames;
    QHash<QString, int> cardOfCode;
    for (int i = 0; i < cardCount; ++i) {
        const QImage card = print::PassCard::render(cardData(chosen.at(i)), dpi);
        QImage frame(1280, 720, QImage::Format_RGB32);
        frame.fill(QColor(0xd0, 0xd0, 0xd0));
        QPainter painter(&frame);
        const int x = 40 + (i * 137) % std::max(1, 1280 - card.width() - 80);
        const int y = 30 + (i * 71) % std::max(1, 720 - card.height() - 60);
        painter.drawImage(x, y, card);
        painter.end();
        frames << frame;
        cardOfCode.insert(core::Registry::qrText(chosen.at(i).pass), i);
    }
    QString error;
    QElapsedTimer writing;
    writing.start();
    if (!scan::writeDemoClip(frames, clipPath, &error, fps, seconds))
        qFatal("%s", qPrintable(error));
    const int perCard = scan::demoClipFrameCount(1, fps, seconds);
    const qint64 periodMs = qint64(1000.0 / fps + 0.5); // the pipeline's pacing
    out() << "clip: " << cardCount << " cards, " << scan::demoClipFrameCount(cardCount, fps, seconds)
          << " frames of 1280x720 at " << fps << " fps (" << perCard
          << " frames per card incl. gap), written in " << writing.elapsed() << " ms" << Qt::endl;

    gui::StationServices services{station->db(),   registry,        station->log(),   station->checkpoint(),
                                  station->desk(), station->auth(), station->clock(), station->events()};
    scan::ScanPipeline::Options pipelineOptions;
    pipelineOptions.decoder.deepTier = !fastTierOnly;
    scan::ScanPipeline pipeline(pipelineOptions);
    QList<Sample> samples;
    std::optional<Sample> pending; // the read being judged
    int awaitingPaint = -1;        // index into samples
    int unknownReads = 0;

    QObject::connect(&pipeline, &scan::ScanPipeline::codeRead, &app,
                     [&](const QString& text, const scan::ReadTiming& t) {
                         const int card = cardOfCode.value(text, -1);
                         if (card < 0) {
                             ++unknownReads;
                             return;
                         }
                         Sample s;
                         s.card = card;
                         s.timing = t;
                         // Frame numbers run on across loops of the clip (it does not loop here).
                         s.firstSequence = qint64(card) * perCard + 1;
                         s.firstCapturedMs = t.capturedMs - (t.frameSequence - s.firstSequence) * periodMs;
                         pending = s;
                     });
    gui::StationWindow window(services, settings, *op, &pipeline);
    window.setGate(gate);
    window.resize(1280, 800);
    window.present();
    app.watched = &window;
    app.afterRepaint = [&] {
        if (awaitingPaint >= 0) {
            samples[awaitingPaint].paintedMs = scan::ScanPipeline::monotonicMs();
            awaitingPaint = -1;
        }
    };
    QObject::connect(&window, &gui::StationWindow::verdictShown, &app, [&](core::Verdict v) {
        const qint64 now = scan::ScanPipeline::monotonicMs();
        if (!pending)
            return; // not from the camera
        pending->shownMs = now;
        pending->verdict = v;
        samples << *pending;
        pending.reset();
        awaitingPaint = int(samples.size() - 1);
    });
    QObject::connect(&pipeline, &scan::ScanPipeline::stateChanged, &app,
                     [&](scan::CameraState state, const QString&) {
                         if (state == scan::CameraState::Stopped)
                             QTimer::singleShot(500, &app, &QCoreApplication::quit);
                     });

    scan::SourceSpec spec;
    if (!scan::SourceSpec::parse(clipPath, &spec, &error))
        qFatal("%s", qPrintable(error));
    spec.loop = false;
    QElapsedTimer running;
    running.start();
    pipeline.start(spec);
    const double clipSeconds = scan::demoClipFrameCount(cardCount, fps, seconds) / fps;
    QTimer::singleShot(int(clipSeconds * 1000) + 15000, &app, &QCoreApplication::quit); // a safety net
    app.exec();
    const scan::ScanPipeline::Stats stats = pipeline.stats();
    pipeline.stop();

    QList<double> toVerdict, toPaint, decodeWait, decode, toGui;
    int allow = 0, deny = 0, check = 0, notFirstCount = 0;
    QFile detailFile(details);
    QTextStream detailOut(&detailFile);
    if (!details.isEmpty() && detailFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
        detailOut
            << "card\tverdict\tfirst_seq\tread_seq\tfirst_captured_ms\tdecode_start_wait_ms\tdecode_ms\t"
               "decoded_to_verdict_ms\tscan_to_verdict_ms\tscan_to_painted_ms\n";
    for (const Sample& s : samples) {
        toVerdict << double(s.shownMs - s.firstCapturedMs);
        if (s.paintedMs)
            toPaint << double(*s.paintedMs - s.firstCapturedMs);
        decode << s.timing.decodeMs;
        decodeWait << double(s.timing.decodedMs - s.timing.capturedMs) - s.timing.decodeMs;
        toGui << double(s.shownMs - s.timing.decodedMs);
        if (s.timing.frameSequence != s.firstSequence)
            ++notFirstCount;
        allow += s.verdict == core::Verdict::Allow;
        deny += s.verdict == core::Verdict::Deny;
        check += s.verdict == core::Verdict::Check;
        if (detailFile.isOpen())
            detailOut << s.card << '\t' << core::toString(s.verdict) << '\t' << s.firstSequence << '\t'
                      << s.timing.frameSequence << '\t' << s.firstCapturedMs << '\t'
                      << (s.timing.decodedMs - s.timing.capturedMs) - s.timing.decodeMs << '\t'
                      << s.timing.decodeMs << '\t' << (s.shownMs - s.timing.decodedMs) << '\t'
                      << (s.shownMs - s.firstCapturedMs) << '\t'
                      << (s.paintedMs ? *s.paintedMs - s.firstCapturedMs : -1) << '\n';
    }
    out() << "ran " << running.elapsed() << " ms; frames captured " << stats.framesCaptured << ", decoded "
          << stats.framesDecoded << ", dropped " << stats.framesDropped << "; reads " << stats.reads
          << Qt::endl;
    out() << "verdicts: " << samples.size() << " of " << cardCount << " cards (allow " << allow << ", deny "
          << deny << ", check " << check
          << "); read on a later frame than the card's first: " << notFirstCount
          << "; reads of unknown text: " << unknownReads << Qt::endl;
    out() << "scan to verdict (verdictShown):   " << summary(toVerdict) << Qt::endl;
    out() << "scan to verdict painted:          " << summary(toPaint) << Qt::endl;
    out() << "  capture -> decoder start:       " << summary(decodeWait) << Qt::endl;
    out() << "  decode (QrDecoder):             " << summary(decode) << Qt::endl;
    out() << "  decoded -> verdictShown:        " << summary(toGui) << Qt::endl;
    return samples.size() == cardCount ? 0 : 1;
}
