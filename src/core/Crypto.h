#pragma once

// Signing keys, signatures and hashes for sync (libsodium: Ed25519 and BLAKE2b). A station's
// key pair is made once when it is set up; its public key names it (keyId) and signs every
// event it makes.

#include <QByteArray>
#include <QString>

namespace gatepost::core::crypto {

inline constexpr int kPublicKeyBytes = 32;
inline constexpr int kSecretKeyBytes = 64;
inline constexpr int kSignatureBytes = 64;

struct KeyPair
{
    QByteArray publicKey; ///< 32 bytes
    QByteArray secretKey; ///< 64 bytes (seed and public key, libsodium's layout)
};

/// A fresh Ed25519 key pair from the system's secure random source.
KeyPair newSigningKey();
/// Ed25519 detached signature (64 bytes). @p secretKey must be 64 bytes.
QByteArray sign(const QByteArray& message, const QByteArray& secretKey);
/// False for a wrong signature, a key or signature of the wrong size, or any other mismatch.
bool verify(const QByteArray& message, const QByteArray& signature, const QByteArray& publicKey);
/// BLAKE2b of @p data, @p bytes long (16..64).
QByteArray hash(const QByteArray& data, int bytes = 32);
/// The id a station is known by: the first 16 bytes of its public key, 32 lower-case hex.
QString keyId(const QByteArray& publicKey);
/// A public key as 64 hex characters, and back (an empty array for anything else).
QString keyToHex(const QByteArray& key);
QByteArray keyFromHex(const QString& hex, int bytes = kPublicKeyBytes);
/// The key as people compare it by eye: 16 groups of 4 hex digits, "3f2a 9c01 ...".
QString fingerprint(const QByteArray& publicKey);
/// Constant-time comparison (only the lengths leak).
bool equalBytes(const QByteArray& a, const QByteArray& b);

} // namespace gatepost::core::crypto
