#include "FakeClock.h"
#include "TempDb.h"
#include "core/AuditTrail.h"
#include "core/Registry.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <memory>

using namespace gatepost;
using namespace gatepost::core;

namespace {

const Actor kStaff = Actor::operatorNamed(QStringLiteral("周干事"));

struct Fixture
{
    test::TempDb t;
    test::FakeClock clock; // 2026-03-01 02:00 UTC
    AuditTrail audit{t.db(), clock};

    // Triggers keep the trail append-only; a tamperer with the file drops them first.
    void dropTriggers()
    {
        t.db().exec("DROP TRIGGER audit_trail_no_update; DROP TRIGGER audit_trail_no_delete");
    }
    void appendThree()
    {
        audit.append(kStaff, AuditAction::PassRevoke, QStringLiteral("0000042"),
                     QStringLiteral("{\"status\":\"active\"}"), QStringLiteral("{\"status\":\"revoked\"}"));
        clock.advanceSecs(3600);
        audit.append(Actor::osAccount(), AuditAction::OperatorAdd, QStringLiteral("王芳"), {},
                     QStringLiteral("{\"role\":\"volunteer\"}"));
        clock.advanceSecs(3600);
        audit.append(Actor::system(), AuditAction::LogExport, QStringLiteral("crossings"), {},
                     QStringLiteral("{\"rows\":12}"));
    }
};

} // namespace

class TestAuditTrail : public QObject
{
    Q_OBJECT

private slots:
    void rowsAreChainedAndVerify()
    {
        Fixture f;
        f.appendThree();
        const QList<AuditEntry> rows = f.audit.query();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].stationSeq, 1);
        QCOMPARE(rows[2].stationSeq, 3);
        QCOMPARE(rows[0].stationId, QStringLiteral("local")); // no station identity yet
        QCOMPARE(rows[0].prevHash, QString(64, u'0'));
        QCOMPARE(rows[1].prevHash, rows[0].hash);
        QCOMPARE(rows[0].actor, QStringLiteral("周干事"));
        QCOMPARE(rows[0].actorKind, QStringLiteral("operator"));
        QVERIFY(rows[1].actor.startsWith(QStringLiteral("os:")));
        QCOMPARE(rows[1].actorKind, QStringLiteral("os_account"));
        QCOMPARE(rows[2].action, QStringLiteral("log_export"));
        QCOMPARE(rows[0].atUtc, QDateTime(QDate(2026, 3, 1), QTime(2, 0), Qt::UTC));
        const ChainReport r = f.audit.verify();
        QVERIFY2(r.ok, qPrintable(r.problem));
        QCOMPARE(r.rowsChecked, 3);
    }

    void queryByTimeRangeAndStream()
    {
        Fixture f;
        f.appendThree();
        const QDateTime t0(QDate(2026, 3, 1), QTime(2, 0), Qt::UTC);
        const QList<AuditEntry> middle = f.audit.query(t0.addSecs(1800), t0.addSecs(7200));
        QCOMPARE(middle.size(), 1);
        QCOMPARE(middle[0].target, QStringLiteral("王芳"));
        QCOMPARE(f.audit.query(t0.addSecs(3600)).size(), 2);
        QCOMPARE(f.audit.query({}, t0.addSecs(3600)).size(), 1);
        QStringList streamed;
        f.audit.forEach({}, {}, [&](const AuditEntry& e) { streamed << e.action; });
        QCOMPARE(streamed, (QStringList{QStringLiteral("pass_revoke"), QStringLiteral("operator_add"),
                                        QStringLiteral("log_export")}));
    }

    void verifyNamesTheFirstEditedRow_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::newRow("action") << QByteArray(
            "UPDATE audit_trail SET action = action || 'x' WHERE station_seq = 2");
        QTest::newRow("target") << QByteArray("UPDATE audit_trail SET target = '赵六' WHERE station_seq = 2");
        QTest::newRow("actor") << QByteArray(
            "UPDATE audit_trail SET actor = 'someone' WHERE station_seq = 2");
        QTest::newRow("actor kind") << QByteArray(
            "UPDATE audit_trail SET actor_kind = 'system' WHERE station_seq = 2");
        QTest::newRow("before") << QByteArray(
            "UPDATE audit_trail SET before_value = '{}' WHERE station_seq = 2");
        QTest::newRow("after") << QByteArray(
            "UPDATE audit_trail SET after_value = '{\"role\":\"admin\"}' WHERE station_seq = 2");
        QTest::newRow("time") << QByteArray(
            "UPDATE audit_trail SET at_utc = '2026-03-01T01:00:00.000Z' WHERE station_seq = 2");
        QTest::newRow("hash rewritten") << QByteArray("UPDATE audit_trail SET hash = '" +
                                                      QByteArray(64, 'a') + "' WHERE station_seq = 2");
    }
    void verifyNamesTheFirstEditedRow()
    {
        QFETCH(QByteArray, sql);
        Fixture f;
        f.appendThree();
        const qint64 rowId = f.audit.query()[1].rowId;
        f.dropTriggers();
        f.t.db().exec(sql.constData());
        const ChainReport r = f.audit.verify();
        QVERIFY(!r.ok);
        QCOMPARE(r.firstBrokenSeq, 2);
        QCOMPARE(r.firstBrokenRowId, rowId);
        QVERIFY(!r.problem.isEmpty());
    }

    void verifyFindsADeletedRow()
    {
        Fixture f;
        f.appendThree();
        f.dropTriggers();
        f.t.db().exec("DELETE FROM audit_trail WHERE station_seq = 2");
        const ChainReport r = f.audit.verify();
        QVERIFY(!r.ok);
        QCOMPARE(r.firstBrokenSeq, 2);
        QVERIFY2(r.problem.contains(QStringLiteral("missing")), qPrintable(r.problem));
    }

    void theActAndItsRowCommitTogether()
    {
        Fixture f;
        Registry reg(f.t.db(), f.clock);
        Person p;
        p.name = QStringLiteral("王建国");
        const qint64 wang = reg.addPerson(p);
        IssueRequest req;
        req.holderId = wang;
        {
            Transaction action(f.t.db());
            reg.issue(req, kStaff);
            QCOMPARE(f.audit.count(), 1);
            // action leaves scope uncommitted: a power cut, or a later step of the action failed
        }
        QCOMPARE(f.audit.count(), 0);
        QVERIFY(reg.passes().isEmpty());
        // A refused act writes no row.
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, reg.reissue(QStringLiteral("0000099"), kStaff));
        QCOMPARE(f.audit.count(), 0);
    }

    void passActsPolicyAndRevealsAreAudited()
    {
        Fixture f;
        Registry reg(f.t.db(), f.clock);
        reg.initStation(QStringLiteral("北门一号"), QStringLiteral("north"));
        Person p;
        p.name = QStringLiteral("王建国");
        p.phone = QStringLiteral("13812345678");
        p.idNumber = QStringLiteral("110108199001011231");
        const qint64 wang = reg.addPerson(p);
        IssueRequest req;
        req.holderId = wang;
        const QString serial = reg.issue(req, kStaff).serial;
        reg.reissue(serial, kStaff);
        reg.setStatus(serial, PassStatus::Lost, {}, kStaff);
        reg.setStatus(serial, PassStatus::Suspended, QStringLiteral("check"), kStaff);
        reg.setStatus(serial, PassStatus::Revoked, QStringLiteral("moved away"), kStaff);
        reg.setStatus(serial, PassStatus::Active, QStringLiteral("back"), kStaff);
        Policy policy = reg.policy();
        reg.setPolicy(policy, kStaff); // unchanged: no row
        policy.homeQuarantineDays += 1;
        reg.setPolicy(policy, kStaff);
        QCOMPARE(reg.revealIdNumber(wang, kStaff), QStringLiteral("110108199001011231"));
        QCOMPARE(reg.revealPhone(wang, kStaff), QStringLiteral("13812345678"));

        QStringList got;
        for (const AuditEntry& e : f.audit.query()) {
            got << e.action + u' ' + e.target;
            QCOMPARE(e.actor, kStaff.name);
            QVERIFY(!e.before.contains(QStringLiteral("13812345678")) &&
                    !e.after.contains(QStringLiteral("13812345678")));
        }
        const QString person = QString::number(wang);
        QCOMPARE(got,
                 (QStringList{
                     QStringLiteral("pass_issue ") + serial, QStringLiteral("pass_reissue ") + serial,
                     QStringLiteral("pass_report_lost ") + serial, QStringLiteral("pass_suspend ") + serial,
                     QStringLiteral("pass_revoke ") + serial, QStringLiteral("pass_reactivate ") + serial,
                     QStringLiteral("policy_change policy"), QStringLiteral("reveal_id_number ") + person,
                     QStringLiteral("reveal_phone ") + person}));
        const QList<AuditEntry> rows = f.audit.query();
        QCOMPARE(rows[4].before, QStringLiteral("{\"reason\":\"check\",\"status\":\"suspended\"}"));
        QCOMPARE(rows[4].after, QStringLiteral("{\"reason\":\"moved away\",\"status\":\"revoked\"}"));
        QCOMPARE(rows[0].stationId, reg.station()->stationId);
        QVERIFY(f.audit.verify().ok);
    }

    // An export read beside a running station cannot take the writer lock: the act waits in a
    // private side file and the writer imports it, in order, with its own time kept.
    void deferredActsAreImportedByTheWriter()
    {
        Fixture f;
        AuditTrail& audit = f.audit;
        const QString pending = AuditTrail::pendingPathFor(f.t.path());
        const QDateTime exportedAt = f.clock.nowUtc().addSecs(-300);
        QVERIFY(AuditTrail::defer(pending, Actor{Actor::Kind::OsAccount, QStringLiteral("os:lead")},
                                  AuditAction::LogExport, QStringLiteral("crossings"),
                                  {{QStringLiteral("rows"), 12}}, exportedAt));
        QVERIFY(AuditTrail::defer(pending, Actor{Actor::Kind::OsAccount, QStringLiteral("os:lead")},
                                  AuditAction::AuditExport, QStringLiteral("audit_trail"),
                                  {{QStringLiteral("rows"), 3}}, exportedAt.addSecs(1)));
        QCOMPARE(QFileInfo(pending).permissions() & 0x0077, 0); // private to the station's account
        {
            QFile f2(pending);
            QVERIFY(f2.open(QIODevice::Append));
            f2.write("half a line from a full disk\n");
        }
        const qint64 before = audit.count();

        QCOMPARE(audit.importPending(pending), 3);
        QVERIFY(!QFileInfo::exists(pending));
        const QList<AuditEntry> rows = audit.query();
        QCOMPARE(rows.size(), before + 3);
        QCOMPARE(rows.at(before).action, QStringLiteral("log_export"));
        QCOMPARE(rows.at(before).actor, QStringLiteral("os:lead"));
        QCOMPARE(rows.at(before).actorKind, QStringLiteral("os_account"));
        QVERIFY2(rows.at(before).after.contains(exportedAt.toString(Qt::ISODateWithMs)),
                 qPrintable(rows.at(before).after));
        QCOMPARE(rows.at(before + 1).action, QStringLiteral("audit_export"));
        // Nothing dropped silently: the unreadable line is kept as it was.
        QCOMPARE(rows.at(before + 2).action, QStringLiteral("pending_unreadable"));
        QCOMPARE(rows.at(before + 2).after, QStringLiteral("half a line from a full disk"));
        QVERIFY(audit.verify().ok);
        QCOMPARE(audit.importPending(pending), 0); // nothing left, nothing twice
    }
};

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "TestAuditTrail.moc"
