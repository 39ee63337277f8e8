#include "FakeClock.h"
#include "TempDb.h"
#include "core/AuditTrail.h"
#include "core/Auth.h"
#include "core/OperatorAdmin.h"

#include <QElapsedTimer>
#include <QTest>

#include <sodium.h>

using namespace gatepost;
using namespace gatepost::core;

namespace {

template<typename F> bool refused(F&& f)
{
    try {
        f();
    } catch (const std::invalid_argument&) {
        return true;
    }
    return false;
}

QString storedHash(Database& db, qint64 id)
{
    auto q = db.prepare("SELECT pin_hash FROM operators WHERE id = ?1");
    q.bind(1, id);
    return q.step() ? q.text(0) : QString();
}

} // namespace

class TestAuth : public QObject
{
    Q_OBJECT

    test::FakeClock m_clock;
    const Actor kAdmin = Actor::operatorNamed(QStringLiteral("admin"));

    static QStringList actions(Database& db)
    {
        QStringList out;
        test::FakeClock clock;
        for (const AuditEntry& e : AuditTrail(db, clock).query())
            out << e.action + u':' + e.target;
        return out;
    }

private slots:
    void pinRules()
    {
        QVERIFY(Auth::isAcceptablePin(QStringLiteral("1234")));
        QVERIFY(Auth::isAcceptablePin(QStringLiteral("12345678")));
        QVERIFY(!Auth::isAcceptablePin(QStringLiteral("123")));
        QVERIFY(!Auth::isAcceptablePin(QStringLiteral("123456789")));
        QVERIFY(!Auth::isAcceptablePin(QStringLiteral("12a4")));
        QVERIFY(!Auth::isAcceptablePin(QStringLiteral("１２３４"))); // full-width digits
        QVERIFY(!Auth::isAcceptablePin(QString()));
    }

    void roleOrder()
    {
        const QList<Role> order{Role::Volunteer, Role::ShiftLead, Role::Staff, Role::Admin};
        for (int have = 0; have < order.size(); ++have) {
            for (int need = 0; need < order.size(); ++need)
                QCOMPARE(Auth::roleAtLeast(order[have], order[need]), have >= need);
        }
    }

    void pinIsStoredOnlyAsArgon2idHash()
    {
        test::TempDb t;
        Auth auth(t.db(), m_clock);
        const qint64 id =
            auth.addOperator(QStringLiteral("张伟"), Role::ShiftLead, QStringLiteral("583921"), kAdmin);
        const QString hash = storedHash(t.db(), id);
        QVERIFY2(hash.startsWith(QStringLiteral("$argon2id$")), qPrintable(hash));
        QVERIFY(!hash.contains(QStringLiteral("583921")));
        // The whole file, not just the column, is free of the PIN.
        t.reopen();
        QFile file(t.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("583921"));
    }

    void signOnAcceptsTheRightPinOnly()
    {
        test::TempDb t;
        Auth auth(t.db(), m_clock);
        const qint64 id =
            auth.addOperator(QStringLiteral("lead"), Role::ShiftLead, QStringLiteral("2468"), kAdmin);
        const auto result = auth.signOn(QStringLiteral("lead"), QStringLiteral("2468"));
        QVERIFY(result);
        const auto& op = result.op;
        QCOMPARE(op->id, id);
        QCOMPARE(toString(op->role), toString(Role::ShiftLead));
        QCOMPARE(op->name, QStringLiteral("lead"));
        QVERIFY(!auth.signOn(QStringLiteral("lead"), QStringLiteral("2469")));
        QVERIFY(!auth.signOn(QStringLiteral("lead"), QString()));
        QVERIFY(!auth.signOn(QStringLiteral("nobody"), QStringLiteral("2468")));
    }

    void unknownNameTakesAboutAsLongAsAWrongPin()
    {
        test::TempDb t;
        Auth auth(t.db(), m_clock);
        auth.addOperator(QStringLiteral("lead"), Role::ShiftLead, QStringLiteral("2468"), kAdmin);
        auth.signOn(QStringLiteral("nobody"), QStringLiteral("0000")); // builds the dummy hash once
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!auth.signOn(QStringLiteral("lead"), QStringLiteral("0000")));
        const qint64 wrongPin = timer.restart();
        QVERIFY(!auth.signOn(QStringLiteral("nobody"), QStringLiteral("0000")));
        const qint64 unknown = timer.elapsed();
        // Both run one Argon2id verification; a lookup without one would take ~0 ms.
        QVERIFY2(unknown * 3 >= wrongPin,
                 qPrintable(QStringLiteral("%1 vs %2 ms").arg(unknown).arg(wrongPin)));
    }

    void deactivatedOperatorCannotSignOn()
    {
        test::TempDb t;
        Auth auth(t.db(), m_clock);
        auth.addOperator(QStringLiteral("admin"), Role::Admin, QStringLiteral("9999"), kAdmin);
        const qint64 id =
            auth.addOperator(QStringLiteral("v1"), Role::Volunteer, QStringLiteral("1234"), kAdmin);
        auth.setActive(id, false, kAdmin);
        QVERIFY(!auth.isActive(id));
        QVERIFY(!auth.signOn(QStringLiteral("v1"), QStringLiteral("1234")));
        auth.setActive(id, true, kAdmin);
        QVERIFY(auth.signOn(QStringLiteral("v1"), QStringLiteral("1234")));
        QVERIFY(refused([&] { auth.setActive(id + 100, false, kAdmin); }));
    }

    void lastActiveAdminStays()
    {
        test::TempDb t;
        Auth auth(t.db(), m_clock);
        const qint64 a = auth.addOperator(QStringLiteral("a"), Role::Admin, QStringLiteral("1111"), kAdmin);
        QVERIFY(refused([&] { auth.setActive(a, false, kAdmin); }));
        QVERIFY(auth.isActive(a));
        const qint64 b = auth.addOperator(QStringLiteral("b"), Role::Admin, QStringLiteral("2222"), kAdmin);
        auth.setActive(a, false, kAdmin);
        QVERIFY(!auth.isActive(a));
        QVERIFY(refused([&] { auth.setActive(b, false, kAdmin); }));
    }

    void changePin()
    {
        test::TempDb t;
        Auth auth(t.db(), m_clock);
        const qint64 id =
            auth.addOperator(QStringLiteral("v"), Role::Volunteer, QStringLiteral("1234"), kAdmin);
        auth.changePin(id, QStringLiteral("87654321"), kAdmin);
        QVERIFY(!auth.signOn(QStringLiteral("v"), QStringLiteral("1234")));
        QVERIFY(auth.signOn(QStringLiteral("v"), QStringLiteral("87654321")));
        QVERIFY(refused([&] { auth.changePin(id, QStringLiteral("12"), kAdmin); }));
        QVERIFY(refused([&] { auth.changePin(id + 5, QStringLiteral("1234"), kAdmin); }));
        QVERIFY(auth.signOn(QStringLiteral("v"), QStringLiteral("87654321")));
    }

    void addOperatorRefusals()
    {
        test::TempDb t;
        Auth auth(t.db(), m_clock);
        auth.addOperator(QStringLiteral("v"), Role::Volunteer, QStringLiteral("1234"), kAdmin);
        QVERIFY(refused(
            [&] { auth.addOperator(QStringLiteral("v"), Role::Admin, QStringLiteral("5678"), kAdmin); }));
        QVERIFY(refused(
            [&] { auth.addOperator(QStringLiteral(" "), Role::Admin, QStringLiteral("5678"), kAdmin); }));
        QVERIFY(refused(
            [&] { auth.addOperator(QStringLiteral("w"), Role::Admin, QStringLiteral("12ab"), kAdmin); }));
        const auto ops = auth.operators();
        QCOMPARE(ops.size(), 1);
        QCOMPARE(toString(ops[0].role), toString(Role::Volunteer)); // the duplicate did not replace the first
        QCOMPARE(auth.operatorById(ops[0].id)->name, QStringLiteral("v"));
    }

    void weakHashIsUpgradedOnSignOn()
    {
        test::TempDb t;
        Auth auth(t.db(), m_clock);
        const qint64 id =
            auth.addOperator(QStringLiteral("old"), Role::Staff, QStringLiteral("4321"), kAdmin);
        // A hash from an older, cheaper setting (as a file from an older version would hold).
        char weak[crypto_pwhash_STRBYTES];
        QCOMPARE(crypto_pwhash_str_alg(weak, "4321", 4, crypto_pwhash_OPSLIMIT_MIN,
                                       crypto_pwhash_MEMLIMIT_MIN, crypto_pwhash_ALG_ARGON2ID13),
                 0);
        auto upd = t.db().prepare("UPDATE operators SET pin_hash = ?1 WHERE id = ?2");
        upd.bind(1, weak).bind(2, id).exec();
        QVERIFY(auth.signOn(QStringLiteral("old"), QStringLiteral("4321")));
        const QString upgraded = storedHash(t.db(), id);
        QVERIFY(upgraded != QString::fromLatin1(weak));
        QVERIFY(upgraded.startsWith(QStringLiteral("$argon2id$")));
        QCOMPARE(crypto_pwhash_str_needs_rehash(upgraded.toLatin1().constData(),
                                                crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                                crypto_pwhash_MEMLIMIT_INTERACTIVE),
                 0);
        QVERIFY(auth.signOn(QStringLiteral("old"), QStringLiteral("4321")));
    }

    void lockGrowsByDoublingUpToAnHour()
    {
        using namespace std::chrono_literals;
        QCOMPARE(Auth::lockFor(Auth::kFreeAttempts).count(), 0);
        QCOMPARE(Auth::lockFor(5), 30s);
        QCOMPARE(Auth::lockFor(6), 60s);
        QCOMPARE(Auth::lockFor(7), 120s);
        QCOMPARE(Auth::lockFor(12), 3600s);
        QCOMPARE(Auth::lockFor(400), 3600s);
    }

    void wrongPinsLockTheAccountAcrossRestarts()
    {
        test::TempDb t;
        auto auth = std::make_unique<Auth>(t.db(), m_clock);
        auth->addOperator(QStringLiteral("王芳"), Role::Volunteer, QStringLiteral("2580"), kAdmin);
        for (int i = 1; i <= Auth::kFreeAttempts; ++i) {
            const SignOnResult r = auth->signOn(QStringLiteral("王芳"), QStringLiteral("0000"));
            QVERIFY(r.code == SignOnResult::Code::WrongPin);
            QCOMPARE(r.failedPins, i);
        }
        SignOnResult r = auth->signOn(QStringLiteral("王芳"), QStringLiteral("0000"));
        QVERIFY(r.code == SignOnResult::Code::Locked);
        QCOMPARE(r.lockSeconds, 30);
        QCOMPARE(r.lockedUntilUtc, m_clock.nowUtc().addSecs(30));

        // Closing the dialog, or the program, does not reset it: the count is in the file.
        auth.reset();
        t.reopen();
        auth = std::make_unique<Auth>(t.db(), m_clock);
        m_clock.advanceSecs(10);
        r = auth->signOn(QStringLiteral("王芳"), QStringLiteral("2580")); // even the right PIN waits
        QVERIFY(r.code == SignOnResult::Code::Locked);
        QCOMPARE(r.lockSeconds, 20);

        m_clock.advanceSecs(21);
        r = auth->signOn(QStringLiteral("王芳"), QStringLiteral("1111")); // the 6th wrong PIN: twice as long
        QVERIFY(r.code == SignOnResult::Code::Locked);
        QCOMPARE(r.lockSeconds, 60);
        m_clock.advanceSecs(61);
        QVERIFY(auth->signOn(QStringLiteral("王芳"), QStringLiteral("2580")));
        // Success resets the count.
        r = auth->signOn(QStringLiteral("王芳"), QStringLiteral("0000"));
        QVERIFY(r.code == SignOnResult::Code::WrongPin);
        QCOMPARE(r.failedPins, 1);

        // Every PIN that was checked and wrong is an audit row; the refused tries during a lock are not.
        QCOMPARE(actions(t.db()).count(QStringLiteral("pin_failed:王芳")), 7);
    }

    void anUnknownNameIsAWrongPinAndAudited()
    {
        test::TempDb t;
        Auth auth(t.db(), m_clock);
        for (int i = 0; i < 8; ++i) {
            const SignOnResult r = auth.signOn(QStringLiteral("nobody"), QStringLiteral("0000"));
            QVERIFY(r.code == SignOnResult::Code::WrongPin);
            QVERIFY(!r.op);
        }
        QCOMPARE(actions(t.db()).count(QStringLiteral("pin_failed:nobody")), 8);
    }

    void firstAdminOnlyOnAnEmptyStation()
    {
        test::TempDb t;
        Auth auth(t.db(), m_clock);
        QVERIFY(!auth.hasOperators());
        const qint64 id = auth.createFirstAdmin(QStringLiteral(" 刘主任 "), QStringLiteral("13579"));
        QVERIFY(auth.hasOperators());
        QCOMPARE(auth.operatorById(id)->name, QStringLiteral("刘主任"));
        QVERIFY(auth.operatorById(id)->role == Role::Admin);
        QVERIFY(auth.signOn(QStringLiteral("刘主任"), QStringLiteral("13579")));
        try {
            auth.createFirstAdmin(QStringLiteral("second"), QStringLiteral("2468"));
            QFAIL("a second first admin was created");
        } catch (const AuthRefusal& e) {
            QVERIFY(e.code() == AuthRefusal::Code::OperatorsExist);
        }
        QCOMPARE(auth.operators().size(), 1);
        QCOMPARE(actions(t.db()), QStringList{QStringLiteral("operator_add:刘主任")});
    }

    void accountChangesAreAuditedWithTheActor()
    {
        test::TempDb t;
        Auth auth(t.db(), m_clock);
        auth.addOperator(QStringLiteral("admin"), Role::Admin, QStringLiteral("9999"), kAdmin);
        const qint64 v =
            auth.addOperator(QStringLiteral("v"), Role::Volunteer, QStringLiteral("1234"), kAdmin);
        auth.changePin(v, QStringLiteral("4321"), kAdmin);
        auth.setRole(v, Role::ShiftLead, kAdmin);
        auth.setActive(v, false, kAdmin);
        auth.setActive(v, true, kAdmin);
        QCOMPARE(
            actions(t.db()),
            (QStringList{QStringLiteral("operator_add:admin"), QStringLiteral("operator_add:v"),
                         QStringLiteral("operator_pin_change:v"), QStringLiteral("operator_role_change:v"),
                         QStringLiteral("operator_deactivate:v"), QStringLiteral("operator_reactivate:v")}));
        const QList<AuditEntry> rows = AuditTrail(t.db(), m_clock).query();
        QCOMPARE(rows[3].before, QStringLiteral("{\"role\":\"volunteer\"}"));
        QCOMPARE(rows[3].after, QStringLiteral("{\"role\":\"shift_lead\"}"));
        for (const AuditEntry& e : rows) {
            QCOMPARE(e.actor, QStringLiteral("admin"));
            QVERIFY(!e.before.contains(QStringLiteral("4321")) && !e.after.contains(QStringLiteral("4321")));
        }
        // A refused change writes no row.
        QVERIFY(refused([&] { auth.changePin(v, QStringLiteral("12"), kAdmin); }));
        QCOMPARE(AuditTrail(t.db(), m_clock).count(), 6);
    }

    void resetLockClearsWrongPinsAndTheLock()
    {
        test::TempDb t;
        Auth auth(t.db(), m_clock);
        const qint64 v =
            auth.addOperator(QStringLiteral("v"), Role::Volunteer, QStringLiteral("1234"), kAdmin);
        for (int i = 0; i <= Auth::kFreeAttempts; ++i)
            auth.signOn(QStringLiteral("v"), QStringLiteral("0000"));
        QCOMPARE(auth.signOn(QStringLiteral("v"), QStringLiteral("1234")).code, SignOnResult::Code::Locked);
        const OperatorAccount before = auth.accounts().constFirst();
        QVERIFY(before.lockedAt(m_clock.nowUtc()));
        QCOMPARE(before.failedPins, Auth::kFreeAttempts + 1);

        auth.resetLock(v, Actor::operatorNamed(QStringLiteral("lead")));
        const OperatorAccount after = auth.accounts().constFirst();
        QVERIFY(!after.lockedAt(m_clock.nowUtc()));
        QCOMPARE(after.failedPins, 0);
        QVERIFY(auth.signOn(QStringLiteral("v"), QStringLiteral("1234")).ok());
        const QList<AuditEntry> rows = AuditTrail(t.db(), m_clock).query();
        QCOMPARE(rows.last().action, QStringLiteral("operator_unlock"));
        QCOMPARE(rows.last().actor, QStringLiteral("lead"));
        QVERIFY(rows.last().before.contains(QStringLiteral("\"failed_pins\":5")));
        // An account with nothing to reset: no row.
        const qsizetype n = AuditTrail(t.db(), m_clock).count();
        auth.resetLock(v, Actor::operatorNamed(QStringLiteral("lead")));
        QCOMPARE(AuditTrail(t.db(), m_clock).count(), n);
    }

    void whoMayManageWhom()
    {
        QVERIFY(mayManageOperator(Role::Admin, Role::Admin));
        QVERIFY(mayManageOperator(Role::Admin, Role::Staff));
        QVERIFY(mayManageOperator(Role::ShiftLead, Role::Volunteer));
        QVERIFY(mayManageOperator(Role::ShiftLead, Role::ShiftLead));
        QVERIFY(!mayManageOperator(Role::ShiftLead, Role::Staff));
        QVERIFY(!mayManageOperator(Role::ShiftLead, Role::Admin));
        QVERIFY(!mayManageOperator(Role::Staff, Role::Volunteer));
        QVERIFY(!mayManageOperator(Role::Volunteer, Role::Volunteer));
    }

    void aLeadManagesVolunteersAndLeadsOnly()
    {
        test::TempDb t;
        Auth auth(t.db(), m_clock);
        const qint64 admin =
            auth.addOperator(QStringLiteral("admin"), Role::Admin, QStringLiteral("9999"), kAdmin);
        const qint64 lead =
            auth.addOperator(QStringLiteral("lead"), Role::ShiftLead, QStringLiteral("2468"), kAdmin);
        OperatorAdmin byLead(auth, lead);
        QVERIFY(byLead.assignableRoles() == (QList<Role>{Role::Volunteer, Role::ShiftLead}));
        const auto code = [](auto&& f) {
            try {
                f();
            } catch (const RefusedError& e) {
                return toString(e.refusal().code);
            }
            return QString();
        };
        QCOMPARE(code([&] { byLead.add(QStringLiteral("boss"), Role::Admin, QStringLiteral("1111")); }),
                 QStringLiteral("operator_not_manageable"));
        QCOMPARE(code([&] { byLead.changePin(admin, QStringLiteral("1111")); }),
                 QStringLiteral("operator_not_manageable"));
        QCOMPARE(code([&] { byLead.add(QStringLiteral("v"), Role::Volunteer, QStringLiteral("12")); }),
                 QStringLiteral("pin_invalid"));
        const qint64 v = byLead.add(QStringLiteral("v"), Role::Volunteer, QStringLiteral("1357"));
        QCOMPARE(code([&] { byLead.add(QStringLiteral("v"), Role::Volunteer, QStringLiteral("1357")); }),
                 QStringLiteral("operator_name_taken"));
        QCOMPARE(code([&] { byLead.setRole(v, Role::Staff); }), QStringLiteral("operator_not_manageable"));
        byLead.setRole(v, Role::ShiftLead);
        byLead.setActive(v, false);
        QCOMPARE(toString(auth.operatorById(v)->role), QStringLiteral("shift_lead"));
        QVERIFY(!auth.isActive(v));
        OperatorAdmin byAdmin(auth, admin);
        QCOMPARE(code([&] { byAdmin.setActive(admin, false); }), QStringLiteral("last_active_admin"));
        // A lead deactivated meanwhile manages nothing.
        byAdmin.setActive(lead, false);
        QCOMPARE(code([&] { byLead.changePin(v, QStringLiteral("2222")); }),
                 QStringLiteral("operator_not_manageable"));
        QCOMPARE(AuditTrail(t.db(), m_clock).query().last().action, QStringLiteral("operator_deactivate"));
    }
};

QTEST_GUILESS_MAIN(TestAuth)
#include "TestAuth.moc"
