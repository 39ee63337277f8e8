#include "Bundle.h"

#include "Crypto.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace gatepost::core {

namespace {

constexpr QByteArrayView kMagic{"gatepost-bundle/1\n"};
constexpr QByteArrayView kSignaturePrefix{"signature "};

QByteArray line(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

QString toString(BundleError e)
{
    switch (e) {
    case BundleError::None:
        return QStringLiteral("none");
    case BundleError::NotABundle:
        return QStringLiteral("not_a_bundle");
    case BundleError::Truncated:
        return QStringLiteral("truncated");
    case BundleError::Malformed:
        return QStringLiteral("malformed");
    case BundleError::WrongCommunity:
        return QStringLiteral("wrong_community");
    case BundleError::UnknownStation:
        return QStringLiteral("unknown_station");
    case BundleError::Tampered:
        return QStringLiteral("tampered");
    }
    return QStringLiteral("none");
}

namespace bundle {

QByteArray write(const QList<SyncEvent>& events, const QString& community, const QString& origin,
                 const QByteArray& secretKey, const QString& createdUtc)
{
    QByteArray out(kMagic.data(), kMagic.size());
    out += line({{QStringLiteral("community"), community},
                 {QStringLiteral("origin"), origin},
                 {QStringLiteral("created_utc"), createdUtc},
                 {QStringLiteral("events"), static_cast<qint64>(events.size())}});
    for (const SyncEvent& e : events) {
        out += line({{QStringLiteral("o"), e.origin},
                     {QStringLiteral("s"), e.seq},
                     {QStringLiteral("c"), e.community},
                     {QStringLiteral("h"), e.hlc},
                     {QStringLiteral("t"), e.atUtc},
                     {QStringLiteral("k"), e.kind},
                     {QStringLiteral("p"), QString::fromLatin1(e.payload.toBase64())},
                     {QStringLiteral("g"), QString::fromLatin1(e.signature.toBase64())}});
    }
    out += kSignaturePrefix.toByteArray() + crypto::sign(out, secretKey).toHex() + '\n';
    return out;
}

BundleContents read(const QByteArray& data, const QString& community,
                    const std::function<QByteArray(const QString&)>& keyOf)
{
    BundleContents c;
    if (!data.startsWith(kMagic)) {
        c.error = BundleError::NotABundle;
        return c;
    }
    // The signature line is the last one; without it the file was cut short.
    const qsizetype end = data.endsWith('\n') ? data.size() - 1 : data.size();
    const qsizetype lastBreak = data.lastIndexOf('\n', end - 1);
    const QByteArray last = data.mid(lastBreak + 1, end - lastBreak - 1);
    if (lastBreak < 0 || !last.startsWith(kSignaturePrefix) || !data.endsWith('\n')) {
        c.error = BundleError::Truncated;
        return c;
    }
    const QByteArray body = data.left(lastBreak + 1);
    const QByteArray signature = QByteArray::fromHex(last.mid(kSignaturePrefix.size()));

    const QList<QByteArray> lines = body.mid(kMagic.size()).split('\n');
    QJsonParseError err{};
    const QJsonObject header = QJsonDocument::fromJson(lines.value(0), &err).object();
    if (err.error != QJsonParseError::NoError || header.isEmpty()) {
        // A damaged header is either tampering or garbage; the signature cannot be checked
        // without knowing whose it is.
        c.error = BundleError::Tampered;
        return c;
    }
    c.community = header.value(QLatin1String("community")).toString();
    c.origin = header.value(QLatin1String("origin")).toString();
    c.createdUtc = header.value(QLatin1String("created_utc")).toString();
    if (c.community != community) {
        c.error = BundleError::WrongCommunity;
        return c;
    }
    const QByteArray key = keyOf(c.origin);
    if (key.isEmpty()) {
        c.error = BundleError::UnknownStation;
        return c;
    }
    if (!crypto::verify(body, signature, key)) {
        c.error = BundleError::Tampered;
        return c;
    }
    const qint64 announced = header.value(QLatin1String("events")).toInteger(-1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines[i].isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(lines[i], &err).object();
        if (err.error != QJsonParseError::NoError || o.isEmpty()) {
            c.error = BundleError::Malformed;
            return c;
        }
        SyncEvent e;
        e.origin = o.value(QLatin1String("o")).toString();
        e.seq = o.value(QLatin1String("s")).toInteger();
        e.community = o.value(QLatin1String("c")).toString();
        e.hlc = o.value(QLatin1String("h")).toString();
        e.atUtc = o.value(QLatin1String("t")).toString();
        e.kind = o.value(QLatin1String("k")).toString();
        e.payload = QByteArray::fromBase64(o.value(QLatin1String("p")).toString().toLatin1());
        e.signature = QByteArray::fromBase64(o.value(QLatin1String("g")).toString().toLatin1());
        c.events.append(e);
    }
    if (announced != c.events.size()) {
        c.error = BundleError::Truncated;
        c.events.clear();
    }
    return c;
}

} // namespace bundle

} // namespace gatepost::core
