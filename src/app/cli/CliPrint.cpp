// gatepost-cli print: passes to one PDF (person cards on A4 sheets of 10, vehicle placards on
// A5 pages), written atomically, recorded in the audit trail (pass_print).

#include "Cli.h"

#include "app/Station.h"
#include "core/Refusal.h"
#include "core/Registry.h"
#include "gui/office/PrintActions.h"
#include "print/PassDocument.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTranslator>

namespace gatepost::cli {

namespace {

// The CLI's words for the print layer's refusal codes (stderr, English).
QString refusalLine(const core::Refusal& r)
{
    const QString first = r.args.value(0);
    switch (r.code) {
    case core::RefusalCode::NoPassSecrets:
        return QStringLiteral("this station holds no pass secrets (a gate keeps only their hashes): "
                              "print passes at the office");
    case core::RefusalCode::SerialUnknown:
        return QStringLiteral("no pass with serial %1").arg(first);
    case core::RefusalCode::PassNotPrintable:
        return QStringLiteral("pass %1 is %2: it cannot be printed").arg(first, r.args.value(1));
    case core::RefusalCode::HouseholdUnknown:
        return QStringLiteral("no household at address '%1'").arg(first);
    case core::RefusalCode::NothingToPrint:
        return QStringLiteral("nothing to print: no active pass");
    default:
        return QStringLiteral("cannot print: %1").arg(core::toString(r.code));
    }
}

} // namespace

void loadPrintLanguage(const QString& lang)
{
    if (lang != QLatin1String("zh_CN") && lang != QLatin1String("en"))
        throw UsageError(QStringLiteral("--lang: '%1' is not zh_CN or en").arg(lang));
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(QStringLiteral(":/i18n/gatepost_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

bool commandNeedsGui(const QStringList& arguments)
{
    // The first word that is neither an option nor --db's value is the command.
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--db")) {
            ++i;
            continue;
        }
        if (arguments[i].startsWith(QLatin1Char('-')))
            continue;
        return arguments[i] == QLatin1String("print");
    }
    return false;
}

int cmdPrint(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("serial"), QStringLiteral("Pass serials."));
    p.addOptions({{QStringLiteral("all"), QStringLiteral("Every active pass.")},
                  {QStringLiteral("household"), QStringLiteral("The active passes of one household."),
                   QStringLiteral("ADDRESS")},
                  {QStringLiteral("out"), QStringLiteral("PDF file."), QStringLiteral("FILE")},
                  {QStringLiteral("lang"), QStringLiteral("Language of the cards."), QStringLiteral("L")},
                  {QStringLiteral("json"), QStringLiteral("JSON output.")}});
    parseOrThrow(p, ctx);
    const QStringList serials = p.positionalArguments();
    const bool all = p.isSet(QStringLiteral("all"));
    const bool household = p.isSet(QStringLiteral("household"));
    if (int(!serials.isEmpty()) + int(all) + int(household) != 1)
        throw UsageError(QStringLiteral("give serials, --all or --household ADDRESS (one of them)"));
    QString out = p.value(QStringLiteral("out"));
    if (out.isEmpty())
        out = QStringLiteral("passes.pdf");
    if (!out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        throw UsageError(QStringLiteral("--out: '%1' does not end in .pdf").arg(out));
    loadPrintLanguage(p.isSet(QStringLiteral("lang")) ? p.value(QStringLiteral("lang"))
                                                      : QStringLiteral("zh_CN"));

    print::PrintJob job;
    {
        auto station = ctx.openStation(Open::Read);
        const print::PrintTexts texts = gui::PrintActions::texts();
        try {
            if (all)
                job = print::PassDocument::collectActive(station->registry(), texts);
            else if (household)
                job = print::PassDocument::collectHousehold(
                    station->registry(), requireValue(p, QStringLiteral("household")), texts);
            else
                job = print::PassDocument::collect(station->registry(), serials, texts);
        } catch (const core::RefusedError& e) {
            throw CommandError(refusalLine(e.refusal()));
        }
        QString error;
        if (!print::PassDocument::writePdf(job, out, &error))
            throw CommandError(error);
    }
    const QString file = QFileInfo(out).absoluteFilePath();
    recordExport(ctx, core::AuditAction::PassPrint, file, job.serials.size());

    if (p.isSet(QStringLiteral("json"))) {
        const QJsonObject o{{QStringLiteral("file"), file},
                            {QStringLiteral("passes"), static_cast<int>(job.serials.size())},
                            {QStringLiteral("cards"), static_cast<int>(job.cards.size())},
                            {QStringLiteral("placards"), static_cast<int>(job.placards.size())},
                            {QStringLiteral("sheets"), job.sheetCount()},
                            {QStringLiteral("pages"), job.pageCount()},
                            {QStringLiteral("serials"), QJsonArray::fromStringList(job.serials)}};
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        ctx.out << file << '\t' << job.serials.size() << " passes, " << job.pageCount() << " pages ("
                << job.sheetCount() << " sheets of cards, " << job.placards.size() << " placards)"
                << Qt::endl;
    }
    return 0;
}

} // namespace gatepost::cli
