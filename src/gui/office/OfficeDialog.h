#pragma once

// The office's forms: a form layout, a red line under each field for the core's refusal of
// that field (RefusalText's words), a general line for the rest, and OK / Cancel. OK runs the
// save function the page gave; a refusal keeps the dialog open with the words next to the
// field it concerns, success closes it. Pages open() these dialogs (never exec()), so tests
// drive them like any other widget.

#include "core/Refusal.h"

#include <QDialog>
#include <QMap>

#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace gatepost::gui::office {

class OfficeDialog : public QDialog
{
    Q_OBJECT

public:
    OfficeDialog(const char* objectName, QWidget* parent);
    ~OfficeDialog() override;

    /// Called on OK; throws core::RefusedError (or another exception) to keep the dialog open.
    void setSave(std::function<void()> save) { m_save = std::move(save); }
    /// Runs the save function as OK does (a test may also click "okButton").
    void trySave();
    /// The words shown for @p field (core::RefusalField::None: the general line); empty = none.
    QString fieldMessage(core::RefusalField field) const;

protected:
    /// Adds a row: @p label, @p field, and under it the refusal line for @p refusalField
    /// (objectName "<name>Error"). Returns the row's label.
    QLabel* addRow(const QString& label, QWidget* field, core::RefusalField refusalField, const char* name);
    /// Another refusal field shown under an existing row's line (both say the same place).
    void alsoShowAt(core::RefusalField refusalField, core::RefusalField shownAs);
    QFormLayout* form() const { return m_form; }
    QPushButton* okButton() const;
    void clearMessages();
    void showRefusal(const core::Refusal& refusal);

private:
    QFormLayout* m_form = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QLabel* m_general = nullptr;
    QMap<core::RefusalField, QLabel*> m_fieldLines;
    std::function<void()> m_save;
};

} // namespace gatepost::gui::office
