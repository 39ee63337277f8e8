#include "DemoCamera.h"

#include "core/Formats.h"
#include "core/PassCode.h"
#include "core/Registry.h"
#include "gui/CategoryNames.h"
#include "scan/DemoClip.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>

#include <functional>

namespace gatepost::app {

namespace {

QColor bandFor(core::Category c)
{
    // Colour-coded by kind, like the paper passes of 2020.
    switch (c) {
    case core::Category::RegisteredResident:
        return QColor(0x1b, 0x7f, 0x3b);
    case core::Category::MigrantResident:
        return QColor(0x1f, 0x5f, 0xa8);
    case core::Category::ExternalWorker:
        return QColor(0xb8, 0x86, 0x0b);
    case core::Category::Visitor:
        return QColor(0x6a, 0x3d, 0x9a);
    case core::Category::InternalVehicle:
        return QColor(0x2e, 0x7d, 0x73);
    case core::Category::ExternalVehicle:
        return QColor(0x8d, 0x4a, 0x1f);
    }
    return Qt::darkGray;
}

print::PassCardData cardFor(const core::PassSnapshot& s, const QString& code)
{
    print::PassCardData c;
    c.code = code;
    c.serial = s.pass.serial;
    c.title = QCoreApplication::translate("DemoCamera", "Qinghe 4th Street pass");
    c.vehicle = s.holder.kind == core::HolderKind::Vehicle;
    c.holderLine = c.vehicle ? core::formats::displayPlate(s.holder.plate) : s.holder.name;
    c.categoryText = gui::categoryName(s.pass.category);
    c.address = s.holder.address;
    c.validUntil = s.pass.validUntil;
    c.band = bandFor(s.pass.category);
    return c;
}

QString codeOf(const core::Pass& p, int generation, const QString& secret)
{
    return core::passcode::format({p.serial, generation, secret});
}

} // namespace

QList<DemoCard> pickDemoCards(const core::Registry& registry)
{
    const QDate today = registry.today();
    const QList<core::Pass> all = registry.passes();
    auto validToday = [&](const core::Pass& p) {
        return p.status == core::PassStatus::Active && p.validFrom <= today && today <= p.validUntil &&
               p.gates.isEmpty();
    };
    auto inQuarantine = [&](const core::PassSnapshot& s) {
        for (const core::QuarantineRecord& q : s.quarantines)
            if (q.startDate <= today && today < q.endDate)
                return true;
        return false;
    };

    QList<DemoCard> cards;
    // One card per kind, in the order a newcomer should see them.
    struct Want
    {
        QString what;
        std::function<bool(const core::PassSnapshot&)> matches;
        std::function<QString(const core::PassSnapshot&)> code;
        int count = 1;
    };
    auto current = [](const core::PassSnapshot& s) {
        return core::Registry::qrText(s.pass);
    };
    const QList<Want> wants{
        {QStringLiteral("valid"),
         [&](const core::PassSnapshot& s) {
             return validToday(s.pass) && s.pass.generation == 1 &&
                    s.holder.kind == core::HolderKind::Person && !inQuarantine(s);
         },
         current, 2},
        {QStringLiteral("vehicle"),
         [&](const core::PassSnapshot& s) {
             return validToday(s.pass) && s.pass.category == core::Category::InternalVehicle;
         },
         current},
        {QStringLiteral("expired"),
         [&](const core::PassSnapshot& s) {
             return s.pass.status == core::PassStatus::Active && s.pass.validUntil < today;
         },
         current},
        {QStringLiteral("revoked"),
         [&](const core::PassSnapshot& s) { return s.pass.status == core::PassStatus::Revoked; }, current},
        {QStringLiteral("superseded"),
         [&](const core::PassSnapshot& s) {
             return validToday(s.pass) && s.pass.generation > 1 &&
                    !registry.secretsOf(s.pass.serial).value(s.pass.generation - 1).isEmpty();
         },
         [&](const core::PassSnapshot& s) {
             return codeOf(s.pass, s.pass.generation - 1,
                           registry.secretsOf(s.pass.serial).value(s.pass.generation - 1));
         }},
        {QStringLiteral("made_up"),
         [&](const core::PassSnapshot& s) { return validToday(s.pass) && s.pass.generation == 1; },
         [](const core::PassSnapshot& s) {
             // A copied card with the secret altered: the registry's secret will not match.
             QString secret = s.pass.secret;
             secret[0] = secret[0] == QLatin1Char('7') ? QLatin1Char('8') : QLatin1Char('7');
             return codeOf(s.pass, s.pass.generation, secret);
         }},
        {QStringLiteral("home_quarantine"),
         [&](const core::PassSnapshot& s) { return validToday(s.pass) && inQuarantine(s); }, current},
    };

    QSet<QString> used;
    for (const Want& w : wants) {
        int found = 0;
        // Skip the first passes so that the made-up card is not the same person as a valid one.
        for (qsizetype i = 0; i < all.size() && found < w.count; ++i) {
            const core::Pass& p = all[(i + 37 * (cards.size() + 1)) % all.size()];
            if (used.contains(p.serial))
                continue;
            const auto snap = registry.snapshot(p.serial);
            if (!snap || !w.matches(*snap))
                continue;
            used.insert(p.serial);
            cards.append({w.what, cardFor(*snap, w.code(*snap))});
            ++found;
        }
    }
    // The first valid card once more, half a minute later in the same direction: passback, so
    // the amber verdict (the volunteer decides) shows within the first pass of the clip too.
    if (!cards.isEmpty() && cards.first().what == QLatin1String("valid"))
        cards.append({QStringLiteral("passback"), cards.first().card});
    return cards;
}

bool ensureDemoClip(const core::Registry& registry, const QString& path, QString* error)
{
    if (QFileInfo::exists(path))
        return true;
    QList<QImage> images;
    for (const DemoCard& c : pickDemoCards(registry))
        images.append(print::PassCard::render(c.card, 120));
    if (images.isEmpty()) {
        if (error)
            *error = QStringLiteral("the demo community has no passes to show");
        return false;
    }
    return scan::writeDemoClip(images, path, error);
}

} // namespace gatepost::app
