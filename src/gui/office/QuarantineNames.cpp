#include "QuarantineNames.h"

#include <QCoreApplication>

namespace gatepost::gui {

// Written out as QCoreApplication::translate("QuarantineNames", ...) so that lupdate sees the context.
QString slotName(core::TemperatureSlot s)
{
    switch (s) {
    case core::TemperatureSlot::Morning:
        return QCoreApplication::translate("QuarantineNames", "Morning");
    case core::TemperatureSlot::Afternoon:
        return QCoreApplication::translate("QuarantineNames", "Afternoon");
    }
    return {};
}

QString checkKindName(core::CheckKind k)
{
    switch (k) {
    case core::CheckKind::Door:
        return QCoreApplication::translate("QuarantineNames", "Door check");
    case core::CheckKind::Video:
        return QCoreApplication::translate("QuarantineNames", "Video check");
    }
    return {};
}

QString checkResultName(core::CheckResult r)
{
    switch (r) {
    case core::CheckResult::Present:
        return QCoreApplication::translate("QuarantineNames", "At home, well");
    case core::CheckResult::Absent:
        return QCoreApplication::translate("QuarantineNames", "Not at home");
    case core::CheckResult::Unwell:
        return QCoreApplication::translate("QuarantineNames", "Unwell");
    }
    return {};
}

QString quarantineKindName(core::QuarantineKind k)
{
    switch (k) {
    case core::QuarantineKind::Home:
        return QCoreApplication::translate("QuarantineNames", "Home");
    case core::QuarantineKind::Central:
        return QCoreApplication::translate("QuarantineNames", "Central");
    }
    return {};
}

QString flagName(core::QuarantineFlag f)
{
    switch (f) {
    case core::QuarantineFlag::MorningMissing:
        return QCoreApplication::translate("QuarantineNames", "Morning report missing");
    case core::QuarantineFlag::AfternoonMissing:
        return QCoreApplication::translate("QuarantineNames", "Afternoon report missing");
    case core::QuarantineFlag::Fever:
        return QCoreApplication::translate("QuarantineNames", "Fever");
    case core::QuarantineFlag::Unwell:
        return QCoreApplication::translate("QuarantineNames", "Unwell at the last check");
    }
    return {};
}

QString rowSummary(const core::ReturneeRow& row)
{
    if (!row.certificateNumber.isEmpty())
        return QCoreApplication::translate("QuarantineNames", "Released (%1)").arg(row.certificateNumber);
    QStringList parts;
    for (core::QuarantineFlag f : row.health.flags)
        parts << flagName(f);
    if (row.eligible)
        parts << QCoreApplication::translate("QuarantineNames", "May be released");
    return parts.join(QStringLiteral(", "));
}

QColor rowColour(const core::ReturneeRow& row)
{
    if (row.has(core::QuarantineFlag::Fever) || row.has(core::QuarantineFlag::Unwell))
        return QColor(0xb0, 0x00, 0x20);
    if (row.has(core::QuarantineFlag::MorningMissing) || row.has(core::QuarantineFlag::AfternoonMissing))
        return QColor(0xa1, 0x5c, 0x00);
    if (row.eligible)
        return QColor(0x1b, 0x5e, 0x20);
    return {};
}

} // namespace gatepost::gui
