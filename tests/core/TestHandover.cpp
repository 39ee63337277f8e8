// The shift handover: its numbers equal the log rows of the shift, counted by hand here, and the
// outgoing lead's signature and the incoming lead's acknowledgement follow their rules.

#include "FakeClock.h"
#include "TempDb.h"
#include "core/AuditTrail.h"
#include "core/Auth.h"
#include "core/CrossingLog.h"
#include "core/Duty.h"
#include "core/Handover.h"
#include "core/Patrols.h"
#include "core/Refusal.h"
#include "core/Registry.h"
#include "core/Roster.h"
#include "core/Teams.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace gatepost;
using namespace gatepost::core;
using namespace Qt::StringLiterals;

namespace {

const Actor kAdmin = Actor::system();

// 2026-03-01, Beijing: shift 2 runs 06:00-12:00 (22:00-04:00 UTC the evening before).
QDateTime beijing(int h, int m)
{
    return QDateTime(QDate(2026, 3, 1), QTime(h, m), QTimeZone("Asia/Shanghai")).toUTC();
}

struct Fixture
{
    test::TempDb t;
    test::FakeClock clock{beijing(10, 0)};
    std::unique_ptr<Registry> reg = std::make_unique<Registry>(t.db(), clock);
    Auth auth{t.db(), clock};
    CrossingLog log{t.db(), QStringLiteral("north-pc"), clock};
    QString resident;
    QString car;

    Fixture()
    {
        Household h;
        h.address = u"清河四街 12排 3号"_s;
        const qint64 home = reg->addHousehold(h);
        Person p;
        p.householdId = home;
        p.name = u"王建国"_s;
        IssueRequest r;
        r.holderKind = HolderKind::Person;
        r.holderId = reg->addPerson(p);
        resident = reg->issue(r, kAdmin).serial;
        Vehicle v;
        v.householdId = home;
        v.plate = u"京A·12345"_s;
        r.holderKind = HolderKind::Vehicle;
        r.holderId = reg->addVehicle(v);
        car = reg->issue(r, kAdmin).serial;
        auth.addOperator(u"张伟"_s, Role::ShiftLead, u"2468"_s, kAdmin);
        auth.addOperator(u"李娜"_s, Role::ShiftLead, u"1357"_s, kAdmin);
        auth.addOperator(u"小刘"_s, Role::Volunteer, u"1111"_s, kAdmin);
    }

    CrossingEntry at(int h, int m, const QString& gate, Direction d, const QString& serial, Verdict v,
                     QList<Reason> reasons = {}, std::optional<double> temperature = {})
    {
        clock.set(beijing(h, m));
        CrossingEntry e;
        e.gate = gate;
        e.direction = d;
        e.kind = EntryKind::Scan;
        e.passSerial = serial;
        e.subjectKind = serial == car ? SubjectKind::Vehicle : SubjectKind::Person;
        e.verdict = v;
        e.reasons = std::move(reasons);
        e.temperature = temperature;
        e.operatorName = u"小刘"_s;
        return log.append(e);
    }

    HandoverDesk desk()
    {
        return HandoverDesk(t.db(), auth, reg->policy(), QStringLiteral("north-pc"), clock);
    }
};

} // namespace

class TestHandover : public QObject
{
    Q_OBJECT

private slots:
    void countsEqualTheRowsOfTheShift()
    {
        Fixture f;
        f.at(5, 59, u"north"_s, Direction::In, f.resident, Verdict::Allow); // shift 1
        f.at(6, 0, u"north"_s, Direction::Out, f.resident, Verdict::Allow);
        f.at(7, 30, u"north"_s, Direction::In, f.car, Verdict::Allow);
        f.at(8, 0, u"south"_s, Direction::In, f.resident, Verdict::Deny, {Reason::Passback});
        const CrossingEntry red = f.at(8, 1, u"south"_s, Direction::In, f.resident, Verdict::Deny,
                                       {Reason::Passback, Reason::Fever}, 38.2);
        f.clock.set(beijing(8, 2));
        f.log.appendDecision(red.uuid, true, u"emergency"_s, u"小刘"_s);
        f.at(9, 0, u"south"_s, Direction::Out, u"9999999"_s, Verdict::Deny, {Reason::UnknownPass});
        f.at(10, 0, u"north"_s, Direction::In, {}, Verdict::Check, {Reason::ManualEntry}, 36.5);
        CrossingEntry incident;
        incident.gate = u"north"_s;
        incident.kind = EntryKind::Incident;
        incident.verdict = Verdict::Deny;
        incident.reasons = {Reason::ForcedThrough};
        incident.note = u"a car drove through the barrier"_s;
        incident.operatorName = u"小刘"_s;
        f.clock.set(beijing(11, 0));
        f.log.append(incident);
        f.at(12, 0, u"north"_s, Direction::In, f.resident, Verdict::Allow); // shift 3

        const HandoverReport r = buildHandover(f.t.db(), f.reg->policy(), u"2026-03-01/2"_s);
        QCOMPARE(r.startUtc, beijing(6, 0));
        QCOMPARE(r.endUtc, beijing(12, 0));
        QCOMPARE(r.total, 6); // 06:00 .. 10:00: the decision and the incident are not crossings
        QCOMPARE(r.all, (InOut{4, 2}));
        QCOMPARE(r.allow, 2);
        QCOMPARE(r.deny, 3);
        QCOMPARE(r.check, 1);
        // Went through: 2 allowed + the red let through; the amber is undecided.
        QCOMPARE(r.passed, (InOut{2, 1}));
        QCOMPARE(r.byGate.value(u"north"_s).value(u"registered_resident"_s), (InOut{0, 1}));
        QCOMPARE(r.byGate.value(u"north"_s).value(u"internal_vehicle"_s), (InOut{1, 0}));
        QCOMPARE(r.byGate.value(u"north"_s).value(u"none"_s), (InOut{1, 0}));
        QCOMPARE(r.byGate.value(u"south"_s).value(u"registered_resident"_s), (InOut{2, 0}));
        QCOMPARE(r.byGate.value(u"south"_s).value(u"none"_s), (InOut{0, 1}));
        QCOMPARE(r.denialsByReason.value(Reason::Passback), 2);
        QCOMPARE(r.denialsByReason.value(Reason::Fever), 1);
        QCOMPARE(r.denialsByReason.value(Reason::UnknownPass), 1);
        QCOMPARE(r.overrides.size(), 1);
        QCOMPARE(r.overrides.first().overrideReason, u"emergency"_s);
        QCOMPARE(r.incidents.size(), 1);
        QCOMPARE(r.incidents.first().note, u"a car drove through the barrier"_s);
        QCOMPARE(r.fevers.size(), 1);
        QCOMPARE(*r.fevers.first().temperature, 38.2);

        const HandoverReport south = buildHandover(f.t.db(), f.reg->policy(), u"2026-03-01/2"_s, u"south"_s);
        QCOMPARE(south.total, 3);
        QCOMPARE(south.overrides.size(), 1);
        QCOMPARE(south.incidents.size(), 0);
        QCOMPARE(r.toJson().value(u"total"_s).toInteger(), 6);
        QCOMPARE(south.toJson().value(u"gates"_s).toObject().keys(), QStringList{u"south"_s});
    }

    void plannedTeamAgainstWhoWasOnDutyAndThePatrols()
    {
        Fixture f;
        const QString shiftId = u"2026-03-01/2"_s;
        const QString team = Roster(f.reg->policy()).teamFor(*Roster(f.reg->policy()).shiftById(shiftId));
        QVERIFY2(!team.isEmpty(), "the default roster plans a team on every shift");
        Teams teams(f.t.db(), f.clock);
        teams.ensure({u"A"_s, u"B"_s, u"C"_s, u"D"_s}, kAdmin);
        const QString other = team == u"A"_s ? u"B"_s : u"A"_s;
        teams.addMember(team, u"张伟"_s, u"north"_s, kAdmin);
        teams.addMember(team, u"小刘"_s, {}, kAdmin);
        teams.setLead(team, u"张伟"_s, kAdmin);
        teams.addMember(other, u"李娜"_s, {}, kAdmin);
        const auto op = [&](const QString& name) {
            for (const Operator& o : f.auth.operators())
                if (o.name == name)
                    return o;
            return Operator{};
        };

        // 小刘 (planned) on at the north gate 06:05; 李娜 (another team) stands in at 07:00 on the
        // same screen, which closes 小刘's session; 张伟 (planned, the lead) never signs on.
        DutyLog duty(f.t.db(), f.clock);
        f.clock.set(beijing(5, 30));
        duty.signOn(op(u"李娜"_s), u"north"_s); // the shift before: not this one's
        f.clock.set(beijing(5, 40));
        duty.signOff(op(u"李娜"_s));
        f.clock.set(beijing(6, 5));
        duty.signOn(op(u"小刘"_s), u"north"_s);
        f.clock.set(beijing(7, 0));
        duty.signOn(op(u"李娜"_s), u"south"_s);

        Patrols patrols(f.t.db(), f.clock);
        const auto check = [&](int h, int courtyard, PatrolKind kind, PatrolResult result,
                               const QString& note) {
            f.clock.set(beijing(h, 0));
            PatrolCheck c;
            c.courtyard = courtyard;
            c.kind = kind;
            c.result = result;
            c.note = note;
            patrols.record(c, Actor::operatorNamed(u"小刘"_s));
        };
        check(7, 1, PatrolKind::Scheduled, PatrolResult::Ok, {});
        check(9, 3, PatrolKind::Spot, PatrolResult::Problem, u"gate chain cut"_s);
        check(10, 2, PatrolKind::Scheduled, PatrolResult::Ok, {});
        check(12, 4, PatrolKind::Scheduled, PatrolResult::Ok, {}); // the next shift's
        f.clock.set(beijing(13, 0));

        const HandoverReport r = buildHandover(f.t.db(), f.reg->policy(), shiftId, {}, f.clock.nowUtc());
        QCOMPARE(r.team, team);
        QCOMPARE(r.teamLead, u"张伟"_s);
        QCOMPARE(r.plannedCount(), 2);
        QCOMPARE(r.onDutyCount(), 2);
        QCOMPARE(r.absent(), QStringList{u"张伟"_s});
        QCOMPARE(r.unplanned(), QStringList{u"李娜"_s});
        const auto staffNamed = [&](const HandoverReport& rep, const QString& name) {
            for (const HandoverStaff& s : rep.staff)
                if (s.operatorName == name)
                    return s;
            return HandoverStaff{};
        };
        const HandoverStaff liu = staffNamed(r, u"小刘"_s);
        QCOMPARE(liu.firstOnUtc, beijing(6, 5));
        QCOMPARE(liu.lastOffUtc, beijing(7, 0)); // closed by the next sign-on
        QCOMPARE(liu.gates, QStringList{u"north"_s});
        const HandoverStaff li = staffNamed(r, u"李娜"_s);
        QCOMPARE(li.firstOnUtc, beijing(7, 0));
        QVERIFY2(!li.lastOffUtc.isValid(), "still on duty");

        // The three checks of 06:00-12:00; at 12:00 courtyard 1's check of 07:00 is 5 h old
        // (overdue), courtyard 2's of 10:00 is not, 3's spot check does not count as a round.
        QCOMPARE(r.patrols.size(), 3);
        QCOMPARE(r.patrols.at(1).check.note, u"gate chain cut"_s);
        QCOMPARE(r.overdueCourtyards, (QList<int>{1, 3, 4, 5, 6}));

        // One gate: the members whose home gate is that one or any, and the sign-ons there.
        const HandoverReport south =
            buildHandover(f.t.db(), f.reg->policy(), shiftId, u"south"_s, f.clock.nowUtc());
        QCOMPARE(south.plannedCount(), 1);
        QCOMPARE(south.absent(), QStringList{u"小刘"_s});
        QCOMPARE(south.unplanned(), QStringList{u"李娜"_s});

        const QJsonObject json = r.toJson();
        QCOMPARE(json.value(u"planned"_s).toInt(), 2);
        QCOMPARE(json.value(u"on_duty"_s).toInt(), 2);
        QCOMPARE(json.value(u"absent"_s).toArray().first().toString(), u"张伟"_s);
        QCOMPARE(json.value(u"team"_s).toObject().value(u"lead"_s).toString(), u"张伟"_s);
        QCOMPARE(json.value(u"patrols"_s).toArray().size(), 3);
        QCOMPARE(json.value(u"overdue_courtyards"_s).toArray().size(), 5);
    }

    void unknownShiftIsRefused()
    {
        Fixture f;
        for (const QString& id : {u"2026-03-01/5"_s, u"yesterday"_s, u"2026-02-30/1"_s}) {
            try {
                buildHandover(f.t.db(), f.reg->policy(), id);
                QFAIL("built a report for a shift that does not exist");
            } catch (const RefusedError& e) {
                QVERIFY(e.refusal().code == RefusalCode::ShiftInvalid);
                QCOMPARE(e.refusal().args, QStringList{id});
            }
        }
    }

    void leadSignsIncomingLeadAcknowledges()
    {
        Fixture f;
        f.at(7, 0, u"north"_s, Direction::In, f.resident, Verdict::Allow);
        f.clock.set(beijing(12, 5));
        HandoverDesk desk = f.desk();
        const HandoverReport signedReport = desk.sign(u"2026-03-01/2"_s, {}, u"barrier arm sticks"_s,
                                                      u"call the repairman"_s, u"张伟"_s, u"2468"_s);
        QCOMPARE(signedReport.signature->leadName, u"张伟"_s);
        QCOMPARE(signedReport.total, 1);

        // Read back from the file: the notes and the signature are there.
        const HandoverReport back = f.desk().report(u"2026-03-01/2"_s);
        QVERIFY(back.signature);
        QCOMPARE(back.signature->atUtc, beijing(12, 5));
        QCOMPARE(back.notes, u"barrier arm sticks"_s);
        QCOMPARE(back.openMatters, u"call the repairman"_s);
        QVERIFY(!back.acknowledgement);

        const auto refusedWith = [&](auto&& action) -> QString {
            try {
                action();
            } catch (const RefusedError& e) {
                return toString(e.refusal().code);
            }
            return u"accepted"_s;
        };
        QCOMPARE(refusedWith([&] { desk.sign(u"2026-03-01/2"_s, {}, {}, {}, u"李娜"_s, u"1357"_s); }),
                 toString(RefusalCode::HandoverAlreadySigned));
        QCOMPARE(refusedWith([&] { desk.acknowledge(u"2026-03-01/2"_s, {}, u"张伟"_s, u"2468"_s); }),
                 toString(RefusalCode::HandoverSameLead));
        QCOMPARE(refusedWith([&] { desk.acknowledge(u"2026-03-01/2"_s, {}, u"李娜"_s, u"0000"_s); }),
                 toString(RefusalCode::PinWrong));
        QCOMPARE(refusedWith([&] { desk.acknowledge(u"2026-03-01/2"_s, {}, u"小刘"_s, u"1111"_s); }),
                 toString(RefusalCode::RoleTooLow));
        QCOMPARE(refusedWith([&] { desk.acknowledge(u"2026-03-01/3"_s, {}, u"李娜"_s, u"1357"_s); }),
                 toString(RefusalCode::HandoverNotSigned));

        f.clock.set(beijing(12, 10));
        desk.acknowledge(u"2026-03-01/2"_s, {}, u"李娜"_s, u"1357"_s, u"seen"_s);
        const HandoverReport done = f.desk().report(u"2026-03-01/2"_s);
        QCOMPARE(done.acknowledgement->leadName, u"李娜"_s);
        QCOMPARE(done.acknowledgement->note, u"seen"_s);
        QCOMPARE(refusedWith([&] { desk.acknowledge(u"2026-03-01/2"_s, {}, u"李娜"_s, u"1357"_s); }),
                 toString(RefusalCode::HandoverAlreadyAcknowledged));

        // Both acts are in the audit trail, by the leads who did them.
        QStringList acts;
        for (const AuditEntry& a : AuditTrail(f.t.db(), f.clock).query())
            if (a.action.startsWith(u"handover"_s))
                acts << a.action + u' ' + a.actor;
        QCOMPARE(acts, (QStringList{u"handover_sign 张伟"_s, u"handover_acknowledge 李娜"_s}));
    }

    void aShiftInTheFutureCannotBeSigned()
    {
        Fixture f; // 10:00: shift 2 runs, shift 3 has not started
        HandoverDesk desk = f.desk();
        try {
            desk.sign(u"2026-03-01/3"_s, {}, {}, {}, u"张伟"_s, u"2468"_s);
            QFAIL("signed a shift that has not started");
        } catch (const RefusedError& e) {
            QVERIFY(e.refusal().code == RefusalCode::ShiftNotStarted);
        }
        QVERIFY(!desk.report(u"2026-03-01/3"_s).signature);
        // The current shift may be signed at its end, a few minutes early.
        desk.sign(u"2026-03-01/2"_s, {}, {}, {}, u"张伟"_s, u"2468"_s);
    }

    void wrongPinsLockTheLeadLikeASignOn()
    {
        Fixture f;
        f.clock.set(beijing(12, 5));
        HandoverDesk desk = f.desk();
        for (int i = 0; i < Auth::kFreeAttempts + 1; ++i)
            QVERIFY_THROWS_EXCEPTION(RefusedError,
                                     desk.sign(u"2026-03-01/2"_s, {}, {}, {}, u"张伟"_s, u"9999"_s));
        try {
            desk.sign(u"2026-03-01/2"_s, {}, {}, {}, u"张伟"_s, u"2468"_s);
            QFAIL("a locked lead signed");
        } catch (const RefusedError& e) {
            QVERIFY(e.refusal().code == RefusalCode::AccountLocked);
        }
        QVERIFY(!desk.report(u"2026-03-01/2"_s).signature);
    }
};

QTEST_GUILESS_MAIN(TestHandover)
#include "TestHandover.moc"
