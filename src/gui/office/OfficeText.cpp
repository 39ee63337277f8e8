#include "OfficeText.h"

#include <QCoreApplication>
#include <QLocale>

namespace gatepost::gui::office {

QString areaName(int courtyard)
{
    if (courtyard <= 0)
        return QCoreApplication::translate("Office", "Main area");
    return QCoreApplication::translate("Office", "Courtyard %1").arg(courtyard);
}

QString dateText(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("yyyy-MM-dd")) : QStringLiteral("—");
}

} // namespace gatepost::gui::office
