#pragma once

// Importing a CSV list (core::Importer): choose the file and what it holds, say what unknown
// columns mean, check it (a dry run: every row's outcome in a table, with counts and colours),
// then import. "Import" is open only right after a check of the same file with the same
// settings; closing the dialog without importing writes nothing.

#include "OfficeServices.h"

#include "core/Import.h"

#include <QDialog>

#include <memory>

namespace gatepost::gui {

class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(OfficeServices& services, QWidget* parent = nullptr);
    ~ImportDialog() override;

    /// The file chosen (empty before one is).
    QString fileName() const;
    /// The report shown: the last check or import; nullptr before any.
    const core::ImportReport* report() const;

private:
    void chooseFile();
    void check();
    void runImport();
    void settingsChanged();
    void fillMapping(const core::ImportReport& report);
    void showReport(const core::ImportReport& report);
    void fillRows();
    void updateButtons();
    core::ImportOptions options() const;

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gatepost::gui
