#include "CategoryNames.h"

#include <QCoreApplication>

namespace gatepost::gui {

// Written out as QCoreApplication::translate("Names", ...) so that lupdate sees the context.
QString categoryName(core::Category c)
{
    switch (c) {
    case core::Category::RegisteredResident:
        return QCoreApplication::translate("Names", "Registered resident");
    case core::Category::MigrantResident:
        return QCoreApplication::translate("Names", "Migrant resident");
    case core::Category::ExternalWorker:
        return QCoreApplication::translate("Names", "External worker");
    case core::Category::Visitor:
        return QCoreApplication::translate("Names", "Visitor");
    case core::Category::InternalVehicle:
        return QCoreApplication::translate("Names", "Internal vehicle");
    case core::Category::ExternalVehicle:
        return QCoreApplication::translate("Names", "External vehicle");
    }
    return {};
}

QString statusName(core::PassStatus s)
{
    switch (s) {
    case core::PassStatus::Active:
        return QCoreApplication::translate("Names", "active");
    case core::PassStatus::Revoked:
        return QCoreApplication::translate("Names", "revoked");
    case core::PassStatus::Lost:
        return QCoreApplication::translate("Names", "lost");
    case core::PassStatus::Suspended:
        return QCoreApplication::translate("Names", "suspended");
    }
    return {};
}

QString reasonText(core::Reason r)
{
    switch (r) {
    case core::Reason::BadFormat:
        return QCoreApplication::translate("Names", "Not a Gatepost pass code");
    case core::Reason::UnknownPass:
        return QCoreApplication::translate("Names", "Pass not in the registry");
    case core::Reason::WrongSecret:
        return QCoreApplication::translate("Names", "Forged or altered pass");
    case core::Reason::Superseded:
        return QCoreApplication::translate("Names", "Old pass: a newer one was issued");
    case core::Reason::Revoked:
        return QCoreApplication::translate("Names", "Pass revoked");
    case core::Reason::Lost:
        return QCoreApplication::translate("Names", "Pass reported lost");
    case core::Reason::Suspended:
        return QCoreApplication::translate("Names", "Pass suspended");
    case core::Reason::NotYetValid:
        return QCoreApplication::translate("Names", "Pass not valid yet");
    case core::Reason::Expired:
        return QCoreApplication::translate("Names", "Pass expired");
    case core::Reason::GateNotAllowed:
        return QCoreApplication::translate("Names", "Not allowed at this gate");
    case core::Reason::OutsideHours:
        return QCoreApplication::translate("Names", "Outside allowed hours");
    case core::Reason::HomeQuarantine:
        return QCoreApplication::translate("Names", "In home quarantine");
    case core::Reason::CentralQuarantine:
        return QCoreApplication::translate("Names", "In central quarantine");
    case core::Reason::Passback:
        return QCoreApplication::translate("Names", "Already crossed in this direction");
    case core::Reason::Duplicate:
        return QCoreApplication::translate("Names", "Same pass read again");
    case core::Reason::Fever:
        return QCoreApplication::translate("Names", "Fever");
    case core::Reason::MissingTemperature:
        return QCoreApplication::translate("Names", "Take the temperature");
    case core::Reason::NoPass:
        return QCoreApplication::translate("Names", "No pass: check identity");
    case core::Reason::ManualEntry:
        return QCoreApplication::translate("Names", "No card: check the face");
    case core::Reason::ForcedThrough:
        return QCoreApplication::translate("Names", "Forced through the gate");
    case core::Reason::Abuse:
        return QCoreApplication::translate("Names", "Abuse of staff");
    case core::Reason::OtherIncident:
        return QCoreApplication::translate("Names", "Other incident");
    }
    return {};
}

QString overrideReasonName(core::OverrideReason r)
{
    switch (r) {
    case core::OverrideReason::DamagedPassHolderConfirmed:
        return QCoreApplication::translate("Names", "Damaged pass, holder confirmed");
    case core::OverrideReason::VerifiedByStaff:
        return QCoreApplication::translate("Names", "Verified by community staff");
    case core::OverrideReason::Emergency:
        return QCoreApplication::translate("Names", "Emergency");
    case core::OverrideReason::Other:
        break;
    }
    return QCoreApplication::translate("Names", "Other");
}

QString gateName(const QString& code)
{
    if (code == QLatin1String("north"))
        return QCoreApplication::translate("Names", "North gate");
    if (code == QLatin1String("south"))
        return QCoreApplication::translate("Names", "South gate");
    if (code == QLatin1String("office"))
        return QCoreApplication::translate("Names", "Office");
    return code;
}

QString roleName(core::Role r)
{
    switch (r) {
    case core::Role::Volunteer:
        return QCoreApplication::translate("Names", "Volunteer");
    case core::Role::ShiftLead:
        return QCoreApplication::translate("Names", "Shift lead");
    case core::Role::Staff:
        return QCoreApplication::translate("Names", "Office staff");
    case core::Role::Admin:
        return QCoreApplication::translate("Names", "Administrator");
    }
    return {};
}

QString roleNoun(core::Role r)
{
    switch (r) {
    case core::Role::Volunteer:
        return QCoreApplication::translate("Names", "volunteer");
    case core::Role::ShiftLead:
        return QCoreApplication::translate("Names", "shift lead");
    case core::Role::Staff:
        return QCoreApplication::translate("Names", "office staff");
    case core::Role::Admin:
        return QCoreApplication::translate("Names", "administrator");
    }
    return {};
}

} // namespace gatepost::gui
