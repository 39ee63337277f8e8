#pragma once

// The office's returnee tab: returnees grouped by arrival date (a tree: one branch per date,
// as the community's chat groups), with the quarantine end, today's reports and the flags; a
// quick temperature grid for a whole group (type, Tab or Enter, and the group is saved in one
// transaction); door and video checks; moving a person to central quarantine and back; and the
// release of an eligible person: the pass and the health certificate, saved as a PDF.
// Every rule is the core's (core::QuarantineDesk); this widget shows what it says.

#include "OfficeServices.h"

#include <QWidget>

#include <memory>

namespace gatepost::gui {

class QuarantinePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit QuarantinePanel(OfficeServices& services, QWidget* parent = nullptr);
    ~QuarantinePanel() override;

    /// Reads the list again (after a sync, or when the tab is shown); keeps the selection.
    void refresh();
    /// The community named on certificates (HealthCertificate::defaultCommunityTitle() until set).
    void setCommunityTitle(const QString& title);
    /// Selects a person's row (or an arrival date's branch when @p personId is 0).
    bool select(qint64 personId, QDate arrival = {});

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void selectionChanged();
    void fillGrid();
    void saveTemperatures();
    void recordCheck();
    void move();
    void release();
    void showRefusalOrError(const std::exception& e);
    void retranslate();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gatepost::gui
