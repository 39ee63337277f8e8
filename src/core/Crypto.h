#pragma once

// The one file over libsodium: secure random bytes, wiping, constant-time comparison, PIN
// hashing (Argon2id), and for sync Ed25519 signatures and BLAKE2b hashes. A station's key pair
// is made once when it is set up; its public key names it (keyId) and signs every event it makes.

#include <QByteArray>
#include <QString>

#include <cstddef>

namespace gatepost::core::crypto {

inline constexpr int kPublicKeyBytes = 32;
inline constexpr int kSecretKeyBytes = 64;
inline constexpr int kSignatureBytes = 64;

struct KeyPair
{
    QByteArray publicKey; ///< 32 bytes
    QByteArray secretKey; ///< 64 bytes (seed and public key, libsodium's layout)
};

/// Fills @p size bytes at @p out from the system's secure random source.
void randomBytes(void* out, std::size_t size);
/// Overwrites @p size bytes at @p data with zeros (not optimised away).
void wipe(void* data, std::size_t size);
/// Constant-time comparison of @p size bytes.
bool equalMemory(const void* a, const void* b, std::size_t size);

/// Argon2id (libsodium's "interactive" limits) in the crypto_pwhash_str format. Throws
/// std::runtime_error when the memory cannot be had.
QByteArray pinHash(const QByteArray& pin);
bool pinMatches(const QByteArray& storedHash, const QByteArray& pin);
/// True when the stored hash was made with other limits and should be made again.
bool pinHashNeedsRehash(const QByteArray& storedHash);

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
