// Per card, not per frame: how long a card takes from entering the camera's view to being read,
// on clips of the hard cases (bench_make_pass_frames --clips: each card slides in over 8 frames,
// is held for 22, then 12 frames of the empty scene). The clip is an image folder played through
// the station's own ScanPipeline (capture thread paced at --fps, newest-frame decoder thread with
// its idle-time passes, de-duplication), exactly the camera path of the gate. Not a Google
// Benchmark: the pipeline runs in real time, one sample per card.
//
// Latency of a card = (when the decoder finished the frame it read) - (capture time of the card's
// first frame). The pipeline numbers frames from 1 in the folder's order, so the card's first
// frame (index `first` in cards.tsv, from 0) is sequence first + 1; when the read frame is a later
// one, the first frame's capture time is capturedMs - (sequence - first - 1) x period. Add the
// verdict itself (rules, the durable commit, the page: 6 ms p50, bench_scan_to_verdict) for the
// time to the verdict.
//
//   bench_card_latency CLIPDIR [--fps F] [--fast-tier-only] [--unpaced] [--details FILE]
//
// --fast-tier-only: no deep passes; --unpaced: deep passes on every frame that leaves time for
// them, not only on changed scenes (ScanPipeline::Options::paceDeepPasses off). The process's CPU
// time (e.g. /usr/bin/time) shows what each costs.

#include "Percentile.h"
#include "scan/ScanPipeline.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <vector>

using namespace gatepost;

namespace {

struct Card
{
    int index = 0;
    QString scenario, payload;
    qint64 firstSeq = 0, lastSeq = 0; // pipeline sequences (from 1)
    std::optional<double> latencyMs;
    qint64 readSeq = 0;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QString dir, details;
    double fps = 30;
    bool fastTierOnly = false;
    bool unpaced = false;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString a = args.at(i);
        if (a == QLatin1String("--fps") && i + 1 < args.size())
            fps = args.at(++i).toDouble();
        else if (a == QLatin1String("--details") && i + 1 < args.size())
            details = args.at(++i);
        else if (a == QLatin1String("--fast-tier-only"))
            fastTierOnly = true;
        else if (a == QLatin1String("--unpaced"))
            unpaced = true;
        else if (!a.startsWith(QLatin1String("--")) && dir.isEmpty())
            dir = a;
        else {
            QTextStream(stderr) << "usage: bench_card_latency CLIPDIR [--fps F] [--fast-tier-only] "
                                   "[--unpaced] [--details FILE]\n";
            return 2;
        }
    }
    if (dir.isEmpty() || fps <= 0) {
        QTextStream(stderr) << "usage: bench_card_latency CLIPDIR [--fps F] [--fast-tier-only] [--unpaced] "
                               "[--details FILE]\n";
        return 2;
    }
    QFile truth(dir + QStringLiteral("/cards.tsv"));
    if (!truth.open(QIODevice::ReadOnly | QIODevice::Text)) {
        QTextStream(stderr) << "no cards.tsv in " << dir << " (bench_make_pass_frames --clips)\n";
        return 1;
    }
    std::vector<Card> cards;
    QHash<QString, int> cardOfCode;
    truth.readLine(); // header
    while (!truth.atEnd()) {
        const QStringList c = QString::fromUtf8(truth.readLine()).trimmed().split(QLatin1Char('\t'));
        if (c.size() < 5)
            continue;
        Card card;
        card.index = c[0].toInt();
        card.scenario = c[1];
        card.firstSeq = c[2].toLongLong() + 1;
        card.lastSeq = c[3].toLongLong() + 1;
        card.payload = c[4];
        if (cardOfCode.contains(card.payload)) {
            QTextStream(stderr) << "two cards carry " << card.payload << ": use more codes than cards\n";
            return 1;
        }
        cardOfCode.insert(card.payload, int(cards.size()));
        cards.push_back(card);
    }

    scan::ScanPipeline::Options options;
    options.previewEveryMs = 0;
    options.decoder.deepTier = !fastTierOnly;
    options.paceDeepPasses = !unpaced;
    scan::ScanPipeline pipeline(options);
    const double periodMs = std::round(1000.0 / fps);
    int foreign = 0, late = 0;
    QObject::connect(&pipeline, &scan::ScanPipeline::codeRead, &app,
                     [&](const QString& text, const scan::ReadTiming& t) {
                         const int i = cardOfCode.value(text, -1);
                         if (i < 0) {
                             ++foreign;
                             return;
                         }
                         Card& c = cards[size_t(i)];
                         if (c.latencyMs)
                             return;
                         if (t.frameSequence < c.firstSeq || t.frameSequence > c.lastSeq + 12) {
                             ++late; // not a frame of this card's turn (cannot happen with distinct codes)
                             return;
                         }
                         const double firstCaptured =
                             double(t.capturedMs) - double(t.frameSequence - c.firstSeq) * periodMs;
                         c.latencyMs = double(t.decodedMs) - firstCaptured;
                         c.readSeq = t.frameSequence;
                     });
    QObject::connect(&pipeline, &scan::ScanPipeline::stateChanged, &app,
                     [&](scan::CameraState state, const QString&) {
                         if (state == scan::CameraState::Stopped)
                             QTimer::singleShot(500, &app, &QCoreApplication::quit);
                     });
    scan::SourceSpec spec;
    QString error;
    if (!scan::SourceSpec::parse(dir, &spec, &error)) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    spec.fps = fps;
    spec.loop = false;
    pipeline.start(spec);
    const qint64 frames = cards.empty() ? 0 : cards.back().lastSeq + 12;
    QTimer::singleShot(int(double(frames) * periodMs) + 20000, &app, &QCoreApplication::quit); // safety net
    app.exec();
    const scan::ScanPipeline::Stats stats = pipeline.stats();
    pipeline.stop();

    QTextStream out(stdout);
    std::vector<double> all;
    std::map<QString, std::pair<int, int>> byScenario; // read, total
    std::map<QString, std::vector<double>> latencyByScenario;
    int within1s = 0;
    for (const Card& c : cards) {
        auto& s = byScenario[c.scenario];
        ++s.second;
        if (c.latencyMs) {
            ++s.first;
            all.push_back(*c.latencyMs);
            latencyByScenario[c.scenario].push_back(*c.latencyMs);
            within1s += *c.latencyMs <= 1000;
        }
    }
    // Cards never read count as "not within 1 s" and, for the p95, as slower than any read one.
    std::vector<double> withMisses = all;
    withMisses.resize(cards.size(), std::numeric_limits<double>::infinity());
    out << "clip " << dir << ": " << cards.size() << " cards at " << fps << " fps"
        << (fastTierOnly ? ", fast tier only"
            : unpaced    ? ", every pass while there is time"
                         : ", every pass while there is time, paced on unchanged scenes")
        << Qt::endl;
    out << "frames captured " << stats.framesCaptured << ", decoded " << stats.framesDecoded << ", dropped "
        << stats.framesDropped << "; reads of other text " << foreign << ", out of turn " << late << Qt::endl;
    out << "cards read " << all.size() << " / " << cards.size() << ", within 1 s " << within1s << " ("
        << QString::number(100.0 * within1s / double(std::max<size_t>(1, cards.size())), 'f', 1) << " %)"
        << Qt::endl;
    out << "entering view -> read, read cards: p50 " << QString::number(percentile(all, 0.5), 'f', 0)
        << " ms, p95 " << QString::number(percentile(all, 0.95), 'f', 0) << " ms, max "
        << QString::number(all.empty() ? 0 : *std::max_element(all.begin(), all.end()), 'f', 0)
        << " ms; p95 of all cards (unread = never): "
        << (std::isinf(percentile(withMisses, 0.95))
                ? QStringLiteral("never")
                : QString::number(percentile(withMisses, 0.95), 'f', 0) + QStringLiteral(" ms"))
        << Qt::endl;
    out << "\n| scenario | cards read | p50 ms | max ms |\n|---|---|---|---|\n";
    for (const auto& [scenario, n] : byScenario) {
        const auto& v = latencyByScenario[scenario];
        out << "| " << scenario << " | " << n.first << " / " << n.second << " | "
            << (v.empty() ? QStringLiteral("–") : QString::number(percentile(v, 0.5), 'f', 0)) << " | "
            << (v.empty() ? QStringLiteral("–")
                          : QString::number(*std::max_element(v.begin(), v.end()), 'f', 0))
            << " |\n";
    }
    if (!details.isEmpty()) {
        QFile f(details);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            QTextStream d(&f);
            d << "card\tscenario\tfirst_seq\tread_seq\tlatency_ms\n";
            for (const Card& c : cards)
                d << c.index << '\t' << c.scenario << '\t' << c.firstSeq << '\t' << c.readSeq << '\t'
                  << (c.latencyMs ? QString::number(*c.latencyMs, 'f', 1) : QStringLiteral("-")) << '\n';
        }
    }
    return 0;
}
