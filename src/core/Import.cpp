#include "Import.h"

#include "Database.h"
#include "Formats.h"
#include "Registry.h"

#include <QFileInfo>
#include <QJsonObject>

#include <stdexcept>

namespace gatepost::core {

namespace {

ImportProblem problemOf(csv::FileProblem p)
{
    switch (p) {
    case csv::FileProblem::None:
        return ImportProblem::None;
    case csv::FileProblem::Unreadable:
        return ImportProblem::Unreadable;
    case csv::FileProblem::TooLarge:
        return ImportProblem::TooLarge;
    case csv::FileProblem::MixedEncoding:
        return ImportProblem::MixedEncoding;
    case csv::FileProblem::UnclosedQuote:
        return ImportProblem::UnclosedQuote;
    case csv::FileProblem::TooManyColumns:
        return ImportProblem::TooManyColumns;
    }
    return ImportProblem::Unreadable;
}

// What a report may show of a cell: ID numbers and phones masked, long texts cut.
QString shown(ImportField field, const QString& value)
{
    if (field == ImportField::IdNumber)
        return formats::maskIdNumber(value);
    if (field == ImportField::Phone)
        return formats::maskPhone(value);
    return value.size() > 60 ? value.left(60) + QChar(0x2026) : value;
}

// A spreadsheet runs a cell starting with = + - @ as a formula. A cell of dashes only ("-",
// "--", the usual "nothing here") is no formula: it counts as empty.
bool isDashes(const QString& v)
{
    for (QChar c : v) {
        if (c != u'-')
            return false;
    }
    return !v.isEmpty();
}

bool looksLikeFormula(const QString& v)
{
    return !v.isEmpty() && !isDashes(v) && QStringView(u"=+-@").contains(v.front());
}

// Digits and letters typed with a Chinese input method come full-width ("１３８…", "…１２３Ｘ").
QString halfWidth(const QString& text)
{
    QString out = text;
    for (QChar& c : out) {
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E)
            c = QChar(static_cast<char16_t>(c.unicode() - 0xFF01 + 0x21));
        else if (c.unicode() == 0x3000)
            c = QChar(u' ');
    }
    return out;
}

// One row's outcome while it is checked: the first refusal wins.
struct Outcome
{
    ImportStatus status = ImportStatus::Accepted;
    ImportField field = ImportField::None;
    QString value;
    int otherLine = 0;
    bool refused() const { return !isImported(status); }
};

Outcome refusal(ImportStatus s, ImportField f = ImportField::None, const QString& value = {})
{
    return {s, f, shown(f, value), 0};
}

// A checked row: its outcome, and what it writes when accepted.
struct Plan
{
    Outcome outcome;
    QString key;            // the row's identity within the file
    QString address;        // its household's (people and vehicles)
    qint64 householdId = 0; // 0 = none; -1 = created earlier in this dry run
    bool createHousehold = false;
    int courtyard = 0;
    Household household;
    Person person;
    Vehicle vehicle;
};

// Checks the rows of one file in order, remembering what earlier rows hold (duplicates within
// the file, households it creates). Lookups go through the Registry; one statement of its own.
class RowChecker
{
public:
    RowChecker(Registry& registry, Database& db, const ImportOptions& options,
               QHash<ImportField, qsizetype> columnOf)
        : m_registry(registry)
        , m_options(options)
        , m_columnOf(std::move(columnOf))
        , m_named(db.prepare("SELECT 1 FROM people WHERE name = ?1 AND household_id IS ?2 LIMIT 1"))
    {
    }

    Plan check(const csv::Row& row)
    {
        Plan p;
        p.outcome = checkRow(row, p);
        return p;
    }

    // After an accepted row is (or would be) written; @p householdId: the one it created.
    void accepted(const Plan& p, int line, qint64 householdId)
    {
        m_seen.insert(p.key, line);
        if (p.createHousehold)
            m_newHouseholds.insert(p.address, householdId);
    }

private:
    bool people() const
    {
        return m_options.kind == ImportKind::Residents || m_options.kind == ImportKind::Migrants;
    }

    // The cell of a field, trimmed; a cell of dashes only is empty.
    QString cell(const csv::Row& row, ImportField f) const
    {
        const qsizetype c = m_columnOf.value(f, -1);
        if (c < 0 || c >= row.fields.size())
            return {};
        const QString v = row.fields.at(c).trimmed();
        return isDashes(v) ? QString() : v;
    }

    Outcome checkRow(const csv::Row& row, Plan& p)
    {
        if (row.problem == csv::RowProblem::TooLong)
            return refusal(ImportStatus::RowTooLong);
        if (row.isBlank())
            return refusal(ImportStatus::EmptyRow);
        for (auto it = m_columnOf.cbegin(); it != m_columnOf.cend(); ++it) {
            const QString text =
                it.value() < row.fields.size() ? row.fields.at(it.value()).trimmed() : QString();
            if (looksLikeFormula(text))
                return refusal(ImportStatus::FormulaCell, it.key(), text);
        }
        if (row.problem == csv::RowProblem::StrayQuote)
            return refusal(ImportStatus::StrayQuote);
        const QString courtyard = cell(row, ImportField::Courtyard);
        const auto c = importvalues::courtyard(courtyard);
        if (!c)
            return refusal(ImportStatus::CourtyardInvalid, ImportField::Courtyard, courtyard);
        p.courtyard = *c;
        if (m_options.kind == ImportKind::Households)
            return checkHousehold(row, p);
        if (people())
            return checkPerson(row, p);
        return checkVehicle(row, p);
    }

    Outcome duplicateInFile(const QString& key, ImportField f, const QString& value) const
    {
        Outcome o = refusal(ImportStatus::DuplicateInFile, f, value);
        o.otherLine = m_seen.value(key);
        return o;
    }

    Outcome checkHousehold(const csv::Row& row, Plan& p)
    {
        p.household.address = cell(row, ImportField::Address);
        p.household.courtyard = p.courtyard;
        p.household.note = cell(row, ImportField::Note);
        if (p.household.address.isEmpty())
            return refusal(ImportStatus::AddressMissing, ImportField::Address);
        p.key = QStringLiteral("a:") + p.household.address;
        if (m_seen.contains(p.key))
            return duplicateInFile(p.key, ImportField::Address, p.household.address);
        if (householdOf(p.household.address) > 0)
            return refusal(ImportStatus::Duplicate, ImportField::Address, p.household.address);
        return {ImportStatus::Accepted, ImportField::None, p.household.address, 0};
    }

    Outcome checkPerson(const csv::Row& row, Plan& p)
    {
        Person& person = p.person;
        person.name = cell(row, ImportField::Name);
        if (person.name.isEmpty())
            return refusal(ImportStatus::NameMissing, ImportField::Name);
        person.idNumber = halfWidth(cell(row, ImportField::IdNumber)).trimmed().toUpper();
        if (!person.idNumber.isEmpty() && !formats::isValidIdNumber(person.idNumber))
            return refusal(ImportStatus::IdInvalid, ImportField::IdNumber, person.idNumber);
        const QString phone = halfWidth(cell(row, ImportField::Phone)).trimmed();
        if (!phone.isEmpty()) {
            const auto normalised = formats::normaliseMobile(phone);
            if (!normalised)
                return refusal(ImportStatus::PhoneInvalid, ImportField::Phone, phone);
            person.phone = *normalised;
        }
        person.category =
            m_options.kind == ImportKind::Migrants ? Category::MigrantResident : Category::RegisteredResident;
        const QString category = cell(row, ImportField::Category);
        if (!category.isEmpty()) {
            const auto c = importvalues::category(category);
            if (!c)
                return refusal(ImportStatus::CategoryUnknown, ImportField::Category, category);
            if (isVehicleCategory(*c))
                return refusal(ImportStatus::CategoryInvalid, ImportField::Category, category);
            person.category = *c;
        }
        // Known by the ID number; without one, by name within the household.
        p.key =
            person.idNumber.isEmpty()
                ? QString(QStringLiteral("n:") + person.name + QChar(0x1F) + cell(row, ImportField::Address))
                : QString(QStringLiteral("i:") + person.idNumber);
        if (m_seen.contains(p.key))
            return person.idNumber.isEmpty() ? duplicateInFile(p.key, ImportField::Name, person.name)
                                             : duplicateInFile(p.key, ImportField::IdNumber, person.idNumber);
        if (!person.idNumber.isEmpty() && m_registry.personByIdNumber(person.idNumber))
            return refusal(ImportStatus::Duplicate, ImportField::IdNumber, person.idNumber);
        Outcome o = resolveHousehold(row, p);
        if (o.refused())
            return o;
        if (person.idNumber.isEmpty() && p.householdId >= 0 && !p.createHousehold &&
            registeredByName(person.name, p.householdId))
            return refusal(ImportStatus::Duplicate, ImportField::Name, person.name);
        o.value = person.name;
        return o;
    }

    Outcome checkVehicle(const csv::Row& row, Plan& p)
    {
        const QString plateText = cell(row, ImportField::Plate);
        if (plateText.isEmpty())
            return refusal(ImportStatus::PlateMissing, ImportField::Plate);
        const auto plate = formats::normalisePlate(plateText);
        if (!plate)
            return refusal(ImportStatus::PlateInvalid, ImportField::Plate, plateText);
        p.vehicle.plate = *plate;
        p.vehicle.internal = true;
        const QString category = cell(row, ImportField::Category);
        if (!category.isEmpty()) {
            const auto c = importvalues::category(category);
            if (!c)
                return refusal(ImportStatus::CategoryUnknown, ImportField::Category, category);
            if (!isVehicleCategory(*c))
                return refusal(ImportStatus::CategoryInvalid, ImportField::Category, category);
            p.vehicle.internal = *c == Category::InternalVehicle;
        }
        const QString internalText = cell(row, ImportField::Internal);
        if (!internalText.isEmpty()) {
            const auto internal = importvalues::internalVehicle(internalText);
            if (!internal)
                return refusal(ImportStatus::CategoryUnknown, ImportField::Internal, internalText);
            p.vehicle.internal = *internal;
        }
        const QString shownPlate = formats::displayPlate(p.vehicle.plate);
        p.key = QStringLiteral("p:") + p.vehicle.plate;
        if (m_seen.contains(p.key))
            return duplicateInFile(p.key, ImportField::Plate, shownPlate);
        if (m_registry.vehicleByPlate(p.vehicle.plate))
            return refusal(ImportStatus::Duplicate, ImportField::Plate, shownPlate);
        Outcome o = resolveHousehold(row, p);
        if (!o.refused())
            o.value = shownPlate;
        return o;
    }

    // The household a person or vehicle row names by its address: none (empty address), a
    // registered one, one an earlier row creates, or a new one when the options allow it.
    Outcome resolveHousehold(const csv::Row& row, Plan& p)
    {
        p.address = cell(row, ImportField::Address);
        if (p.address.isEmpty())
            return {};
        p.householdId = householdOf(p.address);
        if (p.householdId > 0)
            return {};
        if (m_newHouseholds.contains(p.address)) {
            p.householdId = m_newHouseholds.value(p.address);
            return {};
        }
        if (!m_options.createHouseholds)
            return refusal(ImportStatus::HouseholdUnknown, ImportField::Address, p.address);
        p.createHousehold = true;
        return {ImportStatus::HouseholdCreated, ImportField::None, {}, 0};
    }

    qint64 householdOf(const QString& address)
    {
        auto it = m_households.find(address);
        if (it == m_households.end()) {
            const auto hh = m_registry.householdByAddress(address);
            it = m_households.insert(address, hh ? hh->id : 0);
        }
        return it.value();
    }

    bool registeredByName(const QString& name, qint64 householdId)
    {
        m_named.reset();
        m_named.bind(1, name);
        if (householdId > 0)
            m_named.bind(2, householdId);
        else
            m_named.bindNull(2);
        const bool found = m_named.step();
        m_named.reset();
        return found;
    }

    Registry& m_registry;
    const ImportOptions& m_options;
    const QHash<ImportField, qsizetype> m_columnOf;
    Statement m_named;
    QHash<QString, int> m_seen;             // a row's identity -> the line that has it
    QHash<QString, qint64> m_households;    // address -> registered id, 0 = not registered
    QHash<QString, qint64> m_newHouseholds; // address -> id this import created (-1 in a dry run)
};

// Writes an accepted row; returns the id of the household it created, -1 when none.
qint64 writeRow(Registry& registry, Database& db, ImportKind kind, Plan& p)
{
    // A savepoint: a row the registry refuses leaves nothing of itself (not its new household).
    Transaction rowTx(db);
    qint64 created = -1;
    if (p.createHousehold) {
        Household h;
        h.address = p.address;
        h.courtyard = p.courtyard;
        created = p.householdId = registry.addHousehold(h);
    }
    if (kind == ImportKind::Households) {
        registry.addHousehold(p.household);
    } else if (kind == ImportKind::Vehicles) {
        p.vehicle.householdId = p.householdId;
        registry.addVehicle(p.vehicle);
    } else {
        p.person.householdId = p.householdId;
        registry.addPerson(p.person);
    }
    rowTx.commit();
    return created;
}

} // namespace

int ImportReport::acceptedRows() const
{
    return counts.value(ImportStatus::Accepted) + counts.value(ImportStatus::HouseholdCreated);
}

QStringList ImportReport::unknownHeaders() const
{
    QStringList out;
    for (const ImportColumn& c : columns) {
        if (c.source == ImportColumn::Source::Unknown && !c.header.isEmpty())
            out << c.header;
    }
    return out;
}

Importer::Importer(Registry& registry, const Clock& clock)
    : m_registry(registry)
    , m_db(registry.database())
    , m_clock(clock)
{
}

ImportReport Importer::dryRun(const QString& path, const ImportOptions& options)
{
    ImportReport r = check(csv::readFile(path), options);
    r.file = path;
    return r;
}

ImportReport Importer::run(const QString& path, const ImportOptions& options, const Actor& actor)
{
    ImportReport r = write(csv::readFile(path), options, actor, QFileInfo(path).fileName());
    r.file = path;
    return r;
}

ImportReport Importer::check(const csv::Table& table, const ImportOptions& options)
{
    return process(table, options, false);
}

ImportReport Importer::write(const csv::Table& table, const ImportOptions& options, const Actor& actor,
                             const QString& fileName)
{
    // One transaction: the checks see what the rows before wrote, and a failure leaves nothing.
    Transaction tx(m_db);
    ImportReport r = process(table, options, true);
    r.file = fileName;
    if (!r.ok())
        return r;
    QJsonObject counts;
    for (auto it = r.counts.cbegin(); it != r.counts.cend(); ++it) {
        if (it.value() > 0)
            counts.insert(toString(it.key()), it.value());
    }
    const QJsonObject after{{QStringLiteral("kind"), toString(options.kind)},
                            {QStringLiteral("encoding"), csv::toString(r.encoding)},
                            {QStringLiteral("create_households"), options.createHouseholds},
                            {QStringLiteral("imported"), r.imported},
                            {QStringLiteral("households_created"), r.householdsCreated},
                            {QStringLiteral("counts"), counts}};
    AuditTrail(m_db, m_clock).append(actor, AuditAction::ImportRun, fileName, {}, AuditTrail::json(after));
    QStringList headers;
    for (const ImportColumn& c : r.columns)
        headers << c.header;
    remember(headers, options.mapping);
    tx.commit();
    return r;
}

ImportReport Importer::process(const csv::Table& table, const ImportOptions& options, bool writing)
{
    ImportReport r;
    r.kind = options.kind;
    r.encoding = table.encoding;
    r.dryRun = !writing;
    r.createHouseholds = options.createHouseholds;
    for (ImportStatus s : allImportStatuses())
        r.counts.insert(s, 0);
    if (!table.ok()) {
        r.problem = problemOf(table.problem);
        r.problemLine = table.problemLine;
        return r;
    }

    // The header: the first row with something in it.
    qsizetype h = 0;
    while (h < table.rows.size() && table.rows.at(h).isBlank())
        ++h;
    if (h == table.rows.size()) {
        r.problem = ImportProblem::NoHeader;
        return r;
    }
    const csv::Row& headerRow = table.rows.at(h);
    const QList<ImportField> readable = fieldsOf(options.kind);
    QStringList headers;
    for (const QString& cell : headerRow.fields)
        headers << cell.trimmed();
    const QHash<QString, ImportField> remembered = rememberedMapping(headers);
    QHash<ImportField, qsizetype> columnOf;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        ImportColumn c;
        c.header = headers.at(i);
        if (options.mapping.contains(c.header)) {
            c.field = options.mapping.value(c.header);
            c.source = ImportColumn::Source::Mapped;
        } else if (remembered.contains(c.header)) {
            c.field = remembered.value(c.header);
            c.source = ImportColumn::Source::Remembered;
        } else if (const auto f = recogniseHeader(c.header)) {
            c.field = *f;
            c.source = ImportColumn::Source::Recognised;
        }
        if (c.field != ImportField::None && (!readable.contains(c.field) || columnOf.contains(c.field))) {
            c.field = ImportField::None; // this kind does not read it, or an earlier column has it
            c.source = ImportColumn::Source::NotRead;
        }
        if (c.field != ImportField::None)
            columnOf.insert(c.field, i);
        r.columns << c;
    }
    for (ImportField f : requiredFieldsOf(options.kind)) {
        if (!columnOf.contains(f)) {
            r.problem = ImportProblem::MissingColumn;
            r.problemField = f;
            r.problemLine = headerRow.line;
            return r;
        }
    }

    RowChecker checker(m_registry, m_db, options, std::move(columnOf));
    for (qsizetype i = h + 1; i < table.rows.size(); ++i) {
        const csv::Row& row = table.rows.at(i);
        Plan p = checker.check(row);
        qint64 createdId = -1;
        if (!p.outcome.refused() && writing) {
            try {
                createdId = writeRow(m_registry, m_db, options.kind, p);
                ++r.imported;
            } catch (const std::invalid_argument& e) { // the registry's refusal; DbError goes up
                p.outcome =
                    refusal(ImportStatus::RegistryRefused, ImportField::None, QString::fromUtf8(e.what()));
            }
        }
        if (!p.outcome.refused()) {
            checker.accepted(p, row.line, createdId);
            if (p.createHousehold)
                ++r.householdsCreated;
        }
        const Outcome& o = p.outcome;
        r.counts[o.status] += 1;
        r.rows << ImportRow{row.line, o.status, o.field, o.value, o.otherLine};
    }
    return r;
}

} // namespace gatepost::core
