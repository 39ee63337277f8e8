// The station's decoder against its peers, in one run, on the same grayscale pixels: success
// rate, wrong reads and median/p95 ms per frame. The peers are every configuration a gate could
// have taken off the shelf: zbar (QR only, and its defaults), ZXing with default hints, and ZXing
// QR-only with either binarizer. Their union (a frame any peer reads) is the bar the station
// must clear: "peers read, station misses" should be 0, and "station reads, every peer misses"
// is what it adds (issue 10: at least a third of the frames every peer misses).
//
//   bench_compare_decoders [--details FILE.tsv] [--repeat N] [--variants] DIR...
//
// Each DIR holds frames and either truth.tsv (a header row naming at least "file" and "payload",
// optionally "scenario": ../shared/bench/qr-corpus and bench_make_pass_frames write it) or
// expected.tsv (tests/data/frames: file, expected text, ...). An empty payload means "no code".
//
// zbar and ZXing are called directly here: they are benchmark baselines, not product code. Frames
// are loaded once with scan::ImageLoader (what the camera path decodes); the decoders take turns on
// each frame in a rotating order, so a busy moment of the shared machine hits all of them alike.

#include "Percentile.h"
#include "scan/ImageLoader.h"
#include "scan/QrDecoder.h"

#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

// zbar.h first: ZXing 1.4's Error.h defines function-like macros (FormatError, ...) that break
// zbar's C++ headers.
#include <zbar.h>
// clang-format off
#include <ZXing/DecodeHints.h>
#include <ZXing/ImageView.h>
#include <ZXing/ReadBarcode.h>
#include <ZXing/Result.h>
// clang-format on

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

using gatepost::scan::Frame;
using gatepost::scan::QrDecoder;

namespace {

struct Sample
{
    QString path, source, scenario, truth; // truth empty: no code in the frame
    Frame frame;
    QByteArray packed; // width*height without row padding, for zbar
};

struct Read
{
    bool found = false;
    std::vector<std::string> texts; // every symbol the decoder returned
};

struct Decoder
{
    QString name;
    std::function<Read(const Sample&)> run;
    bool peer = true; // counts towards the union of the peers (the station and --variants do not)
};

struct Tally
{
    int ok = 0, wrong = 0, falseReads = 0;
    std::vector<double> codeMs, emptyMs;
    std::map<QString, std::pair<int, int>> byScenario; // ok, total
    std::map<QString, std::pair<int, int>> bySource;
};

// The station against the union of the peers, per scenario: frames with a code that any peer
// reads, that the station reads and no peer does, that a peer reads and the station does not,
// and that nobody reads.
struct UnionTally
{
    int peers = 0, stationOnly = 0, peersOnly = 0, nobody = 0, total = 0;
    int fastOnly = 0, fastMisses = 0; // the same two for the fast tier alone
    void add(bool station, bool fast, bool anyPeer)
    {
        ++total;
        peers += anyPeer;
        stationOnly += station && !anyPeer;
        peersOnly += anyPeer && !station;
        nobody += !station && !anyPeer;
        fastOnly += fast && !anyPeer;
        fastMisses += anyPeer && !fast;
    }
};

QStringList splitTab(const QByteArray& line)
{
    QString s = QString::fromUtf8(line);
    if (s.endsWith(QLatin1Char('\r')))
        s.chop(1);
    return s.split(QLatin1Char('\t'));
}

bool loadDir(const QString& dir, std::vector<Sample>& out)
{
    const QString source = QDir(dir).dirName();
    QFile truth(dir + QStringLiteral("/truth.tsv"));
    QFile expected(dir + QStringLiteral("/expected.tsv"));
    struct Row
    {
        QString file, scenario, payload;
    };
    std::vector<Row> rows;
    if (truth.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = truth.readAll().split('\n');
        const QStringList head = splitTab(lines.value(0));
        const qsizetype f = head.indexOf(QStringLiteral("file")), p = head.indexOf(QStringLiteral("payload")),
                        s = head.indexOf(QStringLiteral("scenario"));
        if (f < 0 || p < 0) {
            std::fprintf(stderr, "%s: truth.tsv needs 'file' and 'payload' columns\n", qPrintable(dir));
            return false;
        }
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (lines[i].trimmed().isEmpty())
                continue;
            const QStringList c = splitTab(lines[i]);
            rows.push_back({c.value(f), s >= 0 ? c.value(s) : QString(), c.value(p)});
        }
    } else if (expected.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : expected.readAll().split('\n')) {
            if (line.trimmed().isEmpty() || line.startsWith('#'))
                continue;
            const QStringList c = splitTab(line);
            rows.push_back({c.value(0), QStringLiteral("golden"), c.value(1)});
        }
    } else {
        std::fprintf(stderr, "%s: no truth.tsv or expected.tsv\n", qPrintable(dir));
        return false;
    }
    for (const Row& r : rows) {
        Sample s;
        s.path = dir + QLatin1Char('/') + r.file;
        s.source = source;
        s.scenario = r.payload.isEmpty() ? QStringLiteral("empty") : r.scenario;
        s.truth = r.payload;
        QString error;
        const auto frame = gatepost::scan::ImageLoader::load(s.path, &error);
        if (!frame) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return false;
        }
        s.frame = *frame;
        for (int y = 0; y < s.frame.height; ++y)
            s.packed.append(s.frame.gray.constData() + qsizetype(y) * s.frame.stride, s.frame.width);
        out.push_back(std::move(s));
    }
    return true;
}

Read readOf(const gatepost::scan::DecodeResult& r)
{
    Read out;
    out.found = r.found;
    if (r.found)
        out.texts.push_back(r.text.toStdString());
    return out;
}

// The station as the gate runs it when the decoder has the rest of the frame period to itself
// (every pass), or with a newer frame always waiting (@p fastTierOnly: the deep tier is skipped).
Decoder station(const QString& name, const QrDecoder::Options& o, bool fastTierOnly = false)
{
    return {name,
            [d = QrDecoder(o), fastTierOnly](const Sample& s) {
                return readOf(fastTierOnly ? d.decode(s.frame, [] { return false; }) : d.decode(s.frame));
            },
            false};
}

// ZXing exactly as a caller gets it with `DecodeHints{}`: all formats, tryHarder, tryRotate,
// tryDownscale, LocalAverage binarizer (ZXing 1.4 DecodeHints.h); ReadBarcode returns the first.
Decoder zxingDefaults()
{
    return {QStringLiteral("ZXing 1.4, default DecodeHints"), [](const Sample& s) {
                Read out;
                try {
                    const ZXing::ImageView view(reinterpret_cast<const uint8_t*>(s.frame.gray.constData()),
                                                s.frame.width, s.frame.height, ZXing::ImageFormat::Lum,
                                                s.frame.stride);
                    const ZXing::Result r = ZXing::ReadBarcode(view, ZXing::DecodeHints());
                    if (r.isValid()) {
                        out.found = true;
                        out.texts.push_back(r.text());
                    }
                } catch (...) {
                }
                return out;
            }};
}

Decoder zbarScanner(bool qrOnly)
{
    std::shared_ptr<zbar::zbar_image_scanner_t> scanner(zbar::zbar_image_scanner_create(),
                                                        zbar::zbar_image_scanner_destroy);
    if (qrOnly) {
        zbar::zbar_image_scanner_set_config(scanner.get(), zbar::ZBAR_NONE, zbar::ZBAR_CFG_ENABLE, 0);
        zbar::zbar_image_scanner_set_config(scanner.get(), zbar::ZBAR_QRCODE, zbar::ZBAR_CFG_ENABLE, 1);
    }
    return {qrOnly ? QStringLiteral("zbar 0.23, QR only") : QStringLiteral("zbar 0.23, default config"),
            [scanner](const Sample& s) {
                Read out;
                zbar::zbar_image_t* img = zbar::zbar_image_create();
                zbar::zbar_image_set_format(img, zbar_fourcc('Y', '8', '0', '0'));
                zbar::zbar_image_set_size(img, unsigned(s.frame.width), unsigned(s.frame.height));
                zbar::zbar_image_set_data(img, s.packed.constData(), unsigned(s.packed.size()), nullptr);
                if (zbar::zbar_scan_image(scanner.get(), img) > 0) {
                    out.found = true;
                    for (const zbar::zbar_symbol_t* sym = zbar::zbar_image_first_symbol(img); sym;
                         sym = zbar::zbar_symbol_next(sym))
                        out.texts.emplace_back(zbar::zbar_symbol_get_data(sym),
                                               zbar::zbar_symbol_get_data_length(sym));
                }
                zbar::zbar_image_destroy(img);
                return out;
            }};
}

// The station's order until 2026-11-29 (--variants), for comparison: LocalAverage then
// GlobalHistogram, each through ZXing's own tryDownscale, which builds the 1/3 layer up front on
// every large frame, twice when the first pass fails.
std::optional<std::string> zxingQr(const Frame& f, ZXing::Binarizer b)
{
    try {
        ZXing::DecodeHints h;
        h.setFormats(ZXing::BarcodeFormat::QRCode)
            .setTryHarder(false)
            .setTryRotate(false)
            .setTryDownscale(true)
            .setMaxNumberOfSymbols(1)
            .setBinarizer(b);
        const ZXing::ImageView v(reinterpret_cast<const uint8_t*>(f.gray.constData()), f.width, f.height,
                                 ZXing::ImageFormat::Lum, f.stride);
        const ZXing::Result r = ZXing::ReadBarcode(v, h);
        if (r.isValid())
            return r.text();
    } catch (...) {
    }
    return std::nullopt;
}

Decoder zxingQrOnly(ZXing::Binarizer b)
{
    return {b == ZXing::Binarizer::LocalAverage ? QStringLiteral("ZXing 1.4, QR only, LocalAverage")
                                                : QStringLiteral("ZXing 1.4, QR only, GlobalHistogram"),
            [b](const Sample& s) {
                Read out;
                if (auto t = zxingQr(s.frame, b))
                    out.found = true, out.texts.push_back(*t);
                return out;
            }};
}

Decoder previousOrder()
{
    return {QStringLiteral("previous station order (ZXing tryDownscale per pass)"),
            [](const Sample& s) {
                Read out;
                auto t = zxingQr(s.frame, ZXing::Binarizer::LocalAverage);
                if (!t)
                    t = zxingQr(s.frame, ZXing::Binarizer::GlobalHistogram);
                if (t)
                    out.found = true, out.texts.push_back(*t);
                return out;
            },
            false};
}

QString ms(double v)
{
    return std::isnan(v) ? QStringLiteral("–") : QString::number(v, 'f', v < 10 ? 2 : 1);
}

} // namespace

int main(int argc, char** argv)
{
    QStringList dirs;
    QString detailsPath;
    bool variants = false;
    int repeat = 1;
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if (a == QLatin1String("--details") && i + 1 < argc)
            detailsPath = QString::fromLocal8Bit(argv[++i]);
        else if (a == QLatin1String("--repeat") && i + 1 < argc)
            repeat = std::max(1, std::atoi(argv[++i]));
        else if (a == QLatin1String("--variants"))
            variants = true;
        else if (a.startsWith(QLatin1String("--"))) {
            std::fprintf(stderr, "usage: %s [--details FILE.tsv] [--repeat N] [--variants] DIR...\n",
                         argv[0]);
            return 2;
        } else
            dirs << a;
    }
    if (dirs.isEmpty()) {
        std::fprintf(stderr, "usage: %s [--details FILE.tsv] [--repeat N] [--variants] DIR...\n", argv[0]);
        return 2;
    }

    std::vector<Sample> samples;
    for (const QString& d : dirs)
        if (!loadDir(d, samples))
            return 1;

    std::vector<Decoder> decoders{
        station(QStringLiteral("**Gatepost station** (QrDecoder defaults, every pass)"), {}),
        station(QStringLiteral("**Gatepost station, fast tier** (a newer frame always waiting)"), {}, true),
        zxingDefaults(),
        zxingQrOnly(ZXing::Binarizer::LocalAverage),
        zxingQrOnly(ZXing::Binarizer::GlobalHistogram),
        zbarScanner(true),
        zbarScanner(false)};
    if (variants) {
        QrDecoder::Options frameOnly; // LocalAverage on the frame, nothing else
        frameOnly.halfLayer = false;
        frameOnly.deepTier = false;
        frameOnly.stretchBelowSpan = 0;
        decoders.push_back(station(QStringLiteral("QrDecoder, the frame alone"), frameOnly));
        QrDecoder::Options mirror = frameOnly; // the ZXing defaults through the product adapter
        mirror.allFormats = true;
        mirror.tryHarder = true;
        mirror.tryRotate = true;
        decoders.push_back(station(QStringLiteral("QrDecoder with ZXing's default options"), mirror));
        QrDecoder::Options noHalf;
        noHalf.halfLayer = false;
        decoders.push_back(station(QStringLiteral("QrDecoder without the half layer"), noHalf));
        // The narrow-range stretch (QrDecoder::Options::stretchBelowSpan): without it, and wider.
        for (const int span : {0, 180}) {
            QrDecoder::Options stretch;
            stretch.stretchBelowSpan = span;
            decoders.push_back(station(QStringLiteral("QrDecoder, stretchBelowSpan %1").arg(span), stretch));
        }
        // ZXing QR-only, LocalAverage then GlobalHistogram: a peer cascade, read by the union already.
        decoders.push_back(previousOrder());
    }

    std::vector<Tally> tally(decoders.size());
    std::FILE* details = detailsPath.isEmpty() ? nullptr : std::fopen(qPrintable(detailsPath), "w");
    if (details) {
        std::fprintf(details, "file\tscenario\ttruth");
        for (const Decoder& d : decoders)
            std::fprintf(details, "\t%s\t%s ms", qPrintable(d.name), qPrintable(d.name));
        std::fprintf(details, "\n");
    }
    int ceiling = 0, withCode = 0, empty = 0;
    UnionTally all;
    std::map<QString, UnionTally> unionByScenario;
    for (size_t i = 0; i < samples.size(); ++i) {
        const Sample& s = samples[i];
        const bool hasCode = !s.truth.isEmpty();
        hasCode ? ++withCode : ++empty;
        const std::string truth = s.truth.toStdString();
        std::vector<QString> cells(decoders.size());
        std::vector<bool> read(decoders.size(), false); // read this frame's code
        bool any = false, anyPeer = false;
        for (size_t k = 0; k < decoders.size(); ++k) {
            const size_t j = (i + k) % decoders.size(); // rotate who goes first
            // The fastest of --repeat runs: the decoders are deterministic, and the minimum is the
            // figure least disturbed by other work on a shared machine.
            Read r;
            double elapsed = 0;
            for (int rep = 0; rep < repeat; ++rep) {
                const auto t0 = std::chrono::steady_clock::now();
                r = decoders[j].run(s);
                const double e =
                    std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
                elapsed = rep == 0 ? e : std::min(elapsed, e);
            }
            Tally& t = tally[j];
            const bool ok = hasCode && std::find(r.texts.begin(), r.texts.end(), truth) != r.texts.end();
            QString verdict = ok ? QStringLiteral("ok") : QStringLiteral("-");
            if (hasCode) {
                t.codeMs.push_back(elapsed);
                t.ok += ok;
                read[j] = ok;
                any = any || ok;
                anyPeer = anyPeer || (ok && decoders[j].peer);
                if (r.found && !ok)
                    ++t.wrong, verdict = QStringLiteral("WRONG:") + QString::fromStdString(r.texts.front());
                auto& sc = t.byScenario[s.scenario];
                sc.first += ok, ++sc.second;
                auto& so = t.bySource[s.source];
                so.first += ok, ++so.second;
            } else {
                t.emptyMs.push_back(elapsed);
                if (r.found)
                    ++t.falseReads,
                        verdict = QStringLiteral("FALSE:") + QString::fromStdString(r.texts.front());
            }
            cells[j] = verdict + QLatin1Char('\t') + QString::number(elapsed, 'f', 3);
        }
        ceiling += any;
        if (hasCode) {
            // decoders[0] is the station with every pass, decoders[1] its fast tier.
            all.add(read[0], read[1], anyPeer);
            unionByScenario[s.scenario].add(read[0], read[1], anyPeer);
        }
        if (details) {
            std::fprintf(details, "%s\t%s\t%s", qPrintable(s.path), qPrintable(s.scenario),
                         qPrintable(s.truth));
            for (const QString& c : cells)
                std::fprintf(details, "\t%s", qPrintable(c));
            std::fprintf(details, "\n");
        }
    }
    if (details)
        std::fclose(details);

    std::printf("%d frames with a code, %d without, from %s; fastest of %d run(s) per frame\n\n", withCode,
                empty, qPrintable(dirs.join(QStringLiteral(", "))), repeat);
    std::printf("| decoder | decoded | success %% | median ms | p95 ms | wrong reads | empty frames: median "
                "ms | p95 ms | "
                "false reads |\n|---|---|---|---|---|---|---|---|---|\n");
    for (size_t j = 0; j < decoders.size(); ++j) {
        const Tally& t = tally[j];
        std::printf("| %s | %d / %d | %.1f %% | %s | %s | %d | %s | %s | %d |\n",
                    qPrintable(decoders[j].name), t.ok, withCode, withCode ? 100.0 * t.ok / withCode : 0.0,
                    qPrintable(ms(percentile(t.codeMs, 0.5))), qPrintable(ms(percentile(t.codeMs, 0.95))),
                    t.wrong, qPrintable(ms(percentile(t.emptyMs, 0.5))),
                    qPrintable(ms(percentile(t.emptyMs, 0.95))), t.falseReads);
    }
    std::printf("| union of the peers (any peer reads the frame) | %d / %d | %.1f %% | | | | | | |\n",
                all.peers, withCode, withCode ? 100.0 * all.peers / withCode : 0.0);
    std::printf("| any of the above (ceiling) | %d / %d | %.1f %% | | | | | | |\n", ceiling, withCode,
                withCode ? 100.0 * ceiling / withCode : 0.0);

    // The goal, per scenario: nothing a peer reads is missed, and a share of what every peer misses
    // is read.
    std::printf(
        "\n| scenario | frames | union of the peers | station reads, every peer misses | peers read, "
        "station misses | nobody reads | station's share of the frames every peer misses | fast tier: "
        "reads, every peer misses / peers read, it misses / share |\n"
        "|---|---|---|---|---|---|---|---|\n");
    const auto unionRow = [](const QString& name, const UnionTally& u) {
        const int peersMiss = u.total - u.peers;
        const auto share = [peersMiss](int n) {
            return peersMiss ? QStringLiteral("%1 %").arg(100.0 * n / peersMiss, 0, 'f', 0)
                             : QStringLiteral("–");
        };
        std::printf("| %s | %d | %d | %d | %d | %d | %s | %d / %d / %s |\n", qPrintable(name), u.total,
                    u.peers, u.stationOnly, u.peersOnly, u.nobody, qPrintable(share(u.stationOnly)),
                    u.fastOnly, u.fastMisses, qPrintable(share(u.fastOnly)));
    };
    for (const auto& [scenario, u] : unionByScenario)
        unionRow(scenario, u);
    unionRow(QStringLiteral("**all**"), all);
    // Paired, frame by frame: how often the station is faster than each other decoder.
    std::printf("\nStation faster than, frame by frame (frames with a code / empty frames):\n");
    for (size_t j = 1; j < decoders.size(); ++j) {
        int code = 0, none = 0;
        for (size_t i = 0; i < tally[0].codeMs.size(); ++i)
            code += tally[0].codeMs[i] < tally[j].codeMs[i];
        for (size_t i = 0; i < tally[0].emptyMs.size(); ++i)
            none += tally[0].emptyMs[i] < tally[j].emptyMs[i];
        std::printf("- %s: %.0f %% / %.0f %%\n", qPrintable(decoders[j].name),
                    100.0 * code / double(std::max<size_t>(1, tally[0].codeMs.size())),
                    100.0 * none / double(std::max<size_t>(1, tally[0].emptyMs.size())));
    }

    // Where each decoder wins and loses: frames decoded per source and per scenario.
    for (const bool bySource : {true, false}) {
        const auto& keysOf = bySource ? tally[0].bySource : tally[0].byScenario;
        std::printf("\n| %s |", bySource ? "source" : "scenario");
        for (const Decoder& d : decoders)
            std::printf(" %s |", qPrintable(d.name));
        std::printf("\n|---|");
        for (size_t j = 0; j < decoders.size(); ++j)
            std::printf("---|");
        std::printf("\n");
        for (const auto& [key, unused] : keysOf) {
            std::printf("| %s |", qPrintable(key));
            for (const Tally& t : tally) {
                const auto& m = bySource ? t.bySource : t.byScenario;
                const auto it = m.find(key);
                std::printf(" %d / %d |", it->second.first, it->second.second);
            }
            std::printf("\n");
        }
    }
    return 0;
}
