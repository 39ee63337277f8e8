#pragma once

// What the settings' sync section does at once (not on Save): join the office's community,
// write a USB bundle, read one. Each is done by the shift lead who signed on for the settings
// (@p actor) and answers with one translated paragraph for the screen (empty: cancelled).
// File names come from gui::Prompts, so tests answer them without a native dialog.

#include "core/AuditTrail.h"
#include "core/EventLog.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

#include <optional>

namespace gatepost::core {
class Registry;
struct StationIdentity;
} // namespace gatepost::core

namespace gatepost::gui {

class SyncActions
{
    Q_DECLARE_TR_FUNCTIONS(SyncActions)

public:
    SyncActions(core::EventLog& events, core::Registry& registry, core::Actor actor);

    /// Asks where to write (Prompts::askSaveFile) and writes every event this station holds,
    /// signed, mode 0600 (QSaveFile: a stick pulled out mid-way leaves no half file).
    QString exportToUsb(QWidget* parent);
    /// Asks which bundle to read (Prompts::askOpenFile) and imports it (all or nothing).
    QString importFromUsb(QWidget* parent);
    /// Opens the EnrolDialog and joins with the key it gives (join()).
    QString joinCommunity(QWidget* parent);
    /// Joins the community of the office whose public key is @p officeKey; what to tell the
    /// office next, or the refusal in words.
    QString join(const QString& officeKey);

    /// The station as it is now (after a join: in the office's community).
    std::optional<core::StationIdentity> station() const;

    /// The name proposed for a bundle: gatepost-<station>.gpbundle, one plain file name.
    static QString bundleFileName(const QString& stationName);

    /// The result of an import in one paragraph: why nothing was imported, or the counts.
    static QString importText(const core::EventLog::BundleImport& result);

private:
    core::EventLog& m_events;
    core::Registry& m_registry;
    core::Actor m_actor;
};

} // namespace gatepost::gui
