#include "CategoryNames.h"

#include <QCoreApplication>

namespace gatepost::gui {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("gatepost::gui::Names", text); }
} // namespace

QString categoryName(core::Category c)
{
    switch (c) {
    case core::Category::RegisteredResident:
        return tr("Registered resident");
    case core::Category::MigrantResident:
        return tr("Migrant resident");
    case core::Category::ExternalWorker:
        return tr("External worker");
    case core::Category::Visitor:
        return tr("Visitor");
    case core::Category::InternalVehicle:
        return tr("Internal vehicle");
    case core::Category::ExternalVehicle:
        return tr("External vehicle");
    }
    return {};
}

QString statusName(core::PassStatus s)
{
    switch (s) {
    case core::PassStatus::Active:
        return tr("active");
    case core::PassStatus::Revoked:
        return tr("revoked");
    case core::PassStatus::Lost:
        return tr("lost");
    case core::PassStatus::Suspended:
        return tr("suspended");
    }
    return {};
}

QString reasonText(core::Reason r)
{
    switch (r) {
    case core::Reason::BadFormat:
        return tr("Not a Gatepost pass code");
    case core::Reason::UnknownPass:
        return tr("Pass not in the registry");
    case core::Reason::WrongSecret:
        return tr("Forged or altered pass");
    case core::Reason::Superseded:
        return tr("Old pass: a newer one was issued");
    case core::Reason::Revoked:
        return tr("Pass revoked");
    case core::Reason::Lost:
        return tr("Pass reported lost");
    case core::Reason::Suspended:
        return tr("Pass suspended");
    case core::Reason::NotYetValid:
        return tr("Pass not valid yet");
    case core::Reason::Expired:
        return tr("Pass expired");
    case core::Reason::GateNotAllowed:
        return tr("Not allowed at this gate");
    case core::Reason::OutsideHours:
        return tr("Outside allowed hours");
    case core::Reason::HomeQuarantine:
        return tr("In home quarantine");
    case core::Reason::CentralQuarantine:
        return tr("In central quarantine");
    case core::Reason::Passback:
        return tr("Already crossed in this direction");
    case core::Reason::Duplicate:
        return tr("Same pass read again");
    case core::Reason::Fever:
        return tr("Fever");
    case core::Reason::MissingTemperature:
        return tr("Take the temperature");
    }
    return {};
}

QString gateName(const QString& code)
{
    if (code == QLatin1String("north"))
        return tr("North gate");
    if (code == QLatin1String("south"))
        return tr("South gate");
    if (code == QLatin1String("office"))
        return tr("Office");
    return code;
}

} // namespace gatepost::gui
