#include "Crypto.h"

#include <sodium.h>

#include <stdexcept>

namespace gatepost::core::crypto {

namespace {

void ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw std::runtime_error("libsodium could not be initialised");
}

const unsigned char* bytes(const QByteArray& a)
{
    return reinterpret_cast<const unsigned char*>(a.constData());
}

} // namespace

void randomBytes(void* out, std::size_t size)
{
    ensureSodium();
    randombytes_buf(out, size);
}

void wipe(void* data, std::size_t size)
{
    sodium_memzero(data, size);
}

bool equalMemory(const void* a, const void* b, std::size_t size)
{
    ensureSodium();
    return sodium_memcmp(a, b, size) == 0;
}

QByteArray pinHash(const QByteArray& pin)
{
    ensureSodium();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, pin.constData(), static_cast<unsigned long long>(pin.size()),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw std::runtime_error("not enough memory to hash the PIN");
    return QByteArray(out);
}

bool pinMatches(const QByteArray& storedHash, const QByteArray& pin)
{
    ensureSodium();
    return crypto_pwhash_str_verify(storedHash.constData(), pin.constData(),
                                    static_cast<unsigned long long>(pin.size())) == 0;
}

bool pinHashNeedsRehash(const QByteArray& storedHash)
{
    ensureSodium();
    return crypto_pwhash_str_needs_rehash(storedHash.constData(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0;
}

KeyPair newSigningKey()
{
    ensureSodium();
    KeyPair k;
    k.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    k.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(k.publicKey.data()),
                        reinterpret_cast<unsigned char*>(k.secretKey.data()));
    return k;
}

QByteArray sign(const QByteArray& message, const QByteArray& secretKey)
{
    ensureSodium();
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES)
        throw std::invalid_argument("a signing key has 64 bytes");
    QByteArray sig(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char*>(sig.data()), nullptr, bytes(message),
                         static_cast<unsigned long long>(message.size()), bytes(secretKey));
    return sig;
}

bool verify(const QByteArray& message, const QByteArray& signature, const QByteArray& publicKey)
{
    ensureSodium();
    if (signature.size() != crypto_sign_BYTES || publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    return crypto_sign_verify_detached(bytes(signature), bytes(message),
                                       static_cast<unsigned long long>(message.size()),
                                       bytes(publicKey)) == 0;
}

QByteArray hash(const QByteArray& data, int size)
{
    ensureSodium();
    if (size < int(crypto_generichash_BYTES_MIN) || size > int(crypto_generichash_BYTES_MAX))
        throw std::invalid_argument("hash size out of range");
    QByteArray out(size, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), static_cast<size_t>(size), bytes(data),
                       static_cast<unsigned long long>(data.size()), nullptr, 0);
    return out;
}

QString keyId(const QByteArray& publicKey)
{
    return QString::fromLatin1(publicKey.left(16).toHex());
}

QString keyToHex(const QByteArray& key)
{
    return QString::fromLatin1(key.toHex());
}

QByteArray keyFromHex(const QString& hex, int size)
{
    const QString t = hex.trimmed().toLower();
    if (t.size() != size * 2)
        return {};
    for (QChar c : t)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return {};
    return QByteArray::fromHex(t.toLatin1());
}

QString fingerprint(const QByteArray& publicKey)
{
    const QString hex = keyToHex(publicKey);
    QString out;
    for (int i = 0; i < hex.size(); i += 4) {
        if (!out.isEmpty())
            out += u' ';
        out += hex.mid(i, 4);
    }
    return out;
}

bool equalBytes(const QByteArray& a, const QByteArray& b)
{
    ensureSodium();
    if (a.size() != b.size())
        return false;
    return sodium_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

} // namespace gatepost::core::crypto
