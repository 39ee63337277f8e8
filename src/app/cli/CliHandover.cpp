// gatepost-cli handover: a shift's handover as JSON or PDF, and the leads' signature and
// acknowledgement (PIN read like operator add's, never from the command line).

#include "Cli.h"

#include "app/Station.h"
#include "core/Auth.h"
#include "core/Handover.h"
#include "core/Refusal.h"
#include "core/Registry.h"
#include "core/Roster.h"
#include "gui/HandoverTexts.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

namespace gatepost::cli {

namespace {

QString refusalLine(const core::Refusal& r)
{
    const QString first = r.args.value(0);
    switch (r.code) {
    case core::RefusalCode::ShiftInvalid:
        return QStringLiteral("no shift '%1': give YYYY-MM-DD/N with N a shift of that day").arg(first);
    case core::RefusalCode::ShiftNotStarted:
        return QStringLiteral("shift %1 has not started yet").arg(first);
    case core::RefusalCode::PinWrong:
        return QStringLiteral("wrong name or PIN");
    case core::RefusalCode::AccountLocked:
        return QStringLiteral("too many wrong PINs: try again in %1 s").arg(first);
    case core::RefusalCode::RoleTooLow:
        return QStringLiteral("only a shift lead or above may sign a handover");
    case core::RefusalCode::HandoverAlreadySigned:
        return QStringLiteral("this handover was already signed by %1 at %2").arg(first, r.args.value(1));
    case core::RefusalCode::HandoverNotSigned:
        return QStringLiteral("the handover of shift %1 is not signed yet").arg(first);
    case core::RefusalCode::HandoverAlreadyAcknowledged:
        return QStringLiteral("this handover was already acknowledged by %1 at %2")
            .arg(first, r.args.value(1));
    case core::RefusalCode::HandoverSameLead:
        return QStringLiteral("the lead who signed cannot acknowledge: the incoming lead does");
    default:
        return QStringLiteral("refused: %1").arg(core::toString(r.code));
    }
}

void addShiftOptions(QCommandLineParser& p)
{
    p.addOptions(
        {{QStringLiteral("shift"), QStringLiteral("The shift: YYYY-MM-DD/N."), QStringLiteral("ID")},
         {QStringLiteral("gate"), QStringLiteral("One gate (default: every gate)."), QStringLiteral("G")},
         {QStringLiteral("json"), QStringLiteral("JSON output.")}});
}

void printReport(Context& ctx, const core::HandoverReport& r, bool json)
{
    if (json) {
        ctx.out << QJsonDocument(r.toJson()).toJson(QJsonDocument::Indented);
        return;
    }
    ctx.out << "shift " << r.shiftId << (r.gate.isEmpty() ? QString() : QStringLiteral(" at ") + r.gate)
            << ": " << r.total << " crossings (in " << r.all.in << ", out " << r.all.out << "), refused "
            << r.deny << ", overrides " << r.overrides.size() << ", incidents " << r.incidents.size()
            << ", fevers " << r.fevers.size();
    ctx.out << "; team " << (r.team.isEmpty() ? QStringLiteral("none") : r.team) << ": planned "
            << r.plannedCount() << ", on duty " << r.onDutyCount();
    if (const QStringList absent = r.absent(); !absent.isEmpty())
        ctx.out << ", did not sign on: " << absent.join(QStringLiteral(", "));
    ctx.out << "; courtyard checks " << r.patrols.size();
    if (!r.overdueCourtyards.isEmpty()) {
        QStringList overdue;
        for (int c : r.overdueCourtyards)
            overdue << QString::number(c);
        ctx.out << ", overdue at the end: " << overdue.join(QStringLiteral(", "));
    }
    if (r.signature)
        ctx.out << "; signed by " << r.signature->leadName;
    if (r.acknowledgement)
        ctx.out << "; acknowledged by " << r.acknowledgement->leadName;
    ctx.out << Qt::endl;
}

// The desk of the station's file, with its policy.
struct Desk
{
    std::unique_ptr<app::Station> station;
    std::unique_ptr<core::HandoverDesk> desk;

    Desk(Context& ctx, Open how)
        : station(ctx.openStation(how))
    {
        desk = std::make_unique<core::HandoverDesk>(
            station->db(), station->auth(), station->registry().policy(),
            station->hasIdentity() ? station->stationId() : QString(), station->clock());
    }
};

QString leadPin(const QString& lead)
{
    return readOperatorPin(QStringLiteral("PIN of %1: ").arg(lead));
}

} // namespace

bool handoverDrawsPdf(const QStringList& arguments)
{
    bool handover = false, out = false;
    for (const QString& a : arguments) {
        handover = handover || a == QLatin1String("handover");
        out = out || a == QLatin1String("--out") || a.startsWith(QLatin1String("--out="));
    }
    return handover && out;
}

int cmdHandover(Context& ctx)
{
    QCommandLineParser p;
    addShiftOptions(p);
    p.addOptions({{QStringLiteral("out"), QStringLiteral("PDF file."), QStringLiteral("FILE")},
                  {QStringLiteral("lang"), QStringLiteral("Language of the PDF."), QStringLiteral("L")}});
    parseOrThrow(p, ctx);
    if (!p.positionalArguments().isEmpty())
        throw UsageError(QStringLiteral("unexpected argument '%1'").arg(p.positionalArguments().first()));
    const QString shift = requireValue(p, QStringLiteral("shift"));
    const QString out = p.value(QStringLiteral("out"));
    if (p.isSet(QStringLiteral("out")) && !out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        throw UsageError(QStringLiteral("--out: '%1' does not end in .pdf").arg(out));

    Desk d(ctx, Open::Read);
    core::HandoverReport report;
    try {
        report = d.desk->report(shift, p.value(QStringLiteral("gate")));
    } catch (const core::RefusedError& e) {
        throw CommandError(refusalLine(e.refusal()));
    }
    if (!out.isEmpty()) {
        loadPrintLanguage(p.isSet(QStringLiteral("lang")) ? p.value(QStringLiteral("lang"))
                                                          : QStringLiteral("zh_CN"));
        QString error;
        const auto texts = gui::handoverTexts(core::policyTimeZone(d.station->registry().policy().timeZone));
        if (!print::HandoverPdf::writePdf(out, report, texts, &error))
            throw CommandError(error);
        if (!p.isSet(QStringLiteral("json")))
            ctx.out << QFileInfo(out).absoluteFilePath() << '\t';
    }
    printReport(ctx, report, p.isSet(QStringLiteral("json")));
    return 0;
}

int cmdHandoverSign(Context& ctx)
{
    QCommandLineParser p;
    addShiftOptions(p);
    p.addOptions({{QStringLiteral("lead"), QStringLiteral("The outgoing lead."), QStringLiteral("NAME")},
                  {QStringLiteral("notes"), QStringLiteral("Notes for the next shift."), QStringLiteral("T")},
                  {QStringLiteral("open"), QStringLiteral("Open matters."), QStringLiteral("T")}});
    parseOrThrow(p, ctx);
    const QString shift = requireValue(p, QStringLiteral("shift"));
    const QString lead = requireValue(p, QStringLiteral("lead"));
    const QString pin = leadPin(lead);
    Desk d(ctx, Open::Write);
    try {
        const core::HandoverReport r =
            d.desk->sign(shift, p.value(QStringLiteral("gate")), p.value(QStringLiteral("notes")),
                         p.value(QStringLiteral("open")), lead, pin);
        printReport(ctx, r, p.isSet(QStringLiteral("json")));
    } catch (const core::RefusedError& e) {
        throw CommandError(refusalLine(e.refusal()));
    }
    return 0;
}

int cmdHandoverAck(Context& ctx)
{
    QCommandLineParser p;
    addShiftOptions(p);
    p.addOptions({{QStringLiteral("lead"), QStringLiteral("The incoming lead."), QStringLiteral("NAME")},
                  {QStringLiteral("note"), QStringLiteral("A note."), QStringLiteral("T")}});
    parseOrThrow(p, ctx);
    const QString shift = requireValue(p, QStringLiteral("shift"));
    const QString lead = requireValue(p, QStringLiteral("lead"));
    const QString pin = leadPin(lead);
    Desk d(ctx, Open::Write);
    try {
        const core::HandoverReport r = d.desk->acknowledge(shift, p.value(QStringLiteral("gate")), lead, pin,
                                                           p.value(QStringLiteral("note")));
        printReport(ctx, r, p.isSet(QStringLiteral("json")));
    } catch (const core::RefusedError& e) {
        throw CommandError(refusalLine(e.refusal()));
    }
    return 0;
}

} // namespace gatepost::cli
