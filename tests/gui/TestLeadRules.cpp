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
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTimeEdit>

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

    void oneGateGetsItsOwnHoursAndTheOtherKeepsTheCommunitys()
    {
        Fixture f;
        gui::RulesPage page(f.services());
        page.show();
        QComboBox* scope = page.hoursGateBox();
        const int south = scope->findData(QStringLiteral("south"));
        QVERIFY(south > 0);
        QVERIFY(scope->findData(QStringLiteral("office")) < 0); // the office has no gate to open
        QVERIFY(!page.ownHoursBox(Category::ExternalVehicle)->isVisible());
        scope->setCurrentIndex(south);
        QCheckBox* own = page.ownHoursBox(Category::ExternalVehicle);
        QVERIFY(own->isVisible());
        QVERIFY(!own->isChecked());
        // Without hours of its own the gate shows (and cannot edit) the community's.
        QVERIFY(!page.hoursFromEdit(Category::ExternalVehicle)->isEnabled());
        QCOMPARE(page.hoursFromEdit(Category::ExternalVehicle)->time(), QTime(6, 0));
        QVERIFY(page.hoursInForceLabel(Category::ExternalVehicle)
                    ->text()
                    .contains(QStringLiteral("06:00-22:00")));

        own->setChecked(true);
        QVERIFY(page.hoursFromEdit(Category::ExternalVehicle)->isEnabled());
        page.hoursFromEdit(Category::ExternalVehicle)->setTime(QTime(7, 0));
        page.hoursToEdit(Category::ExternalVehicle)->setTime(QTime(19, 0));
        QCOMPARE(page.highlightedFields(), QStringList{QStringLiteral("gate_hours.south.external_vehicle")});

        // Back to every gate: the community's row is untouched, the south edit is kept.
        scope->setCurrentIndex(0);
        QCOMPARE(page.hoursFromEdit(Category::ExternalVehicle)->time(), QTime(6, 0));
        QVERIFY(page.hoursFromEdit(Category::ExternalVehicle)->isEnabled());
        QCOMPARE(page.highlightedFields().size(), 1);

        gui::Prompts::setNextAnswer(true);
        QTest::mouseClick(page.applyButton(), Qt::LeftButton);
        QVERIFY(page.lastConfirmation().contains(QStringLiteral("07:00-19:00")));
        const Policy p = f.registry.policy();
        QCOMPARE(*p.hoursAt(QStringLiteral("south"), Category::ExternalVehicle),
                 (HoursWindow{QTime(7, 0), QTime(19, 0)}));
        QCOMPARE(*p.hoursAt(QStringLiteral("north"), Category::ExternalVehicle),
                 (HoursWindow{QTime(6, 0), QTime(22, 0)}));
        QCOMPARE(f.count("SELECT count(*) FROM audit_trail WHERE action = 'policy_change' AND after_value = "
                         "'{\"gate_hours.south.external_vehicle\":\"07:00-19:00\"}'"),
                 1);

        // Dropping the gate's own hours puts it back on the community's.
        scope->setCurrentIndex(south);
        QVERIFY(own->isChecked());
        own->setChecked(false);
        gui::Prompts::setNextAnswer(true);
        QTest::mouseClick(page.applyButton(), Qt::LeftButton);
        QVERIFY(f.registry.policy().gateHours.isEmpty());
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
