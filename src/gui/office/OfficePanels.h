#pragma once

// The office window with every part of the pass office in it: the registry tabs it has of its
// own, plus the import tab, the returnees tab and printing from the Passes tab. The station
// app and the tests build the office through here, so both see the same window.

#include <QStringList>

class QWidget;

namespace gatepost::gui {

struct OfficeServices;
class OfficeWindow;

/// Adds the Import and Returnees tabs and the print handler. Call before the first sign-on.
void addOfficePanels(OfficeWindow& window);

namespace office {

/// The Import tab: what each list holds, and the button that opens the import dialog. After an
/// import the window's counts and tabs show the new rows.
QWidget* makeImportPanel(OfficeServices& services, OfficeWindow& window, QWidget* parent);

/// Print (Ctrl+P) on the Passes tab: preview, print or save as PDF, the user's choice.
void printPasses(OfficeServices& services, const QStringList& serials, QWidget* parent);

} // namespace office

} // namespace gatepost::gui
