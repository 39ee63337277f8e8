#include "PassDocument.h"

#include "PdfFile.h"

#include "CardSheet.h"
#include "VehiclePlacard.h"

#include "core/Formats.h"
#include "core/PassCode.h"
#include "core/Refusal.h"
#include "core/Registry.h"

#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>

#include <algorithm>

namespace gatepost::print {

namespace {

using core::RefusalCode;
using core::RefusalField;

// Gathers cards and placards; reads the policy once per job.
class Collector
{
public:
    Collector(const core::Registry& registry, const PrintTexts& texts)
        : m_registry(registry)
        , m_texts(texts)
        , m_colours(registry.policy().cardColours)
    {
    }

    void add(const core::Pass& pass)
    {
        if (m_seen.contains(pass.serial))
            return;
        // A gate keeps only hashes of the secrets: nothing to print a working code with.
        if (pass.secret.isEmpty())
            core::refuse(RefusalCode::NoPassSecrets, RefusalField::Serial, {pass.serial});
        const std::optional<core::PassSnapshot> snap = m_registry.snapshot(pass.serial);
        if (!snap)
            core::refuse(RefusalCode::SerialUnknown, RefusalField::Serial, {pass.serial});
        m_seen.insert(pass.serial);
        const core::HolderInfo& holder = snap->holder;
        PassCardData c;
        c.code = core::Registry::qrText(pass);
        c.serial = pass.serial;
        c.title = m_texts.title;
        c.vehicle = pass.holderKind == core::HolderKind::Vehicle;
        c.holderLine = c.vehicle ? core::formats::displayPlate(holder.plate) : holder.name;
        c.categoryText =
            m_texts.categoryName ? m_texts.categoryName(pass.category) : core::toString(pass.category);
        c.address = holder.address;
        c.validFrom = pass.validFrom;
        c.validUntil = pass.validUntil;
        if (!m_texts.validity.isEmpty())
            c.validityText = m_texts.validity.arg(pass.validFrom.toString(Qt::ISODate),
                                                  pass.validUntil.toString(Qt::ISODate));
        const QColor band(m_colours.value(pass.category));
        c.band = band.isValid() ? band : QColor(0x60, 0x60, 0x60);
        if (c.vehicle) {
            m_job.placards.append(std::move(c));
            m_placardSerials.append(pass.serial);
        } else {
            c.photoJpeg = m_registry.photo(pass.holderId);
            m_job.cards.append(std::move(c));
            m_cardSerials.append(pass.serial);
        }
    }

    PrintJob take()
    {
        if (m_job.isEmpty())
            core::refuse(RefusalCode::NothingToPrint);
        m_job.serials = m_cardSerials + m_placardSerials;
        return std::move(m_job);
    }

private:
    const core::Registry& m_registry;
    const PrintTexts& m_texts;
    QMap<core::Category, QString> m_colours;
    QSet<QString> m_seen;
    QStringList m_cardSerials;
    QStringList m_placardSerials;
    PrintJob m_job;
};

} // namespace

int PrintJob::sheetCount() const
{
    const int n = static_cast<int>(cards.size());
    return (n + CardSheet::kCardsPerSheet - 1) / CardSheet::kCardsPerSheet;
}

PrintJob PassDocument::collect(const core::Registry& registry, const QStringList& serials,
                               const PrintTexts& texts)
{
    Collector collector(registry, texts);
    // Look every serial up first: an unknown or unprintable one refuses the whole run.
    QList<core::Pass> passes;
    for (const QString& serial : serials) {
        const std::optional<core::Pass> pass = registry.pass(serial.trimmed());
        if (!pass)
            core::refuse(RefusalCode::SerialUnknown, RefusalField::Serial, {serial});
        if (pass->secret.isEmpty())
            core::refuse(RefusalCode::NoPassSecrets, RefusalField::Serial, {pass->serial});
        if (pass->status != core::PassStatus::Active)
            core::refuse(RefusalCode::PassNotPrintable, RefusalField::Serial,
                         {pass->serial, core::toString(pass->status)});
        passes.append(*pass);
    }
    for (const core::Pass& pass : passes)
        collector.add(pass);
    return collector.take();
}

PrintJob PassDocument::collectActive(const core::Registry& registry, const PrintTexts& texts)
{
    Collector collector(registry, texts);
    core::PassFilter filter;
    filter.status = core::PassStatus::Active;
    for (const core::Pass& pass : registry.passes(filter))
        collector.add(pass);
    return collector.take();
}

PrintJob PassDocument::collectHousehold(const core::Registry& registry, const QString& address,
                                        const PrintTexts& texts)
{
    const std::optional<core::Household> household = registry.householdByAddress(address);
    if (!household)
        core::refuse(RefusalCode::HouseholdUnknown, RefusalField::Household, {address.trimmed()});
    QList<core::Pass> passes;
    for (const core::Person& person : registry.peopleOfHousehold(household->id))
        passes += registry.passesOfHolder(core::HolderKind::Person, person.id);
    for (const core::Vehicle& vehicle : registry.vehiclesOfHousehold(household->id))
        passes += registry.passesOfHolder(core::HolderKind::Vehicle, vehicle.id);
    std::sort(passes.begin(), passes.end(),
              [](const core::Pass& a, const core::Pass& b) { return a.serial < b.serial; });
    Collector collector(registry, texts);
    for (const core::Pass& pass : passes)
        if (pass.status == core::PassStatus::Active)
            collector.add(pass);
    return collector.take();
}

bool PassDocument::render(QPagedPaintDevice& device, const PrintJob& job)
{
    if (job.isEmpty())
        return false;
    const QPageLayout a4(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                         QPageLayout::Millimeter);
    const QPageLayout a5(QPageSize(QPageSize::A5), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0),
                         QPageLayout::Millimeter);
    device.setPageLayout(job.cards.isEmpty() ? a5 : a4);
    QPainter p;
    if (!p.begin(&device))
        return false;
    const double u = device.logicalDpiX() / 25.4; // device units per millimetre
    bool first = true;
    // The next page, in @p layout (QPdfWriter and QPrinter take the new size for the next page).
    auto nextPage = [&](const QPageLayout& layout) {
        if (first) {
            first = false;
            return true;
        }
        device.setPageLayout(layout);
        return device.newPage();
    };
    for (qsizetype i = 0; i < job.cards.size(); i += CardSheet::kCardsPerSheet) {
        if (!nextPage(a4))
            return false;
        CardSheet::paint(p, QPointF(0, 0), u, job.cards.mid(i, CardSheet::kCardsPerSheet));
    }
    for (const PassCardData& placard : job.placards) {
        if (!nextPage(a5))
            return false;
        VehiclePlacard::paint(p, QRectF(0, 0, VehiclePlacard::kWidthMm * u, VehiclePlacard::kHeightMm * u),
                              placard);
    }
    return p.end();
}

bool PassDocument::writePdf(const PrintJob& job, const QString& path, QString* error)
{
    return writePdfFile(
        path, QStringLiteral("Gatepost passes"), 600, [&](QPdfWriter& pdf) { return render(pdf, job); },
        error);
}

} // namespace gatepost::print
