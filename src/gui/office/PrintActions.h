#pragma once

// Printing passes from the office: print preview, print to a printer, save as PDF, for a
// selection or a batch of serials. The office window's tables and the batch screens call these
// entry points; everything printed comes from the core (print::PassDocument). A refusal, a
// missing printer or a printer that fails is a message on screen (a window-modal box that does
// not block), and nothing is lost: the registry is not touched and an older PDF stays as it was.

#include "OfficeServices.h"

#include "print/PassDocument.h"

#include <QCoreApplication>
#include <QStringList>

class QPrinter;
class QWidget;

namespace gatepost::gui {

class PrintActions final
{
    Q_DECLARE_TR_FUNCTIONS(PrintActions)

public:
    PrintActions() = delete;

    enum class Outcome {
        Done,      // printed, previewed or saved
        Cancelled, // the user closed a dialog
        Refused,   // the core refused (a gate station, a revoked pass, nothing to print): message shown
        Failed,    // no printer, a printer or a file that failed: message shown
    };

    /// The words printed on the passes, in the language of the screens.
    static print::PrintTexts texts();

    /// The print preview (QPrintPreviewDialog); it prints from there. Modal.
    static Outcome preview(OfficeServices& services, const QStringList& serials, QWidget* parent);
    /// Straight to a printer chosen in the print dialog.
    static Outcome printToPrinter(OfficeServices& services, const QStringList& serials, QWidget* parent);
    /// Asks for a file (Prompts::askSaveFile) and writes one PDF there atomically.
    static Outcome saveAsPdf(OfficeServices& services, const QStringList& serials, QWidget* parent);

    /// Paints @p job on @p printer (full page) and records a pass_print audit row by the
    /// signed-on staff member. False (message shown) when the printer failed.
    static bool printJob(OfficeServices& services, const print::PrintJob& job, QPrinter& printer,
                         QWidget* parent);

    /// objectName of the message box these actions show (tests find it among the top-level widgets).
    static constexpr const char* kMessageName = "printMessage";
};

} // namespace gatepost::gui
