#include <QTimeZone>

#include "FakeClock.h"
#include "TempDb.h"
#include "core/Registry.h"

#include <QTest>

#include <memory>

using namespace gatepost;
using namespace gatepost::core;

namespace {

// A valid GB 11643 number for the 17 digits given (check character computed here, not by
// the code under test).
QString idNumber(const QString& first17)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17.at(i).unicode() - u'0') * weights[i];
    return first17 + QLatin1Char("10X98765432"[sum % 11]);
}

// Registry declared after the database: it is destroyed first (it caches statements).
struct Fixture
{
    test::TempDb t;
    test::FakeClock clock;
    std::unique_ptr<Registry> reg = std::make_unique<Registry>(t.db(), clock);

    void reopen()
    {
        reg.reset();
        t.reopen();
        reg = std::make_unique<Registry>(t.db(), clock);
    }
    qint64 household(const QString& address, int courtyard = 0)
    {
        Household h;
        h.address = address;
        h.courtyard = courtyard;
        return reg->addHousehold(h);
    }
    qint64 person(qint64 householdId, const QString& name, Category c = Category::RegisteredResident,
                  const QString& phone = QString(), const QString& id = QString())
    {
        Person p;
        p.householdId = householdId;
        p.name = name;
        p.category = c;
        p.phone = phone;
        p.idNumber = id;
        return reg->addPerson(p);
    }
    qint64 vehicle(qint64 householdId, const QString& plate, bool internal = true)
    {
        Vehicle v;
        v.householdId = householdId;
        v.plate = plate;
        v.internal = internal;
        return reg->addVehicle(v);
    }
    Pass issue(HolderKind kind, qint64 id)
    {
        IssueRequest r;
        r.holderKind = kind;
        r.holderId = id;
        return reg->issue(r, gatepost::core::Actor::system());
    }
};

template<typename F> QString refusal(F&& f)
{
    try {
        f();
    } catch (const std::invalid_argument& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

} // namespace

class TestRegistry : public QObject
{
    Q_OBJECT

private slots:
    void stationInitTwiceKeepsTheId()
    {
        Fixture f;
        QVERIFY(!f.reg->station());
        const StationIdentity first =
            f.reg->initStation(QStringLiteral("North gate desk"), QStringLiteral("north"));
        QCOMPARE(first.stationId.size(), 32); // the key id of its public key
        QCOMPARE(first.publicKey.left(32), first.stationId);
        QVERIFY(first.standsAlone());
        QCOMPARE(first.createdUtc, f.clock.nowUtc());
        f.clock.advanceDays(3);
        const StationIdentity second =
            f.reg->initStation(QStringLiteral("South desk"), QStringLiteral("south"));
        QCOMPARE(second.stationId, first.stationId);
        QCOMPARE(second.createdUtc, first.createdUtc);
        f.reopen();
        const auto stored = f.reg->station();
        QVERIFY(stored);
        QCOMPARE(stored->stationId, first.stationId);
        QCOMPARE(stored->name, QStringLiteral("South desk"));
        QCOMPARE(stored->gate, QStringLiteral("south"));
        QCOMPARE(stored->createdUtc, first.createdUtc);
    }

    void stationRefusesUnknownGateAndEmptyName()
    {
        Fixture f;
        const QString msg = refusal([&] { f.reg->initStation(QStringLiteral("x"), QStringLiteral("east")); });
        QVERIFY2(msg.contains(QStringLiteral("east")) && msg.contains(QStringLiteral("north")),
                 qPrintable(msg));
        QVERIFY(
            !refusal([&] { f.reg->initStation(QStringLiteral("  "), QStringLiteral("north")); }).isEmpty());
        QVERIFY(!f.reg->station());
        QCOMPARE(f.reg->gateCodes(),
                 (QStringList{QStringLiteral("north"), QStringLiteral("south"), QStringLiteral("office")}));
    }

    void policyRoundTripsThroughTheDatabase()
    {
        Fixture f;
        QCOMPARE(f.reg->policy(), Policy::defaults());
        Policy p = Policy::defaults();
        p.duplicateWindowSeconds = 9;
        p.passbackWindowMinutes = 90;
        p.temperatureRequired = true;
        p.hours[Category::Visitor] = HoursWindow{QTime(8, 0), QTime(20, 0)};
        p.gatesByCategory[Category::ExternalVehicle] = QStringList{QStringLiteral("south")};
        f.reg->setPolicy(p, gatepost::core::Actor::system());
        f.reopen();
        QCOMPARE(f.reg->policy(), p);
        // Writing again replaces, not duplicates.
        p.duplicateWindowSeconds = 7;
        f.reg->setPolicy(p, gatepost::core::Actor::system());
        QCOMPARE(f.reg->policy().duplicateWindowSeconds, 7);
    }

    void damagedStoredPolicyIsAnErrorNotSilentDefaults()
    {
        Fixture f;
        f.t.db().exec("INSERT INTO community_policy (policy) VALUES ('{not json')");
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, f.reg->policy());
    }

    void invalidPolicyIsRefused()
    {
        Fixture f;
        Policy p = Policy::defaults();
        p.duplicateWindowSeconds = -1;
        QVERIFY(!refusal([&] { f.reg->setPolicy(p, gatepost::core::Actor::system()); }).isEmpty());
        QCOMPARE(f.reg->policy(), Policy::defaults());
    }

    void todayFollowsThePolicyTimeZone()
    {
        Fixture f;
        // 20:00 UTC on 1 March is 04:00 on 2 March in Beijing.
        f.clock.set(QDateTime(QDate(2026, 3, 1), QTime(20, 0), Qt::UTC));
        QCOMPARE(f.reg->today(), QDate(2026, 3, 2));
        Policy p = Policy::defaults();
        p.timeZone = QStringLiteral("UTC");
        f.reg->setPolicy(p, gatepost::core::Actor::system());
        QCOMPARE(f.reg->today(), QDate(2026, 3, 1));
    }

    void householdsAddAndFind()
    {
        Fixture f;
        const qint64 id = f.household(QStringLiteral("一号院 4号"), 1);
        const auto h = f.reg->household(id);
        QVERIFY(h);
        QCOMPARE(h->address, QStringLiteral("一号院 4号"));
        QCOMPARE(h->courtyard, 1);
        QCOMPARE(f.reg->householdByAddress(QStringLiteral(" 一号院 4号 "))->id, id);
        QVERIFY(!f.reg->householdByAddress(QStringLiteral("一号院 5号")));
        QVERIFY(!f.reg->household(id + 100));
        QVERIFY(
            refusal([&] { f.household(QStringLiteral("一号院 4号")); }).contains(QStringLiteral("already")));
        QVERIFY(!refusal([&] { f.household(QStringLiteral("x"), 7); }).isEmpty());
        QVERIFY(!refusal([&] { f.household(QStringLiteral(" ")); }).isEmpty());
    }

    void peopleAddAndFind()
    {
        Fixture f;
        const qint64 h = f.household(QStringLiteral("清河四街 12排 3号"));
        const QString id = idNumber(QStringLiteral("11010819900101123"));
        const QString idLower = id.toLower();
        const qint64 p = f.person(h, QStringLiteral("王芳"), Category::MigrantResident,
                                  QStringLiteral("13812345678"), idLower);
        const auto got = f.reg->person(p);
        QVERIFY(got);
        QCOMPARE(got->name, QStringLiteral("王芳"));
        QCOMPARE(got->householdId, h);
        QCOMPARE(toString(got->category), toString(Category::MigrantResident));
        QCOMPARE(got->phone, QStringLiteral("13812345678"));
        QCOMPARE(f.reg->personByIdNumber(id)->id, p);
        QCOMPARE(f.reg->personByIdNumber(idLower)->id, p);
        QCOMPARE(f.reg->peopleOfHousehold(h).size(), 1);
        // No household and no ID number are fine.
        const qint64 visitor = f.person(0, QStringLiteral("李雷"), Category::Visitor);
        QCOMPARE(f.reg->person(visitor)->householdId, 0);
        QVERIFY(f.reg->person(visitor)->idNumber.isEmpty());
        QVERIFY(!f.reg->person(visitor + 100));

        QVERIFY(refusal([&] {
                    f.person(h, QStringLiteral("张三"), Category::RegisteredResident, {}, id);
                }).contains(QStringLiteral("already")));
        QVERIFY(!refusal([&] { f.person(h, QStringLiteral("张三"), Category::InternalVehicle); }).isEmpty());
        QVERIFY(!refusal([&] { f.person(h + 50, QStringLiteral("张三")); }).isEmpty());
        QVERIFY(!refusal([&] {
                     f.person(h, QStringLiteral("张三"), Category::Visitor, QStringLiteral("12345"));
                 }).isEmpty());
        const QString badId =
            id.left(17) + (id.endsWith(QLatin1Char('1')) ? QLatin1Char('2') : QLatin1Char('1'));
        QVERIFY(
            !refusal([&] { f.person(h, QStringLiteral("张三"), Category::Visitor, {}, badId); }).isEmpty());
        QCOMPARE(f.reg->peopleOfHousehold(h).size(), 1);
    }

    void vehiclePlateSpellingsAreOneVehicle()
    {
        Fixture f;
        const qint64 h = f.household(QStringLiteral("清河四街 1排 1号"));
        const qint64 v = f.vehicle(h, QStringLiteral("京A·12345"));
        QCOMPARE(f.reg->vehicle(v)->plate, QStringLiteral("京A12345"));
        for (const QString& spelling :
             {QStringLiteral("京A·12345"), QStringLiteral("京A12345"), QStringLiteral("京a12345")}) {
            const auto found = f.reg->vehicleByPlate(spelling);
            QVERIFY2(found, qPrintable(spelling));
            QCOMPARE(found->id, v);
        }
        QVERIFY(!f.reg->vehicleByPlate(QStringLiteral("京A54321")));
        QVERIFY(!f.reg->vehicleByPlate(QStringLiteral("not a plate")));
        QVERIFY(
            refusal([&] { f.vehicle(h, QStringLiteral("京a12345")); }).contains(QStringLiteral("already")));
        QVERIFY(!refusal([&] { f.vehicle(h, QStringLiteral("12345")); }).isEmpty());
        const qint64 ev = f.vehicle(0, QStringLiteral("冀B·66666"), false);
        QVERIFY(!f.reg->vehicle(ev)->internal);
        QCOMPARE(f.reg->vehiclesOfHousehold(h).size(), 1);
    }

    void quarantineRecords()
    {
        Fixture f;
        const qint64 p = f.person(f.household(QStringLiteral("2排2号")), QStringLiteral("赵敏"));
        QuarantineRecord later;
        later.personId = p;
        later.kind = QuarantineKind::Central;
        later.startDate = QDate(2026, 3, 10);
        later.endDate = QDate(2026, 3, 24);
        later.origin = QStringLiteral("武汉");
        QuarantineRecord earlier = later;
        earlier.kind = QuarantineKind::Home;
        earlier.startDate = QDate(2026, 2, 1);
        earlier.endDate = QDate(2026, 2, 15);
        f.reg->addQuarantine(later);
        f.reg->addQuarantine(earlier);
        const auto list = f.reg->quarantinesOf(p);
        QCOMPARE(list.size(), 2);
        QCOMPARE(toString(list[0].kind), toString(QuarantineKind::Home));
        QCOMPARE(list[0].startDate, QDate(2026, 2, 1));
        QCOMPARE(toString(list[1].kind), toString(QuarantineKind::Central));
        QCOMPARE(list[1].endDate, QDate(2026, 3, 24));
        QCOMPARE(list[1].origin, QStringLiteral("武汉"));
        QuarantineRecord backwards = later;
        backwards.endDate = QDate(2026, 3, 1);
        QVERIFY(!refusal([&] { f.reg->addQuarantine(backwards); }).isEmpty());
        QuarantineRecord nobody = later;
        nobody.personId = p + 10;
        QVERIFY(!refusal([&] { f.reg->addQuarantine(nobody); }).isEmpty());
        QCOMPARE(f.reg->quarantinesOf(p).size(), 2);
    }

    void countsReflectTheRegistry()
    {
        Fixture f; // today is 2026-03-01 in Beijing
        const qint64 h1 = f.household(QStringLiteral("1排1号"));
        f.household(QStringLiteral("一号院 1号"), 1);
        const qint64 a = f.person(h1, QStringLiteral("王一"));
        const qint64 b = f.person(h1, QStringLiteral("王二"), Category::MigrantResident);
        const qint64 c = f.person(h1, QStringLiteral("王三"), Category::MigrantResident);
        const qint64 v = f.vehicle(h1, QStringLiteral("京A12345"));
        f.issue(HolderKind::Person, a);
        const Pass pb = f.issue(HolderKind::Person, b);
        f.issue(HolderKind::Person, c);
        f.issue(HolderKind::Vehicle, v);
        f.reg->setStatus(pb.serial, PassStatus::Lost, {}, gatepost::core::Actor::system());
        f.reg->reissue(pb.serial, gatepost::core::Actor::system());
        f.reg->setStatus(pb.serial, PassStatus::Suspended, QStringLiteral("check"),
                         gatepost::core::Actor::system());
        IssueRequest old;
        old.holderKind = HolderKind::Person;
        old.holderId = a;
        old.validFrom = QDate(2026, 1, 1);
        old.validUntil = QDate(2026, 2, 28);
        f.reg->issue(old, gatepost::core::Actor::system());
        QuarantineRecord q;
        q.personId = c;
        q.startDate = QDate(2026, 2, 20);
        q.endDate = QDate(2026, 3, 6);
        f.reg->addQuarantine(q);
        q.startDate = QDate(2026, 1, 1); // over: ended before today
        q.endDate = QDate(2026, 1, 15);
        q.personId = a;
        f.reg->addQuarantine(q);
        q.endDate = QDate(2026, 3, 1); // ends today: may go out today
        f.reg->addQuarantine(q);

        const RegistryCounts n = f.reg->counts();
        QCOMPARE(n.households, 2);
        QCOMPARE(n.people, 3);
        QCOMPARE(n.vehicles, 1);
        QCOMPARE(n.passes, 5);
        QCOMPARE(n.peopleByCategory.value(Category::RegisteredResident), 1);
        QCOMPARE(n.peopleByCategory.value(Category::MigrantResident), 2);
        QVERIFY(n.peopleByCategory.contains(Category::Visitor));
        QCOMPARE(n.passesByCategory.value(Category::RegisteredResident), 2);
        QCOMPARE(n.passesByCategory.value(Category::MigrantResident), 2);
        QCOMPARE(n.passesByCategory.value(Category::InternalVehicle), 1);
        QCOMPARE(n.passesByStatus.value(PassStatus::Active), 4);
        QCOMPARE(n.passesByStatus.value(PassStatus::Suspended), 1);
        QCOMPARE(n.passesByStatus.value(PassStatus::Revoked), 0);
        QCOMPARE(n.activeQuarantines, 1);
        QCOMPARE(n.expiredPasses, 1);
        QCOMPARE(n.supersededCodes, 1);
    }
};

QTEST_GUILESS_MAIN(TestRegistry)
#include "TestRegistry.moc"
