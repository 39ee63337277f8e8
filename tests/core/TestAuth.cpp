#include "TempDb.h"
#include "core/Auth.h"

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
        Auth auth(t.db());
        const qint64 id = auth.addOperator(QStringLiteral("张伟"), Role::ShiftLead, QStringLiteral("583921"));
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
        Auth auth(t.db());
        const qint64 id = auth.addOperator(QStringLiteral("lead"), Role::ShiftLead, QStringLiteral("2468"));
        const auto op = auth.signOn(QStringLiteral("lead"), QStringLiteral("2468"));
        QVERIFY(op);
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
        Auth auth(t.db());
        auth.addOperator(QStringLiteral("lead"), Role::ShiftLead, QStringLiteral("2468"));
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
        Auth auth(t.db());
        auth.addOperator(QStringLiteral("admin"), Role::Admin, QStringLiteral("9999"));
        const qint64 id = auth.addOperator(QStringLiteral("v1"), Role::Volunteer, QStringLiteral("1234"));
        auth.setActive(id, false);
        QVERIFY(!auth.isActive(id));
        QVERIFY(!auth.signOn(QStringLiteral("v1"), QStringLiteral("1234")));
        auth.setActive(id, true);
        QVERIFY(auth.signOn(QStringLiteral("v1"), QStringLiteral("1234")));
        QVERIFY(refused([&] { auth.setActive(id + 100, false); }));
    }

    void lastActiveAdminStays()
    {
        test::TempDb t;
        Auth auth(t.db());
        const qint64 a = auth.addOperator(QStringLiteral("a"), Role::Admin, QStringLiteral("1111"));
        QVERIFY(refused([&] { auth.setActive(a, false); }));
        QVERIFY(auth.isActive(a));
        const qint64 b = auth.addOperator(QStringLiteral("b"), Role::Admin, QStringLiteral("2222"));
        auth.setActive(a, false);
        QVERIFY(!auth.isActive(a));
        QVERIFY(refused([&] { auth.setActive(b, false); }));
    }

    void changePin()
    {
        test::TempDb t;
        Auth auth(t.db());
        const qint64 id = auth.addOperator(QStringLiteral("v"), Role::Volunteer, QStringLiteral("1234"));
        auth.changePin(id, QStringLiteral("87654321"));
        QVERIFY(!auth.signOn(QStringLiteral("v"), QStringLiteral("1234")));
        QVERIFY(auth.signOn(QStringLiteral("v"), QStringLiteral("87654321")));
        QVERIFY(refused([&] { auth.changePin(id, QStringLiteral("12")); }));
        QVERIFY(refused([&] { auth.changePin(id + 5, QStringLiteral("1234")); }));
        QVERIFY(auth.signOn(QStringLiteral("v"), QStringLiteral("87654321")));
    }

    void addOperatorRefusals()
    {
        test::TempDb t;
        Auth auth(t.db());
        auth.addOperator(QStringLiteral("v"), Role::Volunteer, QStringLiteral("1234"));
        QVERIFY(refused([&] { auth.addOperator(QStringLiteral("v"), Role::Admin, QStringLiteral("5678")); }));
        QVERIFY(refused([&] { auth.addOperator(QStringLiteral(" "), Role::Admin, QStringLiteral("5678")); }));
        QVERIFY(refused([&] { auth.addOperator(QStringLiteral("w"), Role::Admin, QStringLiteral("12ab")); }));
        const auto ops = auth.operators();
        QCOMPARE(ops.size(), 1);
        QCOMPARE(toString(ops[0].role), toString(Role::Volunteer)); // the duplicate did not replace the first
        QCOMPARE(auth.operatorById(ops[0].id)->name, QStringLiteral("v"));
    }

    void weakHashIsUpgradedOnSignOn()
    {
        test::TempDb t;
        Auth auth(t.db());
        const qint64 id = auth.addOperator(QStringLiteral("old"), Role::Staff, QStringLiteral("4321"));
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
};

QTEST_GUILESS_MAIN(TestAuth)
#include "TestAuth.moc"
