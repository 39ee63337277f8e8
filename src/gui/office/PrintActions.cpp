#include "PrintActions.h"

#include "gui/CategoryNames.h"
#include "gui/Prompts.h"
#include "gui/RefusalText.h"

#include "core/AuditTrail.h"
#include "core/Database.h"
#include "core/Refusal.h"
#include "core/Registry.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPrinterInfo>

#include <optional>

namespace gatepost::gui {

namespace {

// A message that does not block (tests read it, then close it).
void showMessage(QWidget* parent, const QString& text)
{
    auto* box = new QMessageBox(QMessageBox::Warning, PrintActions::tr("Printing passes"), text,
                                QMessageBox::Ok, parent);
    box->setObjectName(QLatin1String(PrintActions::kMessageName));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

// The job for @p serials, or nothing (the refusal is on screen).
std::optional<print::PrintJob> collect(OfficeServices& s, const QStringList& serials, QWidget* parent)
{
    try {
        return print::PassDocument::collect(s.registry, serials, PrintActions::texts());
    } catch (const core::RefusedError& e) {
        showMessage(parent, RefusalText::text(e.refusal()));
    } catch (const core::DbError& e) {
        showMessage(parent, RefusalText::dbProblem(core::dbProblemOf(e)));
    }
    return std::nullopt;
}

// One pass_print row: how many passes, where to.
void record(OfficeServices& s, const print::PrintJob& job, const QString& where, QWidget* parent)
{
    try {
        core::AuditTrail audit(s.db, s.clock);
        core::Transaction tx(s.db);
        audit.append(s.actor, core::AuditAction::PassPrint, where, {},
                     core::AuditTrail::json({{QStringLiteral("passes"), static_cast<int>(job.serials.size())},
                                             {QStringLiteral("pages"), job.pageCount()}}));
        tx.commit();
    } catch (const core::DbError& e) {
        showMessage(parent, PrintActions::tr("The passes were printed, but the record of it could not be "
                                             "saved: %1")
                                .arg(RefusalText::dbProblem(core::dbProblemOf(e))));
    }
}

// The printer's page is the whole sheet: cards and cut marks are placed from the paper's corner.
void prepare(QPrinter& printer)
{
    printer.setFullPage(true);
    printer.setDocName(PrintActions::tr("Passes"));
}

} // namespace

print::PrintTexts PrintActions::texts()
{
    print::PrintTexts t;
    t.title = tr("Community pass");
    //: %1 and %2 are dates (YYYY-MM-DD): the first and the last day the pass is valid.
    t.validity = tr("Valid %1 to %2");
    t.categoryName = [](core::Category c) {
        return categoryName(c);
    };
    return t;
}

bool PrintActions::printJob(OfficeServices& services, const print::PrintJob& job, QPrinter& printer,
                            QWidget* parent)
{
    prepare(printer);
    if (!print::PassDocument::render(printer, job)) {
        showMessage(parent,
                    tr("The printer \"%1\" did not take the passes. Nothing was lost: check the printer "
                       "and print again, or save the passes as a PDF.")
                        .arg(printer.printerName()));
        return false;
    }
    record(services, job,
           printer.outputFormat() == QPrinter::PdfFormat ? printer.outputFileName() : printer.printerName(),
           parent);
    return true;
}

PrintActions::Outcome PrintActions::preview(OfficeServices& services, const QStringList& serials,
                                            QWidget* parent)
{
    const std::optional<print::PrintJob> job = collect(services, serials, parent);
    if (!job)
        return Outcome::Refused;
    QPrinter printer(QPrinter::HighResolution);
    prepare(printer);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview: %1 passes").arg(job->serials.size()));
    bool failed = false;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&](QPrinter* p) { failed = !print::PassDocument::render(*p, *job); });
    if (dialog.exec() != QDialog::Accepted)
        return Outcome::Cancelled;
    // Accepted: the dialog printed with the last paint.
    if (failed) {
        showMessage(parent,
                    tr("The printer \"%1\" did not take the passes. Nothing was lost: check the printer "
                       "and print again, or save the passes as a PDF.")
                        .arg(printer.printerName()));
        return Outcome::Failed;
    }
    record(services, *job,
           printer.outputFormat() == QPrinter::PdfFormat ? printer.outputFileName() : printer.printerName(),
           parent);
    return Outcome::Done;
}

PrintActions::Outcome PrintActions::printToPrinter(OfficeServices& services, const QStringList& serials,
                                                   QWidget* parent)
{
    const std::optional<print::PrintJob> job = collect(services, serials, parent);
    if (!job)
        return Outcome::Refused;
    if (QPrinterInfo::availablePrinters().isEmpty()) {
        showMessage(parent, tr("No printer is installed on this computer. Save the passes as a PDF and print "
                               "them elsewhere, or ask for a printer to be set up."));
        return Outcome::Failed;
    }
    QPrinter printer(QPrinter::HighResolution);
    prepare(printer);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return Outcome::Cancelled;
    return printJob(services, *job, printer, parent) ? Outcome::Done : Outcome::Failed;
}

PrintActions::Outcome PrintActions::saveAsPdf(OfficeServices& services, const QStringList& serials,
                                              QWidget* parent)
{
    const std::optional<print::PrintJob> job = collect(services, serials, parent);
    if (!job)
        return Outcome::Refused;
    const QString folder =
        services.databasePath.isEmpty() ? QDir::homePath() : QFileInfo(services.databasePath).absolutePath();
    const QString suggested = QDir(folder).filePath(
        QStringLiteral("passes-%1.pdf").arg(services.registry.today().toString(Qt::ISODate)));
    QString path = Prompts::askSaveFile(parent, tr("Save passes as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return Outcome::Cancelled;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QLatin1String(".pdf");
    QString error;
    if (!print::PassDocument::writePdf(*job, path, &error)) {
        showMessage(parent,
                    tr("The PDF could not be written to %1. Nothing was changed: choose another folder "
                       "or free some space, then save again.")
                        .arg(QDir::toNativeSeparators(path)));
        return Outcome::Failed;
    }
    record(services, *job, QFileInfo(path).absoluteFilePath(), parent);
    return Outcome::Done;
}

} // namespace gatepost::gui
