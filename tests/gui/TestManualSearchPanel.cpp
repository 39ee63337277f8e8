#include "FakeClock.h"
#include "TempDb.h"
#include "core/DemoCommunity.h"
#include "core/Formats.h"
#include "core/Registry.h"
#include "gui/CategoryNames.h"
#include "gui/ManualSearchPanel.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace gatepost;

class TestManualSearchPanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempDb> m_t;
    std::unique_ptr<test::FakeClock> m_clock;
    std::unique_ptr<core::Registry> m_registry;
    std::unique_ptr<gui::ManualSearchPanel> m_panel;
    QLineEdit* m_edit = nullptr;
    QListWidget* m_list = nullptr;
    QLabel* m_status = nullptr;

    // The first pass that fits; the demo community has every case.
    core::PassSnapshot find(const std::function<bool(const core::PassSnapshot&)>& fits) const
    {
        for (const core::Pass& p : m_registry->passes()) {
            const auto s = m_registry->snapshot(p.serial);
            if (s && fits(*s))
                return *s;
        }
        qFatal("the demo community has no such pass");
    }
    int rowOf(const QString& serial) const
    {
        for (int i = 0; i < m_list->count(); ++i)
            if (m_list->item(i)->data(Qt::UserRole).toString() == serial)
                return i;
        return -1;
    }
    void tapRow(int row)
    {
        QListWidgetItem* item = m_list->item(row);
        m_list->scrollToItem(item);
        QTest::mouseClick(m_list->viewport(), Qt::LeftButton, {}, m_list->visualItemRect(item).center());
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        m_t = std::make_unique<test::TempDb>();
        m_clock = std::make_unique<test::FakeClock>();
        m_registry = std::make_unique<core::Registry>(m_t->db(), *m_clock);
        core::DemoOptions opts;
        opts.seed = 7;
        opts.today = QDate(2026, 3, 1);
        core::generateDemoCommunity(m_t->db(), opts);
        m_panel = std::make_unique<gui::ManualSearchPanel>(*m_registry);
        m_panel->resize(1024, 720);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        m_edit = m_panel->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
        m_list = m_panel->findChild<QListWidget*>(QStringLiteral("resultsList"));
        m_status = m_panel->findChild<QLabel*>(QStringLiteral("statusLabel"));
        QVERIFY(m_edit && m_list && m_status);
    }
    void init() { m_panel->reset(); }

    void serialTypedThenEnterTwiceChoosesThePass()
    {
        const core::PassSnapshot s =
            find([](const auto& x) { return x.holder.kind == core::HolderKind::Person; });
        QSignalSpy chosen(m_panel.get(), &gui::ManualSearchPanel::passChosen);
        QTest::keyClicks(m_edit, QString::number(s.pass.serial.toInt())); // leading zeros left out
        QTest::keyClick(m_edit, Qt::Key_Return);                          // searches at once
        QVERIFY(m_list->count() >= 1);
        QCOMPARE(m_list->item(0)->data(Qt::UserRole).toString(), s.pass.serial);
        QCOMPARE(m_list->currentRow(), 0);
        QCOMPARE(chosen.size(), 0);
        QTest::keyClick(m_edit, Qt::Key_Return); // the selected row
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.at(0).at(0).toString(), s.pass.serial);
    }

    void nameFindsThePersonAfterATypingPause()
    {
        // A name that is rare enough to list every bearer on one screen.
        const core::PassSnapshot s = find([this](const auto& x) {
            return x.holder.kind == core::HolderKind::Person && !x.holder.phoneMasked.isEmpty() &&
                   m_registry->search(x.holder.name, 20).size() < 10;
        });
        QSignalSpy chosen(m_panel.get(), &gui::ManualSearchPanel::passChosen);
        m_edit->setText(s.holder.name); // Chinese comes through an input method: set it
        QTRY_VERIFY(rowOf(s.pass.serial) >= 0);
        const QString row = m_list->item(rowOf(s.pass.serial))->text();
        QVERIFY2(row.contains(s.holder.name) && row.contains(gui::categoryName(s.pass.category)) &&
                     row.contains(s.holder.address),
                 qPrintable(row));
        // The phone only masked, the ID number never.
        QVERIFY2(row.contains(s.holder.phoneMasked), qPrintable(row));
        const auto person = m_registry->person(s.holder.id);
        QVERIFY(person);
        QVERIFY(!row.contains(person->phone));
        if (!person->idNumber.isEmpty())
            QVERIFY(!row.contains(person->idNumber) &&
                    !row.contains(core::formats::maskIdNumber(person->idNumber)));
        tapRow(rowOf(s.pass.serial));
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.at(0).at(0).toString(), s.pass.serial);
    }

    void plateInAnotherSpellingFindsTheVehicle()
    {
        const core::PassSnapshot s = find([](const auto& x) {
            return x.holder.kind == core::HolderKind::Vehicle &&
                   !core::formats::isNewEnergyPlate(x.holder.plate);
        });
        // "京A12345" typed as "京a·12345"
        QString spelled = s.holder.plate.left(1) + s.holder.plate.mid(1, 1).toLower() + QChar(0x00B7) +
                          s.holder.plate.mid(2);
        QSignalSpy chosen(m_panel.get(), &gui::ManualSearchPanel::passChosen);
        m_edit->setText(spelled);
        QTest::keyClick(m_edit, Qt::Key_Return);
        QVERIFY(m_list->count() >= 1);
        QCOMPARE(m_list->item(0)->data(Qt::UserRole).toString(), s.pass.serial);
        QVERIFY2(m_list->item(0)->text().contains(core::formats::displayPlate(s.holder.plate)),
                 qPrintable(m_list->item(0)->text()));
        tapRow(0);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.at(0).at(0).toString(), s.pass.serial);
    }

    void partOfAnAddressListsItsHousehold()
    {
        const core::PassSnapshot s = find([](const auto& x) {
            return x.holder.kind == core::HolderKind::Person && x.holder.address.contains(u' ');
        });
        m_edit->setText(s.holder.address);
        QTest::keyClick(m_edit, Qt::Key_Return);
        QVERIFY(m_list->count() >= 1);
        QVERIFY2(rowOf(s.pass.serial) >= 0, qPrintable(s.holder.address));
        for (int i = 0; i < m_list->count(); ++i)
            QVERIFY2(m_list->item(i)->text().contains(s.holder.address), qPrintable(m_list->item(i)->text()));
    }

    void aRevokedPassIsShownInRedWords()
    {
        const core::PassSnapshot s =
            find([](const auto& x) { return x.pass.status == core::PassStatus::Revoked; });
        QTest::keyClicks(m_edit, s.pass.serial);
        QTest::keyClick(m_edit, Qt::Key_Return);
        QCOMPARE(m_list->item(0)->data(Qt::UserRole).toString(), s.pass.serial);
        QVERIFY2(m_list->item(0)->text().contains(gui::statusName(core::PassStatus::Revoked)),
                 qPrintable(m_list->item(0)->text()));
        QCOMPARE(m_list->item(0)->foreground().color(), QColor(0xc0, 0, 0));
    }

    void aPersonWithoutAPassIsFoundWithTheirQuarantine()
    {
        const core::Household home = *m_registry->household(1);
        core::Person p;
        p.householdId = home.id;
        p.name = QStringLiteral("欧阳无证");
        p.phone = QStringLiteral("13655557777");
        const qint64 id = m_registry->addPerson(p);
        m_registry->addQuarantine(core::QuarantineRecord{
            0, id, core::QuarantineKind::Home, QDate(2026, 2, 27), QDate(2026, 3, 13), {}});
        QSignalSpy person(m_panel.get(), &gui::ManualSearchPanel::personChosen);
        QSignalSpy pass(m_panel.get(), &gui::ManualSearchPanel::passChosen);
        // By the tail of the phone, as a volunteer asks "the last four digits?".
        QTest::keyClicks(m_edit, QStringLiteral("7777"));
        QTest::keyClick(m_edit, Qt::Key_Return);
        const int row = rowOf(QString::number(id));
        QVERIFY(row >= 0);
        QVERIFY2(m_list->item(row)->text().contains(QStringLiteral("欧阳无证")) &&
                     m_list->item(row)->text().contains(QStringLiteral("home quarantine until")) &&
                     m_list->item(row)->text().contains(home.address),
                 qPrintable(m_list->item(row)->text()));
        QCOMPARE(m_list->item(row)->foreground().color(), QColor(0xc0, 0, 0));
        tapRow(row);
        QCOMPARE(person.size(), 1);
        QCOMPARE(person.at(0).at(0).toLongLong(), id);
        QCOMPARE(pass.size(), 0);
    }

    void aHouseholdListsThePeopleLivingThere()
    {
        const core::Household home = *m_registry->household(2);
        const QList<core::Person> people = m_registry->peopleOfHousehold(home.id);
        QVERIFY(!people.isEmpty());
        m_edit->setText(home.address);
        QTest::keyClick(m_edit, Qt::Key_Return);
        int row = -1;
        for (int i = 0; i < m_list->count(); ++i)
            if (m_list->item(i)->text().startsWith(QStringLiteral("\u2302 ") + home.address))
                row = i;
        QVERIFY(row >= 0);
        tapRow(row);
        QCOMPARE(m_list->count(), people.size());
        QVERIFY2(m_status->text().contains(home.address), qPrintable(m_status->text()));
        QSignalSpy person(m_panel.get(), &gui::ManualSearchPanel::personChosen);
        tapRow(0);
        QCOMPARE(person.size(), 1);
        QCOMPARE(person.at(0).at(0).toLongLong(), people.first().id);
    }

    void nothingFoundSaysSoInPlainWords()
    {
        QTest::keyClicks(m_edit, QStringLiteral("zzqqxx"));
        QTest::keyClick(m_edit, Qt::Key_Return);
        QCOMPARE(m_list->count(), 0);
        QVERIFY2(m_status->text().startsWith(QStringLiteral("Nothing found for \"zzqqxx\"")),
                 qPrintable(m_status->text()));
        QCOMPARE(m_panel->findChild<QPushButton*>(QStringLiteral("checkButton"))->isEnabled(), false);
    }

    void escapeAndCancelGoBack()
    {
        QSignalSpy cancelled(m_panel.get(), &gui::ManualSearchPanel::cancelled);
        QTest::keyClick(m_edit, Qt::Key_Escape);
        QTest::mouseClick(m_panel->findChild<QPushButton*>(QStringLiteral("cancelButton")), Qt::LeftButton);
        QCOMPARE(cancelled.size(), 2);
    }

    void resultRowsAndButtonsAreGloveSized()
    {
        m_edit->setText(QStringLiteral("王"));
        QTest::keyClick(m_edit, Qt::Key_Return);
        QVERIFY(m_list->count() > 3);
        for (int i = 0; i < 3; ++i)
            QVERIFY(m_list->visualItemRect(m_list->item(i)).height() >= 64);
        QVERIFY(m_edit->height() >= 64 && m_edit->font().pointSize() >= 20);
        for (QPushButton* b : m_panel->findChildren<QPushButton*>())
            QVERIFY2(b->height() >= 64, qPrintable(b->objectName()));
    }

    void cleanupTestCase()
    {
        m_panel.reset();
        m_registry.reset();
    }
};

QTEST_MAIN(TestManualSearchPanel)
#include "TestManualSearchPanel.moc"
