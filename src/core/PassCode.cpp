#include "PassCode.h"

#include "NameTable.h"

#include "Crypto.h"

#include <QStringBuilder>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <utility>

namespace gatepost::core {

namespace {

// Field offsets inside the 31-character code.
constexpr qsizetype kSerialAt = 4;
constexpr qsizetype kSep1At = kSerialAt + passcode::kSerialDigits; // 11
constexpr qsizetype kGenerationAt = kSep1At + 1;                   // 12
constexpr qsizetype kSep2At = kGenerationAt + 2;                   // 14
constexpr qsizetype kSecretAt = kSep2At + 1;                       // 15
static_assert(kSecretAt + passcode::kSecretChars == passcode::kCodeLength);
static_assert(passcode::kSecretAlphabet.size() == 32);

constexpr NameTable<CodeError, 8> kErrorNames{{
    {CodeError::None, "none"},
    {CodeError::Empty, "empty"},
    {CodeError::WrongPrefix, "wrong_prefix"},
    {CodeError::WrongLength, "wrong_length"},
    {CodeError::BadSeparator, "bad_separator"},
    {CodeError::BadSerial, "bad_serial"},
    {CodeError::BadGeneration, "bad_generation"},
    {CodeError::BadSecret, "bad_secret"},
}};

// ASCII only: QChar::isSpace/isDigit would accept U+3000, full-width digits and the like.
bool isAsciiSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\v' || c == u'\f';
}

bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isSecretChar(char16_t c)
{
    if (isAsciiDigit(c))
        return true;
    // Upper-case ASCII letters minus the four Crockford leaves out.
    return c >= u'A' && c <= u'Z' && c != u'I' && c != u'L' && c != u'O' && c != u'U';
}

bool allDigits(QStringView s)
{
    for (QChar c : s) {
        if (!isAsciiDigit(c.unicode()))
            return false;
    }
    return true;
}

bool allZero(QStringView s)
{
    for (QChar c : s) {
        if (c != u'0')
            return false;
    }
    return true;
}

ParsedCode fail(CodeError e)
{
    return ParsedCode{std::nullopt, e};
}

} // namespace

QString toString(CodeError e)
{
    return nameOf(kErrorNames, e);
}

std::optional<CodeError> codeErrorFromString(QStringView s)
{
    return valueOf(kErrorNames, s);
}

namespace passcode {

QStringView trimInput(QStringView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isAsciiSpace(text[begin].unicode()))
        ++begin;
    while (end > begin && isAsciiSpace(text[end - 1].unicode()))
        --end;
    return text.sliced(begin, end - begin);
}

ParsedCode parse(QStringView text)
{
    const QStringView t = trimInput(text);
    if (t.isEmpty())
        return fail(CodeError::Empty);

    // Compare only what is there, so "GP" reads as a truncated code rather than another format.
    const qsizetype prefixLen = std::min(t.size(), kPrefix.size());
    if (t.first(prefixLen) != kPrefix.first(prefixLen))
        return fail(CodeError::WrongPrefix);
    if (t.size() != kCodeLength)
        return fail(CodeError::WrongLength);
    if (t[kSep1At] != u':' || t[kSep2At] != u':')
        return fail(CodeError::BadSeparator);

    const QStringView serial = t.sliced(kSerialAt, kSerialDigits);
    if (!allDigits(serial) || allZero(serial))
        return fail(CodeError::BadSerial);

    const QStringView generation = t.sliced(kGenerationAt, 2);
    if (!allDigits(generation) || allZero(generation))
        return fail(CodeError::BadGeneration);

    const QStringView secret = t.sliced(kSecretAt, kSecretChars);
    for (QChar c : secret) {
        if (!isSecretChar(c.unicode()))
            return fail(CodeError::BadSecret);
    }

    PassCode code;
    code.serial = serial.toString();
    code.generation = (generation[0].unicode() - u'0') * 10 + (generation[1].unicode() - u'0');
    code.secret = secret.toString();
    return ParsedCode{std::move(code), CodeError::None};
}

QString format(const PassCode& code)
{
    Q_ASSERT(code.serial.size() == kSerialDigits);
    Q_ASSERT(code.generation >= 1 && code.generation <= kMaxGeneration);
    Q_ASSERT(code.secret.size() == kSecretChars);
    // Out-of-range fields still produce a text of the wrong shape, which parse() rejects.
    return kPrefix % code.serial % u':' % QString::number(code.generation).rightJustified(2, u'0') % u':' %
           code.secret;
}

QString newSecret()
{
    static_assert(kSecretChars * 5 == 80, "16 base32 characters carry 80 bits");
    std::array<unsigned char, 10> bytes{};
    crypto::randomBytes(bytes.data(), bytes.size());

    QString out;
    out.reserve(kSecretChars);
    unsigned int buffer = 0;
    int bits = 0;
    for (unsigned char b : bytes) {
        buffer = (buffer << 8) | b;
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out.append(kSecretAlphabet[(buffer >> bits) & 0x1Fu]);
        }
    }
    Q_ASSERT(bits == 0 && out.size() == kSecretChars);
    crypto::wipe(bytes.data(), bytes.size());
    return out;
}

QString serialFromNumber(qint64 n)
{
    if (n < 1 || n > kMaxSerial)
        return {};
    return QString::number(n).rightJustified(kSerialDigits, u'0');
}

bool secretsEqual(QStringView a, QStringView b)
{
    if (a.size() != b.size() || a.isEmpty())
        return false;
    return crypto::equalMemory(a.utf16(), b.utf16(), static_cast<std::size_t>(a.size()) * sizeof(char16_t));
}

QString secretHash(QStringView serial, int generation, QStringView secret)
{
    const QByteArray message =
        QStringLiteral("GP1 secret|%1|%2|%3").arg(serial).arg(generation).arg(secret).toUtf8();
    return QString::fromLatin1(crypto::hash(message, 32).toHex());
}

bool secretMatchesHash(QStringView serial, int generation, QStringView secret, QStringView storedHash)
{
    if (storedHash.isEmpty() || secret.isEmpty())
        return false;
    return crypto::equalBytes(secretHash(serial, generation, secret).toLatin1(), storedHash.toLatin1());
}

} // namespace passcode

} // namespace gatepost::core
