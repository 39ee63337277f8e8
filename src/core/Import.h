#pragma once

// Importing the lists the office already keeps in Excel or WPS: households, residents, migrants
// and vehicles from a CSV file (core/Csv.h). A dry run checks every row and writes nothing; the
// import checks again and writes the accepted rows in one transaction, through the Registry (so
// its checks, triggers and sync events apply), with one import_run audit row. Importing a file
// twice adds nothing: the second run finds every row already registered.
//
// Households: people and vehicles name theirs by its address (exact, surrounding spaces
// ignored). An address that is not registered refuses the row (household_unknown), unless
// ImportOptions::createHouseholds is set: the first row naming it then creates the household
// (household_created, in courtyard 0 or the one of its courtyard column).
//
// Everything here is codes (ImportStatus, ImportProblem, ImportField): the GUI and the CLI word them.

#include "AuditTrail.h"
#include "Csv.h"
#include "Types.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace gatepost::core {

class Clock;
class Database;
class Registry;

enum class ImportKind { Households, Residents, Migrants, Vehicles };

/// What a column holds. None: the column is not read.
enum class ImportField { None, Name, IdNumber, Phone, Address, Plate, Category, Courtyard, Note, Internal };

/// The outcome of one row. Accepted and HouseholdCreated rows are (or, in a dry run, would be)
/// imported; EmptyRow is skipped; every other status refuses the row.
enum class ImportStatus {
    Accepted,
    HouseholdCreated, ///< accepted, and its address becomes a new household (createHouseholds)
    EmptyRow,         ///< nothing in it: skipped, not an error
    Duplicate,        ///< already registered (ID number, plate, address; name in the household without an ID)
    DuplicateInFile,  ///< an earlier row of the file has it: otherLine names that row
    IdInvalid,        ///< the GB 11643 check character (or the date, or the shape) is wrong
    PhoneInvalid,
    PlateInvalid,
    HouseholdUnknown, ///< the address is not a registered household
    FormulaCell,      ///< a cell starting with = + - @ (a spreadsheet formula): never imported
    NameMissing,
    AddressMissing, ///< a household row without an address
    PlateMissing,   ///< a vehicle row without a plate
    CategoryUnknown,
    CategoryInvalid,  ///< a category of the other kind (a vehicle category for a person, or back)
    CourtyardInvalid, ///< not 0 (main area) to 6
    StrayQuote,       ///< a quote inside an unquoted cell: the row is not what it seems
    RowTooLong,       ///< over 64 KiB
    RegistryRefused,  ///< the registry refused the write after the checks passed (value: its code)
};

/// Why the file as a whole is refused (nothing is imported).
enum class ImportProblem {
    None,
    Unreadable,
    TooLarge,
    MixedEncoding,  ///< line: the first line in the other encoding
    UnclosedQuote,  ///< line: where the quote opened
    TooManyColumns, ///< line: the row
    NoHeader,       ///< an empty file
    MissingColumn,  ///< no column for a field this kind needs: problemField
};

QString toString(ImportKind k);
QString toString(ImportField f); // "" for None
QString toString(ImportStatus s);
QString toString(ImportProblem p);
std::optional<ImportKind> importKindFromString(QStringView s);
std::optional<ImportField> importFieldFromString(QStringView s); // "ignore" or "" -> None
QList<ImportKind> allImportKinds();
QList<ImportStatus> allImportStatuses();
bool isImported(ImportStatus s);

struct ImportOptions
{
    ImportKind kind = ImportKind::Residents;
    bool createHouseholds = false;
    /// Header text (trimmed, as in the file) -> field; overrides recognition and the remembered
    /// mapping. ImportField::None ignores the column.
    QHash<QString, ImportField> mapping;
};

struct ImportColumn
{
    /// NotRead: a known header this kind does not use (备注 in a list of people), or a second
    /// column for a field that an earlier column has.
    enum class Source { Recognised, Mapped, Remembered, Unknown, NotRead };
    QString header;
    ImportField field = ImportField::None;
    Source source = Source::Unknown;
};

struct ImportRow
{
    int line = 0; ///< physical line the row starts on (1 = the first line of the file)
    ImportStatus status = ImportStatus::Accepted;
    ImportField field = ImportField::None; ///< the cell concerned, when one is
    QString value;                         ///< its text; ID numbers and phones masked
    int otherLine = 0;                     ///< DuplicateInFile: the earlier row's line
};

struct ImportReport
{
    QString file; ///< the path as given
    ImportKind kind = ImportKind::Residents;
    csv::Encoding encoding = csv::Encoding::Utf8;
    bool dryRun = true;
    bool createHouseholds = false;
    ImportProblem problem = ImportProblem::None;
    int problemLine = 0;
    ImportField problemField = ImportField::None;
    QList<ImportColumn> columns;    ///< one per header cell, in file order
    QList<ImportRow> rows;          ///< one per row after the header, in file order
    QMap<ImportStatus, int> counts; ///< every status, zeros included
    int imported = 0;               ///< rows written: 0 on a dry run and when refused
    int householdsCreated = 0;      ///< written (or, in a dry run, that would be)
    bool ok() const { return problem == ImportProblem::None; }
    /// Rows that are (or would be) imported.
    int acceptedRows() const;
    /// Headers neither recognised nor mapped: the columns a mapping could still use.
    QStringList unknownHeaders() const;
};

class Importer
{
public:
    /// Writes go through @p registry, on its database connection.
    Importer(Registry& registry, const Clock& clock);
    Q_DISABLE_COPY_MOVE(Importer)

    /// Reads and checks the file row by row; writes nothing.
    ImportReport dryRun(const QString& path, const ImportOptions& options);
    /// Reads and checks the file again and writes its accepted rows in one transaction, with an
    /// import_run audit row by @p actor and the mapping remembered for its header row. A file
    /// refused as a whole writes nothing. Throws DbError (then nothing was written either).
    ImportReport run(const QString& path, const ImportOptions& options, const Actor& actor);

    /// The same two steps on a table already read (tests, benchmarks).
    ImportReport check(const csv::Table& table, const ImportOptions& options);
    ImportReport write(const csv::Table& table, const ImportOptions& options, const Actor& actor,
                       const QString& fileName);

    /// The mapping remembered for a header row (settings key "import.mappings"), empty if none.
    QHash<QString, ImportField> rememberedMapping(const QStringList& headers) const;

    /// The field a header names without any mapping ("身份证号", "Phone", "车牌号" ...), if any.
    static std::optional<ImportField> recogniseHeader(const QString& header);
    /// The fields a kind reads, and those it cannot do without.
    static QList<ImportField> fieldsOf(ImportKind kind);
    static QList<ImportField> requiredFieldsOf(ImportKind kind);

private:
    ImportReport process(const csv::Table& table, const ImportOptions& options, bool writing);
    void remember(const QStringList& headers, const QHash<QString, ImportField>& mapping);

    Registry& m_registry;
    Database& m_db;
    const Clock& m_clock;
};

// Cell values, recognised in Chinese and English (ImportHeaders.cpp).
namespace importvalues {
/// 户籍 / 户籍居民 / registered_resident, 流动人口 / migrant, 外来务工, 访客, 内部车辆, 外部车辆 ...
std::optional<Category> category(const QString& text);
/// "" / 0 / 主区 / main -> 0; 1..6, 一号院, 3号院, 院落2 -> that courtyard; nullopt otherwise.
std::optional<int> courtyard(const QString& text);
/// A vehicle's type column: 内部 / 内部车辆 / internal / 是 / yes / 1 -> true; 外部 ... -> false.
std::optional<bool> internalVehicle(const QString& text);
/// A header row's signature: the key its remembered mapping is kept under.
QString headerSignature(const QStringList& headers);
} // namespace importvalues

} // namespace gatepost::core
