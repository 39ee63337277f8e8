// The office's registry: adds and edits refused by field (what the form shows next to the
// field), audited, and the search-as-you-type listings.

#include "FakeClock.h"
#include "TempDb.h"
#include "core/Formats.h"
#include "core/Refusal.h"
#include "core/Registry.h"

#include <QTest>

#include <memory>

using namespace gatepost;
using namespace gatepost::core;

namespace {

QString validId(const QString& first17)
{
    return first17 + formats::idCheckCharacter(first17);
}

// The refusal a call throws; nullopt when it did not refuse.
template<typename F> std::optional<Refusal> refusalOf(F&& f)
{
    try {
        f();
    } catch (const RefusedError& e) {
        return e.refusal();
    }
    return std::nullopt;
}

OfficeQuery text(const QString& t)
{
    OfficeQuery q;
    q.text = t;
    return q;
}

struct Fixture
{
    test::TempDb t;
    test::FakeClock clock; // 2026-03-01 10:00 in Beijing
    std::unique_ptr<Registry> reg = std::make_unique<Registry>(t.db(), clock);
    const Actor clerk = Actor::operatorNamed(QStringLiteral("刘会计"));

    qint64 household(const QString& address, int courtyard = 0)
    {
        Household h;
        h.address = address;
        h.courtyard = courtyard;
        return reg->addHousehold(h, clerk);
    }
    qint64 person(qint64 household, const QString& name, const QString& phone = {}, const QString& id = {})
    {
        Person p;
        p.householdId = household;
        p.name = name;
        p.phone = phone;
        p.idNumber = id;
        return reg->addPerson(p, clerk);
    }
    qint64 vehicle(qint64 household, const QString& plate)
    {
        Vehicle v;
        v.householdId = household;
        v.plate = plate;
        return reg->addVehicle(v, clerk);
    }
    int auditRows(AuditAction action)
    {
        int n = 0;
        for (const AuditEntry& e : AuditTrail(t.db(), clock).query())
            n += e.action == toString(action) ? 1 : 0;
        return n;
    }
    qint64 peopleCount() const { return reg->counts().people; }
};

} // namespace

class TestRegistryOffice : public QObject
{
    Q_OBJECT

private slots:
    void aPersonIsRefusedByTheFieldThatIsWrong()
    {
        Fixture f;
        const qint64 home = f.household(QStringLiteral("清河四街 12排 3号"));
        const QString id = validId(QStringLiteral("11010819900101123"));
        f.person(home, QStringLiteral("王芳"), {}, id);
        const QString badCheck = id.left(17) + (id.endsWith(u'1') ? u'2' : u'1');

        const struct
        {
            Person person;
            RefusalCode code;
            RefusalField field;
        } cases[] = {
            {{0, home, QStringLiteral("  "), Category::RegisteredResident, {}, {}, {}},
             RefusalCode::NameMissing,
             RefusalField::Name},
            {{0, home, QStringLiteral("张三"), Category::RegisteredResident, {}, badCheck, {}},
             RefusalCode::IdNumberInvalid,
             RefusalField::IdNumber},
            {{0, home, QStringLiteral("张三"), Category::RegisteredResident, {}, id.toLower(), {}},
             RefusalCode::IdNumberAlreadyRegistered,
             RefusalField::IdNumber},
            {{0,
              home,
              QStringLiteral("张三"),
              Category::RegisteredResident,
              QStringLiteral("1381234567"),
              {},
              {}},
             RefusalCode::PhoneInvalid,
             RefusalField::Phone},
            {{0, home, QStringLiteral("张三"), Category::InternalVehicle, {}, {}, {}},
             RefusalCode::CategoryInvalid,
             RefusalField::Category},
            {{0, home + 99, QStringLiteral("张三"), Category::Visitor, {}, {}, {}},
             RefusalCode::HouseholdUnknown,
             RefusalField::Household},
        };
        for (const auto& c : cases) {
            const auto r = refusalOf([&] { f.reg->addPerson(c.person, f.clerk); });
            QVERIFY2(r, qPrintable(toString(c.code)));
            QCOMPARE(toString(r->code), toString(c.code));
            QCOMPARE(toString(r->field), toString(c.field));
        }
        // The number in a refusal is masked: the words are shown on a screen others can see.
        const auto dup = refusalOf([&] { f.person(home, QStringLiteral("张三"), {}, id); });
        QCOMPARE(dup->args.value(0), formats::maskIdNumber(id));
        QCOMPARE(f.peopleCount(), 1);
        QCOMPARE(f.auditRows(AuditAction::PersonAdd), 1);

        // What people type: "+86 138-1234-5678" is a mobile number.
        const qint64 li = f.person(home, QStringLiteral(" 李  雷 "), QStringLiteral("+86 138-1234-5678"));
        QCOMPARE(f.reg->person(li)->phone, QStringLiteral("13812345678"));
        QCOMPARE(f.reg->person(li)->name, QStringLiteral("李 雷"));
    }

    void householdsFollowTheAddressScheme()
    {
        Fixture f;
        // A courtyard's address names its courtyard: taken when none is given.
        const qint64 yard = f.household(QStringLiteral("一号院  4号"));
        QCOMPARE(f.reg->household(yard)->courtyard, 1);
        QCOMPARE(f.reg->household(yard)->address, QStringLiteral("一号院 4号"));
        QCOMPARE(f.reg->household(f.household(QStringLiteral("3号院 1号")))->courtyard, 3);
        const qint64 main = f.household(QStringLiteral("清河四街 12排 3号"));
        QCOMPARE(f.reg->household(main)->courtyard, 0);

        const auto mismatch = refusalOf([&] { f.household(QStringLiteral("二号院 9号"), 5); });
        QCOMPARE(toString(mismatch->code), toString(RefusalCode::CourtyardInvalid));
        QCOMPARE(toString(mismatch->field), toString(RefusalField::Courtyard));
        QCOMPARE(mismatch->args, (QStringList{QStringLiteral("5"), QStringLiteral("2")}));
        QCOMPARE(toString(refusalOf([&] { f.household(QStringLiteral("x"), 7); })->code),
                 toString(RefusalCode::CourtyardInvalid));
        QCOMPARE(toString(refusalOf([&] { f.household(QStringLiteral(" ")); })->field),
                 toString(RefusalField::Address));
        const auto twice = refusalOf([&] { f.household(QStringLiteral("清河四街  12排 3号 ")); });
        QCOMPARE(toString(twice->code), toString(RefusalCode::HouseholdAlreadyRegistered));
        QCOMPARE(toString(twice->field), toString(RefusalField::Address));
        QCOMPARE(f.reg->counts().households, 3);
        QCOMPARE(f.auditRows(AuditAction::HouseholdAdd), 3);
    }

    void platesInAnySpellingAndNewEnergy()
    {
        Fixture f;
        const qint64 home = f.household(QStringLiteral("清河四街 12排 3号"));
        const qint64 ev = f.vehicle(home, QStringLiteral("京AD12345"));
        QCOMPARE(f.reg->vehicle(ev)->plate, QStringLiteral("京AD12345"));
        f.vehicle(home, QStringLiteral("京E·76D65"));
        const auto again = refusalOf([&] { f.vehicle(home, QStringLiteral("京a d12345")); });
        QCOMPARE(toString(again->code), toString(RefusalCode::PlateAlreadyRegistered));
        QCOMPARE(toString(again->field), toString(RefusalField::Plate));
        QCOMPARE(again->args.value(0), QStringLiteral("京A·D12345"));
        QCOMPARE(toString(refusalOf([&] { f.vehicle(home, QStringLiteral("京A1234")); })->code),
                 toString(RefusalCode::PlateInvalid));
        QCOMPARE(toString(refusalOf([&] { f.vehicle(home + 5, QStringLiteral("京B12345")); })->field),
                 toString(RefusalField::Household));
        QCOMPARE(f.reg->counts().vehicles, 2);
        QCOMPARE(f.auditRows(AuditAction::VehicleAdd), 2);
    }

    void editsAreCheckedAndAudited()
    {
        Fixture f;
        const qint64 home = f.household(QStringLiteral("清河四街 12排 3号"));
        const qint64 other = f.household(QStringLiteral("一号院 4号"));
        const QString idA = validId(QStringLiteral("11010819900101123"));
        const QString idB = validId(QStringLiteral("11010819850505321"));
        const qint64 a = f.person(home, QStringLiteral("王芳"), QStringLiteral("13812345678"), idA);
        f.person(home, QStringLiteral("王强"), {}, idB);

        Person edited = *f.reg->person(a);
        edited.name = QStringLiteral("王芳芳");
        edited.householdId = other;
        const Person stored = f.reg->updatePerson(edited, f.clerk);
        QCOMPARE(stored.name, QStringLiteral("王芳芳"));
        QCOMPARE(f.reg->person(a)->householdId, other);
        QCOMPARE(f.reg->peopleOfHousehold(other).size(), 1);
        // The audit row says what changed, with the numbers masked.
        const QList<AuditEntry> rows = AuditTrail(f.t.db(), f.clock).query();
        const AuditEntry& last = rows.last();
        QCOMPARE(last.action, toString(AuditAction::PersonEdit));
        QCOMPARE(last.target, QString::number(a));
        QVERIFY(last.before.contains(QStringLiteral("王芳\"")));
        QVERIFY(last.after.contains(QStringLiteral("王芳芳")));
        QVERIFY(!last.after.contains(idA));
        QVERIFY(last.after.contains(formats::maskIdNumber(idA)));

        // Saving without a change writes nothing.
        f.reg->updatePerson(*f.reg->person(a), f.clerk);
        QCOMPARE(f.auditRows(AuditAction::PersonEdit), 1);

        // Its own ID number is not a duplicate; another person's is.
        edited = *f.reg->person(a);
        edited.idNumber = idB;
        QCOMPARE(toString(refusalOf([&] { f.reg->updatePerson(edited, f.clerk); })->code),
                 toString(RefusalCode::IdNumberAlreadyRegistered));
        QCOMPARE(f.reg->person(a)->idNumber, idA);
        edited.id = 999;
        QCOMPARE(toString(refusalOf([&] { f.reg->updatePerson(edited, f.clerk); })->code),
                 toString(RefusalCode::PersonUnknown));

        Household h = *f.reg->household(home);
        h.address = QStringLiteral("一号院 4号");
        QCOMPARE(toString(refusalOf([&] { f.reg->updateHousehold(h, f.clerk); })->code),
                 toString(RefusalCode::HouseholdAlreadyRegistered));
        h.address = QStringLiteral("清河四街 12排 5号");
        h.note = QStringLiteral("东屋出租");
        QCOMPARE(f.reg->updateHousehold(h, f.clerk).address, QStringLiteral("清河四街 12排 5号"));
        QCOMPARE(f.reg->householdByAddress(QStringLiteral("清河四街 12排 5号"))->note,
                 QStringLiteral("东屋出租"));
        QCOMPARE(f.auditRows(AuditAction::HouseholdEdit), 1);

        const qint64 car = f.vehicle(home, QStringLiteral("京A12345"));
        f.vehicle(home, QStringLiteral("京B12345"));
        Vehicle v = *f.reg->vehicle(car);
        v.plate = QStringLiteral("京b·12345");
        QCOMPARE(toString(refusalOf([&] { f.reg->updateVehicle(v, f.clerk); })->code),
                 toString(RefusalCode::PlateAlreadyRegistered));
        v.plate = QStringLiteral("京AF·12345");
        v.internal = false;
        QCOMPARE(f.reg->updateVehicle(v, f.clerk).plate, QStringLiteral("京AF12345"));
        QVERIFY(!f.reg->vehicle(car)->internal);
        QCOMPARE(f.auditRows(AuditAction::VehicleEdit), 1);
        v.id = 999;
        QCOMPARE(toString(refusalOf([&] { f.reg->updateVehicle(v, f.clerk); })->code),
                 toString(RefusalCode::VehicleUnknown));
    }

    void onlyStaffSeeNumbersInFull()
    {
        Fixture f;
        const QString id = validId(QStringLiteral("11010819900101123"));
        const qint64 p = f.person(0, QStringLiteral("王芳"), QStringLiteral("13812345678"), id);
        for (Role role : {Role::Volunteer, Role::ShiftLead}) {
            const auto r = refusalOf([&] { f.reg->revealIdNumber(p, f.clerk, role); });
            QCOMPARE(toString(r->code), toString(RefusalCode::RevealNotAllowed));
            QCOMPARE(toString(r->field), toString(RefusalField::IdNumber));
            QCOMPARE(toString(refusalOf([&] { f.reg->revealPhone(p, f.clerk, role); })->field),
                     toString(RefusalField::Phone));
        }
        QCOMPARE(f.auditRows(AuditAction::RevealIdNumber) + f.auditRows(AuditAction::RevealPhone), 0);
        QCOMPARE(f.reg->revealIdNumber(p, f.clerk, Role::Staff), id);
        QCOMPARE(f.reg->revealPhone(p, f.clerk, Role::Admin), QStringLiteral("13812345678"));
        QCOMPARE(f.auditRows(AuditAction::RevealIdNumber), 1);
        QCOMPARE(f.auditRows(AuditAction::RevealPhone), 1);
        QCOMPARE(toString(refusalOf([&] { f.reg->revealPhone(p + 1, f.clerk, Role::Staff); })->code),
                 toString(RefusalCode::PersonUnknown));
    }

    void peopleAreFoundAsTheOfficeTypes()
    {
        Fixture f;
        const qint64 home = f.household(QStringLiteral("清河四街 12排 3号"));
        const qint64 yard = f.household(QStringLiteral("二号院 7号"));
        const QString id = validId(QStringLiteral("13010219851111456"));
        const qint64 wang = f.person(home, QStringLiteral("王小明"), QStringLiteral("13812345678"), id);
        const qint64 ouyang = f.person(yard, QStringLiteral("欧阳娜娜"), QStringLiteral("13900001111"));
        const qint64 wangli = f.person(yard, QStringLiteral("王丽"));
        f.reg->setPhoto(wang, QByteArray::fromHex("ffd8ffe000104a46494600010100000100010000ffd9"), f.clerk);

        auto ids = [&](const QString& text, std::optional<int> courtyard = std::nullopt) {
            OfficeQuery q;
            q.text = text;
            q.courtyard = courtyard;
            QList<qint64> out;
            for (const PersonRow& r : f.reg->listPeople(q).rows)
                out << r.id;
            return out;
        };
        QCOMPARE(ids(QStringLiteral("王")), (QList<qint64>{wang, wangli}));
        QCOMPARE(ids(QStringLiteral("wxm")), QList<qint64>{wang});
        QCOMPARE(ids(QStringLiteral("W X M")), QList<qint64>{wang});
        QCOMPARE(ids(QStringLiteral("wangxiao")), QList<qint64>{wang});
        QCOMPARE(ids(QStringLiteral("oynn")), QList<qint64>{ouyang});
        QCOMPARE(ids(QStringLiteral("二号院")), (QList<qint64>{ouyang, wangli}));
        QCOMPARE(ids(QStringLiteral("5678")), QList<qint64>{wang});   // phone tail
        QCOMPARE(ids(QStringLiteral("678")), QList<qint64>{});        // too short for a tail
        QCOMPARE(ids(id.right(6).toLower()), QList<qint64>{wang});    // ID tail
        QCOMPARE(ids(QString(), 2), (QList<qint64>{ouyang, wangli})); // courtyard
        QCOMPARE(ids(QStringLiteral("王丽")).first(), wangli);        // exact name first

        OfficeQuery q;
        q.text = QStringLiteral("wxm");
        const PersonRow row = f.reg->listPeople(q).rows.first();
        QCOMPARE(row.phoneMasked, QStringLiteral("138****5678"));
        QCOMPARE(row.idNumberMasked, formats::maskIdNumber(id));
        QCOMPARE(row.address, QStringLiteral("清河四街 12排 3号"));
        QVERIFY(row.hasPhoto);
        QVERIFY(row.passSerial.isEmpty());
        IssueRequest r;
        r.holderId = wang;
        const Pass pass = f.reg->issue(r, f.clerk);
        QCOMPARE(f.reg->listPeople(q).rows.first().passSerial, pass.serial);
        QVERIFY(!f.reg->listPeople(text(QStringLiteral("oynn"))).rows.first().hasPhoto);
    }

    void pagesAndTotals()
    {
        Fixture f;
        const qint64 home = f.household(QStringLiteral("清河四街 1排 1号"));
        for (int i = 0; i < 25; ++i)
            f.person(home, QStringLiteral("张%1").arg(QChar(0x4E00 + i)));
        f.person(0, QStringLiteral("李四"));
        OfficeQuery q;
        q.text = QStringLiteral("张");
        q.limit = 10;
        QList<qint64> seen;
        for (q.offset = 0; q.offset < 30; q.offset += 10) {
            const OfficePage<PersonRow> page = f.reg->listPeople(q);
            QCOMPARE(page.total, 25);
            for (const PersonRow& r : page.rows) {
                QVERIFY(!seen.contains(r.id));
                seen << r.id;
            }
        }
        QCOMPARE(seen.size(), 25);
        QCOMPARE(f.reg->listPeople({}).total, 26);
        q.householdId = home;
        q.text.clear();
        QCOMPARE(f.reg->listPeople(q).total, 25);
    }

    void householdsVehiclesAndPassesAreFound()
    {
        Fixture f;
        const qint64 home = f.household(QStringLiteral("清河四街 12排 3号"));
        const qint64 yard = f.household(QStringLiteral("一号院 4号"));
        const qint64 wang = f.person(home, QStringLiteral("王小明"));
        f.person(home, QStringLiteral("王丽"));
        const qint64 car = f.vehicle(home, QStringLiteral("京E·76D65"));
        const qint64 ev = f.vehicle(yard, QStringLiteral("京AD12345"));

        // Households by address or by one of their plates, with their counts.
        OfficeQuery q;
        q.text = QStringLiteral("京e 76d");
        const OfficePage<HouseholdRow> byPlate = f.reg->listHouseholds(q);
        QCOMPARE(byPlate.total, 1);
        QCOMPARE(byPlate.rows.first().household.id, home);
        QCOMPARE(byPlate.rows.first().people, 2);
        QCOMPARE(byPlate.rows.first().vehicles, 1);
        q = {};
        q.courtyard = 1;
        QCOMPARE(f.reg->listHouseholds(q).rows.first().household.id, yard);

        // Vehicles by any spelling of the plate, or the household's address.
        q = {};
        q.text = QStringLiteral("ad·123");
        QCOMPARE(f.reg->listVehicles(q).rows.first().vehicle.id, ev);
        q.text = QStringLiteral("12排");
        const OfficePage<VehicleRow> vehicles = f.reg->listVehicles(q);
        QCOMPARE(vehicles.total, 1);
        QCOMPARE(vehicles.rows.first().vehicle.id, car);
        QCOMPARE(vehicles.rows.first().address, QStringLiteral("清河四街 12排 3号"));

        IssueRequest r;
        r.holderId = wang;
        const Pass p1 = f.reg->issue(r, f.clerk);
        r.holderKind = HolderKind::Vehicle;
        r.holderId = ev;
        const Pass p2 = f.reg->issue(r, f.clerk);
        f.reg->suspend(p2.serial, QStringLiteral("车辆年检"), f.clerk);

        auto serials = [&](const OfficeQuery& query) {
            QStringList out;
            for (const PassRow& row : f.reg->listPasses(query).rows)
                out << row.pass.serial +
                           (row.pass.secret.isEmpty() ? QString() : QStringLiteral(" with its secret!"));
            return out;
        };
        q = {};
        // Without the leading zeros; the pass with that serial comes before addresses holding a "2".
        q.text = QString::number(p2.serial.toInt());
        QCOMPARE(serials(q).first(), p2.serial);
        q.text = p2.serial;
        QCOMPARE(serials(q), QStringList{p2.serial});
        q.text = QStringLiteral("wxm");
        QCOMPARE(serials(q), QStringList{p1.serial});
        q.text = QStringLiteral("京ad12345");
        QCOMPARE(serials(q), QStringList{p2.serial});
        q.text = QStringLiteral("一号院");
        QCOMPARE(serials(q), QStringList{p2.serial});
        q.text.clear();
        q.status = PassStatus::Suspended;
        QCOMPARE(serials(q), QStringList{p2.serial});
        q.status.reset();
        q.holderKind = HolderKind::Person;
        QCOMPARE(serials(q), QStringList{p1.serial});
        const PassRow row = f.reg->listPasses(text(QStringLiteral("京AD12345"))).rows.first();
        QCOMPARE(row.holderName, QStringLiteral("京A·D12345"));
        QCOMPARE(row.address, QStringLiteral("一号院 4号"));
        QCOMPARE(row.courtyard, 1);
        QVERIFY(row.inDate);
    }

    void searchTextIsTakenLiterally()
    {
        Fixture f;
        f.person(0, QStringLiteral("王%芳"));
        f.person(0, QStringLiteral("王芳"));
        QCOMPARE(f.reg->listPeople(text(QStringLiteral("%"))).total, 1);
        QCOMPARE(f.reg->listPeople(text(QStringLiteral("_"))).total, 0);
        QCOMPARE(f.reg->listHouseholds(text(QStringLiteral("'; DROP TABLE people; --"))).total, 0);
        QCOMPARE(f.reg->counts().people, 2);
    }
};

QTEST_GUILESS_MAIN(TestRegistryOffice)
#include "TestRegistryOffice.moc"
