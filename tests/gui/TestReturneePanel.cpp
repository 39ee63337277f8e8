#include "FakeClock.h"
#include "TempDb.h"
#include "Widgets.h"
#include "core/Checkpoint.h"
#include "core/CrossingLog.h"
#include "core/DemoCommunity.h"
#include "core/Formats.h"
#include "core/GateController.h"
#include "core/GateDesk.h"
#include "core/Registry.h"
#include "gui/ReturneePanel.h"

#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace gatepost;

class TestReturneePanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempDb> m_t;
    std::unique_ptr<test::FakeClock> m_clock;
    std::unique_ptr<core::Registry> m_registry;
    std::unique_ptr<core::CrossingLog> m_log;
    std::unique_ptr<core::Checkpoint> m_checkpoint;
    std::unique_ptr<core::GateDesk> m_desk;
    std::unique_ptr<core::GateController> m_gate;
    std::unique_ptr<gui::ReturneePanel> m_panel;
    QList<core::GateOutcome> m_outcomes; // what the core answered to each submission
    QString m_address;

    template<typename T> T* child(const char* name) const { return test::child<T>(m_panel.get(), name); }
    void tap(const char* name) { QTest::mouseClick(child<QPushButton>(name), Qt::LeftButton); }
    QString error() const
    {
        auto* e = child<QLabel>("errorLabel");
        return e->isVisible() ? e->text() : QString();
    }
    QString preview() const { return child<QLabel>("quarantineEndLabel")->text(); }
    void fillValid()
    {
        child<QLineEdit>("returneeNameEdit")->setText(QStringLiteral("赵晓燕"));
        QTest::keyClicks(child<QLineEdit>("returneePhoneEdit"), QStringLiteral("+86 139 0000 1111"));
        child<QLineEdit>("householdEdit")->setText(m_address.left(m_address.size() - 1));
        auto* list = child<QListWidget>("householdList");
        QTRY_VERIFY(list->isVisible() && list->count() > 0);
        const auto found = list->findItems(m_address, Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(found.first()).center());
        tap("cityButton0");
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        m_t = std::make_unique<test::TempDb>();
        // 02:00 UTC is 10:00 in Beijing: 1 March 2026 there.
        m_clock = std::make_unique<test::FakeClock>(QDateTime(QDate(2026, 3, 1), QTime(2, 0), Qt::UTC));
        m_registry = std::make_unique<core::Registry>(m_t->db(), *m_clock);
        core::DemoOptions opts;
        opts.seed = 11;
        opts.today = QDate(2026, 3, 1);
        core::generateDemoCommunity(m_t->db(), opts);
        core::PassFilter active;
        active.status = core::PassStatus::Active;
        active.limit = 80;
        for (const core::Pass& p : m_registry->passes(active)) {
            const auto s = m_registry->snapshot(p.serial);
            if (s->holder.kind == core::HolderKind::Person && s->holder.courtyard == 0) {
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
        m_panel = std::make_unique<gui::ReturneePanel>(*m_registry, *m_gate);
        // As the station wires it: the core checks the form, the panel shows a refusal.
        connect(m_panel.get(), &gui::ReturneePanel::submitted, this, [this](const core::ReturneeArrival& a) {
            m_outcomes << m_gate->registerReturnee(a);
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

    void arrivalDefaultsToTodayAndPreviewsTheEnd()
    {
        QCOMPARE(child<QDateEdit>("arrivalDateEdit")->date(), QDate(2026, 3, 1));
        QVERIFY(child<QPushButton>("todayButton")->isChecked());
        QCOMPARE(preview(), QStringLiteral("Home quarantine: 14 days, may go out from 2026-03-15."));
        tap("yesterdayButton");
        QCOMPARE(child<QDateEdit>("arrivalDateEdit")->date(), QDate(2026, 2, 28));
        QVERIFY(child<QPushButton>("yesterdayButton")->isChecked());
        QVERIFY(!child<QPushButton>("todayButton")->isChecked());
        QCOMPARE(preview(), QStringLiteral("Home quarantine: 14 days, may go out from 2026-03-14."));
        child<QDateEdit>("arrivalDateEdit")->setDate(QDate(2026, 2, 10));
        QVERIFY(!child<QPushButton>("yesterdayButton")->isChecked());
        QCOMPARE(preview(), QStringLiteral("Home quarantine of 14 days already over on 2026-02-24."));
    }

    void thePreviewFollowsThePolicy()
    {
        core::Policy p = m_registry->policy();
        p.homeQuarantineDays = 7;
        m_registry->setPolicy(p, gatepost::core::Actor::system());
        m_panel->reset();
        QCOMPARE(preview(), QStringLiteral("Home quarantine: 7 days, may go out from 2026-03-08."));
        m_registry->setPolicy(core::Policy::defaults(), gatepost::core::Actor::system());
    }

    void aCompleteArrivalIsEmitted()
    {
        QSignalSpy submitted(m_panel.get(), &gui::ReturneePanel::submitted);
        fillValid();
        tap("yesterdayButton");
        const QString first17 = QStringLiteral("11010819900307123");
        const QString id = first17 + core::formats::idCheckCharacter(first17);
        QTest::keyClicks(child<QLineEdit>("idNumberEdit"), id.toLower());
        tap("submitButton");
        QCOMPARE(error(), QString());
        QCOMPARE(submitted.size(), 1);
        // The form sends what was typed; the core normalises and registers it.
        const auto a = submitted.at(0).at(0).value<core::ReturneeArrival>();
        QCOMPARE(a.name, QStringLiteral("赵晓燕"));
        QCOMPARE(a.householdId, m_registry->householdByAddress(m_address)->id);
        QCOMPARE(a.arrivalDate, QDate(2026, 2, 28));
        QCOMPARE(a.origin, QStringLiteral("Wuhan"));
        QVERIFY(!a.temperature);
        QVERIFY(a.gate.isEmpty() && a.operatorName.isEmpty());
        QVERIFY(registered());
        QCOMPARE(m_outcomes.last().quarantineEnd, QDate(2026, 3, 14));
        const auto person = m_registry->personByIdNumber(id);
        QVERIFY(person);
        QCOMPARE(person->phone, QStringLiteral("13900001111"));
    }

    void aWrongIdNumberBlocks()
    {
        QSignalSpy submitted(m_panel.get(), &gui::ReturneePanel::submitted);
        fillValid();
        const QString first17 = QStringLiteral("11010819900307123");
        const QChar check = core::formats::idCheckCharacter(first17);
        const QChar wrong = check == u'1' ? u'2' : u'1';
        QTest::keyClicks(child<QLineEdit>("idNumberEdit"), first17 + wrong);
        tap("submitButton");
        QVERIFY(!registered());
        QVERIFY2(error().contains(QStringLiteral("ID number")), qPrintable(error()));
        QCOMPARE(m_panel->focusWidget(), child<QLineEdit>("idNumberEdit"));
        child<QLineEdit>("idNumberEdit")->clear(); // optional: empty is fine
        tap("submitButton");
        QVERIFY(registered());
        QCOMPARE(submitted.size(), 2);
    }

    void aBadPhoneBlocks()
    {
        QSignalSpy submitted(m_panel.get(), &gui::ReturneePanel::submitted);
        fillValid();
        child<QLineEdit>("returneePhoneEdit")->setText(QStringLiteral("12345678901")); // 12x: no such mobile
        tap("submitButton");
        QVERIFY(!registered());
        QVERIFY2(error().contains(QStringLiteral("11 digits")), qPrintable(error()));
    }

    void theHomeIsRequired()
    {
        QSignalSpy submitted(m_panel.get(), &gui::ReturneePanel::submitted);
        child<QLineEdit>("returneeNameEdit")->setText(QStringLiteral("赵晓燕"));
        QTest::keyClicks(child<QLineEdit>("returneePhoneEdit"), QStringLiteral("13900001111"));
        tap("cityButton1");
        QTest::keyClick(child<QLineEdit>("returneeNameEdit"), Qt::Key_Return);
        QVERIFY(!registered());
        QVERIFY2(error().contains(QStringLiteral("home")), qPrintable(error()));
    }

    void temperatureAndEscape()
    {
        QSignalSpy submitted(m_panel.get(), &gui::ReturneePanel::submitted);
        QSignalSpy cancelled(m_panel.get(), &gui::ReturneePanel::cancelled);
        fillValid();
        tap("temperatureButton");
        QTest::keyClicks(m_panel->focusWidget(), QStringLiteral("365"));
        QTest::keyClick(m_panel->focusWidget(), Qt::Key_Return); // the pad takes Enter
        QCOMPARE(submitted.size(), 0);
        QCOMPARE(child<QPushButton>("temperatureButton")->text(), QStringLiteral("36.5 °C"));
        QTest::keyClick(child<QLineEdit>("returneeNameEdit"), Qt::Key_Return);
        QCOMPARE(submitted.size(), 1);
        QCOMPARE(*submitted.at(0).at(0).value<core::ReturneeArrival>().temperature, 36.5);
        QTest::keyClick(child<QLineEdit>("returneeNameEdit"), Qt::Key_Escape);
        QCOMPARE(cancelled.size(), 1);
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

QTEST_MAIN(TestReturneePanel)
#include "TestReturneePanel.moc"
