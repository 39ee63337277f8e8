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

QString roleName(core::Role role)
{
    switch (role) {
    case core::Role::Volunteer:
        return QCoreApplication::translate("Office", "volunteer");
    case core::Role::ShiftLead:
        return QCoreApplication::translate("Office", "shift lead");
    case core::Role::Staff:
        return QCoreApplication::translate("Office", "office staff");
    case core::Role::Admin:
        return QCoreApplication::translate("Office", "administrator");
    }
    return {};
}

QString dateText(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("yyyy-MM-dd")) : QStringLiteral("—");
}

} // namespace gatepost::gui::office
