// The shift lead's operators page, driven through its real widgets on a real SQLite file
// (offscreen): a PIN typed twice differently is refused under the field and writes nothing, the
// same PIN twice adds the volunteer (audited as the lead); a lead is never offered staff or admin
// and cannot touch an admin's account; a locked account is unlocked from the page.

#include "FakeClock.h"
#include "TempDb.h"
#include "core/AuditTrail.h"
#include "core/Auth.h"
#include "core/Registry.h"
#include "gui/lead/LeadWindow.h"
#include "gui/lead/OperatorsPage.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace gatepost;
using namespace gatepost::core;

namespace {

struct Fixture
{
    test::TempDb t;
    test::FakeClock clock{QDateTime(QDate(2026, 11, 28), QTime(2, 0), Qt::UTC)};
    Registry registry{t.db(), clock};
    Auth auth{t.db(), clock};
    qint64 adminId =
        auth.addOperator(QStringLiteral("刘主任"), Role::Admin, QStringLiteral("9999"), Actor::system());
    qint64 leadId =
        auth.addOperator(QStringLiteral("王班长"), Role::ShiftLead, QStringLiteral("2468"), Actor::system());

    gui::LeadServices services(qint64 who)
    {
        return gui::LeadServices{t.db(), registry, auth, clock, *auth.operatorById(who)};
    }
    qint64 count(const char* sql)
    {
        Statement q = t.db().prepare(sql);
        return q.step() ? q.int64(0) : -1;
    }
};

// Keys for digits; a Chinese name arrives as an input method commits it (QTest types Latin-1 only).
void typeInto(QLineEdit* e, const QString& text)
{
    e->clear();
    e->setFocus();
    bool latin1 = true;
    for (QChar c : text)
        latin1 = latin1 && c.unicode() < 0x80;
    if (latin1)
        QTest::keyClicks(e, text);
    else
        e->insert(text);
}

} // namespace

class TestLeadOperators : public QObject
{
    Q_OBJECT

private slots:
    void mismatchedPinsAreRefusedAndWriteNothingThenMatchingAdds()
    {
        Fixture f;
        gui::LeadWindow window(f.services(f.leadId));
        window.show();
        // Operators, rules, crossings, roster, patrols, handover.
        QCOMPARE(window.tabs()->count(), 6);
        gui::OperatorsPage* page = window.operatorsPage();
        QCOMPARE(page->table()->rowCount(), 2);
        const qint64 audits = f.count("SELECT count(*) FROM audit_trail");

        typeInto(page->nameEdit(), QStringLiteral("小张"));
        page->roleBox()->setCurrentIndex(page->roleBox()->findData(int(Role::Volunteer)));
        typeInto(page->pinEdit(), QStringLiteral("1357"));
        typeInto(page->pinAgainEdit(), QStringLiteral("1375"));
        QTest::keyClick(page->pinAgainEdit(), Qt::Key_Return);
        QVERIFY(page->pinError()->isVisibleTo(page));
        QVERIFY(!page->pinError()->text().isEmpty());
        QCOMPARE(f.count("SELECT count(*) FROM operators WHERE name = '小张'"), 0);
        QCOMPARE(f.count("SELECT count(*) FROM audit_trail"), audits);
        QVERIFY(page->pinAgainEdit()->text().isEmpty()); // typed again, not corrected silently

        typeInto(page->pinAgainEdit(), QStringLiteral("1357"));
        QTest::mouseClick(page->addButton(), Qt::LeftButton);
        QVERIFY(!page->pinError()->isVisibleTo(page));
        QCOMPARE(f.count("SELECT count(*) FROM operators WHERE name = '小张' AND role = 'volunteer'"), 1);
        QCOMPARE(page->table()->rowCount(), 3);
        QVERIFY(f.auth.signOn(QStringLiteral("小张"), QStringLiteral("1357")).ok());
        const AuditEntry added = AuditTrail(f.t.db(), f.clock).query().at(int(audits));
        QCOMPARE(added.action, QStringLiteral("operator_add"));
        QCOMPARE(added.actor, QStringLiteral("王班长"));

        // A PIN that is not 4-8 digits: refused by the core, shown under the PIN.
        typeInto(page->nameEdit(), QStringLiteral("小李"));
        typeInto(page->pinEdit(), QStringLiteral("12"));
        typeInto(page->pinAgainEdit(), QStringLiteral("12"));
        QTest::mouseClick(page->addButton(), Qt::LeftButton);
        QVERIFY(page->pinError()->isVisibleTo(page));
        QCOMPARE(f.count("SELECT count(*) FROM operators WHERE name = '小李'"), 0);
    }

    void aLeadCannotCreateOrTouchAnAdmin()
    {
        Fixture f;
        gui::OperatorsPage page(f.services(f.leadId));
        page.show();
        QCOMPARE(page.roleBox()->count(), 2);
        QCOMPARE(page.roleBox()->findData(int(Role::Admin)), -1);
        QCOMPARE(page.roleBox()->findData(int(Role::Staff)), -1);
        QVERIFY(page.select(QStringLiteral("刘主任")));
        QVERIFY(!page.changePinButton()->isEnabled());
        QVERIFY(!page.activeButton()->isEnabled());
        QVERIFY(!page.roleButton()->isEnabled());
        // An admin is offered every role.
        gui::OperatorsPage byAdmin(f.services(f.adminId));
        QCOMPARE(byAdmin.roleBox()->count(), 4);
    }

    void aLockedAccountIsUnlockedFromThePage()
    {
        Fixture f;
        const qint64 v = f.auth.addOperator(QStringLiteral("小张"), Role::Volunteer, QStringLiteral("1357"),
                                            Actor::system());
        for (int i = 0; i <= Auth::kFreeAttempts; ++i)
            f.auth.signOn(QStringLiteral("小张"), QStringLiteral("0000"));
        gui::OperatorsPage page(f.services(f.leadId));
        page.show();
        QVERIFY(page.select(QStringLiteral("小张")));
        QVERIFY(!page.table()->item(page.table()->currentRow(), 3)->text().isEmpty());
        QVERIFY(page.resetLockButton()->isEnabled());
        QTest::mouseClick(page.resetLockButton(), Qt::LeftButton);
        QVERIFY(f.auth.signOn(QStringLiteral("小张"), QStringLiteral("1357")).ok());
        QCOMPARE(f.count("SELECT count(*) FROM audit_trail WHERE action = 'operator_unlock'"
                         " AND actor = '王班长' AND target = '小张'"),
                 1);
        // Deactivate: the account can no longer sign on.
        QVERIFY(page.select(QStringLiteral("小张")));
        QTest::mouseClick(page.activeButton(), Qt::LeftButton);
        QVERIFY(!f.auth.isActive(v));
        QVERIFY(!f.auth.signOn(QStringLiteral("小张"), QStringLiteral("1357")).ok());
    }
};

QTEST_MAIN(TestLeadOperators)
#include "TestLeadOperators.moc"
