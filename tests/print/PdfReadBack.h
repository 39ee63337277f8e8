#pragma once

// Reading printed passes back as a gate would: the PDF rasterised by pdftoppm (poppler), each
// code decoded by zbar (zbarimg, an independent decoder) and by the station's own ZXing decoder.
// Test code only: the product never links zbar.

#include "print/CardSheet.h"
#include "scan/Frame.h"
#include "scan/QrDecoder.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QStringList>

#include <cmath>

namespace gatepost::test {

inline bool haveReadBackTools()
{
    for (const char* tool : {"pdftoppm", "pdfinfo", "pdftotext", "zbarimg"})
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            return false;
    return true;
}

inline QString runTool(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(120000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// Page @p page (1-based) of @p pdf at @p dpi; grey unless @p colour.
inline QImage rasterise(const QString& pdf, int page, int dpi, const QString& workDir, bool colour = false)
{
    const QString prefix = QDir(workDir).filePath(QStringLiteral("page%1-%2").arg(page).arg(dpi));
    QStringList args{QStringLiteral("-r"),          QString::number(dpi),  QStringLiteral("-f"),
                     QString::number(page),         QStringLiteral("-l"),  QString::number(page),
                     QStringLiteral("-singlefile"), QStringLiteral("-png")};
    if (!colour)
        args << QStringLiteral("-gray");
    runTool(QStringLiteral("pdftoppm"), args << pdf << prefix);
    return QImage(prefix + QStringLiteral(".png"));
}

/// Every code zbarimg finds in one image file.
inline QSet<QString> zbarimg(const QString& png)
{
    QSet<QString> codes;
    const QString out =
        runTool(QStringLiteral("zbarimg"), {QStringLiteral("-q"), QStringLiteral("--raw"), png});
    for (const QString& line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        codes.insert(line.trimmed());
    return codes;
}

/// Every code zbar finds on a rasterised page: the page whole and, on an A4 sheet of cards, each
/// card's cell on its own as well (as a gate's camera sees one card). zbarimg on a whole sheet
/// at 200 dpi misses about one code in 600 that it reads in the card's own cell (measured on the
/// demo community's sheets), which made the read-back tests fail now and then.
inline QSet<QString> zbarCodes(const QString& png)
{
    QSet<QString> codes = zbarimg(png);
    const QImage page(png);
    const double pxPerMm = page.width() / print::CardSheet::kWidthMm;
    if (page.isNull() || std::abs(page.height() / pxPerMm - print::CardSheet::kHeightMm) > 2.0)
        return codes; // not an A4 portrait sheet (a placard)
    for (int slot = 0; slot < print::CardSheet::kCardsPerSheet; ++slot) {
        const QRectF mm = print::CardSheet::cardRectMm(slot);
        const QRect cell(int(mm.left() * pxPerMm), int(mm.top() * pxPerMm),
                         int(std::ceil(mm.width() * pxPerMm)), int(std::ceil(mm.height() * pxPerMm)));
        const QString cellPng = png + QStringLiteral(".card%1.png").arg(slot);
        if (page.copy(cell).save(cellPng))
            codes |= zbarimg(cellPng);
        QFile::remove(cellPng);
    }
    return codes;
}

/// The station's decoder (ZXing) on one region of a page.
inline QString zxingCode(const QImage& page, const QRect& region)
{
    const scan::QrDecoder decoder;
    return decoder.decode(scan::Frame::fromImage(page.copy(region))).text;
}

/// pdfinfo's page size of @p page, in points ("595 x 842").
inline QString pageSize(const QString& pdf, int page)
{
    const QString out =
        runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                            QString::number(page), pdf});
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Page +%1 size: +([0-9.]+ x [0-9.]+)").arg(page)).match(out);
    return m.hasMatch() ? m.captured(1) : QString();
}

inline int pageCount(const QString& pdf)
{
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Pages: +(\\d+)")).match(runTool(QStringLiteral("pdfinfo"), {pdf}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

/// The 7-digit numbers printed as text on @p page.
inline QSet<QString> serialsAsText(const QString& pdf, int page)
{
    const QString text = runTool(QStringLiteral("pdftotext"),
                                 {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                  QString::number(page), pdf, QStringLiteral("-")});
    QSet<QString> serials;
    auto it = QRegularExpression(QStringLiteral("(?<![0-9])[0-9]{7}(?![0-9])")).globalMatch(text);
    while (it.hasNext())
        serials.insert(it.next().captured(0));
    return serials;
}

} // namespace gatepost::test
