// libFuzzer target for passcode::parse: any bytes, read as UTF-8, as Latin-1 and as raw UTF-16.
// Besides the sanitizers' checks it aborts when an invariant of the parser breaks:
//   - ok() exactly when a code is returned, and the error has a name;
//   - an accepted text is canonical: format(parse(x)) == trimInput(x), and it parses back the same;
//   - accepted fields are in range;
//   - ASCII whitespace around the text never changes the answer.

#include "core/PassCode.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace gatepost::core;

namespace {

void require(bool condition, const char* what, QStringView input)
{
    if (condition)
        return;
    std::fprintf(stderr, "passcode invariant violated: %s\ninput (UTF-8): %s\n", what,
                 input.toUtf8().toHex(' ').constData());
    std::abort();
}

void check(QStringView text)
{
    const ParsedCode p = passcode::parse(text);
    require(p.ok() == p.code.has_value(), "ok() and code disagree", text);
    require(!toString(p.error).isEmpty(), "error without a name", text);

    // Scanner guns add CR/LF, cameras add spaces: same answer.
    const QString padded = QStringLiteral(" \t") + text + QStringLiteral("\r\n");
    require(passcode::parse(padded).error == p.error, "surrounding whitespace changed the error", text);

    if (!p.ok())
        return;
    const PassCode& c = *p.code;
    require(c.serial.size() == passcode::kSerialDigits, "serial length", text);
    require(c.serial != QStringLiteral("0000000"), "zero serial accepted", text);
    require(c.generation >= 1 && c.generation <= passcode::kMaxGeneration, "generation out of range", text);
    require(c.secret.size() == passcode::kSecretChars, "secret length", text);
    for (QChar ch : c.secret)
        require(passcode::kSecretAlphabet.contains(ch), "secret outside the alphabet", text);

    const QString formatted = passcode::format(c);
    require(formatted == passcode::trimInput(text), "format(parse(x)) != trimmed x", text);
    const ParsedCode again = passcode::parse(formatted);
    require(again.ok() && *again.code == c, "format/parse round trip", text);
    require(passcode::secretsEqual(again.code->secret, c.secret), "secretsEqual on equal secrets", text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    check(QString::fromUtf8(bytes));
    check(QString::fromLatin1(bytes));

    // The same bytes as UTF-16 units (copied: fuzzer data has no alignment guarantee).
    QString utf16(qsizetype(size / 2), Qt::Uninitialized);
    if (!utf16.isEmpty())
        std::memcpy(utf16.data(), data, size_t(utf16.size()) * sizeof(char16_t));
    check(utf16);
    return 0;
}
