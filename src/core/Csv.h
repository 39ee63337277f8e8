#pragma once

// Reading a CSV file as Excel and WPS write it (RFC 4180: quoted fields with "" escapes and
// line breaks inside, CRLF or LF), in UTF-8 (with or without BOM) or GB18030/GBK, the encoding
// detected from the bytes. Problems come back as codes with the physical line (1-based) they
// concern, never as sentences: the file as a whole (refused, nothing to import) or one row.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace gatepost::core::csv {

enum class Encoding { Utf8, Utf8Bom, Gb18030 };
/// "utf-8", "utf-8-bom", "gb18030".
QString toString(Encoding e);

/// Why a whole file is refused.
enum class FileProblem {
    None,
    Unreadable,     ///< cannot be opened or read (args: none)
    TooLarge,       ///< over Limits::maxFileBytes; detected from its size, before it is read
    MixedEncoding,  ///< neither all UTF-8 nor all GB18030: line = the first line in the other one
    UnclosedQuote,  ///< a quoted field runs to the end of the file: line = where it opened
    TooManyColumns, ///< a row with more than Limits::maxColumns fields: line = that row's
};
/// "unreadable", "too_large", "mixed_encoding", "unclosed_quote", "too_many_columns".
QString toString(FileProblem p);

/// What is wrong with one row (the rest of the file is read normally).
enum class RowProblem {
    None,
    StrayQuote, ///< a quote inside an unquoted field, or text after a closing quote
    TooLong,    ///< over Limits::maxRowBytes (UTF-8 bytes); its fields are dropped
};
QString toString(RowProblem p); // "", "stray_quote", "row_too_long"

struct Limits
{
    qint64 maxFileBytes = 50LL * 1024 * 1024;
    int maxColumns = 200;
    int maxRowBytes = 64 * 1024;
};

struct Row
{
    int line = 0; ///< physical line the row starts on (1-based)
    QStringList fields;
    RowProblem problem = RowProblem::None;
    /// No field holds anything but spaces (a blank line, or ",,,,").
    bool isBlank() const;
};

struct Table
{
    Encoding encoding = Encoding::Utf8;
    FileProblem problem = FileProblem::None;
    int problemLine = 0; ///< for MixedEncoding, UnclosedQuote, TooManyColumns
    QList<Row> rows;     ///< every row, header and blank rows included (empty when refused)
    bool ok() const { return problem == FileProblem::None; }
};

/// Detects the encoding of @p bytes: a UTF-8 BOM, else UTF-8 when every byte sequence is valid
/// UTF-8, else GB18030 when every line decodes and no line is UTF-8 Chinese. Sets @p badLine to
/// the first line in the minority encoding (or the first undecodable line) and returns false
/// when the bytes mix encodings.
bool detectEncoding(const QByteArray& bytes, Encoding* encoding, int* badLine);

/// Parses bytes already in memory (the encoding detected as above).
Table parse(const QByteArray& bytes, const Limits& limits = {});
/// Reads a file: its size is checked before anything is read.
Table readFile(const QString& path, const Limits& limits = {});

} // namespace gatepost::core::csv
