// The registry, headless: household add|list, person add|list|show, vehicle add|list, the pass
// actions (extend, suspend, resume, lost) and batch issue. The same core calls as the office's
// screens; the core's refusals (codes with a field) become one plain English line here.

#include "Cli.h"
#include "Json.h"

#include "app/Station.h"
#include "core/Database.h"
#include "core/Formats.h"
#include "core/Refusal.h"
#include "core/Registry.h"
#include "scan/PhotoProcessor.h"

#include <QFile>
#include <QJsonDocument>

#include <algorithm>
#include <functional>

namespace gatepost::cli {

namespace {

using core::RefusalCode;

QString refusalLine(const core::Refusal& r)
{
    const QString a0 = r.args.value(0), a1 = r.args.value(1);
    switch (r.code) {
    case RefusalCode::NameMissing:
        return QStringLiteral("--name: a person needs a name");
    case RefusalCode::AddressMissing:
        return QStringLiteral("a household needs an address");
    case RefusalCode::HouseholdAlreadyRegistered:
        return QStringLiteral("the household %1 is already registered").arg(a0);
    case RefusalCode::CourtyardInvalid:
        return a1.isEmpty()
                   ? QStringLiteral("--courtyard: %1 is not a courtyard (0 = main area, 1 to 6)").arg(a0)
                   : QStringLiteral("--courtyard: the address is in courtyard %1, not %2").arg(a1, a0);
    case RefusalCode::CategoryInvalid:
        return QStringLiteral("--category: %1 is not a category for people").arg(a0);
    case RefusalCode::HouseholdUnknown:
        return QStringLiteral("there is no household %1").arg(a0);
    case RefusalCode::PhoneInvalid:
        return QStringLiteral("--phone: %1 is not an 11-digit mobile number").arg(a0);
    case RefusalCode::IdNumberInvalid:
        return QStringLiteral("--id-number: %1 is not a valid resident ID number (check digit)").arg(a0);
    case RefusalCode::IdNumberAlreadyRegistered:
        return QStringLiteral("a person with ID number %1 is already registered (person %2)").arg(a0, a1);
    case RefusalCode::PlateInvalid:
        return QStringLiteral("'%1' is not a licence plate").arg(a0);
    case RefusalCode::PlateAlreadyRegistered:
        return QStringLiteral("the vehicle %1 is already registered").arg(a0);
    case RefusalCode::PersonUnknown:
        return QStringLiteral("there is no person %1").arg(a0);
    case RefusalCode::SerialUnknown:
        return QStringLiteral("no pass with serial %1").arg(a0);
    case RefusalCode::ReasonMissing:
        return QStringLiteral("--reason: say why");
    case RefusalCode::PassStatusInvalid:
        return QStringLiteral("pass %1 is %2: this action does not apply to it").arg(a0, a1);
    case RefusalCode::ValidUntilInvalid:
        return QStringLiteral("--until: the last valid day must be %1 or later").arg(a1);
    case RefusalCode::BatchScopeMissing:
        return QStringLiteral("give --household, --courtyard or --category");
    case RefusalCode::GateUnknown:
        return QStringLiteral("--gates: unknown gate '%1'").arg(a0);
    case RefusalCode::PhotoInvalid:
        return QStringLiteral("--photo: the file is not a JPEG or PNG picture");
    case RefusalCode::PhotoTooLarge:
        return QStringLiteral("--photo: the picture is too large (%1 KiB, at most %2 KiB)").arg(a0, a1);
    default:
        break;
    }
    return QStringLiteral("refused: %1").arg(QString::fromUtf8(core::RefusedError(r).what()));
}

// Runs a command body; a refusal of the core becomes a CommandError in plain English.
template<typename F> int refusalsAsErrors(F&& body)
{
    try {
        return body();
    } catch (const core::RefusedError& e) {
        throw CommandError(refusalLine(e.refusal()));
    }
}

void printJson(Context& ctx, const QJsonValue& v)
{
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    ctx.out << doc.toJson(QJsonDocument::Indented);
}

QString onePositional(const QCommandLineParser& p, const QString& what)
{
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1)
        throw UsageError(QStringLiteral("expected exactly one %1").arg(what));
    return pos.first();
}

void noPositional(const QCommandLineParser& p)
{
    if (!p.positionalArguments().isEmpty())
        throw UsageError(QStringLiteral("unexpected argument '%1'").arg(p.positionalArguments().first()));
}

int intOption(const QCommandLineParser& p, const QString& name, int lowest, int highest)
{
    bool ok = false;
    const int v = p.value(name).toInt(&ok);
    if (!ok || v < lowest || v > highest)
        throw UsageError(QStringLiteral("--%1: '%2' is not a number from %3 to %4")
                             .arg(name, p.value(name))
                             .arg(lowest)
                             .arg(highest));
    return v;
}

QDate dateOption(const QCommandLineParser& p, const QString& name)
{
    const QDate d = QDate::fromString(p.value(name), Qt::ISODate);
    if (!d.isValid())
        throw UsageError(QStringLiteral("--%1: '%2' is not a date (YYYY-MM-DD)").arg(name, p.value(name)));
    return d;
}

core::Category categoryOption(const QCommandLineParser& p)
{
    const auto c = core::categoryFromString(p.value(QStringLiteral("category")));
    if (!c)
        throw UsageError(
            QStringLiteral("--category: unknown category '%1'").arg(p.value(QStringLiteral("category"))));
    return *c;
}

core::Household householdByAddress(const core::Registry& reg, const QString& address)
{
    const auto h = reg.householdByAddress(address);
    if (!h)
        throw CommandError(QStringLiteral("no household at '%1'").arg(address));
    return *h;
}

// --search, --limit, --offset and --json of every listing.
const QList<QCommandLineOption> kListOptions{
    {QStringLiteral("search"), QStringLiteral("Text as typed in the office's search."), QStringLiteral("T")},
    {QStringLiteral("limit"), QStringLiteral("At most N rows (default 100)."), QStringLiteral("N")},
    {QStringLiteral("offset"), QStringLiteral("Skip N rows."), QStringLiteral("N")},
    {QStringLiteral("json"), QStringLiteral("JSON output.")}};

core::OfficeQuery listQuery(const QCommandLineParser& p)
{
    core::OfficeQuery q;
    q.text = p.value(QStringLiteral("search"));
    if (p.isSet(QStringLiteral("limit")))
        q.limit = intOption(p, QStringLiteral("limit"), 0, 1000);
    if (p.isSet(QStringLiteral("offset")))
        q.offset = intOption(p, QStringLiteral("offset"), 0, 100000000);
    return q;
}

QJsonObject householdJson(const core::HouseholdRow& r)
{
    return {{QStringLiteral("id"), r.household.id},
            {QStringLiteral("address"), r.household.address},
            {QStringLiteral("courtyard"), r.household.courtyard},
            {QStringLiteral("note"), r.household.note},
            {QStringLiteral("people"), r.people},
            {QStringLiteral("vehicles"), r.vehicles}};
}

QJsonObject personJson(const core::PersonRow& r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("category"), core::toString(r.category)},
            {QStringLiteral("household_id"), r.householdId},
            {QStringLiteral("address"), r.address},
            {QStringLiteral("courtyard"), r.courtyard},
            {QStringLiteral("phone"), r.phoneMasked},
            {QStringLiteral("id_number"), r.idNumberMasked},
            {QStringLiteral("has_photo"), r.hasPhoto},
            {QStringLiteral("pass"), r.passSerial}};
}

QJsonObject vehicleJson(const core::VehicleRow& r)
{
    return {{QStringLiteral("id"), r.vehicle.id},
            {QStringLiteral("plate"), r.vehicle.plate},
            {QStringLiteral("plate_display"), core::formats::displayPlate(r.vehicle.plate)},
            {QStringLiteral("internal"), r.vehicle.internal},
            {QStringLiteral("household_id"), r.vehicle.householdId},
            {QStringLiteral("address"), r.address},
            {QStringLiteral("pass"), r.passSerial}};
}

template<typename Row, typename ToJson>
void printPage(Context& ctx, const QCommandLineParser& p, const QString& key,
               const core::OfficePage<Row>& page, ToJson toJson,
               const std::function<QString(const Row&)>& line)
{
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const Row& r : page.rows)
            rows.append(toJson(r));
        printJson(ctx, QJsonObject{{QStringLiteral("total"), page.total}, {key, rows}});
        return;
    }
    for (const Row& r : page.rows)
        ctx.out << line(r) << '\n';
    if (page.total > page.rows.size())
        ctx.out << "(" << page.rows.size() << " of " << page.total << ")" << Qt::endl;
}

// The person a command names: the registry id, or an 18-character ID number.
core::Person personNamed(const core::Registry& reg, const QString& key)
{
    std::optional<core::Person> who;
    bool isNumber = false;
    const qint64 id = key.toLongLong(&isNumber);
    if (key.size() == 18)
        who = reg.personByIdNumber(key);
    else if (isNumber)
        who = reg.person(id);
    if (!who)
        throw CommandError(QStringLiteral("no person with id or ID number '%1'").arg(key));
    return *who;
}

core::PersonRow rowOf(const core::Registry& reg, const core::Person& person)
{
    core::OfficeQuery q;
    q.householdId = person.householdId;
    q.text = person.name;
    q.limit = 1000;
    for (const core::PersonRow& r : reg.listPeople(q).rows)
        if (r.id == person.id)
            return r;
    throw CommandError(QStringLiteral("no person %1").arg(person.id));
}

} // namespace

int cmdHouseholdAdd(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("address"), QStringLiteral("The household's address."));
    p.addOptions({{QStringLiteral("courtyard"), QStringLiteral("0 = main area, 1..6."), QStringLiteral("N")},
                  {QStringLiteral("note"), QStringLiteral("A note."), QStringLiteral("T")},
                  {QStringLiteral("json"), QStringLiteral("JSON output.")}});
    parseOrThrow(p, ctx);
    core::Household h;
    h.address = onePositional(p, QStringLiteral("address"));
    if (p.isSet(QStringLiteral("courtyard")))
        h.courtyard = intOption(p, QStringLiteral("courtyard"), 0, 6);
    h.note = p.value(QStringLiteral("note"));
    return refusalsAsErrors([&] {
        auto station = ctx.openStation(Open::Write);
        auto& reg = station->registry();
        const qint64 id = reg.addHousehold(h, core::Actor::osAccount());
        const core::Household stored = *reg.household(id);
        if (p.isSet(QStringLiteral("json")))
            printJson(ctx, householdJson({stored, 0, 0}));
        else
            ctx.out << "household " << id << ": " << stored.address << " (courtyard " << stored.courtyard
                    << ")" << Qt::endl;
        return 0;
    });
}

int cmdHouseholdList(Context& ctx)
{
    QCommandLineParser p;
    p.addOptions(kListOptions);
    p.addOption({QStringLiteral("courtyard"), QStringLiteral("0 = main area, 1..6."), QStringLiteral("N")});
    parseOrThrow(p, ctx);
    noPositional(p);
    core::OfficeQuery q = listQuery(p);
    if (p.isSet(QStringLiteral("courtyard")))
        q.courtyard = intOption(p, QStringLiteral("courtyard"), 0, 6);
    auto station = ctx.openStation(Open::Read);
    printPage<core::HouseholdRow>(ctx, p, QStringLiteral("households"), station->registry().listHouseholds(q),
                                  householdJson, [](const core::HouseholdRow& r) {
                                      return QStringLiteral("%1\t%2\t%3\t%4 people\t%5 vehicles")
                                          .arg(r.household.id)
                                          .arg(r.household.address)
                                          .arg(r.household.courtyard)
                                          .arg(r.people)
                                          .arg(r.vehicles);
                                  });
    return 0;
}

int cmdPersonAdd(Context& ctx)
{
    QCommandLineParser p;
    p.addOptions(
        {{QStringLiteral("name"), QStringLiteral("Name."), QStringLiteral("N")},
         {QStringLiteral("category"), QStringLiteral("Category."), QStringLiteral("C")},
         {QStringLiteral("household"), QStringLiteral("Household address."), QStringLiteral("ADDRESS")},
         {QStringLiteral("phone"), QStringLiteral("Mobile number."), QStringLiteral("P")},
         {QStringLiteral("id-number"), QStringLiteral("Resident ID number."), QStringLiteral("ID")},
         {QStringLiteral("photo"), QStringLiteral("JPEG or PNG file."), QStringLiteral("FILE")},
         {QStringLiteral("json"), QStringLiteral("JSON output.")}});
    parseOrThrow(p, ctx);
    noPositional(p);
    core::Person person;
    person.name = requireValue(p, QStringLiteral("name"));
    if (!p.isSet(QStringLiteral("category")))
        throw UsageError(QStringLiteral("--category is required"));
    person.category = categoryOption(p);
    person.phone = p.value(QStringLiteral("phone"));
    person.idNumber = p.value(QStringLiteral("id-number"));
    return refusalsAsErrors([&] {
        // The picture is checked before the file is opened for writing: a bad one writes nothing.
        QByteArray jpeg;
        if (p.isSet(QStringLiteral("photo"))) {
            QFile f(p.value(QStringLiteral("photo")));
            if (!f.open(QIODevice::ReadOnly))
                throw CommandError(
                    QStringLiteral("--photo: cannot read %1: %2").arg(f.fileName(), f.errorString()));
            jpeg = scan::PhotoProcessor::fromFileBytes(f.read(scan::PhotoProcessor::kMaxFileBytes + 1));
        }
        auto station = ctx.openStation(Open::Write);
        auto& reg = station->registry();
        if (p.isSet(QStringLiteral("household")))
            person.householdId = householdByAddress(reg, p.value(QStringLiteral("household"))).id;
        const core::Actor actor = core::Actor::osAccount();
        core::Transaction tx(station->db());
        person.id = reg.addPerson(person, actor);
        if (!jpeg.isEmpty())
            reg.setPhoto(person.id, jpeg, actor);
        tx.commit();
        const core::PersonRow row = rowOf(reg, *reg.person(person.id));
        if (p.isSet(QStringLiteral("json")))
            printJson(ctx, personJson(row));
        else
            ctx.out << "person " << row.id << ": " << row.name << Qt::endl;
        return 0;
    });
}

int cmdPersonList(Context& ctx)
{
    QCommandLineParser p;
    p.addOptions(kListOptions);
    p.addOptions(
        {{QStringLiteral("household"), QStringLiteral("Household address."), QStringLiteral("ADDRESS")},
         {QStringLiteral("category"), QStringLiteral("Category."), QStringLiteral("C")}});
    parseOrThrow(p, ctx);
    noPositional(p);
    core::OfficeQuery q = listQuery(p);
    if (p.isSet(QStringLiteral("category")))
        q.category = categoryOption(p);
    auto station = ctx.openStation(Open::Read);
    const auto& reg = station->registry();
    if (p.isSet(QStringLiteral("household")))
        q.householdId = householdByAddress(reg, p.value(QStringLiteral("household"))).id;
    printPage<core::PersonRow>(
        ctx, p, QStringLiteral("people"), reg.listPeople(q), personJson, [](const core::PersonRow& r) {
            return QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                .arg(r.id)
                .arg(r.name, core::toString(r.category), r.address, r.phoneMasked, r.idNumberMasked);
        });
    return 0;
}

int cmdPersonShow(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("id"), QStringLiteral("Person id or ID number."));
    p.addOptions({{QStringLiteral("reveal"), QStringLiteral("Show in full: id or phone (audited)."),
                   QStringLiteral("WHAT")},
                  {QStringLiteral("json"), QStringLiteral("JSON output.")}});
    parseOrThrow(p, ctx);
    const QString key = onePositional(p, QStringLiteral("person id"));
    const QStringList reveal = p.values(QStringLiteral("reveal"));
    for (const QString& r : reveal)
        if (r != QLatin1String("id") && r != QLatin1String("phone"))
            throw UsageError(QStringLiteral("--reveal: '%1' is not id or phone").arg(r));
    return refusalsAsErrors([&] {
        // Showing a number in full is an audit row: only then is the file opened for writing.
        auto station = ctx.openStation(reveal.isEmpty() ? Open::Read : Open::Write);
        auto& reg = station->registry();
        const core::Person person = personNamed(reg, key);
        QJsonObject o = personJson(rowOf(reg, person));
        const core::Actor actor = core::Actor::osAccount();
        if (reveal.contains(QLatin1String("id")))
            o.insert(QStringLiteral("id_number"), reg.revealIdNumber(person.id, actor));
        if (reveal.contains(QLatin1String("phone")))
            o.insert(QStringLiteral("phone"), reg.revealPhone(person.id, actor));
        QJsonArray vehicles;
        for (const core::Vehicle& v : reg.vehiclesOfHousehold(person.householdId))
            vehicles.append(v.plate);
        o.insert(QStringLiteral("household_vehicles"), vehicles);
        QJsonArray passes;
        for (const core::Pass& pass : reg.passesOfHolder(core::HolderKind::Person, person.id))
            passes.append(
                QJsonObject{{QStringLiteral("serial"), pass.serial},
                            {QStringLiteral("status"), core::toString(pass.status)},
                            {QStringLiteral("valid_until"), pass.validUntil.toString(Qt::ISODate)}});
        o.insert(QStringLiteral("passes"), passes);
        if (p.isSet(QStringLiteral("json"))) {
            printJson(ctx, o);
        } else {
            for (const QString& k : {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("category"),
                                     QStringLiteral("address"), QStringLiteral("phone"),
                                     QStringLiteral("id_number"), QStringLiteral("pass")})
                ctx.out << k << ": " << o.value(k).toVariant().toString() << '\n';
            ctx.out.flush();
        }
        return 0;
    });
}

int cmdVehicleAdd(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("plate"), QStringLiteral("Licence plate."));
    p.addOptions(
        {{QStringLiteral("household"), QStringLiteral("Household address."), QStringLiteral("ADDRESS")},
         {QStringLiteral("external"), QStringLiteral("An outside vehicle.")},
         {QStringLiteral("json"), QStringLiteral("JSON output.")}});
    parseOrThrow(p, ctx);
    core::Vehicle v;
    v.plate = onePositional(p, QStringLiteral("plate"));
    v.internal = !p.isSet(QStringLiteral("external"));
    if (v.internal && !p.isSet(QStringLiteral("household")))
        throw UsageError(QStringLiteral("--household is required (or --external for an outside vehicle)"));
    return refusalsAsErrors([&] {
        auto station = ctx.openStation(Open::Write);
        auto& reg = station->registry();
        if (p.isSet(QStringLiteral("household")))
            v.householdId = householdByAddress(reg, p.value(QStringLiteral("household"))).id;
        v.id = reg.addVehicle(v, core::Actor::osAccount());
        const core::Vehicle stored = *reg.vehicle(v.id);
        const auto h = reg.household(stored.householdId);
        if (p.isSet(QStringLiteral("json")))
            printJson(ctx, vehicleJson({stored, h ? h->address : QString(), h ? h->courtyard : 0, {}}));
        else
            ctx.out << "vehicle " << stored.id << ": " << core::formats::displayPlate(stored.plate)
                    << Qt::endl;
        return 0;
    });
}

int cmdVehicleList(Context& ctx)
{
    QCommandLineParser p;
    p.addOptions(kListOptions);
    p.addOption(
        {QStringLiteral("household"), QStringLiteral("Household address."), QStringLiteral("ADDRESS")});
    parseOrThrow(p, ctx);
    noPositional(p);
    core::OfficeQuery q = listQuery(p);
    auto station = ctx.openStation(Open::Read);
    const auto& reg = station->registry();
    if (p.isSet(QStringLiteral("household")))
        q.householdId = householdByAddress(reg, p.value(QStringLiteral("household"))).id;
    printPage<core::VehicleRow>(
        ctx, p, QStringLiteral("vehicles"), reg.listVehicles(q), vehicleJson, [](const core::VehicleRow& r) {
            return QStringLiteral("%1\t%2\t%3\t%4")
                .arg(r.vehicle.id)
                .arg(core::formats::displayPlate(r.vehicle.plate),
                     r.vehicle.internal ? QStringLiteral("internal") : QStringLiteral("external"), r.address);
        });
    return 0;
}

int cmdPassAction(Context& ctx, const QString& action)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("serial"), QStringLiteral("Pass serial."));
    p.addOptions(
        {{QStringLiteral("reason"), QStringLiteral("Why."), QStringLiteral("TEXT")},
         {QStringLiteral("until"), QStringLiteral("New last valid day."), QStringLiteral("YYYY-MM-DD")},
         {QStringLiteral("json"), QStringLiteral("JSON output.")}});
    parseOrThrow(p, ctx);
    const QString serial = onePositional(p, QStringLiteral("pass serial"));
    const QString reason = p.value(QStringLiteral("reason"));
    const bool extend = action == QLatin1String("extend");
    if (extend != p.isSet(QStringLiteral("until")))
        throw UsageError(extend ? QStringLiteral("--until is required")
                                : QStringLiteral("--until belongs to pass extend"));
    const QDate until = extend ? dateOption(p, QStringLiteral("until")) : QDate();
    return refusalsAsErrors([&] {
        auto station = ctx.openStation(Open::Write);
        auto& reg = station->registry();
        const core::Actor actor = core::Actor::osAccount();
        core::Pass pass;
        if (extend)
            pass = reg.extend(serial, until, reason, actor);
        else if (action == QLatin1String("suspend"))
            pass = reg.suspend(serial, reason, actor);
        else if (action == QLatin1String("resume"))
            pass = reg.resume(serial, reason, actor);
        else
            pass = reg.reportLost(serial, reason, actor);
        if (p.isSet(QStringLiteral("json")))
            printJson(ctx, json::pass(pass, reg.snapshot(pass.serial)->holder));
        else
            ctx.out << pass.serial << '\t' << core::toString(pass.status) << '\t'
                    << pass.validUntil.toString(Qt::ISODate) << Qt::endl;
        return 0;
    });
}

int cmdPassExtend(Context& ctx)
{
    return cmdPassAction(ctx, QStringLiteral("extend"));
}

int cmdPassSuspend(Context& ctx)
{
    return cmdPassAction(ctx, QStringLiteral("suspend"));
}

int cmdPassResume(Context& ctx)
{
    return cmdPassAction(ctx, QStringLiteral("resume"));
}

int cmdPassLost(Context& ctx)
{
    return cmdPassAction(ctx, QStringLiteral("lost"));
}

int cmdIssueOrBatch(Context& ctx)
{
    const bool batch = std::any_of(ctx.args.cbegin(), ctx.args.cend(), [](const QString& a) {
        for (const char* o : {"--household", "--courtyard", "--category"})
            if (a == QLatin1String(o) || a.startsWith(QLatin1String(o) + QLatin1Char('=')))
                return true;
        return false;
    });
    if (!batch)
        return cmdIssue(ctx);
    QCommandLineParser p;
    p.addOptions(
        {{QStringLiteral("household"), QStringLiteral("Household address."), QStringLiteral("ADDRESS")},
         {QStringLiteral("courtyard"), QStringLiteral("0 = main area, 1..6."), QStringLiteral("N")},
         {QStringLiteral("category"), QStringLiteral("Category."), QStringLiteral("C")},
         {QStringLiteral("valid-until"), QStringLiteral("Last valid day."), QStringLiteral("YYYY-MM-DD")},
         {QStringLiteral("gates"), QStringLiteral("Allowed gates."), QStringLiteral("G,G")},
         {QStringLiteral("json"), QStringLiteral("JSON output.")}});
    parseOrThrow(p, ctx);
    noPositional(p);
    core::BatchIssueRequest req;
    if (p.isSet(QStringLiteral("courtyard")))
        req.courtyard = intOption(p, QStringLiteral("courtyard"), 0, 6);
    if (p.isSet(QStringLiteral("category")))
        req.category = categoryOption(p);
    if (p.isSet(QStringLiteral("valid-until")))
        req.validUntil = dateOption(p, QStringLiteral("valid-until"));
    if (p.isSet(QStringLiteral("gates")))
        req.gates = p.value(QStringLiteral("gates")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    return refusalsAsErrors([&] {
        auto station = ctx.openStation(Open::Write);
        auto& reg = station->registry();
        if (p.isSet(QStringLiteral("household")))
            req.householdId = householdByAddress(reg, p.value(QStringLiteral("household"))).id;
        const core::BatchIssueResult r = reg.issueBatch(req, core::Actor::osAccount());
        if (p.isSet(QStringLiteral("json"))) {
            QJsonArray serials;
            for (const core::Pass& pass : r.issued)
                serials.append(pass.serial);
            printJson(ctx, QJsonObject{{QStringLiteral("issued"), r.issued.size()},
                                       {QStringLiteral("skipped"), r.skipped},
                                       {QStringLiteral("serials"), serials}});
        } else {
            ctx.out << "issued " << r.issued.size() << ", skipped " << r.skipped
                    << " (they hold an active pass)" << Qt::endl;
        }
        return 0;
    });
}

} // namespace gatepost::cli
