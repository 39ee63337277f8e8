#include "Csv.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace gatepost::core::csv {

namespace {

// Length of the valid UTF-8 sequence starting at p[0] (at most n bytes), 0 when invalid:
// no overlong forms, no surrogates, nothing above U+10FFFF.
int utf8SequenceLength(const unsigned char* p, qsizetype n)
{
    const unsigned char b = p[0];
    if (b < 0x80)
        return 1;
    int len = 0;
    unsigned char lo = 0x80;
    unsigned char hi = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
        len = 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
        len = 3;
        if (b == 0xE0)
            lo = 0xA0; // overlong
        else if (b == 0xED)
            hi = 0x9F; // surrogates
    } else if (b >= 0xF0 && b <= 0xF4) {
        len = 4;
        if (b == 0xF0)
            lo = 0x90;
        else if (b == 0xF4)
            hi = 0x8F;
    } else {
        return 0;
    }
    if (n < len || p[1] < lo || p[1] > hi)
        return 0;
    for (int k = 2; k < len; ++k) {
        if (p[k] < 0x80 || p[k] > 0xBF)
            return 0;
    }
    return len;
}

struct Utf8Scan
{
    bool valid = true;
    bool wide = false;  // holds a 3- or 4-byte sequence (Chinese in UTF-8)
    qsizetype bad = -1; // offset of the first invalid byte
};

Utf8Scan scanUtf8(const char* data, qsizetype n)
{
    Utf8Scan s;
    const auto* p = reinterpret_cast<const unsigned char*>(data);
    qsizetype i = 0;
    while (i < n) {
        if (p[i] < 0x80) {
            ++i;
            continue;
        }
        const int len = utf8SequenceLength(p + i, n - i);
        if (len == 0) {
            s.valid = false;
            s.bad = i;
            return s;
        }
        if (len >= 3)
            s.wide = true;
        i += len;
    }
    return s;
}

bool isAscii(const char* data, qsizetype n)
{
    for (qsizetype i = 0; i < n; ++i) {
        if (static_cast<unsigned char>(data[i]) >= 0x80)
            return false;
    }
    return true;
}

bool decodesAsGb18030(QByteArrayView line)
{
    QStringDecoder decoder("GB18030", QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(line);
    return !decoder.hasError() && !text.contains(QChar::ReplacementCharacter);
}

int lineOfOffset(const QByteArray& bytes, qsizetype offset)
{
    return static_cast<int>(QByteArrayView(bytes).first(offset).count('\n')) + 1;
}

// UTF-8 bytes of one UTF-16 unit (a surrogate pair counts 2 + 2).
int utf8Bytes(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return 1;
    if (u < 0x800 || c.isSurrogate())
        return 2;
    return 3;
}

} // namespace

QString toString(Encoding e)
{
    switch (e) {
    case Encoding::Utf8:
        return QStringLiteral("utf-8");
    case Encoding::Utf8Bom:
        return QStringLiteral("utf-8-bom");
    case Encoding::Gb18030:
        return QStringLiteral("gb18030");
    }
    return {};
}

QString toString(FileProblem p)
{
    switch (p) {
    case FileProblem::None:
        return {};
    case FileProblem::Unreadable:
        return QStringLiteral("unreadable");
    case FileProblem::TooLarge:
        return QStringLiteral("too_large");
    case FileProblem::MixedEncoding:
        return QStringLiteral("mixed_encoding");
    case FileProblem::UnclosedQuote:
        return QStringLiteral("unclosed_quote");
    case FileProblem::TooManyColumns:
        return QStringLiteral("too_many_columns");
    }
    return {};
}

QString toString(RowProblem p)
{
    switch (p) {
    case RowProblem::None:
        return {};
    case RowProblem::StrayQuote:
        return QStringLiteral("stray_quote");
    case RowProblem::TooLong:
        return QStringLiteral("row_too_long");
    }
    return {};
}

bool Row::isBlank() const
{
    for (const QString& f : fields) {
        if (!f.trimmed().isEmpty())
            return false;
    }
    return problem == RowProblem::None;
}

bool detectEncoding(const QByteArray& bytes, Encoding* encoding, int* badLine)
{
    *badLine = 0;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        *encoding = Encoding::Utf8Bom;
        const Utf8Scan s = scanUtf8(bytes.constData() + 3, bytes.size() - 3);
        if (!s.valid)
            *badLine = lineOfOffset(bytes, s.bad + 3);
        return s.valid;
    }
    if (scanUtf8(bytes.constData(), bytes.size()).valid) {
        *encoding = Encoding::Utf8;
        return true;
    }
    // Not UTF-8 as a whole: GB18030, unless some lines are UTF-8 Chinese (a file pasted
    // together from two sources) or do not decode at all. Line breaks are safe to split on:
    // no GB18030 trail byte is 0x0A.
    *encoding = Encoding::Gb18030;
    int line = 0;
    int firstUtf8 = 0, firstGb = 0, utf8Lines = 0, gbLines = 0;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        ++line;
        const char* data = bytes.constData() + start;
        const qsizetype n = end - start;
        if (!isAscii(data, n)) {
            const Utf8Scan s = scanUtf8(data, n);
            if (s.valid && s.wide) {
                ++utf8Lines;
                if (firstUtf8 == 0)
                    firstUtf8 = line;
            } else if (decodesAsGb18030(QByteArrayView(data, n))) {
                ++gbLines;
                if (firstGb == 0)
                    firstGb = line;
            } else {
                *badLine = line;
                return false;
            }
        }
        start = end + 1;
    }
    if (utf8Lines > 0 && gbLines > 0) {
        // The encoding of fewer lines is the intruder.
        if (utf8Lines < gbLines || (utf8Lines == gbLines && firstUtf8 > firstGb))
            *badLine = firstUtf8;
        else
            *badLine = firstGb;
        return false;
    }
    if (utf8Lines > 0) {
        // Only invalid bytes outside Chinese runs: that is a broken UTF-8 file.
        *encoding = Encoding::Utf8;
        *badLine = lineOfOffset(bytes, scanUtf8(bytes.constData(), bytes.size()).bad);
        return false;
    }
    return true;
}

Table parse(const QByteArray& bytes, const Limits& limits)
{
    Table t;
    int badLine = 0;
    if (!detectEncoding(bytes, &t.encoding, &badLine)) {
        t.problem = FileProblem::MixedEncoding;
        t.problemLine = badLine;
        return t;
    }
    QString text;
    if (t.encoding == Encoding::Gb18030) {
        QStringDecoder decoder("GB18030");
        text = decoder.decode(bytes);
    } else {
        text = QString::fromUtf8(t.encoding == Encoding::Utf8Bom ? bytes.mid(3) : bytes);
    }

    enum class State { FieldStart, Unquoted, Quoted, AfterQuote };
    State st = State::FieldStart;
    int line = 1;
    int quoteLine = 0;
    Row row;
    row.line = line;
    QString field;
    qint64 rowBytes = 0;
    int columns = 0;
    bool tooLong = false;
    const QChar* p = text.constData();
    const qsizetype n = text.size();

    // Returns false when the row has too many columns (the file is refused).
    auto endField = [&]() {
        if (!tooLong)
            row.fields.append(field);
        field.clear();
        return ++columns <= limits.maxColumns;
    };
    auto refuseColumns = [&]() {
        t.problem = FileProblem::TooManyColumns;
        t.problemLine = row.line;
        t.rows.clear();
    };
    auto endRow = [&]() {
        if (tooLong) {
            row.fields.clear();
            row.problem = RowProblem::TooLong;
        }
        t.rows.append(row);
        row = Row();
        row.line = line;
        st = State::FieldStart;
        rowBytes = 0;
        columns = 0;
        tooLong = false;
    };

    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = p[i];
        const bool nextIsLf = i + 1 < n && p[i + 1] == u'\n';
        if (!tooLong) {
            rowBytes += utf8Bytes(c);
            if (rowBytes > limits.maxRowBytes) {
                tooLong = true;
                field.clear();
                row.fields.clear();
            }
        }
        if (st == State::Quoted) {
            if (c == u'"') {
                if (i + 1 < n && p[i + 1] == u'"') {
                    if (!tooLong)
                        field.append(c);
                    ++i;
                } else {
                    st = State::AfterQuote;
                }
                continue;
            }
            if (c == u'\r' && nextIsLf)
                continue; // a line break inside a cell is kept as LF
            if (c == u'\n' || c == u'\r')
                ++line;
            if (!tooLong)
                field.append(c == u'\r' ? QChar(u'\n') : c);
            continue;
        }
        if (c == u',') {
            if (!endField()) {
                refuseColumns();
                return t;
            }
            st = State::FieldStart;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && nextIsLf)
                ++i;
            ++line;
            if (!endField()) {
                refuseColumns();
                return t;
            }
            endRow();
        } else if (st == State::FieldStart && c == u'"') {
            st = State::Quoted;
            quoteLine = line;
        } else {
            if (c == u'"' || st == State::AfterQuote)
                row.problem = RowProblem::StrayQuote;
            if (!tooLong)
                field.append(c);
            st = State::Unquoted;
        }
    }
    if (st == State::Quoted) {
        t.problem = FileProblem::UnclosedQuote;
        t.problemLine = quoteLine;
        t.rows.clear();
        return t;
    }
    if (st != State::FieldStart || !row.fields.isEmpty() || columns > 0) {
        if (!endField()) {
            refuseColumns();
            return t;
        }
        endRow();
    }
    return t;
}

Table readFile(const QString& path, const Limits& limits)
{
    Table t;
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
        t.problem = FileProblem::Unreadable;
        return t;
    }
    // The size first: a 200 MB file is refused without reading it.
    if (file.size() > limits.maxFileBytes) {
        t.problem = FileProblem::TooLarge;
        return t;
    }
    // A pipe or a growing file reports no size: read one byte past the limit to know.
    const QByteArray bytes = file.read(limits.maxFileBytes + 1);
    if (bytes.size() > limits.maxFileBytes) {
        t.problem = FileProblem::TooLarge;
        return t;
    }
    if (file.error() != QFileDevice::NoError) {
        t.problem = FileProblem::Unreadable;
        return t;
    }
    return parse(bytes, limits);
}

} // namespace gatepost::core::csv
