// The office window: only staff and administrators get in; sign-off drops every panel; the
// panels other parts add come and go with the sign-on; the language switch retranslates.

#include "OfficeFixture.h"
#include "core/StationSettings.h"
#include "gui/Language.h"
#include "gui/office/OfficeSignOn.h"

#include <QLabel>
#include <QStackedWidget>
#include <QToolButton>
#include <QTranslator>

using namespace gatepost;

class TestOfficeWindow : public QObject, protected test::OfficeFixture
{
    Q_OBJECT

    static void signOnAs(gui::OfficeWindow& w, const QString& name, const QString& pin)
    {
        type(w.signOnPage(), "nameEdit", name);
        type(w.signOnPage(), "pinEdit", pin);
        click(w.signOnPage(), "signOnButton");
    }

private slots:
    void initTestCase()
    {
        gui::installTranslations(QLocale(QStringLiteral("en")));
        setUp();
    }
    void cleanupTestCase() { tearDown(); }

    void aVolunteerOrShiftLeadIsToldTheOfficeIsForStaff()
    {
        auto w = office(false);
        QVERIFY(w->signOnPage()->isVisible());
        QCOMPARE(w->tabs()->count(), 0);
        signOnAs(*w, QStringLiteral("李强"), QStringLiteral("1234"));
        QVERIFY(!w->signedOn());
        QCOMPARE(w->tabs()->count(), 0);
        QVERIFY(w->signOnPage()->isVisible());
        QVERIFY2(w->signOnPage()->message().contains(QStringLiteral("volunteer")),
                 qPrintable(w->signOnPage()->message()));
        QVERIFY(w->signOnPage()->message().contains(QStringLiteral("sign on at a gate")));
        QVERIFY(child<QLineEdit>(w->signOnPage(), "pinEdit")->text().isEmpty()); // the PIN never stays

        signOnAs(*w, QStringLiteral("张伟"), QStringLiteral("2468"));
        QVERIFY(!w->signedOn());
        QVERIFY(w->signOnPage()->message().contains(QStringLiteral("shift lead")));
        // The window refuses it too when asked directly.
        core::Operator lead;
        lead.name = QStringLiteral("张伟");
        lead.role = core::Role::ShiftLead;
        QVERIFY(!w->signOn(lead));
        QCOMPARE(w->tabs()->count(), 0);
    }

    void aWrongPinSaysSoAndCounts()
    {
        auto w = office(false);
        signOnAs(*w, QStringLiteral("王芳"), QStringLiteral("0000"));
        QVERIFY(!w->signedOn());
        QVERIFY2(w->signOnPage()->message().contains(QStringLiteral("wrong")),
                 qPrintable(w->signOnPage()->message()));
        QCOMPARE(audit(QStringLiteral("pin_failed")).size(), 1);
    }

    void staffGetTheRegistryTabsAndSignOffDropsThem()
    {
        auto w = office(false);
        signOnAs(*w, QStringLiteral("王芳"), QStringLiteral("2580"));
        QVERIFY(w->signedOn());
        QCOMPARE(w->signedOn()->name, QStringLiteral("王芳"));
        QVERIFY(w->tabs()->isVisible());
        QStringList titles;
        for (int i = 0; i < w->tabs()->count(); ++i)
            titles << w->tabs()->tabText(i);
        QCOMPARE(titles, (QStringList{QStringLiteral("Households"), QStringLiteral("People"),
                                      QStringLiteral("Vehicles"), QStringLiteral("Passes")}));
        QVERIFY(child<QLabel>(w.get(), "operatorLabel")->text().contains(QStringLiteral("王芳")));
        QVERIFY2(child<QLabel>(w.get(), "countsLabel")->text().contains(QStringLiteral("People 2")),
                 qPrintable(child<QLabel>(w.get(), "countsLabel")->text()));
        QCOMPARE(w->session()->actor.name, QStringLiteral("王芳"));

        // Ctrl+L: every panel goes, the sign-on comes back.
        QPointer<QWidget> people = w->page("peoplePage");
        QTest::keyClick(w.get(), Qt::Key_L, Qt::ControlModifier);
        QVERIFY(!w->signedOn());
        QCOMPARE(w->tabs()->count(), 0);
        QVERIFY(people.isNull());
        QVERIFY(w->signOnPage()->isVisible());
        QVERIFY(w->session() == nullptr);
        QVERIFY(child<QLabel>(w.get(), "operatorLabel")->text().contains(QStringLiteral("Nobody")));
    }

    void theSignOffButtonDoesWhatCtrlLDoes()
    {
        auto w = office();
        auto* button = child<QToolButton>(w.get(), "signOffButton");
        QVERIFY(button->isVisible() && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!w->signedOn());
        QCOMPARE(w->tabs()->count(), 0);
        QVERIFY(!button->isEnabled()); // nobody to sign off
    }

    void panelsFromOtherPartsComeWithTheSignOn()
    {
        auto w = office(false);
        QString actorSeen;
        w->addPanel(
            "importPanel", [] { return QStringLiteral("Import"); },
            [&actorSeen](gui::OfficeServices& s, QWidget* parent) {
                actorSeen = s.actor.name;
                return new QLabel(QStringLiteral("import"), parent);
            });
        QVERIFY(w->signOn(staff()));
        QCOMPARE(w->tabs()->count(), 5);
        QCOMPARE(w->tabs()->tabText(4), QStringLiteral("Import"));
        QCOMPARE(w->tabs()->widget(4)->objectName(), QStringLiteral("importPanel"));
        QCOMPARE(actorSeen, QStringLiteral("王芳"));
        w->signOff();
        QCOMPARE(w->tabs()->count(), 0);
    }

    void theSyncLineSaysHowSyncIsGoing()
    {
        auto w = office();
        core::SyncHealth h;
        h.state = core::SyncHealth::State::Synced;
        h.secondsSinceContact = 12;
        h.waiting = 3;
        w->setSyncHealth(h);
        const QString text = child<QLabel>(w.get(), "syncLabel")->text();
        QVERIFY2(text.contains(QStringLiteral("Synced 12 s ago")) &&
                     text.contains(QStringLiteral("waiting to be sent: 3")),
                 qPrintable(text));
    }

    void theLanguageSwitchRetranslatesAndIsKept()
    {
        auto w = office();
        w->switchLanguage(QStringLiteral("zh_CN"));
        QTRY_COMPARE(w->tabs()->tabText(0), QStringLiteral("住户")); // LanguageChange is posted
        QCOMPARE(w->tabs()->tabText(3), QStringLiteral("通行证"));
        QVERIFY(w->page("peoplePage")->model()->headerData(0, Qt::Horizontal).toString() ==
                QStringLiteral("姓名"));
        QCOMPARE(core::StationSettings::load(m_station->db()).language, QStringLiteral("zh_CN"));
        w->switchLanguage(QStringLiteral("en"));
        QTRY_COMPARE(w->tabs()->tabText(0), QStringLiteral("Households"));
        QCOMPARE(core::StationSettings::load(m_station->db()).language, QStringLiteral("en"));
    }
};

QTEST_MAIN(TestOfficeWindow)
#include "TestOfficeWindow.moc"
