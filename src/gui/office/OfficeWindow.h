#pragma once

// The office station's main window (gatepost --gate office). First a sign-on (office staff and
// administrators only); then one tab per panel: Households, People, Vehicles, Passes, and
// the panels other parts add (import, returnees) through addPanel. Signing off (Ctrl+L)
// drops every panel, so nothing of the last person's session stays on screen. The status bar
// says who is signed on, the registry's counts and how sync is going. The language switch
// (中文 / English) retranslates every screen at once and is kept in the station's settings.
// Built for keyboard and mouse; fits 1366x768.

#include "core/SyncSettings.h"
#include "core/Types.h"
#include "gui/office/OfficeServices.h"

#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class QTabWidget;

namespace gatepost::gui {

namespace office {
class RegistryPage;
class OfficeSignOn;
} // namespace office

class OfficeWindow final : public QMainWindow
{
    Q_OBJECT

public:
    /// Makes a panel for the staff member just signed on; the window owns it.
    using PanelFactory = std::function<QWidget*(OfficeServices& services, QWidget* parent)>;
    /// Prints the chosen passes (the print part's entry point); called from the Passes tab.
    using PrintHandler =
        std::function<void(OfficeServices& services, const QStringList& serials, QWidget* parent)>;

    /// @p station: the station's services; its actor and role are replaced by whoever signs on.
    explicit OfficeWindow(const OfficeServices& station, QWidget* parent = nullptr);
    ~OfficeWindow() override;

    /// A tab after the registry's, made at each sign-on; @p title gives its words in the
    /// current language (asked again after a language switch).
    void addPanel(const char* objectName, std::function<QString()> title, PanelFactory make);
    /// Enables "Print" (Ctrl+P) on the Passes tab.
    void setPrintHandler(PrintHandler print);
    /// The camera "Take photo" uses (a --camera SOURCE text, the demo clip); empty: files only.
    void setCameraSource(const QString& source);
    /// From the app's sync worker.
    void setSyncHealth(const core::SyncHealth& health);

    /// Opens the office for @p op (after the sign-on page, the first-run dialog or --demo).
    /// Refused (false, nothing opened) for a role below staff.
    bool signOn(const core::Operator& op);
    void signOff();
    std::optional<core::Operator> signedOn() const;
    /// The services of the signed-on session (null while signed off).
    OfficeServices* session() const;

    /// "zh_CN" or "en": installs the translations, retranslates every screen, keeps the choice.
    void switchLanguage(const QString& lang);

    QTabWidget* tabs() const;
    office::OfficeSignOn* signOnPage() const;
    /// The registry tab named @p objectName ("peoplePage", "passesPage", ...), null when absent.
    office::RegistryPage* page(const char* objectName) const;
    /// Counts again (after a change made elsewhere: an import, a sync).
    void refreshCounts();

signals:
    /// A staff member's office session began (the app records their duty, core::DutyLog).
    void staffSignedOn(const core::Operator& op);
    /// ... and ended (sign-off, another sign-on, or the window closing down).
    void staffSignedOff(const core::Operator& op);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void retranslateSync();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gatepost::gui
