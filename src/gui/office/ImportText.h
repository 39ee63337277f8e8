#pragma once

// The import's codes (core/Import.h) in the office's language: kinds, fields, each row's
// outcome and why a whole file is refused. The core never hands the office a sentence.

#include "core/Import.h"

#include <QCoreApplication>
#include <QString>

namespace gatepost::gui {

class ImportText
{
    Q_DECLARE_TR_FUNCTIONS(ImportText)

public:
    static QString kindName(core::ImportKind kind);
    /// "Not imported" for ImportField::None.
    static QString fieldName(core::ImportField field);
    /// The short word of the report's "Result" column.
    static QString statusName(core::ImportStatus status);
    /// One sentence for a row, with what the user can do (the earlier line of a duplicate ...).
    static QString rowDetail(const core::ImportRow& row);
    /// Why the file cannot be imported, naming the line and what to do; empty when it can.
    static QString problem(const core::ImportReport& report);
};

} // namespace gatepost::gui
