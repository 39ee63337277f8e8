#pragma once

// A USB bundle: the events a station holds, carried by hand where there is no network.
//
//     gatepost-bundle/1
//     {"community":"…","origin":"…","created_utc":"…","events":N}
//     {"o":origin,"s":seq,"c":community,"h":hlc,"t":at_utc,"k":kind,"p":base64 payload,"g":base64 signature}
//     … one line per event …
//     signature <128 hex characters>
//
// The last line is the exporting station's Ed25519 signature over every byte before it, so a
// bundle with any byte changed, cut short, or from a station the reader does not know is
// refused whole before a single event is looked at. Each event also keeps its own origin's
// signature, which EventLog::apply checks as for events from the hub.

#include "SyncEvent.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace gatepost::core {

enum class BundleError {
    None,
    NotABundle,     ///< the file does not start like a bundle
    Truncated,      ///< cut short: no signature line, or fewer events than announced
    Malformed,      ///< a line cannot be read
    WrongCommunity, ///< from another community
    UnknownStation, ///< signed by a station this one does not know
    Tampered,       ///< the signature does not match the content
};
QString toString(BundleError e); // snake_case

struct BundleContents
{
    BundleError error = BundleError::None;
    QString community;
    QString origin; ///< the station that wrote the bundle
    QString createdUtc;
    QList<SyncEvent> events;
};

namespace bundle {

inline constexpr qint64 kMaxBytes = qint64(2) * 1024 * 1024 * 1024;

QByteArray write(const QList<SyncEvent>& events, const QString& community, const QString& origin,
                 const QByteArray& secretKey, const QString& createdUtc);
/// @p keyOf gives a station's raw public key, empty for one this station does not know.
BundleContents read(const QByteArray& data, const QString& community,
                    const std::function<QByteArray(const QString&)>& keyOf);

} // namespace bundle

} // namespace gatepost::core
