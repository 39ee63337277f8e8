#include "TablePdf.h"

#include "PdfFile.h"

#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

#include <numeric>

namespace gatepost::print {

namespace {

constexpr double kPageW = 297.0;
constexpr double kPageH = 210.0;
constexpr double kMargin = 12.0;
constexpr double kRow = 5.2;  // one row, mm
constexpr double kText = 2.9; // cell text height, mm

struct Layout
{
    double headerBottom = 0; // mm from the top: where the rows of the first page start
    int rowsFirst = 0;       // rows on the first page
    int rowsPerPage = 0;     // rows on every later page
    int pages(qsizetype rows) const
    {
        if (rows <= rowsFirst)
            return 1;
        return 1 + int((rows - rowsFirst + rowsPerPage - 1) / rowsPerPage);
    }
};

Layout layoutOf(const TableDocument& doc)
{
    Layout l;
    const double top = kMargin + 10 + doc.lines.size() * 5.5 + 2; // title, lines
    const double bottom = kPageH - kMargin - 6;                   // page number
    l.headerBottom = top + kRow;
    l.rowsFirst = int((bottom - l.headerBottom) / kRow);
    l.rowsPerPage = int((bottom - (kMargin + kRow)) / kRow);
    return l;
}

QList<double> columnXs(const TableDocument& doc)
{
    const qsizetype n = doc.headers.size();
    QList<double> w = doc.widths.size() == n ? doc.widths : QList<double>(n, 1.0);
    const double sum = std::accumulate(w.cbegin(), w.cend(), 0.0);
    QList<double> xs;
    double x = kMargin;
    for (double part : w) {
        xs << x;
        x += (kPageW - 2 * kMargin) * part / (sum > 0 ? sum : 1);
    }
    xs << kPageW - kMargin;
    return xs;
}

} // namespace

bool TablePdf::render(QPagedPaintDevice& device, const TableDocument& doc)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF()));
    QPainter p;
    if (!p.begin(&device))
        return false;
    const double u = device.logicalDpiX() / 25.4; // device units per millimetre
    const Layout layout = layoutOf(doc);
    const int pages = layout.pages(doc.rows.size());
    const QList<double> xs = columnXs(doc);

    const auto text = [&](double x, double y, double w, double h, const QString& s, double size, bool bold,
                          Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter) {
        const QFont f = reportFont(size, u, bold);
        p.setFont(f);
        const QRectF box(x * u, y * u, w * u, h * u);
        // One line per cell: a long note is cut with an ellipsis rather than run into the next row.
        p.drawText(box, align, QFontMetricsF(f, &device).elidedText(s, Qt::ElideRight, box.width()));
    };
    const auto rowAt = [&](double y, const QStringList& cells, bool bold) {
        for (qsizetype c = 0; c + 1 < xs.size(); ++c)
            text(xs.at(c) + 0.8, y, xs.at(c + 1) - xs.at(c) - 1.6, kRow, cells.value(c), kText, bold);
        p.setPen(QPen(Qt::black, (bold ? 0.3 : 0.1) * u));
        p.drawLine(QPointF(kMargin * u, (y + kRow) * u), QPointF((kPageW - kMargin) * u, (y + kRow) * u));
    };

    qsizetype next = 0;
    for (int page = 1; page <= pages; ++page) {
        if (page > 1 && !device.newPage())
            return false;
        p.fillRect(QRectF(0, 0, kPageW * u, kPageH * u), Qt::white);
        p.setPen(Qt::black);
        double y = kMargin;
        if (page == 1) {
            text(kMargin, y, kPageW - 2 * kMargin, 9, doc.title, 5.5, true);
            y += 10;
            for (const QString& line : doc.lines) {
                text(kMargin, y, kPageW - 2 * kMargin, 5.5, line, 3.4, false);
                y += 5.5;
            }
            y += 2;
        }
        rowAt(y, doc.headers, true);
        y += kRow;
        const int room = page == 1 ? layout.rowsFirst : layout.rowsPerPage;
        for (int i = 0; i < room && next < doc.rows.size(); ++i, ++next) {
            p.setPen(Qt::black);
            rowAt(y, doc.rows.at(next), false);
            y += kRow;
        }
        p.setPen(Qt::black);
        text(kMargin, kPageH - kMargin - 5, kPageW - 2 * kMargin, 5, doc.page.arg(page).arg(pages), 2.8,
             false, Qt::AlignHCenter | Qt::AlignVCenter);
    }
    p.end();
    return true;
}

bool TablePdf::writePdf(const QString& path, const TableDocument& doc, QString* error)
{
    return writePdfFile(
        path, doc.title, 300, [&](QPdfWriter& pdf) { return render(pdf, doc); }, error);
}

} // namespace gatepost::print
