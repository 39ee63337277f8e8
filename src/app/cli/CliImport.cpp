// gatepost-cli import: a CSV list of households, residents, migrants or vehicles (core/Import.h).

#include "Cli.h"

#include "app/Station.h"
#include "core/Import.h"
#include "core/Registry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gatepost::cli {

namespace {

using core::ImportField;
using core::ImportProblem;
using core::ImportStatus;

QString message(const core::ImportRow& row, bool dryRun)
{
    switch (row.status) {
    case ImportStatus::Accepted:
        return dryRun ? QStringLiteral("will be imported") : QStringLiteral("imported");
    case ImportStatus::HouseholdCreated:
        return (dryRun ? QStringLiteral("will be imported") : QStringLiteral("imported")) +
               QStringLiteral(" with a new household");
    case ImportStatus::EmptyRow:
        return QStringLiteral("empty row, skipped");
    case ImportStatus::Duplicate:
        return QStringLiteral("already registered");
    case ImportStatus::DuplicateInFile:
        return QStringLiteral("the same as line %1").arg(row.otherLine);
    case ImportStatus::IdInvalid:
        return QStringLiteral("not a valid resident ID number (check character, birth date or length)");
    case ImportStatus::PhoneInvalid:
        return QStringLiteral("not an 11-digit mobile number");
    case ImportStatus::PlateInvalid:
        return QStringLiteral("not a licence plate");
    case ImportStatus::HouseholdUnknown:
        return QStringLiteral("no household has this address (--create-households creates it)");
    case ImportStatus::FormulaCell:
        return QStringLiteral("starts like a spreadsheet formula (= + - @): never imported");
    case ImportStatus::NameMissing:
        return QStringLiteral("no name");
    case ImportStatus::AddressMissing:
        return QStringLiteral("no address");
    case ImportStatus::PlateMissing:
        return QStringLiteral("no plate");
    case ImportStatus::CategoryUnknown:
        return QStringLiteral("unknown category");
    case ImportStatus::CategoryInvalid:
        return QStringLiteral("a category for the other kind (people or vehicles)");
    case ImportStatus::CourtyardInvalid:
        return QStringLiteral("not a courtyard (0 = main area, 1 to 6)");
    case ImportStatus::StrayQuote:
        return QStringLiteral("a quote inside a cell that does not start with one: check the row");
    case ImportStatus::RowTooLong:
        return QStringLiteral("longer than 64 KiB");
    case ImportStatus::RegistryRefused:
        return QStringLiteral("refused by the registry");
    }
    return {};
}

QString problemText(const core::ImportReport& r)
{
    switch (r.problem) {
    case ImportProblem::None:
        return {};
    case ImportProblem::Unreadable:
        return QStringLiteral("cannot read %1").arg(r.file);
    case ImportProblem::TooLarge:
        return QStringLiteral("%1 is larger than 50 MB: split it").arg(r.file);
    case ImportProblem::MixedEncoding:
        return QStringLiteral("%1 mixes text encodings (line %2 is not in the encoding of the rest); save it "
                              "again as CSV UTF-8 or as CSV in one encoding")
            .arg(r.file)
            .arg(r.problemLine);
    case ImportProblem::UnclosedQuote:
        return QStringLiteral("%1: the quote opened on line %2 never closes").arg(r.file).arg(r.problemLine);
    case ImportProblem::TooManyColumns:
        return QStringLiteral("%1: line %2 has more than 200 columns").arg(r.file).arg(r.problemLine);
    case ImportProblem::NoHeader:
        return QStringLiteral("%1 is empty").arg(r.file);
    case ImportProblem::MissingColumn: {
        QString text = QStringLiteral("%1 has no %2 column").arg(r.file, core::toString(r.problemField));
        const QStringList unknown = r.unknownHeaders();
        if (!unknown.isEmpty())
            text += QStringLiteral(" (headers not recognised: %1; map one with --map HEADER=%2)")
                        .arg(unknown.join(QStringLiteral(", ")), core::toString(r.problemField));
        return text;
    }
    }
    return {};
}

QString sourceName(core::ImportColumn::Source s)
{
    switch (s) {
    case core::ImportColumn::Source::Recognised:
        return QStringLiteral("recognised");
    case core::ImportColumn::Source::Mapped:
        return QStringLiteral("mapped");
    case core::ImportColumn::Source::Remembered:
        return QStringLiteral("remembered");
    case core::ImportColumn::Source::Unknown:
        return QStringLiteral("unknown");
    case core::ImportColumn::Source::NotRead:
        return QStringLiteral("not_read");
    }
    return {};
}

QJsonObject reportJson(const core::ImportReport& r)
{
    QJsonArray rows;
    for (const core::ImportRow& row : r.rows) {
        QJsonObject o{{QStringLiteral("line"), row.line},
                      {QStringLiteral("status"), core::toString(row.status)},
                      {QStringLiteral("field"), core::toString(row.field)},
                      {QStringLiteral("value"), row.value},
                      {QStringLiteral("message"), message(row, r.dryRun)}};
        if (row.otherLine > 0)
            o.insert(QStringLiteral("other_line"), row.otherLine);
        rows.append(o);
    }
    QJsonObject counts;
    for (auto it = r.counts.cbegin(); it != r.counts.cend(); ++it)
        counts.insert(core::toString(it.key()), it.value());
    QJsonArray columns;
    for (const core::ImportColumn& c : r.columns)
        columns.append(QJsonObject{{QStringLiteral("header"), c.header},
                                   {QStringLiteral("field"), core::toString(c.field)},
                                   {QStringLiteral("source"), sourceName(c.source)}});
    return {{QStringLiteral("file"), r.file},
            {QStringLiteral("encoding"), core::csv::toString(r.encoding)},
            {QStringLiteral("kind"), core::toString(r.kind)},
            {QStringLiteral("dry_run"), r.dryRun},
            {QStringLiteral("create_households"), r.createHouseholds},
            {QStringLiteral("columns"), columns},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("counts"), counts},
            {QStringLiteral("accepted"), r.acceptedRows()},
            {QStringLiteral("imported"), r.imported},
            {QStringLiteral("households_created"), r.householdsCreated}};
}

void printText(Context& ctx, const core::ImportReport& r)
{
    for (const core::ImportRow& row : r.rows) {
        if (row.status == ImportStatus::Accepted)
            continue;
        ctx.out << "line " << row.line << ": " << core::toString(row.status);
        if (row.field != ImportField::None)
            ctx.out << " (" << core::toString(row.field) << ')';
        if (!row.value.isEmpty())
            ctx.out << ' ' << row.value;
        ctx.out << ": " << message(row, r.dryRun) << '\n';
    }
    const int empty = r.counts.value(ImportStatus::EmptyRow);
    const int duplicates =
        r.counts.value(ImportStatus::Duplicate) + r.counts.value(ImportStatus::DuplicateInFile);
    const int refused = static_cast<int>(r.rows.size()) - r.acceptedRows() - empty - duplicates;
    ctx.out << r.file << " (" << core::csv::toString(r.encoding) << ", " << core::toString(r.kind)
            << "): " << r.acceptedRows() << " rows accepted, " << duplicates << " duplicates, " << refused
            << " refused, " << empty << " empty; ";
    if (r.dryRun)
        ctx.out << "dry run, nothing written" << Qt::endl;
    else
        ctx.out << r.imported << " imported, " << r.householdsCreated << " households created" << Qt::endl;
}

} // namespace

int cmdImport(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The CSV file."));
    p.addOptions({{QStringLiteral("kind"), QStringLiteral("households, residents, migrants or vehicles."),
                   QStringLiteral("KIND")},
                  {QStringLiteral("dry-run"), QStringLiteral("Check every row, write nothing.")},
                  {QStringLiteral("create-households"),
                   QStringLiteral("An address that is not registered creates its household.")},
                  {QStringLiteral("map"), QStringLiteral("A column the import does not recognise."),
                   QStringLiteral("HEADER=FIELD")},
                  {QStringLiteral("json"), QStringLiteral("JSON output.")}});
    parseOrThrow(p, ctx);
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1)
        throw UsageError(QStringLiteral("expected exactly one CSV file"));
    core::ImportOptions options;
    const QString kind = requireValue(p, QStringLiteral("kind"));
    const auto k = core::importKindFromString(kind);
    if (!k)
        throw UsageError(
            QStringLiteral("--kind: '%1' is not households, residents, migrants or vehicles").arg(kind));
    options.kind = *k;
    options.createHouseholds = p.isSet(QStringLiteral("create-households"));
    for (const QString& m : p.values(QStringLiteral("map"))) {
        const qsizetype eq = m.lastIndexOf(QLatin1Char('='));
        const auto field = eq > 0 ? core::importFieldFromString(m.mid(eq + 1).trimmed()) : std::nullopt;
        if (!field)
            throw UsageError(
                QStringLiteral("--map: '%1' is not HEADER=FIELD (fields: name, id_number, phone, "
                               "address, plate, category, courtyard, note, internal, ignore)")
                    .arg(m));
        options.mapping.insert(m.left(eq).trimmed(), *field);
    }
    const bool dryRun = p.isSet(QStringLiteral("dry-run"));

    // A dry run only reads: it works beside a running station.
    auto station = ctx.openStation(dryRun ? Open::Read : Open::Write);
    core::Importer importer(station->registry(), station->clock());
    const core::ImportReport r = dryRun ? importer.dryRun(pos.first(), options)
                                        : importer.run(pos.first(), options, core::Actor::osAccount());
    if (!r.ok())
        throw CommandError(problemText(r));
    if (p.isSet(QStringLiteral("json")))
        ctx.out << QJsonDocument(reportJson(r)).toJson(QJsonDocument::Indented);
    else
        printText(ctx, r);
    return 0;
}

} // namespace gatepost::cli
