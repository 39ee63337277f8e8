#pragma once

// Joining the office's community from a station that stands alone (docs/sync.md): the shift
// lead reads this station's fingerprint to the office, pastes the office's public key (64 hex,
// from 'gatepost-cli station show' at the office), compares the office key's fingerprint with
// the one the office reads out, and ticks that both were compared. The dialog only collects
// the key; the caller joins (core::Registry::joinCommunity) and shows what happened.

#include "core/Registry.h"

#include <QDialog>

#include <memory>

namespace gatepost::gui {

class EnrolDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit EnrolDialog(const core::StationIdentity& station, QWidget* parent = nullptr);
    ~EnrolDialog() override;

    /// The office's public key as typed (64 hex, normalised to lower case) once it is valid;
    /// empty otherwise.
    QString officeKey() const;

    /// A fingerprint (16 groups of 4 hex digits) on lines of @p groupsPerLine groups.
    static QString fingerprintLines(const QString& fingerprint, int groupsPerLine);

private:
    void update();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gatepost::gui
