#pragma once

// Printing passes: the data comes from the core registry (pass, holder, the office's secret of
// the current generation, photo, the policy's category colours), person cards go on A4 sheets of
// 10 (CardSheet), vehicle placards on A5 landscape pages (VehiclePlacard), all in one document:
// a PDF (QPdfWriter changes the page size per page) or a QPrinter, through QPagedPaintDevice.
//
// Refusals are codes (core::RefusedError): the GUI and the CLI put them in words.

#include "PassCard.h"

#include "core/Types.h"

#include <QList>
#include <QStringList>

#include <functional>

class QPagedPaintDevice;

namespace gatepost::core {
class Registry;
}

namespace gatepost::print {

/// The words printed on the passes, translated by the caller (the print layer has no language).
struct PrintTexts
{
    QString title;    // on the colour band, e.g. "清河四街社区 出入证"
    QString validity; // %1 = first day, %2 = last day (ISO dates), e.g. "有效期 %1 至 %2"
    std::function<QString(core::Category)> categoryName; // unset = the snake_case names
};

/// What one print run holds, in print order.
struct PrintJob
{
    QList<PassCardData> cards;    // people: A4 sheets of 10
    QList<PassCardData> placards; // vehicles: one A5 page each
    QStringList serials;          // every pass printed, cards first, then placards

    int sheetCount() const;
    int pageCount() const { return sheetCount() + static_cast<int>(placards.size()); }
    bool isEmpty() const { return cards.isEmpty() && placards.isEmpty(); }
};

class PassDocument final
{
public:
    /// The passes named by @p serials, in that order (a serial named twice prints once).
    /// Refuses (core::RefusedError, field serial): no_pass_secrets when this station holds
    /// no secret to print with (a gate keeps only their hashes), serial_unknown (args: the
    /// serial), pass_not_printable for a revoked, lost or suspended pass (args: serial, status),
    /// nothing_to_print for an empty list.
    static PrintJob collect(const core::Registry& registry, const QStringList& serials,
                            const PrintTexts& texts);
    /// Every active pass, by serial. Refuses no_pass_secrets and nothing_to_print.
    static PrintJob collectActive(const core::Registry& registry, const PrintTexts& texts);
    /// The active passes of one household's people and vehicles (address as registered).
    /// Refuses household_unknown (field household, args: the address), no_pass_secrets and
    /// nothing_to_print.
    static PrintJob collectHousehold(const core::Registry& registry, const QString& address,
                                     const PrintTexts& texts);

    /// Paints @p job on @p device: the sheets of cards, then the placards, setting each page's
    /// size (A4 portrait, A5 landscape) with zero margins; a QPrinter should be full-page.
    /// False when painting could not start or the device failed (a printer that is not there).
    static bool render(QPagedPaintDevice& device, const PrintJob& job);
    /// The job as one PDF written atomically (QSaveFile): a failed run (a full disk, a folder
    /// that cannot be written) leaves no half file and keeps an older file at @p path.
    /// False with @p error (may be null) set to a plain English line (the CLI shows it; the
    /// GUI says it in its own words).
    static bool writePdf(const PrintJob& job, const QString& path, QString* error);
};

} // namespace gatepost::print
