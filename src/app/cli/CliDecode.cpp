// decode: the station's own decoder on still images, timed. The way anyone can measure the
// decoder from outside: no database, no rules, only ImageLoader + QrDecoder with the options the
// camera path uses.

#include "Cli.h"

#include "scan/ImageLoader.h"
#include "scan/QrDecoder.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gatepost::cli {

namespace {

// One line per file in the text output: tabs and line breaks inside a decoded text are escaped
// so a line is always one file.
QString oneLine(const QString& text)
{
    QString s;
    s.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('\\'))
            s += QLatin1String("\\\\");
        else if (c == QLatin1Char('\t'))
            s += QLatin1String("\\t");
        else if (c == QLatin1Char('\n'))
            s += QLatin1String("\\n");
        else if (c == QLatin1Char('\r'))
            s += QLatin1String("\\r");
        else
            s += c;
    }
    return s;
}

} // namespace

int cmdDecode(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Images."), QStringLiteral("FILE..."));
    p.addOption({QStringLiteral("json"), QStringLiteral("JSON output.")});
    parseOrThrow(p, ctx);
    const QStringList files = p.positionalArguments();
    if (files.isEmpty())
        throw UsageError(QStringLiteral("expected one or more image files"));

    // Load every image first, like scan-image: an unreadable file stops the run before any
    // figure is printed, so a partial table is never mistaken for a whole one.
    QList<scan::Frame> frames;
    QList<double> loadMs;
    for (const QString& f : files) {
        QElapsedTimer timer;
        timer.start();
        QString error;
        const auto frame = scan::ImageLoader::load(f, &error);
        if (!frame)
            throw CommandError(error);
        loadMs.append(double(timer.nsecsElapsed()) / 1e6);
        frames.append(*frame);
    }

    // Default options: exactly what the camera path constructs. Every pass runs (a still image
    // has no newer frame behind it), like a gate whose decoder has the frame period to itself.
    const scan::QrDecoder decoder;
    const bool asJson = p.isSet(QStringLiteral("json"));
    QJsonArray results;
    for (qsizetype i = 0; i < frames.size(); ++i) {
        const scan::DecodeResult r = decoder.decode(frames[i]);
        if (asJson) {
            results.append(QJsonObject{
                {QStringLiteral("file"), files[i]},
                {QStringLiteral("text"), r.found ? QJsonValue(r.text) : QJsonValue()},
                {QStringLiteral("found"), r.found},
                {QStringLiteral("ms"), r.ms},
                {QStringLiteral("load_ms"), loadMs[i]},
                {QStringLiteral("binarizer"), r.found ? QJsonValue(r.binarizer) : QJsonValue()},
                {QStringLiteral("stretched"), r.stretched},
                {QStringLiteral("pass"), r.found ? QJsonValue(r.pass) : QJsonValue()},
                {QStringLiteral("deep"), r.deep},
            });
        } else {
            ctx.out << files[i] << '\t' << (r.found ? oneLine(r.text) : QStringLiteral("(none)")) << '\t'
                    << QString::number(r.ms, 'f', 3) << '\n';
        }
    }
    if (asJson)
        ctx.out << QJsonDocument(results).toJson(QJsonDocument::Indented);
    // A frame without a code is a result, not a failure: the exit code says only that every
    // file was read and decoded.
    return 0;
}

} // namespace gatepost::cli
