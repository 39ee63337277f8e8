#pragma once

// The hash-chain encoding shared by the crossing log and the audit trail: a header line, then
// each field as `name=<byte length>:<UTF-8 bytes>\n` in a fixed order (the length prefixes make
// the encoding injective), and hash = hex SHA-256(previous row's hash ‖ encoding).

#include <QByteArray>
#include <QByteArrayView>
#include <QCryptographicHash>
#include <QString>

namespace gatepost::core::hashchain {

/// The link before a chain's first row: 64 zeros.
QString genesis();

/// Clears @p out and writes the header line (e.g. "gatepost-crossing-v1").
void begin(QByteArray& out, const char* header);
/// Appends one field `name=<length>:<value>\n`.
void field(QByteArray& out, const char* name, const QByteArray& value);
/// Hex SHA-256 of prevHash ‖ encoding (@p sha is reused to spare allocations).
QByteArray link(QCryptographicHash& sha, QByteArrayView prevHash, const QByteArray& encoding);

} // namespace gatepost::core::hashchain
