#pragma once

// A table on paper (A4 landscape, as many pages as the rows need): a title, a few lines saying
// what the table holds (the filter, the count), a header row repeated on every page, the rows,
// and "page N of M". The print of a filtered view of the crossing log (issue 9); the words and
// the cells come from the caller, already in the reader's language (the print layer has none).
// Needs a QGuiApplication (fonts).

#include <QList>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;

namespace gatepost::print {

struct TableDocument
{
    QString title;
    QStringList lines;    ///< under the title: what the table holds, how many rows
    QStringList headers;  ///< one per column
    QList<double> widths; ///< relative column widths (one per column; empty: equal)
    QList<QStringList> rows;
    QString page; ///< "Page %1 of %2"
};

class TablePdf final
{
public:
    /// Paints every page on @p device (a QPdfWriter or a QPrinter); false when it cannot.
    static bool render(QPagedPaintDevice& device, const TableDocument& doc);
    /// Writes the PDF to @p path atomically (a failed write leaves an earlier file as it was).
    /// False with an English @p error (for logs and the CLI).
    static bool writePdf(const QString& path, const TableDocument& doc, QString* error = nullptr);
};

} // namespace gatepost::print
