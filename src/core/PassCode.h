#pragma once

// The text inside a pass's QR code. Short and versioned so that it fits QR version 2 at
// error-correction level M (alphanumeric mode, at most 38 characters):
//
//     GP1:SSSSSSS:GG:XXXXXXXXXXXXXXXX
//     |   |       |  +-- secret: 16 characters of base32 (alphabet below) = 80 random bits
//     |   |       +----- generation: 2 decimal digits, 01..99, bumped by each reissue
//     |   +------------- pass serial: 7 decimal digits, 0000001..9999999
//     +----------------- format prefix and version
//
// 31 characters, all in the QR alphanumeric set. No personal data: the serial is looked up
// in the registry, and the secret (pretix's "random secret" scheme) is compared with the
// one stored there, so a made-up or altered code is never accepted.

#include <QString>

#include <optional>

namespace gatepost::core {

// Why a text is not a well-formed pass code. Each failure has its own value.
enum class CodeError {
    None,
    Empty,
    WrongPrefix,   // does not start with "GP1:" (another format or another version)
    WrongLength,   // not exactly 31 characters (truncated or extended)
    BadSeparator,  // a ':' missing or misplaced
    BadSerial,     // serial not 7 digits, or 0000000
    BadGeneration, // generation not 2 digits, or 00
    BadSecret,     // secret has a character outside the base32 alphabet
};

QString toString(CodeError e); // snake_case, e.g. "wrong_length"
// Inverse of toString(CodeError); nullopt for an unknown name.
std::optional<CodeError> codeErrorFromString(QStringView s);

struct PassCode
{
    QString serial; // "0001234"
    int generation = 1;
    QString secret; // 16 base32 characters

    bool operator==(const PassCode&) const = default;
};

struct ParsedCode
{
    std::optional<PassCode> code; // set when error == None
    CodeError error = CodeError::None;
    bool ok() const { return error == CodeError::None; }
};

namespace passcode {

inline constexpr QLatin1StringView kPrefix{"GP1:"};
inline constexpr int kSerialDigits = 7;
inline constexpr int kSecretChars = 16;
inline constexpr int kCodeLength = 31;
inline constexpr int kMaxGeneration = 99;
inline constexpr qint64 kMaxSerial = 9'999'999;
// Crockford's base32 alphabet: digits and upper-case letters without I, L, O, U.
inline constexpr QLatin1StringView kSecretAlphabet{"0123456789ABCDEFGHJKMNPQRSTVWXYZ"};

/// The part of a scanned text that parse() looks at: leading and trailing ASCII whitespace
/// (space, tab, CR, LF, VT, FF) removed, nothing else. Scanner guns append Enter (CR and/or
/// LF) and some cameras pad with spaces; whitespace inside the code is never removed.
QStringView trimInput(QStringView text);

/// Strict parser for text from cameras and scanner guns (any garbage, any length, non-ASCII).
/// After trimInput(), checks in this order and reports the first failure:
///   Empty (nothing left), WrongPrefix (the first min(n,4) characters differ from "GP1:",
///   case-sensitive: "GP", "G" are treated as truncations, "gp1:" or "GP2:" are not),
///   WrongLength (not exactly 31 UTF-16 units), BadSeparator (':' not at 11 and 14),
///   BadSerial (not 7 ASCII digits, or 0000000), BadGeneration (not 2 ASCII digits, or 00),
///   BadSecret (a character outside kSecretAlphabet; lower case is rejected).
/// Only ASCII characters are ever accepted (no Unicode digits or full-width forms).
/// Never throws, never reads outside @p text. parse(format(c)) == c for every valid c.
ParsedCode parse(QStringView text);
/// Builds the text. The fields must be in range (asserted in debug builds); out-of-range
/// fields give a text that parse() rejects, never one that parses to another pass.
QString format(const PassCode& code);
/// A fresh secret: 80 bits from libsodium's randombytes_buf as 16 kSecretAlphabet characters.
/// Thread-safe (sodium_init() runs once).
QString newSecret();
/// Formats a serial number as 7 zero-padded digits; an empty string when n is outside
/// 1..kMaxSerial.
QString serialFromNumber(qint64 n);
/// Constant-time comparison of two secrets (sodium_memcmp over the UTF-16 units; only the
/// lengths leak). Different lengths are unequal; an empty secret never matches (fail closed).
bool secretsEqual(QStringView a, QStringView b);
/// What a gate holds instead of a generation's secret: 64 lower-case hex characters of
/// BLAKE2b-256 over the serial, the generation and the secret. One-way: the 80 random bits of
/// the secret cannot be found from it, so a stolen gate file cannot print a working pass.
QString secretHash(QStringView serial, int generation, QStringView secret);
/// True when @p secret of that serial and generation hashes to @p storedHash (constant time).
/// An empty stored hash never matches (fail closed).
bool secretMatchesHash(QStringView serial, int generation, QStringView secret, QStringView storedHash);

} // namespace passcode

} // namespace gatepost::core
