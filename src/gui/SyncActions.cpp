#include "SyncActions.h"

#include "EnrolDialog.h"
#include "Prompts.h"
#include "RefusalText.h"
#include "core/Registry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <sys/stat.h>

#include <utility>

namespace gatepost::gui {

namespace {

// Where a USB stick shows up on a Debian desktop (udisks), else the home folder.
QString stickFolder()
{
    const QString user = qEnvironmentVariable("USER");
    for (const QString& base : {QStringLiteral("/media/"), QStringLiteral("/run/media/")}) {
        const QDir dir(base + user);
        if (!user.isEmpty() && dir.exists()) {
            const QStringList sticks = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
            return sticks.size() == 1 ? dir.filePath(sticks.first()) : dir.path();
        }
    }
    return QDir::homePath();
}

QString bundleFilter()
{
    return SyncActions::tr("Gatepost bundles (*.gpbundle);;All files (*)");
}

} // namespace

SyncActions::SyncActions(core::EventLog& events, core::Registry& registry, core::Actor actor)
    : m_events(events)
    , m_registry(registry)
    , m_actor(std::move(actor))
{
}

QString SyncActions::exportToUsb(QWidget* parent)
{
    const auto me = m_registry.station();
    const QString path = Prompts::askSaveFile(
        parent, tr("Export to USB stick"),
        QDir(stickFolder()).filePath(bundleFileName(me ? me->name : QString())), bundleFilter());
    if (path.isEmpty())
        return {};
    bool ok = false;
    try {
        // Audited only once the file is on the stick.
        ok = m_events.exportBundle(m_actor, [&path](const QByteArray& data) {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return false;
            // 0600 before a byte is written (a stick formatted FAT ignores it; the bundle is
            // signed but holds names and crossings).
            ::fchmod(file.handle(), S_IRUSR | S_IWUSR);
            return file.write(data) == data.size() && file.commit();
        });
    } catch (const std::exception& e) {
        return tr("Nothing was exported: %1").arg(RefusalText::error(e));
    }
    if (!ok)
        return tr("The bundle could not be written to %1. Is the stick full or write-protected?")
            .arg(QDir::toNativeSeparators(path));
    return tr("Written to %1. Take the stick to the other station and import it there.")
        .arg(QDir::toNativeSeparators(path));
}

QString SyncActions::importFromUsb(QWidget* parent)
{
    const QString path =
        Prompts::askOpenFile(parent, tr("Import from USB stick"), stickFolder(), bundleFilter());
    if (path.isEmpty())
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("%1 cannot be read.").arg(QDir::toNativeSeparators(path));
    const QByteArray data = file.readAll();
    try {
        return importText(m_events.importBundle(data, m_actor));
    } catch (const std::exception& e) {
        return tr("Nothing was imported: %1").arg(RefusalText::error(e));
    }
}

QString SyncActions::joinCommunity(QWidget* parent)
{
    const auto me = m_registry.station();
    if (!me)
        return RefusalText::text({core::RefusalCode::StationNotSetUp, core::RefusalField::None, {}});
    EnrolDialog dialog(*me, parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return join(dialog.officeKey());
}

QString SyncActions::join(const QString& officeKey)
{
    try {
        const core::StationIdentity id = m_registry.joinCommunity(officeKey, m_actor);
        return tr("This station now belongs to the office's community. Last step: the office registers "
                  "this station with its public key (gatepost-cli station add %1 --pubkey KEY). Read "
                  "it to the office:\n%2")
            .arg(id.name, id.publicKey);
    } catch (const std::exception& e) {
        return tr("Not joined: %1").arg(RefusalText::error(e));
    }
}

QString SyncActions::bundleFileName(const QString& stationName)
{
    QString station = stationName.trimmed().isEmpty() ? QStringLiteral("station") : stationName.trimmed();
    for (QChar& c : station)
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            c = u'-'; // a name with a slash or a space still makes one plain file name
    return QStringLiteral("gatepost-%1.gpbundle").arg(station);
}

std::optional<core::StationIdentity> SyncActions::station() const
{
    return m_registry.station();
}

QString SyncActions::importText(const core::EventLog::BundleImport& result)
{
    using E = core::BundleError;
    switch (result.error) {
    case E::None:
        break;
    case E::NotABundle:
        return tr("This file is not a Gatepost bundle. Nothing was imported.");
    case E::Truncated:
        return tr("The bundle is cut short (the copy to the stick did not finish). Nothing was "
                  "imported: export it again.");
    case E::Malformed:
        return tr("The bundle is damaged. Nothing was imported: export it again.");
    case E::WrongCommunity:
        return tr("The bundle comes from another community. Nothing was imported.");
    case E::UnknownStation:
        return tr("The bundle was written by a station this one does not know (the office has not "
                  "registered it, or its registration has not arrived here yet). Nothing was imported.");
    case E::Tampered:
        return tr("The bundle was changed after it was written. Nothing was imported: export it again "
                  "and keep the stick with you.");
    }
    const core::ApplyReport& r = result.report;
    QString text =
        tr("Imported: %1 new, %2 already here, %3 refused.").arg(r.applied).arg(r.known).arg(r.refused);
    if (r.held > 0)
        text +=
            QLatin1Char(' ') + tr("%1 wait for a station or a record that has not arrived yet.").arg(r.held);
    return text;
}

} // namespace gatepost::gui
