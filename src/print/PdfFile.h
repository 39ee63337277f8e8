#pragma once

// Writing a PDF file the one way every print of Gatepost does: atomically (QSaveFile: a failed
// write leaves an earlier file as it was and no half file), with the creator and title set, and
// an English error for logs and the CLI. Internal to the print layer.

#include <QFont>
#include <QString>

#include <functional>

class QPdfWriter;

namespace gatepost::print {

/// Opens @p path, makes a QPdfWriter at @p dpi titled @p title, and lets @p draw paint it (page
/// layout included); @p draw returns false when it could not paint. False with @p error set
/// when the file cannot be written or drawn.
bool writePdfFile(const QString& path, const QString& title, int dpi,
                  const std::function<bool(QPdfWriter&)>& draw, QString* error);

/// The font of the reports' text: Latin letters and digits from DejaVu Sans, Chinese from Noto
/// Sans CJK SC, so that the PDF's text reads back as typed (Noto CJK's own digits in a Latin run
/// get no Unicode from Qt's PDF writer, and its monospaced face maps 门 and 户 to radicals).
/// @p sizeMm at @p unitsPerMm device units per millimetre.
QFont reportFont(double sizeMm, double unitsPerMm, bool bold);

} // namespace gatepost::print
