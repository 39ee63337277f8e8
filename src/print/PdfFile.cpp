#include "PdfFile.h"

#include <QPdfWriter>
#include <QSaveFile>

namespace gatepost::print {

bool writePdfFile(const QString& path, const QString& title, int dpi,
                  const std::function<bool(QPdfWriter&)>& draw, QString* error)
{
    const auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    bool drawn = false;
    {
        QPdfWriter pdf(&file);
        pdf.setResolution(dpi);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("Gatepost"));
        drawn = draw(pdf);
    }
    if (!drawn) {
        file.cancelWriting();
        return fail(QStringLiteral("cannot draw the PDF %1").arg(path));
    }
    if (!file.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

QFont reportFont(double sizeMm, double unitsPerMm, bool bold)
{
    QFont f;
    f.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    f.setPixelSize(qMax(1, qRound(sizeMm * unitsPerMm)));
    f.setBold(bold);
    return f;
}

} // namespace gatepost::print
