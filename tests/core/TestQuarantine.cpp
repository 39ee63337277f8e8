#include "GateDeskFixture.h"
#include "SyncFixture.h"
#include "core/AuditTrail.h"
#include "core/Quarantine.h"

#include <QTest>

using namespace gatepost;
using namespace gatepost::core;
using namespace gatepost::test;

namespace {

const Actor kStaff = Actor::operatorNamed(QStringLiteral("刘主任"));

QString flagsOf(const ReturneeRow& r)
{
    QStringList names;
    for (QuarantineFlag f : r.health.flags)
        names << toString(f);
    return u'[' + names.join(u',') + u']';
}

// The gate desk's fixture (a home, 王建国 with a pass) and the office's returnee desk on the same file.
struct Desk : Fixture
{
    QuarantineDesk q{t.db(), *reg, clock};

    qint64 arrive(const QString& name, const QString& phone, QDate arrival,
                  const QString& origin = QStringLiteral("武汉"))
    {
        ReturneeArrival a = returnee();
        a.name = name;
        a.phone = phone;
        a.arrivalDate = arrival;
        a.origin = origin;
        return desk->registerReturnee(a).personId;
    }
    // Beijing time on @p day.
    void at(QDate day, int h, int m = 0)
    {
        clock.set(QDateTime(day, QTime(h, m), Qt::UTC).addSecs(-8 * 3600));
    }
    ReturneeRow row(qint64 person) { return *q.returnee(person); }
    void temps(QDate day, TemperatureSlot slot, const QList<TemperatureEntry>& entries)
    {
        q.recordTemperatures(day, slot, entries, kStaff);
    }
    qint64 audits(AuditAction a)
    {
        Statement s = t.db().prepare("SELECT count(*) FROM audit_trail WHERE action = ?1");
        s.bind(1, toString(a));
        return s.step() ? s.int64(0) : -1;
    }
};

const QDate kToday(2026, 3, 1); // the fixture's clock: 10:00 in Beijing

} // namespace

class TestQuarantine : public QObject
{
    Q_OBJECT

private slots:
    void listGroupsByArrivalDate()
    {
        Desk f;
        const qint64 zhao =
            f.arrive(QStringLiteral("赵敏"), QStringLiteral("13900001111"), QDate(2026, 2, 27));
        const qint64 qian = f.arrive(QStringLiteral("钱伟"), QStringLiteral("13900002222"),
                                     QDate(2026, 2, 27), QStringLiteral("上海"));
        const qint64 sun = f.arrive(QStringLiteral("孙丽"), QStringLiteral("13900003333"), QDate(2026, 2, 25),
                                    QStringLiteral("广州"));

        const QList<ReturneeGroup> groups = f.q.list();
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups[0].arrival, QDate(2026, 2, 27)); // newest arrival first, as the chat groups
        QCOMPARE(groups[0].returnees.size(), 2);
        QCOMPARE(groups[1].arrival, QDate(2026, 2, 25));
        QCOMPARE(groups[1].returnees.size(), 1);
        QCOMPARE(groups[1].returnees[0].personId, sun);
        // Within a group by the pinyin of the name: 钱 (qian) before 赵 (zhao).
        QCOMPARE(groups[0].returnees[0].personId, qian);
        QCOMPARE(groups[0].returnees[1].personId, zhao);

        const ReturneeRow r = f.row(zhao);
        QCOMPARE(r.name, QStringLiteral("赵敏"));
        QCOMPARE(r.phoneMasked, QStringLiteral("139****1111"));
        QCOMPARE(r.address, QStringLiteral("清河四街 12排 3号"));
        QCOMPARE(r.origin, QStringLiteral("武汉"));
        QVERIFY(r.kind == QuarantineKind::Home);
        QCOMPARE(r.arrival, QDate(2026, 2, 27));
        QCOMPARE(r.end, QDate(2026, 3, 13)); // arrival + 14: the first day out
        QCOMPARE(r.daysLeft, 12);
        QVERIFY(!r.eligible);
        QCOMPARE(flagsOf(r), QStringLiteral("[]"));

        // The number of days is the policy's.
        f.setPolicy([](Policy& p) { p.homeQuarantineDays = 10; });
        const qint64 li = f.arrive(QStringLiteral("李娜"), QStringLiteral("13900004444"), QDate(2026, 2, 28));
        QCOMPARE(f.row(li).end, QDate(2026, 3, 10));
        QCOMPARE(f.row(li).daysLeft, 9);
        // Nobody without a quarantine record is listed (王建国 lives there too).
        int listed = 0;
        for (const ReturneeGroup& g : f.q.list())
            listed += int(g.returnees.size());
        QCOMPARE(listed, 4);
        QVERIFY(!f.q.returnee(f.wang));
    }

    void returneeRegisteredAtAGateArrivesThroughSync()
    {
        Community c;
        c.issueResident(QStringLiteral("清河四街 1排 1号"), QStringLiteral("周杰"));
        c.syncAll();
        const qint64 northHome = c.north.reg->householdByAddress(QStringLiteral("清河四街 1排 1号"))->id;
        GateDesk northDesk(*c.north.reg, *c.north.log, *c.north.cp, c.clock);
        ReturneeArrival a;
        a.name = QStringLiteral("吴倩");
        a.phone = QStringLiteral("13700007777");
        a.householdId = northHome;
        a.origin = QStringLiteral("温州");
        a.arrivalDate = QDate(2026, 2, 28);
        a.gate = QStringLiteral("north");
        a.operatorName = kOperator;
        northDesk.registerReturnee(a);

        QuarantineDesk office(c.office.t.db(), *c.office.reg, c.clock);
        QVERIFY(office.list().isEmpty());
        c.syncAll();
        const QList<ReturneeGroup> groups = office.list();
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups[0].arrival, QDate(2026, 2, 28));
        QCOMPARE(groups[0].returnees.size(), 1);
        const ReturneeRow r = groups[0].returnees[0];
        QCOMPARE(r.name, QStringLiteral("吴倩"));
        QCOMPARE(r.address, QStringLiteral("清河四街 1排 1号"));
        QCOMPARE(r.origin, QStringLiteral("温州"));
        QCOMPARE(r.end, QDate(2026, 3, 14));

        // The office follows them like its own: a report, then the release at the end.
        office.recordTemperatures(QDate(2026, 3, 1), TemperatureSlot::Morning, {{r.personId, 36.4}}, kStaff);
        QCOMPARE(*office.returnee(r.personId)->health.morning, 36.4);
        c.clock.set(QDateTime(QDate(2026, 3, 14), QTime(2, 0), Qt::UTC));
        const ReleaseOutcome out = office.release(r.personId, kStaff);
        QVERIFY(out.passIssued);
        // The certificate and the pass reach the gate.
        c.syncAll();
        QCOMPARE(c.north.count("SELECT count(*) FROM health_certificates"), 1);
        const Pass atGate = *c.north.reg->pass(out.pass.serial);
        QCOMPARE(c.north.reg->person(atGate.holderId)->name, QStringLiteral("吴倩"));
    }

    void temperaturesForAGroupInOneGo()
    {
        Desk f;
        const qint64 a = f.arrive(QStringLiteral("赵敏"), QStringLiteral("13900001111"), QDate(2026, 2, 27));
        const qint64 b = f.arrive(QStringLiteral("钱伟"), QStringLiteral("13900002222"), QDate(2026, 2, 27));
        f.temps(kToday, TemperatureSlot::Morning, {{a, 36.5}, {b, 36.7}});
        QCOMPARE(f.count("SELECT count(*) FROM temperature_reports"), 2);
        QCOMPARE(*f.row(a).health.morning, 36.5);
        QCOMPARE(*f.row(b).health.morning, 36.7);
        QVERIFY(!f.row(a).health.afternoon);

        // A second entry for the same slot replaces the first: the row is updated, not doubled.
        f.temps(kToday, TemperatureSlot::Morning, {{a, 36.6}});
        QCOMPARE(f.count("SELECT count(*) FROM temperature_reports"), 2);
        QCOMPARE(*f.row(a).health.morning, 36.6);
        f.temps(kToday, TemperatureSlot::Afternoon, {{a, 36.8}});
        QCOMPARE(*f.row(a).health.afternoon, 36.8);
        QCOMPARE(f.row(a).health.reports, 2);

        // One bad reading refuses the whole group: nothing of it is written.
        QCOMPARE(refusalOf([&] {
                     f.temps(kToday, TemperatureSlot::Morning, {{a, 37.0}, {b, 3.67}});
                 }),
                 str(RefusalCode::ValueOutOfRange));
        QCOMPARE(*f.row(a).health.morning, 36.6);
        QCOMPARE(refusalOf([&] {
                     f.temps(kToday.addDays(1), TemperatureSlot::Morning, {{a, 36.5}});
                 }),
                 str(RefusalCode::ReportDateInvalid));
        QCOMPARE(refusalOf([&] {
                     f.temps(QDate(2026, 2, 26), TemperatureSlot::Morning, {{a, 36.5}});
                 }),
                 str(RefusalCode::ReportDateInvalid));
        QCOMPARE(refusalOf([&] {
                     f.temps(kToday, TemperatureSlot::Morning, {{f.wang, 36.5}});
                 }),
                 str(RefusalCode::QuarantineNone));
        QCOMPARE(refusalOf([&] {
                     f.temps(kToday, TemperatureSlot::Morning, {{999, 36.5}});
                 }),
                 str(RefusalCode::PersonUnknown));
        QCOMPARE(f.count("SELECT count(*) FROM temperature_reports"), 3);
    }

    void theNewestRowCountsWhenTwoStationsWroteTheSlot()
    {
        Desk f;
        const qint64 a = f.arrive(QStringLiteral("赵敏"), QStringLiteral("13900001111"), QDate(2026, 2, 27));
        f.temps(kToday, TemperatureSlot::Morning, {{a, 36.5}});
        // Another station's report of the same slot arrives through sync, written later.
        Statement ins = f.t.db().prepare(
            "INSERT INTO temperature_reports (person_id, report_date, slot, celsius, recorded_by, "
            "recorded_utc,"
            " sync_uid) VALUES (?1, '2026-03-01', 'morning', 37.6, '南门', '2026-03-01T02:30:00.000Z',"
            " 'elsewhere.0001')");
        ins.bind(1, a).exec();
        QCOMPARE(*f.row(a).health.morning, 37.6);
        QVERIFY(f.row(a).has(QuarantineFlag::Fever));
        // Typed again here later: this station's own row is updated, and is now the newest.
        f.clock.advanceSecs(3600);
        f.temps(kToday, TemperatureSlot::Morning, {{a, 36.6}});
        QCOMPARE(f.count("SELECT count(*) FROM temperature_reports"), 2);
        QCOMPARE(f.count("SELECT count(*) FROM temperature_reports WHERE sync_uid = 'elsewhere.0001'"
                         " AND celsius = 37.6"),
                 1);
        QCOMPARE(*f.row(a).health.morning, 36.6);
    }

    void missingReportsAreFlaggedAfterNoonAndSix()
    {
        Desk f;
        const qint64 a = f.arrive(QStringLiteral("赵敏"), QStringLiteral("13900001111"), QDate(2026, 2, 27));
        const qint64 arrivedToday = f.arrive(QStringLiteral("钱伟"), QStringLiteral("13900002222"), kToday);
        f.at(kToday, 11, 59);
        QCOMPARE(flagsOf(f.row(a)), QStringLiteral("[]"));
        f.at(kToday, 12, 0);
        QCOMPARE(flagsOf(f.row(a)), QStringLiteral("[morning_missing]"));
        f.temps(kToday, TemperatureSlot::Morning, {{a, 36.5}});
        QCOMPARE(flagsOf(f.row(a)), QStringLiteral("[]"));
        f.at(kToday, 18, 0);
        QCOMPARE(flagsOf(f.row(a)), QStringLiteral("[afternoon_missing]"));
        // Nothing is due on the arrival day.
        QCOMPARE(flagsOf(f.row(arrivedToday)), QStringLiteral("[]"));
        // Nor in central quarantine (the facility takes them).
        f.q.move(a, QuarantineKind::Central, QStringLiteral("密接"), kStaff);
        QCOMPARE(flagsOf(f.row(a)), QStringLiteral("[]"));
    }

    void aFeverClosesAfterTwoLaterNormalReports()
    {
        Desk f;
        const qint64 a = f.arrive(QStringLiteral("赵敏"), QStringLiteral("13900001111"), QDate(2026, 2, 27));
        f.temps(QDate(2026, 2, 28), TemperatureSlot::Morning, {{a, 37.3}}); // the threshold is a fever
        QCOMPARE(flagsOf(f.row(a)), QStringLiteral("[fever]"));
        QCOMPARE(f.row(a).health.openFeverDate, QDate(2026, 2, 28));
        f.temps(QDate(2026, 2, 28), TemperatureSlot::Afternoon, {{a, 36.8}});
        QCOMPARE(flagsOf(f.row(a)), QStringLiteral("[fever]"));
        f.temps(kToday, TemperatureSlot::Morning, {{a, 36.6}});
        QCOMPARE(flagsOf(f.row(a)), QStringLiteral("[]"));
        QVERIFY(f.row(a).health.feverSeen);
        QCOMPARE(*f.row(a).health.highest, 37.3);
        // Order is by date and slot, not by when it was typed: a late morning fever reopens it.
        f.temps(QDate(2026, 2, 28), TemperatureSlot::Afternoon, {{a, 38.1}});
        QCOMPARE(flagsOf(f.row(a)), QStringLiteral("[fever]"));
    }

    void checksAreRecordedAndUnwellNeedsALaterPresentCheck()
    {
        Desk f;
        const qint64 a = f.arrive(QStringLiteral("赵敏"), QStringLiteral("13900001111"), QDate(2026, 2, 27));
        f.q.recordCheck(a, CheckKind::Door, CheckResult::Present, {}, kStaff);
        f.q.recordCheck(a, CheckKind::Video, CheckResult::Unwell, QStringLiteral("咳嗽"), kStaff);
        QCOMPARE(flagsOf(f.row(a)), QStringLiteral("[unwell]"));
        f.clock.advanceSecs(600);
        f.q.recordCheck(a, CheckKind::Door, CheckResult::Absent, QStringLiteral("敲门无人应"), kStaff);
        QCOMPARE(flagsOf(f.row(a)), QStringLiteral("[unwell]"));
        f.clock.advanceSecs(600);
        f.q.recordCheck(a, CheckKind::Video, CheckResult::Present, QStringLiteral("已好转"), kStaff);
        QCOMPARE(flagsOf(f.row(a)), QStringLiteral("[]"));
        const QList<QuarantineCheck> checks = f.q.checksOf(a);
        QCOMPARE(checks.size(), 4);
        QCOMPARE(checks[1].note, QStringLiteral("咳嗽"));
        QCOMPARE(checks[1].checkedBy, kStaff.name);
        QCOMPARE(f.audits(AuditAction::QuarantineCheck), 4);
        QCOMPARE(
            refusalOf([&] { f.q.recordCheck(f.wang, CheckKind::Door, CheckResult::Present, {}, kStaff); }),
            str(RefusalCode::QuarantineNone));
    }

    void moveToCentralQuarantineAndBack()
    {
        Desk f;
        const qint64 a = f.arrive(QStringLiteral("赵敏"), QStringLiteral("13900001111"), QDate(2026, 2, 27));
        const Pass pass = f.reg->issue(IssueRequest{HolderKind::Person, a, {}, {}, {}, {}}, Actor::system());
        QCOMPARE(refusalOf([&] { f.q.move(a, QuarantineKind::Central, QStringLiteral("  "), kStaff); }),
                 str(RefusalCode::MoveReasonMissing));
        QCOMPARE(refusalOf([&] { f.q.move(a, QuarantineKind::Home, QStringLiteral("x"), kStaff); }),
                 str(RefusalCode::QuarantineKindUnchanged));
        f.q.move(a, QuarantineKind::Central, QStringLiteral("发热，送定点酒店"), kStaff);
        QVERIFY(f.row(a).kind == QuarantineKind::Central);
        // The gate's rules read the same record: central quarantine is a red, even coming in.
        const Decision in = f.cp->evaluate(f.scanOf(pass, Direction::In));
        QCOMPARE(str(in.verdict), str(Verdict::Deny));
        QVERIFY(in.reasons.contains(Reason::CentralQuarantine));
        const QList<AuditEntry> moves = AuditTrail(f.t.db(), f.clock).query();
        const AuditEntry& m = moves.last();
        QCOMPARE(m.action, toString(AuditAction::QuarantineMove));
        QCOMPARE(m.actor, kStaff.name);
        QVERIFY(m.before.contains(QStringLiteral("\"home\"")));
        QVERIFY(m.after.contains(QStringLiteral("\"central\"")));
        QVERIFY(m.after.contains(QStringLiteral("发热，送定点酒店")));

        // At the end date, a person in central quarantine is released only once moved home.
        f.at(QDate(2026, 3, 13), 9);
        QCOMPARE(refusalOf([&] { f.q.release(a, kStaff); }), str(RefusalCode::InCentralQuarantine));
        f.q.move(a, QuarantineKind::Home, QStringLiteral("隔离点解除"), kStaff);
        QVERIFY(f.row(a).eligible);
        QCOMPARE(f.audits(AuditAction::QuarantineMove), 2);
    }

    void releaseIssuesThePassAndTheCertificate()
    {
        Desk f;
        Person p;
        p.householdId = f.home;
        p.name = QStringLiteral("郑凯");
        p.phone = QStringLiteral("13600006666");
        p.idNumber = idNumber(QStringLiteral("11010819850304123"));
        p.category = Category::RegisteredResident;
        const qint64 a = f.reg->addPerson(p);
        f.reg->addQuarantine(QuarantineRecord{0, a, QuarantineKind::Home, QDate(2026, 2, 27),
                                              QDate(2026, 3, 13), QStringLiteral("武汉")});
        const qint64 b = f.arrive(QStringLiteral("钱伟"), QStringLiteral("13900002222"), QDate(2026, 2, 27));
        f.temps(QDate(2026, 2, 28), TemperatureSlot::Morning, {{a, 36.4}, {b, 36.5}});
        f.temps(QDate(2026, 2, 28), TemperatureSlot::Afternoon, {{a, 36.9}});

        QCOMPARE(refusalOf([&] { f.q.release(a, kStaff); }), str(RefusalCode::QuarantineNotOver));
        QCOMPARE(f.q.releaseRefusal(a)->args,
                 (QStringList{QStringLiteral("2026-03-13"), QStringLiteral("12")}));
        QCOMPARE(refusalOf([&] { f.q.release(f.wang, kStaff); }), str(RefusalCode::QuarantineNone));

        f.at(QDate(2026, 3, 13), 9);
        QVERIFY(f.row(a).eligible);
        QVERIFY(!f.q.releaseRefusal(a));
        const qint64 passesBefore = f.count("SELECT count(*) FROM passes");
        const ReleaseOutcome out = f.q.release(a, kStaff);
        QCOMPARE(out.certificateNumber, QStringLiteral("JK-20260313-0001"));
        QCOMPARE(out.issuedDate, QDate(2026, 3, 13));
        QVERIFY(out.passIssued);
        QCOMPARE(f.count("SELECT count(*) FROM passes"), passesBefore + 1);
        QVERIFY(out.pass.category == Category::RegisteredResident);
        QCOMPARE(out.pass.validFrom, QDate(2026, 3, 13));
        QVERIFY(out.pass.validUntil > out.pass.validFrom); // the registry's rule for a new pass
        QCOMPARE(f.audits(AuditAction::CertificateIssue), 1);
        // The pass works at the gate, going out.
        const Decision outScan = f.cp->evaluate(f.scanOf(*f.reg->pass(out.pass.serial), Direction::Out));
        QCOMPARE(str(outScan.verdict), str(Verdict::Allow));

        const CertificateFacts c = *f.q.certificate(out.certificateNumber);
        QCOMPARE(c.name, QStringLiteral("郑凯"));
        QCOMPARE(c.idNumberMasked, formats::maskIdNumber(p.idNumber));
        QCOMPARE(c.address, QStringLiteral("清河四街 12排 3号"));
        QCOMPARE(c.origin, QStringLiteral("武汉"));
        QCOMPARE(c.start, QDate(2026, 2, 27));
        QCOMPARE(c.end, QDate(2026, 3, 13));
        QCOMPARE(c.reports, 2);
        QCOMPARE(*c.highest, 36.9);
        QVERIFY(!c.feverSeen);
        QCOMPARE(c.issuedBy, kStaff.name);

        // Numbers count up within the day; a second release of the same person is refused.
        QCOMPARE(f.q.release(b, kStaff).certificateNumber, QStringLiteral("JK-20260313-0002"));
        QCOMPARE(refusalOf([&] { f.q.release(a, kStaff); }), str(RefusalCode::AlreadyReleased));
        // Released people leave the list, unless asked for.
        QVERIFY(f.q.list().isEmpty());
        QCOMPARE(f.q.list({true}).first().returnees.size(), 2);
        QCOMPARE(f.row(a).certificateNumber, out.certificateNumber);
    }

    void aFeverBlocksTheReleaseUntilClosed()
    {
        Desk f;
        const qint64 a = f.arrive(QStringLiteral("赵敏"), QStringLiteral("13900001111"), QDate(2026, 2, 27));
        f.at(QDate(2026, 3, 12), 9);
        f.temps(QDate(2026, 3, 12), TemperatureSlot::Morning, {{a, 37.8}});
        f.at(QDate(2026, 3, 13), 9);
        QCOMPARE(refusalOf([&] { f.q.release(a, kStaff); }), str(RefusalCode::FeverFlagOpen));
        QCOMPARE(f.q.releaseRefusal(a)->args.first(), QStringLiteral("2026-03-12"));
        f.temps(QDate(2026, 3, 12), TemperatureSlot::Afternoon, {{a, 36.9}});
        f.temps(QDate(2026, 3, 13), TemperatureSlot::Morning, {{a, 36.7}});
        const ReleaseOutcome out = f.q.release(a, kStaff);
        QVERIFY(f.q.certificate(out.certificateNumber)->feverSeen);
    }

    void aReleaseIsOneTransaction()
    {
        Desk f;
        const qint64 a = f.arrive(QStringLiteral("赵敏"), QStringLiteral("13900001111"), QDate(2026, 2, 27));
        f.at(QDate(2026, 3, 13), 9);
        // The certificate's row fails after the pass was written: the pass goes too.
        f.t.db().exec("CREATE TRIGGER fail_certificate BEFORE INSERT ON health_certificates"
                      " BEGIN SELECT RAISE(ABORT, 'disk trouble'); END;");
        const qint64 passes = f.count("SELECT count(*) FROM passes");
        const qint64 audit = f.count("SELECT count(*) FROM audit_trail");
        QVERIFY_THROWS_EXCEPTION(DbError, f.q.release(a, kStaff));
        QCOMPARE(f.count("SELECT count(*) FROM passes"), passes);
        QCOMPARE(f.count("SELECT count(*) FROM audit_trail"), audit);
        QCOMPARE(f.count("SELECT count(*) FROM health_certificates"), 0);
        f.t.db().exec("DROP TRIGGER fail_certificate");
        QVERIFY(f.row(a).eligible);
        QCOMPARE(f.q.release(a, kStaff).certificateNumber, QStringLiteral("JK-20260313-0001"));
    }

    void aReturneeWithAnActivePassKeepsIt()
    {
        Desk f;
        // 王建国 comes back: the gate finds him by name and phone, his pass stays his.
        const qint64 wang =
            f.arrive(QStringLiteral("王建国"), QStringLiteral("13812345678"), QDate(2026, 2, 27));
        QCOMPARE(wang, f.wang);
        f.at(QDate(2026, 3, 13), 9);
        const ReleaseOutcome out = f.q.release(wang, kStaff);
        QVERIFY(!out.passIssued);
        QCOMPARE(out.pass.serial, f.wangPass.serial);
        QCOMPARE(f.count("SELECT count(*) FROM passes"), 1);
    }
};

QTEST_GUILESS_MAIN(TestQuarantine)
#include "TestQuarantine.moc"
