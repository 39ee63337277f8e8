// The shift lead's rules page, driven through its real widgets on a real SQLite file (offscreen):
// the value in force beside the new one, the changed row highlighted, Apply lists the changes and
// stores them (audited as the lead) only once confirmed.

#include "FakeClock.h"
#include "TempDb.h"
#include "core/AuditTrail.h"
#include "core/Auth.h"
#include "core/Registry.h"
#include "gui/Prompts.h"
#include "gui/lead/LeadWindow.h"
#include "gui/lead/RulesPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
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
    qint64 leadId =
        auth.addOperator(QStringLiteral("王班长"), Role::ShiftLead, QStringLiteral("2468"), Actor::system());

    gui::LeadServices services()
    {
        return gui::LeadServices{t.db(), registry, auth, clock, *auth.operatorById(leadId)};
    }
    qint64 count(const char* sql)
    {
        Statement q = t.db().prepare(sql);
        return q.step() ? q.int64(0) : -1;
    }
};

} // namespace

class TestLeadRules : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { gui::Prompts::clearScript(); }

    void changingThePassbackWindowIsConfirmedStoredAndAudited()
    {
        Fixture f;
        gui::LeadWindow window(f.services());
        window.show();
        gui::RulesPage* page = window.rulesPage();
        QCOMPARE(page->passbackEdit()->value(), 240);
        QVERIFY(page->highlightedFields().isEmpty());
        QVERIFY(!page->applyButton()->isEnabled());

        page->passbackEdit()->setValue(30);
        QCOMPARE(page->highlightedFields(), QStringList{QStringLiteral("passback_window_minutes")});
        QVERIFY(page->applyButton()->isEnabled());

        // "Go back": nothing written.
        gui::Prompts::setNextAnswer(false);
        QTest::mouseClick(page->applyButton(), Qt::LeftButton);
        QCOMPARE(gui::Prompts::pendingAnswers(), 0);
        QVERIFY(page->lastConfirmation().contains(QStringLiteral("240")));
        QVERIFY(page->lastConfirmation().contains(QStringLiteral("30")));
        QCOMPARE(f.registry.policy().passbackWindowMinutes, 240);
        QCOMPARE(f.count("SELECT count(*) FROM audit_trail WHERE action = 'policy_change'"), 0);

        gui::Prompts::setNextAnswer(true);
        QTest::mouseClick(page->applyButton(), Qt::LeftButton);
        QCOMPARE(f.registry.policy().passbackWindowMinutes, 30);
        QCOMPARE(
            f.count("SELECT count(*) FROM audit_trail WHERE action = 'policy_change' AND actor = '王班长'"
                    " AND before_value = '{\"passback_window_minutes\":\"240\"}'"
                    " AND after_value = '{\"passback_window_minutes\":\"30\"}'"),
            1);
        // The form now shows 30 in force, nothing highlighted.
        QVERIFY(page->highlightedFields().isEmpty());
        QCOMPARE(page->passbackEdit()->value(), 30);
        QVERIFY(!page->messageLabel()->text().isEmpty());
    }

    void severalChangesAreListedAndUndoRestoresTheForm()
    {
        Fixture f;
        gui::RulesPage page(f.services());
        page.show();
        page.temperatureRequiredBox()->setChecked(!f.registry.policy().temperatureRequired);
        page.overrideNeedsLeadBox()->setChecked(true);
        QCOMPARE(page.highlightedFields().size(), 2);
        QTest::mouseClick(page.revertButton(), Qt::LeftButton);
        QVERIFY(page.highlightedFields().isEmpty());
        QCOMPARE(page.formPolicy(), f.registry.policy());
    }

    void theLeadWindowFitsASmallScreen()
    {
        Fixture f;
        gui::LeadWindow window(f.services());
        const QSize need = window.minimumSizeHint();
        QVERIFY2(need.width() <= 1366 && need.height() <= 768,
                 qPrintable(QStringLiteral("%1x%2").arg(need.width()).arg(need.height())));
        qInfo("lead window needs at least %dx%d", need.width(), need.height());
    }
};

QTEST_MAIN(TestLeadRules)
#include "TestLeadRules.moc"
