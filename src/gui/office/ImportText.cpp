#include "ImportText.h"

namespace gatepost::gui {

using core::ImportField;
using core::ImportKind;
using core::ImportProblem;
using core::ImportStatus;

QString ImportText::kindName(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Households:
        return tr("Households (addresses)");
    case ImportKind::Residents:
        return tr("Registered residents");
    case ImportKind::Migrants:
        return tr("Migrant residents");
    case ImportKind::Vehicles:
        return tr("Vehicles");
    }
    return {};
}

QString ImportText::fieldName(ImportField field)
{
    switch (field) {
    case ImportField::None:
        return tr("Not imported");
    case ImportField::Name:
        return tr("Name");
    case ImportField::IdNumber:
        return tr("ID number");
    case ImportField::Phone:
        return tr("Mobile number");
    case ImportField::Address:
        return tr("Household address");
    case ImportField::Plate:
        return tr("Plate");
    case ImportField::Category:
        return tr("Category");
    case ImportField::Courtyard:
        return tr("Courtyard");
    case ImportField::Note:
        return tr("Note");
    case ImportField::Internal:
        return tr("Internal or external vehicle");
    }
    return {};
}

QString ImportText::statusName(ImportStatus status)
{
    switch (status) {
    case ImportStatus::Accepted:
        return tr("Accepted");
    case ImportStatus::HouseholdCreated:
        return tr("Accepted, new household");
    case ImportStatus::EmptyRow:
        return tr("Empty row");
    case ImportStatus::Duplicate:
        return tr("Already registered");
    case ImportStatus::DuplicateInFile:
        return tr("Twice in the file");
    case ImportStatus::IdInvalid:
        return tr("Wrong ID number");
    case ImportStatus::PhoneInvalid:
        return tr("Wrong mobile number");
    case ImportStatus::PlateInvalid:
        return tr("Wrong plate");
    case ImportStatus::HouseholdUnknown:
        return tr("Unknown household");
    case ImportStatus::FormulaCell:
        return tr("Formula");
    case ImportStatus::NameMissing:
        return tr("No name");
    case ImportStatus::AddressMissing:
        return tr("No address");
    case ImportStatus::PlateMissing:
        return tr("No plate");
    case ImportStatus::CategoryUnknown:
        return tr("Unknown category");
    case ImportStatus::CategoryInvalid:
        return tr("Wrong category");
    case ImportStatus::CourtyardInvalid:
        return tr("Wrong courtyard");
    case ImportStatus::StrayQuote:
        return tr("Stray quote");
    case ImportStatus::RowTooLong:
        return tr("Row too long");
    case ImportStatus::RegistryRefused:
        return tr("Refused");
    }
    return {};
}

QString ImportText::rowDetail(const core::ImportRow& row)
{
    switch (row.status) {
    case ImportStatus::Accepted:
        return {};
    case ImportStatus::HouseholdCreated:
        return tr("This address becomes a new household.");
    case ImportStatus::EmptyRow:
        return tr("Skipped.");
    case ImportStatus::Duplicate:
        return tr("Already in the registry: not imported again.");
    case ImportStatus::DuplicateInFile:
        return tr("The same as line %1.").arg(row.otherLine);
    case ImportStatus::IdInvalid:
        return tr("Not a valid resident ID number: check the digits and the last character.");
    case ImportStatus::PhoneInvalid:
        return tr("Not an 11-digit mobile number.");
    case ImportStatus::PlateInvalid:
        return tr("Not a licence plate (such as 京A·12345 or 京AD12345).");
    case ImportStatus::HouseholdUnknown:
        return tr("No household has this address. Register it first, or tick \"Create households\".");
    case ImportStatus::FormulaCell:
        return tr("The cell starts like a spreadsheet formula (= + - @): never imported.");
    case ImportStatus::NameMissing:
        return tr("The name is empty.");
    case ImportStatus::AddressMissing:
        return tr("The address is empty.");
    case ImportStatus::PlateMissing:
        return tr("The plate is empty.");
    case ImportStatus::CategoryUnknown:
        return tr("This category is not known.");
    case ImportStatus::CategoryInvalid:
        return tr("This category is for the other kind (people or vehicles).");
    case ImportStatus::CourtyardInvalid:
        return tr("The courtyard must be 0 (main area) or 1 to 6.");
    case ImportStatus::StrayQuote:
        return tr("A quote inside a cell: the row may be cut wrongly. Check it in the spreadsheet.");
    case ImportStatus::RowTooLong:
        return tr("The row is longer than 64 KiB.");
    case ImportStatus::RegistryRefused:
        return tr("The registry refused this row.");
    }
    return {};
}

QString ImportText::problem(const core::ImportReport& report)
{
    switch (report.problem) {
    case ImportProblem::None:
        return {};
    case ImportProblem::Unreadable:
        return tr("The file cannot be read.");
    case ImportProblem::TooLarge:
        return tr("The file is larger than 50 MB. Split it into smaller files.");
    case ImportProblem::MixedEncoding:
        return tr("The file mixes text encodings (line %1 differs from the rest). Save it again from the "
                  "spreadsheet as \"CSV UTF-8\".")
            .arg(report.problemLine);
    case ImportProblem::UnclosedQuote:
        return tr("The quote opened on line %1 never closes, so the rest of the file cannot be read. Fix "
                  "that "
                  "line in the spreadsheet.")
            .arg(report.problemLine);
    case ImportProblem::TooManyColumns:
        return tr("Line %1 has more than 200 columns. Is this the right file?").arg(report.problemLine);
    case ImportProblem::NoHeader:
        return tr("The file is empty.");
    case ImportProblem::MissingColumn:
        return tr("No column holds \"%1\". Choose which column means it in the table of columns.")
            .arg(fieldName(report.problemField));
    }
    return {};
}

} // namespace gatepost::gui
