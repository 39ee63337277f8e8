// The lead window from the gate screen: the 班长 button asks a shift lead to sign on (a volunteer
// alone gets nothing), opens the lead's tools, and a rule changed there is the station's policy.
// The whole gate screen on a real demo community (StationFixture), offscreen.

#include "StationFixture.h"
#include "gui/lead/LeadWindow.h"
#include "gui/lead/RulesPage.h"

#include <QSpinBox>

using namespace gatepost;
using gatepost::test::child;

class TestLeadStation : public QObject, protected test::StationFixture
{
    Q_OBJECT

    static QWidget* leadWindow()
    {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (w->objectName() == QLatin1String("leadWindow") && w->isVisible())
                return w;
        return nullptr;
    }

private slots:
    void initTestCase() { setUp(); }
    void cleanupTestCase() { tearDown(); }

    void theShiftLeadOpensTheLeadWindowAndChangesARule()
    {
        auto w = station();
        gui::Prompts::clearScript();
        gui::Prompts::setNextOperator(std::nullopt);
        QTest::mouseClick(child<QPushButton>(scanPage(*w), "leadButton"), Qt::LeftButton);
        QCOMPARE(gui::Prompts::pendingAnswers(), 0);
        QVERIFY(!leadWindow());

        const qint64 leadId = m_auth->addOperator(QStringLiteral("赵班长"), core::Role::ShiftLead,
                                                  QStringLiteral("2468"), core::Actor::system());
        const std::optional<core::Operator> lead = m_auth->operatorById(leadId);
        QVERIFY(lead);
        gui::Prompts::setNextOperator(*lead);
        QTest::mouseClick(child<QPushButton>(scanPage(*w), "leadButton"), Qt::LeftButton);
        auto* window = qobject_cast<gui::LeadWindow*>(leadWindow());
        QVERIFY(window);
        QVERIFY(window->isWindow());

        gui::RulesPage* rules = window->rulesPage();
        rules->passbackEdit()->setValue(30);
        gui::Prompts::setNextAnswer(true);
        QTest::mouseClick(rules->applyButton(), Qt::LeftButton);
        QCOMPARE(m_registry->policy().passbackWindowMinutes, 30);
        window->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(!leadWindow());
    }
};

QTEST_MAIN(TestLeadStation)
#include "TestLeadStation.moc"
