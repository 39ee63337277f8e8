#pragma once

// The demo camera: a generated clip of pass cards from the demo community, one after another
// (valid, a vehicle, expired, revoked, superseded, made-up, a returnee in home quarantine, and
// the first valid card again: passback),
// so that a newcomer sees every verdict within a minute without a webcam.

#include "print/PassCard.h"

#include <QList>
#include <QString>

namespace gatepost::core {
class Registry;
}

namespace gatepost::app {

struct DemoCard
{
    QString what; // "valid", "vehicle", "expired", "revoked", "superseded", "made_up", "home_quarantine",
                  // "passback"
    print::PassCardData card;
};

/// Picks one pass of each kind from the registry (as of registry.today()).
QList<DemoCard> pickDemoCards(const core::Registry& registry);

/// Writes the clip to @p path unless it already exists. Needs a QGuiApplication (fonts).
/// Returns false with a plain message when it cannot.
bool ensureDemoClip(const core::Registry& registry, const QString& path, QString* error);

} // namespace gatepost::app
