#include "FakeClock.h"
#include "TempDb.h"
#include "Widgets.h"
#include "core/Checkpoint.h"
#include "core/CrossingLog.h"
#include "core/DemoCommunity.h"
#include "core/GateController.h"
#include "core/GateDesk.h"
#include "core/Registry.h"
#include "gui/VisitorPanel.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

#include <memory>

using namespace gatepost;

class TestVisitorPanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempDb> m_t;
    std::unique_ptr<test::FakeClock> m_clock;
    std::unique_ptr<core::Registry> m_registry;
    std::unique_ptr<core::CrossingLog> m_log;
    std::unique_ptr<core::Checkpoint> m_checkpoint;
    std::unique_ptr<core::GateDesk> m_desk;
    std::unique_ptr<core::GateController> m_gate;
    std::unique_ptr<gui::VisitorPanel> m_panel;
    QList<core::GateOutcome> m_outcomes; // what the core answered to each submission
    QString m_address;                   // a household of the demo community

    template<typename T> T* child(const char* name) const { return test::child<T>(m_panel.get(), name); }
    void tap(const char* name) { QTest::mouseClick(child<QPushButton>(name), Qt::LeftButton); }
    QString error() const
    {
        auto* e = child<QLabel>("errorLabel");
        return e->isVisible() ? e->text() : QString();
    }
    void fillValid()
    {
        child<QLineEdit>("visitorNameEdit")->setText(QStringLiteral("王小明"));
        QTest::keyClicks(child<QLineEdit>("visitorPhoneEdit"), QStringLiteral("138 1234-5678"));
    }
    // Types part of the address and taps the household in the list, as a volunteer does.
    void pickHousehold()
    {
        child<QLineEdit>("householdEdit")->setText(m_address.left(m_address.size() - 1));
        auto* list = child<QListWidget>("householdList");
        QTRY_VERIFY(list->isVisible() && list->count() > 0);
        const auto found = list->findItems(m_address, Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(found.first()).center());
        QCOMPARE(child<QLineEdit>("householdEdit")->text(), m_address);
        QVERIFY(!list->isVisible());
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        m_t = std::make_unique<test::TempDb>();
        m_clock = std::make_unique<test::FakeClock>();
        m_registry = std::make_unique<core::Registry>(m_t->db(), *m_clock);
        core::DemoOptions opts;
        opts.seed = 5;
        opts.today = QDate(2026, 3, 1);
        core::generateDemoCommunity(m_t->db(), opts);
        core::PassFilter active;
        active.status = core::PassStatus::Active;
        active.limit = 50;
        for (const core::Pass& p : m_registry->passes(active)) {
            const auto s = m_registry->snapshot(p.serial);
            if (s->holder.kind == core::HolderKind::Person && !s->holder.address.isEmpty()) {
                m_address = s->holder.address;
                break;
            }
        }
        QVERIFY(!m_address.isEmpty());
        const auto station = m_registry->initStation(QStringLiteral("north-1"), QStringLiteral("north"));
        m_log = std::make_unique<core::CrossingLog>(m_t->db(), station.stationId, *m_clock);
        m_checkpoint = std::make_unique<core::Checkpoint>(*m_registry, *m_log, *m_clock, station.stationId);
        m_desk = std::make_unique<core::GateDesk>(*m_registry, *m_log, *m_checkpoint, *m_clock);
        m_gate =
            std::make_unique<core::GateController>(*m_registry, *m_log, *m_checkpoint, *m_desk, *m_clock);
        core::Operator op;
        op.name = QStringLiteral("Li Wei");
        m_gate->signOn(op);
        m_panel = std::make_unique<gui::VisitorPanel>(*m_registry);
        // As the station wires it: the core checks the form, the panel shows a refusal.
        connect(m_panel.get(), &gui::VisitorPanel::submitted, this, [this](const core::VisitorEntry& e) {
            m_outcomes << m_gate->registerVisitor(e);
            if (m_outcomes.last().refusal)
                m_panel->showRefusal(*m_outcomes.last().refusal);
        });
        m_panel->resize(1280, 800);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }
    void init()
    {
        m_panel->reset();
        m_outcomes.clear();
    }
    bool registered() const
    {
        return !m_outcomes.isEmpty() && m_outcomes.last().step == core::GateOutcome::Step::Verdict;
    }

    void aCompleteVisitIsEmittedWithEveryField()
    {
        QSignalSpy submitted(m_panel.get(), &gui::VisitorPanel::submitted);
        fillValid();
        pickHousehold();
        tap("reasonDeliveryButton");
        child<QLineEdit>("reasonEdit")->setText(QStringLiteral("快递"));
        child<QLineEdit>("plateEdit")->setText(QStringLiteral("冀b 12345"));
        // Temperature through the embedded pad.
        tap("temperatureButton");
        auto* pages = child<QStackedWidget>("pages");
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("padPage"));
        QVERIFY(!child<QPushButton>("submitButton")->isVisible()); // one Cancel/OK pair at a time
        for (const char* key : {"key3", "key6", "key8"})
            tap(key);
        tap("okButton");
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("formPage"));
        QVERIFY(child<QPushButton>("submitButton")->isVisible());
        QCOMPARE(child<QPushButton>("temperatureButton")->text(), QStringLiteral("36.8 °C"));

        tap("submitButton");
        QCOMPARE(error(), QString());
        QCOMPARE(submitted.size(), 1);
        const auto e = submitted.at(0).at(0).value<core::VisitorEntry>();
        QCOMPARE(e.name, QStringLiteral("王小明"));
        QCOMPARE(e.householdId, m_registry->householdByAddress(m_address)->id);
        QCOMPARE(e.reason, QStringLiteral("Delivery: 快递"));
        // What was typed; the core stores it normalised.
        QVERIFY(registered());
        QCOMPARE(m_outcomes.last().decision.holder->plate, QStringLiteral("冀B12345"));
        QCOMPARE(m_outcomes.last().decision.holder->phoneMasked, QStringLiteral("138****5678"));
        QVERIFY(e.temperature);
        QCOMPARE(*e.temperature, 36.8);
        // The station fills these.
        QVERIFY(e.gate.isEmpty() && e.operatorName.isEmpty());
    }

    void onFootWithoutHouseholdOrTemperatureIsFine()
    {
        QSignalSpy submitted(m_panel.get(), &gui::VisitorPanel::submitted);
        fillValid();
        // Enter in a field submits.
        QTest::keyClick(child<QLineEdit>("visitorPhoneEdit"), Qt::Key_Return);
        QCOMPARE(submitted.size(), 1);
        const auto e = submitted.at(0).at(0).value<core::VisitorEntry>();
        QCOMPARE(e.householdId, 0);
        QVERIFY(e.plate.isEmpty());
        QVERIFY(!e.temperature);
        QVERIFY(e.reason.isEmpty());
    }

    void aBadPhoneBlocksWithAPlainMessage()
    {
        QSignalSpy submitted(m_panel.get(), &gui::VisitorPanel::submitted);
        child<QLineEdit>("visitorNameEdit")->setText(QStringLiteral("李四"));
        QTest::keyClicks(child<QLineEdit>("visitorPhoneEdit"), QStringLiteral("1381234567")); // 10 digits
        tap("submitButton");
        QVERIFY(!registered());
        QVERIFY2(error().contains(QStringLiteral("11 digits")), qPrintable(error()));
        QVERIFY(child<QLineEdit>("visitorPhoneEdit")->hasFocus());
    }

    void aMissingNameBlocks()
    {
        QSignalSpy submitted(m_panel.get(), &gui::VisitorPanel::submitted);
        QTest::keyClicks(child<QLineEdit>("visitorPhoneEdit"), QStringLiteral("13812345678"));
        tap("submitButton");
        QVERIFY(!registered());
        QVERIFY2(error().contains(QStringLiteral("name")), qPrintable(error()));
        QVERIFY(child<QLineEdit>("visitorNameEdit")->hasFocus());
    }

    void aBadPlateBlocksWithAPlainMessage()
    {
        QSignalSpy submitted(m_panel.get(), &gui::VisitorPanel::submitted);
        fillValid();
        child<QLineEdit>("plateEdit")->setText(QStringLiteral("京A·1234"));
        tap("submitButton");
        QVERIFY(!registered());
        QVERIFY2(error().contains(QStringLiteral("not a plate")), qPrintable(error()));
    }

    void anAddressNotPickedBlocks()
    {
        QSignalSpy submitted(m_panel.get(), &gui::VisitorPanel::submitted);
        fillValid();
        child<QLineEdit>("householdEdit")->setText(QStringLiteral("火星 99排"));
        tap("submitButton");
        QCOMPARE(submitted.size(), 0);
        QVERIFY2(error().contains(QStringLiteral("household")), qPrintable(error()));
        // The exact address typed in full counts as chosen.
        child<QLineEdit>("householdEdit")->setText(m_address);
        tap("submitButton");
        QCOMPARE(submitted.size(), 1);
        QCOMPARE(submitted.at(0).at(0).value<core::VisitorEntry>().householdId,
                 m_registry->householdByAddress(m_address)->id);
    }

    void aFeverReadingIsShownInRed()
    {
        tap("temperatureButton");
        for (const char* key : {"key3", "key8", "key2"})
            tap(key);
        tap("okButton");
        auto* t = child<QPushButton>("temperatureButton");
        QCOMPARE(t->text(), QStringLiteral("38.2 °C: fever"));
        QVERIFY(t->styleSheet().contains(QStringLiteral("#c00000")));
    }

    void theStationsErrorIsShownAndEscapeCancels()
    {
        QSignalSpy cancelled(m_panel.get(), &gui::VisitorPanel::cancelled);
        m_panel->showError(QStringLiteral("the phone number is not 11 digits"));
        QCOMPARE(error(), QStringLiteral("the phone number is not 11 digits"));
        QTest::keyClick(child<QLineEdit>("visitorNameEdit"), Qt::Key_Escape);
        tap("cancelButton");
        QCOMPARE(cancelled.size(), 2);
        m_panel->reset();
        QCOMPARE(error(), QString());
    }

    void everyTargetIsGloveSized()
    {
        for (QPushButton* b : m_panel->findChildren<QPushButton*>())
            if (b->isVisible())
                QVERIFY2(b->height() >= 64 && b->font().pointSize() >= 20, qPrintable(b->objectName()));
        for (QLineEdit* e : m_panel->findChildren<QLineEdit*>())
            QVERIFY2(e->height() >= 64, qPrintable(e->objectName()));
        QVERIFY(child<QPushButton>("submitButton")->height() >= 96);
    }

    void cleanupTestCase()
    {
        m_panel.reset();
        m_gate.reset();
        m_desk.reset();
        m_checkpoint.reset();
        m_log.reset();
        m_registry.reset();
    }
};

QTEST_MAIN(TestVisitorPanel)
#include "TestVisitorPanel.moc"
