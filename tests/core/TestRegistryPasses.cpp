#include <QTimeZone>

#include "FakeClock.h"
#include "TempDb.h"
#include "core/PassCode.h"
#include "core/Registry.h"

#include <QTest>

#include <memory>

using namespace gatepost;
using namespace gatepost::core;

namespace {

// Registry declared after the database: it is destroyed first (it caches statements).
struct Fixture
{
    test::TempDb t;
    test::FakeClock clock; // 2026-03-01 10:00 in Beijing
    std::unique_ptr<Registry> reg = std::make_unique<Registry>(t.db(), clock);
    qint64 home = 0;
    qint64 wang = 0;  // registered resident with a phone
    qint64 li = 0;    // external worker, no household
    qint64 car = 0;   // internal vehicle of wang's household
    qint64 truck = 0; // external vehicle, no household

    Fixture()
    {
        Household h;
        h.address = QStringLiteral("清河四街 12排 3号");
        h.courtyard = 2;
        home = reg->addHousehold(h);
        Person p;
        p.householdId = home;
        p.name = QStringLiteral("王建国");
        p.phone = QStringLiteral("13812345678");
        p.photoPath = QStringLiteral("photos/wang.jpg");
        wang = reg->addPerson(p);
        p = Person{};
        p.name = QStringLiteral("李小龙");
        p.category = Category::ExternalWorker;
        li = reg->addPerson(p);
        Vehicle v;
        v.householdId = home;
        v.plate = QStringLiteral("京A·12345");
        car = reg->addVehicle(v);
        v = Vehicle{};
        v.plate = QStringLiteral("冀B66666");
        v.internal = false;
        truck = reg->addVehicle(v);
    }
    Pass issue(HolderKind kind, qint64 id)
    {
        IssueRequest r;
        r.holderKind = kind;
        r.holderId = id;
        return reg->issue(r, gatepost::core::Actor::system());
    }
    qint64 scalar(const char* sql)
    {
        auto q = t.db().prepare(sql);
        q.step();
        return q.int64(0);
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

class TestRegistryPasses : public QObject
{
    Q_OBJECT

private slots:
    void issueUsesDefaultsAndNumbersSerially()
    {
        Fixture f;
        const Pass a = f.issue(HolderKind::Person, f.wang);
        QCOMPARE(a.serial, QStringLiteral("0000001"));
        QCOMPARE(a.generation, 1);
        QCOMPARE(toString(a.category), toString(Category::RegisteredResident));
        QCOMPARE(a.validFrom, QDate(2026, 3, 1));
        QCOMPARE(a.validUntil, QDate(2026, 3, 1).addDays(180));
        QCOMPARE(toString(a.status), toString(PassStatus::Active));
        QVERIFY(a.gates.isEmpty());
        QCOMPARE(a.secret.size(), passcode::kSecretChars);
        QCOMPARE(toString(f.issue(HolderKind::Person, f.li).category), toString(Category::ExternalWorker));
        QCOMPARE(toString(f.issue(HolderKind::Vehicle, f.car).category), toString(Category::InternalVehicle));
        const Pass d = f.issue(HolderKind::Vehicle, f.truck);
        QCOMPARE(toString(d.category), toString(Category::ExternalVehicle));
        QCOMPARE(d.serial, QStringLiteral("0000004"));
        QVERIFY(d.secret != a.secret);
        // The stored pass is what issue() returned.
        const auto stored = f.reg->pass(a.serial);
        QVERIFY(stored);
        QCOMPARE(stored->id, a.id);
        QCOMPARE(stored->secret, a.secret);
        QCOMPARE(stored->holderId, f.wang);
        QCOMPARE(stored->validUntil, a.validUntil);
        // Next serial follows the highest, even after a gap.
        f.t.db().exec("UPDATE passes SET serial = '0000950' WHERE serial = '0000004'");
        QCOMPARE(f.issue(HolderKind::Person, f.wang).serial, QStringLiteral("0000951"));
        // The first generation's secret is on record.
        QCOMPARE(f.scalar("SELECT count(*) FROM pass_generations"), 5);
    }

    void todayIsTheBeijingDate()
    {
        Fixture f;
        f.clock.set(QDateTime(QDate(2026, 3, 1), QTime(17, 30), Qt::UTC)); // 01:30 on 2 March
        QCOMPARE(f.issue(HolderKind::Person, f.wang).validFrom, QDate(2026, 3, 2));
    }

    void issueWithExplicitFields()
    {
        Fixture f;
        IssueRequest r;
        r.holderKind = HolderKind::Person;
        r.holderId = f.wang;
        r.category = Category::Visitor;
        r.validFrom = QDate(2026, 4, 1);
        r.validUntil = QDate(2026, 4, 30);
        r.gates = QStringList{QStringLiteral("south"), QStringLiteral(" south "), QStringLiteral("office")};
        const Pass p = f.reg->issue(r, gatepost::core::Actor::system());
        QCOMPARE(toString(p.category), toString(Category::Visitor));
        QCOMPARE(p.validUntil, QDate(2026, 4, 30));
        QCOMPARE(p.gates, (QStringList{QStringLiteral("south"), QStringLiteral("office")}));
        QCOMPARE(f.reg->pass(p.serial)->gates, p.gates);
    }

    void issueRefusesWhatCannotBe()
    {
        Fixture f;
        IssueRequest r;
        r.holderKind = HolderKind::Person;
        r.holderId = 4242;
        QVERIFY(refusal([&] {
                    f.reg->issue(r, gatepost::core::Actor::system());
                }).contains(QStringLiteral("4242")));
        r.holderKind = HolderKind::Vehicle;
        QVERIFY(!refusal([&] { f.reg->issue(r, gatepost::core::Actor::system()); }).isEmpty());
        r.holderId = f.car;
        r.category = Category::RegisteredResident;
        QVERIFY(!refusal([&] { f.reg->issue(r, gatepost::core::Actor::system()); }).isEmpty());
        r.holderKind = HolderKind::Person;
        r.holderId = f.wang;
        r.category = Category::ExternalVehicle;
        QVERIFY(!refusal([&] { f.reg->issue(r, gatepost::core::Actor::system()); }).isEmpty());
        r.category.reset();
        r.gates = QStringList{QStringLiteral("east")};
        QVERIFY(refusal([&] {
                    f.reg->issue(r, gatepost::core::Actor::system());
                }).contains(QStringLiteral("east")));
        r.gates.clear();
        r.validFrom = QDate(2026, 5, 1);
        r.validUntil = QDate(2026, 4, 1);
        QVERIFY(!refusal([&] { f.reg->issue(r, gatepost::core::Actor::system()); }).isEmpty());
        // Nothing was written by the refused requests.
        QCOMPARE(f.scalar("SELECT count(*) FROM passes"), 0);
        QCOMPARE(f.scalar("SELECT count(*) FROM pass_generations"), 0);
        QCOMPARE(f.issue(HolderKind::Person, f.wang).serial, QStringLiteral("0000001"));
    }

    void reissueKeepsTheOldSecretOnRecord()
    {
        Fixture f;
        const Pass first = f.issue(HolderKind::Person, f.wang);
        f.reg->setStatus(first.serial, PassStatus::Lost, QStringLiteral("lost at the market"),
                         gatepost::core::Actor::system());
        f.clock.advanceDays(2);
        const Pass second = f.reg->reissue(first.serial, gatepost::core::Actor::system());
        QCOMPARE(second.serial, first.serial);
        QCOMPARE(second.generation, 2);
        QVERIFY(second.secret != first.secret);
        QCOMPARE(toString(second.status), toString(PassStatus::Active));
        QVERIFY(second.statusReason.isEmpty());
        QCOMPARE(f.reg->pass(first.serial)->secret, second.secret);
        QCOMPARE(toString(f.reg->pass(first.serial)->status), toString(PassStatus::Active));

        auto q = f.t.db().prepare("SELECT generation, secret FROM pass_generations WHERE pass_id = ?1"
                                  " ORDER BY generation");
        q.bind(1, first.id);
        QVERIFY(q.step());
        QCOMPARE(q.int32(0), 1);
        QCOMPARE(q.text(1), first.secret);
        QVERIFY(q.step());
        QCOMPARE(q.int32(0), 2);
        QCOMPARE(q.text(1), second.secret);
        QVERIFY(!q.step());

        const auto snap = f.reg->snapshot(first.serial);
        QVERIFY(snap);
        QCOMPARE(snap->secretHashes.size(), 2);
        QCOMPARE(snap->secretHashes.value(1), passcode::secretHash(first.serial, 1, first.secret));
        QCOMPARE(snap->secretHashes.value(2), passcode::secretHash(second.serial, 2, second.secret));
        QVERIFY(snap->secretHashes.value(1) != snap->secretHashes.value(2));
        QCOMPARE(snap->pass.generation, 2);
    }

    void reissueStopsAtGeneration99()
    {
        Fixture f;
        const Pass p = f.issue(HolderKind::Person, f.wang);
        f.t.db().exec("UPDATE passes SET generation = 98");
        QCOMPARE(f.reg->reissue(p.serial, gatepost::core::Actor::system()).generation, 99);
        const QString msg = refusal([&] { f.reg->reissue(p.serial, gatepost::core::Actor::system()); });
        QVERIFY2(msg.contains(QStringLiteral("issue a new pass")), qPrintable(msg));
        QCOMPARE(f.reg->pass(p.serial)->generation, 99);
        QVERIFY(refusal([&] {
                    f.reg->reissue(QStringLiteral("0001234"), gatepost::core::Actor::system());
                }).contains(QStringLiteral("no pass 0001234")));
    }

    void statusChanges()
    {
        Fixture f;
        const Pass p = f.issue(HolderKind::Person, f.wang);
        QVERIFY(!refusal([&] {
                     f.reg->setStatus(p.serial, PassStatus::Revoked, QStringLiteral("  "),
                                      gatepost::core::Actor::system());
                 }).isEmpty());
        QCOMPARE(toString(f.reg->pass(p.serial)->status), toString(PassStatus::Active));
        const Pass revoked = f.reg->setStatus(p.serial, PassStatus::Revoked, QStringLiteral("moved away"),
                                              gatepost::core::Actor::system());
        QCOMPARE(toString(revoked.status), toString(PassStatus::Revoked));
        QCOMPARE(toString(f.reg->pass(p.serial)->status), toString(PassStatus::Revoked));
        QCOMPARE(f.reg->pass(p.serial)->statusReason, QStringLiteral("moved away"));
        f.reg->setStatus(p.serial, PassStatus::Suspended, {}, gatepost::core::Actor::system());
        QCOMPARE(toString(f.reg->pass(p.serial)->status), toString(PassStatus::Suspended));
        f.reg->setStatus(p.serial, PassStatus::Active, QStringLiteral("back"),
                         gatepost::core::Actor::system());
        QCOMPARE(toString(f.reg->pass(p.serial)->status), toString(PassStatus::Active));
        QVERIFY(refusal([&] {
                    f.reg->setStatus(QStringLiteral("0009999"), PassStatus::Lost, {},
                                     gatepost::core::Actor::system());
                }).contains(QStringLiteral("no pass 0009999")));
    }

    void lookupsOfUnknownOrShortSerials()
    {
        Fixture f;
        const Pass p = f.issue(HolderKind::Person, f.wang);
        QVERIFY(!f.reg->pass(QStringLiteral("0000002")));
        QVERIFY(!f.reg->snapshot(QStringLiteral("0000002")));
        QVERIFY(!f.reg->snapshot(QStringLiteral("garbage")));
        QCOMPARE(f.reg->pass(QStringLiteral("1"))->serial, p.serial);
    }

    void passListsFilterAndPage()
    {
        Fixture f;
        for (int i = 0; i < 3; ++i)
            f.issue(HolderKind::Person, f.wang);
        f.issue(HolderKind::Person, f.li);
        f.issue(HolderKind::Vehicle, f.car);
        f.reg->setStatus(QStringLiteral("0000002"), PassStatus::Lost, {}, gatepost::core::Actor::system());
        QCOMPARE(f.reg->passes().size(), 5);
        PassFilter active;
        active.status = PassStatus::Active;
        QCOMPARE(f.reg->passes(active).size(), 4);
        PassFilter residents;
        residents.category = Category::RegisteredResident;
        const auto res = f.reg->passes(residents);
        QCOMPARE(res.size(), 3);
        QCOMPARE(res.first().serial, QStringLiteral("0000001"));
        PassFilter both = residents;
        both.status = PassStatus::Lost;
        QCOMPARE(f.reg->passes(both).size(), 1);
        PassFilter page;
        page.limit = 2;
        page.offset = 1;
        const auto paged = f.reg->passes(page);
        QCOMPARE(paged.size(), 2);
        QCOMPARE(paged[0].serial, QStringLiteral("0000002"));
        QCOMPARE(paged[1].serial, QStringLiteral("0000003"));
        QCOMPARE(f.reg->passesOfHolder(HolderKind::Person, f.wang).size(), 3);
        QCOMPARE(f.reg->passesOfHolder(HolderKind::Vehicle, f.car).size(), 1);
        QCOMPARE(f.reg->passesOfHolder(HolderKind::Vehicle, f.truck).size(), 0);
    }

    void personSnapshotHasWhatTheGateShows()
    {
        Fixture f;
        QuarantineRecord q;
        q.personId = f.wang;
        q.startDate = QDate(2026, 2, 25);
        q.endDate = QDate(2026, 3, 11);
        f.reg->addQuarantine(q);
        const Pass p = f.issue(HolderKind::Person, f.wang);
        const auto snap = f.reg->snapshot(p.serial);
        QVERIFY(snap);
        QCOMPARE(snap->pass.serial, p.serial);
        QCOMPARE(snap->pass.secret, p.secret);
        QCOMPARE(toString(snap->holder.kind), toString(HolderKind::Person));
        QCOMPARE(snap->holder.id, f.wang);
        QCOMPARE(snap->holder.name, QStringLiteral("王建国"));
        QCOMPARE(toString(snap->holder.category), toString(Category::RegisteredResident));
        QCOMPARE(snap->holder.address, QStringLiteral("清河四街 12排 3号"));
        QCOMPARE(snap->holder.courtyard, 2);
        QCOMPARE(snap->holder.phoneMasked, QStringLiteral("138****5678"));
        QCOMPARE(snap->holder.photoPath, QStringLiteral("photos/wang.jpg"));
        QVERIFY(snap->holder.plate.isEmpty());
        QCOMPARE(snap->secretHashes, (QMap<int, QString>{{1, passcode::secretHash(p.serial, 1, p.secret)}}));
        QCOMPARE(snap->quarantines.size(), 1);
        QCOMPARE(snap->quarantines[0].endDate, QDate(2026, 3, 11));

        const auto lone = f.reg->snapshot(f.issue(HolderKind::Person, f.li).serial);
        QVERIFY(lone->holder.address.isEmpty());
        QVERIFY(lone->holder.phoneMasked.isEmpty());
        QCOMPARE(toString(lone->holder.category), toString(Category::ExternalWorker));
        QVERIFY(lone->quarantines.isEmpty());
    }

    void vehicleSnapshot()
    {
        Fixture f;
        const auto snap = f.reg->snapshot(f.issue(HolderKind::Vehicle, f.car).serial);
        QVERIFY(snap);
        QCOMPARE(toString(snap->holder.kind), toString(HolderKind::Vehicle));
        QCOMPARE(snap->holder.plate, QStringLiteral("京A12345"));
        QCOMPARE(snap->holder.name, QStringLiteral("清河四街 12排 3号"));
        QCOMPARE(toString(snap->holder.category), toString(Category::InternalVehicle));
        QCOMPARE(snap->holder.courtyard, 2);
        const auto truck = f.reg->snapshot(f.issue(HolderKind::Vehicle, f.truck).serial);
        QCOMPARE(toString(truck->holder.category), toString(Category::ExternalVehicle));
        QVERIFY(truck->holder.name.contains(QStringLiteral("66666")));
    }

    void qrTextParsesBackToThePass()
    {
        Fixture f;
        Pass p = f.issue(HolderKind::Person, f.wang);
        p = f.reg->reissue(p.serial, gatepost::core::Actor::system());
        const QString text = Registry::qrText(p);
        QCOMPARE(text.size(), passcode::kCodeLength);
        const ParsedCode parsed = passcode::parse(text);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.code->serial, p.serial);
        QCOMPARE(parsed.code->generation, 2);
        QCOMPARE(parsed.code->secret, p.secret);
    }

    void searchByEachKey()
    {
        Fixture f;
        const Pass wang = f.issue(HolderKind::Person, f.wang);
        const Pass li = f.issue(HolderKind::Person, f.li);
        const Pass car = f.issue(HolderKind::Vehicle, f.car);
        const Pass truck = f.issue(HolderKind::Vehicle, f.truck);
        auto serials = [&](const QString& text, int limit = 20) {
            QStringList out;
            for (const PassSnapshot& s : f.reg->search(text, limit))
                out << s.pass.serial;
            return out;
        };
        QCOMPARE(serials(li.serial), QStringList{li.serial});
        QCOMPARE(serials(QStringLiteral("2")).value(0), li.serial); // serial without zeros, ranked first
        QCOMPARE(serials(Registry::qrText(truck)), QStringList{truck.serial});
        QCOMPARE(serials(QStringLiteral("建国")), QStringList{wang.serial});
        QCOMPARE(serials(QStringLiteral("李")), QStringList{li.serial});
        QCOMPARE(serials(QStringLiteral("京a·12345")), QStringList{car.serial});
        QCOMPARE(serials(QStringLiteral("66666")), QStringList{truck.serial});
        // The address finds the household's people and vehicles.
        QCOMPARE(serials(QStringLiteral("12排")), (QStringList{wang.serial, car.serial}));
        QCOMPARE(serials(QStringLiteral("12排"), 1), QStringList{wang.serial});
        QVERIFY(serials(QStringLiteral("张")).isEmpty());
        QVERIFY(serials(QStringLiteral("%")).isEmpty()); // a LIKE wildcard is taken literally
        QVERIFY(serials(QStringLiteral("  ")).isEmpty());
        // Results are full snapshots.
        const auto found = f.reg->search(QStringLiteral("王建国"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].holder.phoneMasked, QStringLiteral("138****5678"));
    }

    void searchRanksSerialBeforeNames()
    {
        Fixture f;
        f.issue(HolderKind::Person, f.wang);
        const Pass second = f.issue(HolderKind::Person, f.li);
        Person p;
        p.name = QStringLiteral("0000002号"); // a name that contains the serial text
        p.category = Category::Visitor;
        const Pass third = f.issue(HolderKind::Person, f.reg->addPerson(p));
        const auto found = f.reg->search(QStringLiteral("0000002"));
        QCOMPARE(found.size(), 2);
        QCOMPARE(found[0].pass.serial, second.serial);
        QCOMPARE(found[1].pass.serial, third.serial);
    }
};

QTEST_GUILESS_MAIN(TestRegistryPasses)
#include "TestRegistryPasses.moc"
