// Returnee commands: returnee list, temp, check, move, release (docs/quarantine.md).

#include "Cli.h"

#include "app/Station.h"
#include "core/Quarantine.h"
#include "core/Registry.h"
#include "print/HealthCertificate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gatepost::cli {

namespace {

void printJsonDoc(Context& ctx, const QJsonValue& v)
{
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    ctx.out << doc.toJson(QJsonDocument::Indented);
}

qint64 personArg(const QCommandLineParser& p)
{
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1)
        throw UsageError(QStringLiteral("expected exactly one PERSON_ID"));
    bool ok = false;
    const qint64 id = pos.first().toLongLong(&ok);
    if (!ok || id <= 0)
        throw UsageError(QStringLiteral("'%1' is not a person id").arg(pos.first()));
    return id;
}

template<typename E>
E enumOption(const QCommandLineParser& p, const QString& name, std::optional<E> (*parse)(QStringView),
             const QString& allowed)
{
    const QString v = requireValue(p, name);
    const std::optional<E> e = parse(v);
    if (!e)
        throw UsageError(QStringLiteral("--%1: '%2' is not one of %3").arg(name, v, allowed));
    return *e;
}

QString arg(const core::Refusal& r, int i)
{
    return i < r.args.size() ? r.args.at(i) : QString();
}

// A refusal as the plain English sentence the command line prints.
QString sentence(const core::Refusal& r)
{
    using C = core::RefusalCode;
    switch (r.code) {
    case C::PersonUnknown:
        return QStringLiteral("there is no person %1").arg(arg(r, 0));
    case C::QuarantineNone:
        return QStringLiteral("person %1 has no quarantine record").arg(arg(r, 0));
    case C::AlreadyReleased:
        return QStringLiteral("already released (health certificate %1)").arg(arg(r, 0));
    case C::InCentralQuarantine:
        return QStringLiteral(
                   "person %1 is in central quarantine: move them home first (returnee move %1 --to "
                   "home --reason ...)")
            .arg(arg(r, 0));
    case C::QuarantineNotOver:
        return QStringLiteral("the quarantine ends on %1 (%2 days left)").arg(arg(r, 0), arg(r, 1));
    case C::FeverFlagOpen:
        return QStringLiteral("a fever reported on %1 is not followed by two normal reports yet")
            .arg(arg(r, 0));
    case C::UnwellFlagOpen:
        return QStringLiteral("the check of %1 found the person unwell and no later check found them present")
            .arg(arg(r, 0));
    case C::QuarantineKindUnchanged:
        return QStringLiteral("the person is already in %1 quarantine").arg(arg(r, 0));
    case C::MoveReasonMissing:
        return QStringLiteral("--reason is required");
    case C::ReportDateInvalid:
        return arg(r, 1).isEmpty()
                   ? QStringLiteral("--date %1 is in the future").arg(arg(r, 0))
                   : QStringLiteral("--date %1 is before the arrival (%2)").arg(arg(r, 0), arg(r, 1));
    case C::ValueOutOfRange:
        return QStringLiteral("--celsius %1 is outside %2..%3").arg(arg(r, 0), arg(r, 1), arg(r, 2));
    case C::TemperatureInvalid:
        return QStringLiteral("--celsius is not a number");
    default:
        break;
    }
    return core::toString(r.code);
}

QJsonObject returneeJson(const core::ReturneeRow& r)
{
    QJsonArray flags;
    for (core::QuarantineFlag f : r.health.flags)
        flags.append(core::toString(f));
    QJsonObject o{
        {QStringLiteral("person_id"), r.personId},
        {QStringLiteral("name"), r.name},
        {QStringLiteral("category"), core::toString(r.category)},
        {QStringLiteral("phone"), r.phoneMasked},
        {QStringLiteral("address"), r.address},
        {QStringLiteral("origin"), r.origin},
        {QStringLiteral("kind"), core::toString(r.kind)},
        {QStringLiteral("arrival"), r.arrival.toString(Qt::ISODate)},
        {QStringLiteral("end"), r.end.toString(Qt::ISODate)},
        {QStringLiteral("days_left"), r.daysLeft},
        {QStringLiteral("morning"), r.health.morning ? QJsonValue(*r.health.morning) : QJsonValue()},
        {QStringLiteral("afternoon"), r.health.afternoon ? QJsonValue(*r.health.afternoon) : QJsonValue()},
        {QStringLiteral("flags"), flags},
        {QStringLiteral("eligible"), r.eligible}};
    if (!r.certificateNumber.isEmpty())
        o.insert(QStringLiteral("certificate"), r.certificateNumber);
    return o;
}

QString temperatureText(const std::optional<double>& c)
{
    return c ? QString::number(*c, 'f', 1) : QStringLiteral("-");
}

} // namespace

bool drawsPdf(int argc, char* argv[])
{
    bool returnee = false, release = false, toFile = false, again = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        returnee = returnee || a == "returnee";
        release = release || a == "release";
        again = again || a == "certificate";
        toFile = toFile || a == "--certificate" || a.startsWith("--certificate=") || a == "--out" ||
                 a.startsWith("--out=");
    }
    return returnee && (release || again) && toFile;
}

int cmdReturneeList(Context& ctx)
{
    QCommandLineParser p;
    p.addOptions({{QStringLiteral("released"), QStringLiteral("Include those released.")},
                  {QStringLiteral("json"), QStringLiteral("JSON output.")}});
    parseOrThrow(p, ctx);
    if (!p.positionalArguments().isEmpty())
        throw UsageError(QStringLiteral("unexpected argument '%1'").arg(p.positionalArguments().first()));
    auto station = ctx.openStation(Open::Read);
    const core::QuarantineDesk desk(station->db(), station->registry(), station->clock());
    const QList<core::ReturneeGroup> groups = desk.list({p.isSet(QStringLiteral("released"))});
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const core::ReturneeGroup& g : groups) {
            QJsonArray people;
            for (const core::ReturneeRow& r : g.returnees)
                people.append(returneeJson(r));
            a.append(QJsonObject{{QStringLiteral("arrival"), g.arrival.toString(Qt::ISODate)},
                                 {QStringLiteral("returnees"), people}});
        }
        printJsonDoc(ctx, a);
        return 0;
    }
    for (const core::ReturneeGroup& g : groups) {
        ctx.out << "arrived " << g.arrival.toString(Qt::ISODate) << " (" << g.returnees.size() << ")\n";
        for (const core::ReturneeRow& r : g.returnees) {
            QStringList flags;
            for (core::QuarantineFlag f : r.health.flags)
                flags << core::toString(f);
            if (r.eligible)
                flags << QStringLiteral("eligible");
            if (!r.certificateNumber.isEmpty())
                flags << r.certificateNumber;
            ctx.out << "  " << r.personId << '\t' << r.name << '\t' << r.phoneMasked << '\t' << r.address
                    << '\t' << r.origin << '\t' << core::toString(r.kind) << "\tuntil "
                    << r.end.toString(Qt::ISODate) << '\t' << temperatureText(r.health.morning) << '/'
                    << temperatureText(r.health.afternoon) << '\t' << flags.join(QLatin1Char(',')) << '\n';
        }
    }
    return 0;
}

int cmdReturneeTemp(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("PERSON_ID"), QStringLiteral("The person."));
    p.addOptions(
        {{QStringLiteral("slot"), QStringLiteral("morning or afternoon."), QStringLiteral("S")},
         {QStringLiteral("celsius"), QStringLiteral("The reading."), QStringLiteral("T")},
         {QStringLiteral("date"), QStringLiteral("Report date (default today)."), QStringLiteral("D")}});
    parseOrThrow(p, ctx);
    const qint64 person = personArg(p);
    const core::TemperatureSlot slot = enumOption<core::TemperatureSlot>(
        p, QStringLiteral("slot"), core::temperatureSlotFromString, QStringLiteral("morning, afternoon"));
    bool ok = false;
    const double celsius = requireValue(p, QStringLiteral("celsius")).toDouble(&ok);
    if (!ok)
        throw UsageError(
            QStringLiteral("--celsius: '%1' is not a number").arg(p.value(QStringLiteral("celsius"))));
    QDate date;
    if (p.isSet(QStringLiteral("date"))) {
        date = QDate::fromString(p.value(QStringLiteral("date")), Qt::ISODate);
        if (!date.isValid())
            throw UsageError(QStringLiteral("--date: '%1' is not a date (YYYY-MM-DD)")
                                 .arg(p.value(QStringLiteral("date"))));
    }
    auto station = ctx.openStation(Open::Write);
    core::QuarantineDesk desk(station->db(), station->registry(), station->clock());
    if (!date.isValid())
        date = station->registry().today();
    try {
        desk.recordTemperatures(date, slot, {{person, celsius}}, core::Actor::osAccount());
    } catch (const core::RefusedError& e) {
        throw CommandError(sentence(e.refusal()));
    }
    ctx.out << "person " << person << ' ' << date.toString(Qt::ISODate) << ' ' << core::toString(slot) << ' '
            << QString::number(celsius, 'f', 1) << Qt::endl;
    return 0;
}

int cmdReturneeCheck(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("PERSON_ID"), QStringLiteral("The person."));
    p.addOptions(
        {{QStringLiteral("kind"), QStringLiteral("door or video."), QStringLiteral("K")},
         {QStringLiteral("result"), QStringLiteral("present, absent or unwell."), QStringLiteral("R")},
         {QStringLiteral("note"), QStringLiteral("What was seen."), QStringLiteral("T")}});
    parseOrThrow(p, ctx);
    const qint64 person = personArg(p);
    const core::CheckKind kind = enumOption<core::CheckKind>(
        p, QStringLiteral("kind"), core::checkKindFromString, QStringLiteral("door, video"));
    const core::CheckResult result = enumOption<core::CheckResult>(
        p, QStringLiteral("result"), core::checkResultFromString, QStringLiteral("present, absent, unwell"));
    auto station = ctx.openStation(Open::Write);
    core::QuarantineDesk desk(station->db(), station->registry(), station->clock());
    try {
        desk.recordCheck(person, kind, result, p.value(QStringLiteral("note")), core::Actor::osAccount());
    } catch (const core::RefusedError& e) {
        throw CommandError(sentence(e.refusal()));
    }
    ctx.out << "person " << person << ' ' << core::toString(kind) << " check: " << core::toString(result)
            << Qt::endl;
    return 0;
}

int cmdReturneeMove(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("PERSON_ID"), QStringLiteral("The person."));
    p.addOptions({{QStringLiteral("to"), QStringLiteral("central or home."), QStringLiteral("K")},
                  {QStringLiteral("reason"), QStringLiteral("Why."), QStringLiteral("T")}});
    parseOrThrow(p, ctx);
    const qint64 person = personArg(p);
    const core::QuarantineKind to = enumOption<core::QuarantineKind>(
        p, QStringLiteral("to"), core::quarantineKindFromString, QStringLiteral("central, home"));
    auto station = ctx.openStation(Open::Write);
    core::QuarantineDesk desk(station->db(), station->registry(), station->clock());
    try {
        desk.move(person, to, p.value(QStringLiteral("reason")), core::Actor::osAccount());
    } catch (const core::RefusedError& e) {
        if (e.refusal().code == core::RefusalCode::MoveReasonMissing)
            throw UsageError(sentence(e.refusal()));
        throw CommandError(sentence(e.refusal()));
    }
    ctx.out << "person " << person << " moved to " << core::toString(to) << " quarantine" << Qt::endl;
    return 0;
}

int cmdReturneeRelease(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("PERSON_ID"), QStringLiteral("The person."));
    p.addOptions({{QStringLiteral("certificate"), QStringLiteral("Write the certificate PDF here."),
                   QStringLiteral("FILE")},
                  {QStringLiteral("community"), QStringLiteral("The community's name on the certificate."),
                   QStringLiteral("NAME"), print::HealthCertificate::defaultCommunityTitle()},
                  {QStringLiteral("json"), QStringLiteral("JSON output.")}});
    parseOrThrow(p, ctx);
    const qint64 person = personArg(p);
    const QString pdfPath = p.value(QStringLiteral("certificate"));
    if (p.isSet(QStringLiteral("certificate")) && pdfPath.isEmpty())
        throw UsageError(QStringLiteral("--certificate needs a file name"));
    auto station = ctx.openStation(Open::Write);
    core::QuarantineDesk desk(station->db(), station->registry(), station->clock());
    core::ReleaseOutcome out;
    try {
        out = desk.release(person, core::Actor::osAccount());
    } catch (const core::RefusedError& e) {
        throw CommandError(sentence(e.refusal()));
    }
    // The release is committed: a PDF that cannot be written is reported, and can be made again.
    int rc = 0;
    if (!pdfPath.isEmpty()) {
        const auto facts = desk.certificate(out.certificateNumber);
        QString error;
        if (!facts ||
            !print::HealthCertificate::writePdf(
                pdfPath, print::HealthCertificateData::from(*facts, p.value(QStringLiteral("community"))),
                &error)) {
            QTextStream(stderr) << "gatepost-cli: released, but the certificate was not written: " << error
                                << Qt::endl;
            rc = 1;
        }
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o{{QStringLiteral("person_id"), person},
                      {QStringLiteral("certificate"), out.certificateNumber},
                      {QStringLiteral("issued_date"), out.issuedDate.toString(Qt::ISODate)},
                      {QStringLiteral("pass"), out.pass.serial},
                      {QStringLiteral("pass_issued"), out.passIssued},
                      {QStringLiteral("valid_until"), out.pass.validUntil.toString(Qt::ISODate)}};
        if (!pdfPath.isEmpty() && rc == 0)
            o.insert(QStringLiteral("pdf"), pdfPath);
        printJsonDoc(ctx, o);
    } else {
        ctx.out << "released person " << person << ": health certificate " << out.certificateNumber
                << ", pass " << out.pass.serial << (out.passIssued ? " issued" : " kept") << " (valid until "
                << out.pass.validUntil.toString(Qt::ISODate) << ')' << Qt::endl;
    }
    return rc;
}

int cmdReturneeCertificate(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("NUMBER"), QStringLiteral("The certificate's number."));
    p.addOptions({{QStringLiteral("out"), QStringLiteral("The PDF to write."), QStringLiteral("FILE")},
                  {QStringLiteral("community"), QStringLiteral("The community's name on the certificate."),
                   QStringLiteral("NAME"), print::HealthCertificate::defaultCommunityTitle()}});
    parseOrThrow(p, ctx);
    if (p.positionalArguments().size() != 1)
        throw UsageError(QStringLiteral("expected exactly one certificate NUMBER"));
    const QString out = requireValue(p, QStringLiteral("out"));
    auto station = ctx.openStation(Open::Read);
    const core::QuarantineDesk desk(station->db(), station->registry(), station->clock());
    const auto facts = desk.certificate(p.positionalArguments().first());
    if (!facts)
        throw CommandError(
            QStringLiteral("there is no health certificate %1").arg(p.positionalArguments().first()));
    QString error;
    if (!print::HealthCertificate::writePdf(
            out, print::HealthCertificateData::from(*facts, p.value(QStringLiteral("community"))), &error))
        throw CommandError(error);
    ctx.out << "health certificate " << facts->number << " of " << facts->name << " written to " << out
            << Qt::endl;
    return 0;
}

} // namespace gatepost::cli
